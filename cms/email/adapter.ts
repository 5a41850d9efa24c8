/**
 * Payload's email adapter over nodemailer. With SMTP_URL set, mail goes out through SMTP; on the
 * embedded default each message is written as a JSON file under data/mail, which tests read and
 * a developer can open. (@payloadcms/email-nodemailer pins an older payload, so this is the same
 * few lines, kept here.)
 */
import { mkdirSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'
import type { Env } from '../../src/config/env'

function parseFrom(from: string): { name: string; address: string } {
  const match = /^(.*)<([^>]+)>\s*$/.exec(from)
  return match ? { name: match[1].trim(), address: match[2].trim() } : { name: 'Tiêu Biểu', address: from.trim() }
}

export function emailAdapter(env: Env): EmailAdapter {
  const from = parseFrom(env.MAIL_FROM)
  const transport = env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : nodemailer.createTransport({ jsonTransport: true })
  return () => ({
    name: env.SMTP_URL ? 'smtp' : 'file',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message: SendEmailOptions) => {
      const info = await transport.sendMail({ from: `${from.name} <${from.address}>`, ...message })
      if (!env.SMTP_URL) {
        const dir = path.resolve(env.MAIL_DIR)
        mkdirSync(dir, { recursive: true })
        await writeFile(path.join(dir, `${Date.now()}-${info.messageId.replace(/[^\w.-]/g, '_')}.json`), String(info.message))
      }
      return info
    },
  })
}
