/** One error type for the enquiry flow: a code the HTTP layer maps to a status and a field message. */
import type { ErrorCode } from './messages'

export type EnquiryErrorCode = Extract<ErrorCode, 'unknownTarget' | 'keyReused' | 'unavailable' | 'busy'>

const FIELD: Record<EnquiryErrorCode, string> = { unknownTarget: 'product', keyReused: 'idempotencyKey', unavailable: 'form', busy: 'form' }
const STATUS: Record<EnquiryErrorCode, number> = { unknownTarget: 400, keyReused: 400, unavailable: 503, busy: 503 }

export class EnquiryError extends Error {
  override name = 'EnquiryError'
  constructor(
    readonly code: EnquiryErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
  get field(): string {
    return FIELD[this.code]
  }
  get status(): number {
    return STATUS[this.code]
  }
}
