/**
 * CVE-2026-130165 (React Server Functions denial of service): while no fixed Next/React installs
 * here, an anonymous request may send the admin's server-function endpoint only what the sign-in
 * pages need; a signed-in user is not limited (issue 9, dependencies).
 */
import { createHash, createHmac } from 'node:crypto'
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { proxy } from '../../../cms/proxy'
import { loadEnv } from '../../../src/config/env'

const signed = (secret: string, exp: number) => {
  const key = createHash('sha256').update(secret).digest('hex').slice(0, 32)
  const head = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')
  const body = Buffer.from(JSON.stringify({ id: 1, collection: 'users', email: 'staff@x.vn', exp })).toString('base64url')
  return `${head}.${body}.${createHmac('sha256', key).update(`${head}.${body}`).digest('base64url')}`
}
const inAnHour = Math.floor(Date.now() / 1000) + 3600
const action = (path: string, options: { body?: string; cookie?: string; length?: string | null } = {}) => {
  const body = options.body ?? '["$K1"]'
  const headers: Record<string, string> = { 'Next-Action': '7f3a9c', 'Content-Type': 'text/plain;charset=UTF-8' }
  if (options.cookie) headers.cookie = options.cookie
  const request = new NextRequest(`http://localhost:3000${path}`, { method: 'POST', headers, body })
  if (options.length !== null) request.headers.set('content-length', options.length ?? String(Buffer.byteLength(body)))
  return request
}
const status = async (request: NextRequest) => ((await proxy(request)) as Response).status

describe("an anonymous post to the admin's server functions", () => {
  it('should be refused outside the sign-in pages, with a message in both languages', async () => {
    const response = (await proxy(action('/admin/collections/products/1'))) as Response
    expect(response.status).toBe(403)
    expect(JSON.stringify(await response.json())).toMatch(/đăng nhập.*sign in/is)
    expect(await status(action('/admin'))).toBe(403)
    expect(await status(action('/admin/collections/users', { cookie: `payload-token=${signed('not-the-secret-at-all', inAnHour)}` }))).toBe(403)
    expect(await status(action('/admin/collections/users', { cookie: `payload-token=${signed(loadEnv().PAYLOAD_SECRET, 1000)}` }))).toBe(403)
  })

  it('should be small and say its size on the sign-in pages', async () => {
    expect(await status(action('/admin/login'))).toBe(200)
    expect(await status(action('/admin/reset/abc123'))).toBe(200)
    expect(await status(action('/admin/login', { body: 'x'.repeat(20_000) }))).toBe(413)
    expect(await status(action('/admin/login', { length: null }))).toBe(411)
  })

  it('should not limit a signed-in user', async () => {
    const cookie = `payload-lng=vi; payload-token=${signed(loadEnv().PAYLOAD_SECRET, inAnHour)}`
    expect(await status(action('/admin/collections/products/1', { cookie, body: 'x'.repeat(20_000) }))).toBe(200)
  })

  it('should leave the REST API and ordinary page loads alone', async () => {
    expect(((await proxy(new NextRequest('http://localhost:3000/admin/login'))) as Response).status).toBe(200)
    const login = new NextRequest('http://localhost:3000/api/users/login', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } })
    expect(((await proxy(login)) as Response).status).toBe(200)
  })
})
