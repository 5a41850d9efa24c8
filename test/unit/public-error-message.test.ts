/**
 * The admin's production build leaves Payload's APIError without a class name, and Payload then
 * answered our refusals with "An unknown error occurred.": a public error keeps its message.
 */
import { describe, expect, it } from 'vitest'
import { keepPublicMessage } from '../../cms/security/client-errors'

const UNKNOWN = { errors: [{ message: 'An unknown error occurred.' }] }
const nameless = (message: string, status: number, isPublic?: boolean) => Object.assign(new Error(message), { name: '', status, isPublic })

describe('public error messages', () => {
  it('should keep the message of a public refusal that Payload could not name', () => {
    const result = keepPublicMessage({ error: nameless('Chỉ quản trị viên … / only an admin …', 403, true), result: UNKNOWN } as never)
    expect(result).toEqual({ response: { errors: [{ message: 'Chỉ quản trị viên … / only an admin …' }] } })
  })

  it('should never reveal the message of a server error', () => {
    expect(keepPublicMessage({ error: nameless('SQLITE_ERROR: no such column', 500), result: UNKNOWN } as never)).toBeUndefined()
  })
})
