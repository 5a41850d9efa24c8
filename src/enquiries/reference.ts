import { randomInt } from 'node:crypto'

// No 0/O, 1/I/L: a buyer reads the reference over the phone.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** A short reference a buyer can quote, such as "TB-2026-7KQ4MZ". */
export function makeReference(now: Date = new Date()): string {
  let code = ''
  for (let i = 0; i < 6; i += 1) code += ALPHABET[randomInt(ALPHABET.length)]
  return `TB-${now.getUTCFullYear()}-${code}`
}
