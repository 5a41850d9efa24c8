/**
 * Seven days before a call's deadline, each producer it fits and that has not yet submitted is
 * reminded by mail, at its page's address and its accounts' (producer-addresses.ts). Run once a day (cms/jobs/remindDeadlines.ts); the day is compared on the
 * Vietnamese calendar, so one daily run sends each reminder once. `now` comes from the caller,
 * so tests choose the day.
 */
import type { Payload } from 'payload'
import { addDays, calendarDay } from '../dates/calendar-day'
import { findCallsFor } from './find-calls-for'
import { producerAddresses } from './producer-addresses'

export const REMIND_DAYS_BEFORE = 7

export async function remindDeadlines(payload: Payload, now: Date, adminUrl: string): Promise<{ sent: { producer: number; call: number }[] }> {
  const target = addDays(calendarDay(now), REMIND_DAYS_BEFORE)
  const [producers, addresses] = await Promise.all([
    payload.find({ collection: 'producers', overrideAccess: true, depth: 0, pagination: false, select: { legalName: true } }),
    producerAddresses(payload),
  ])
  const sent: { producer: number; call: number }[] = []
  for (const producer of producers.docs) {
    const to = addresses.get(String(producer.id)) ?? []
    if (to.length === 0) continue
    const { calls } = await findCallsFor(payload, producer.id, now)
    const submitted = await payload.find({
      collection: 'applications',
      overrideAccess: true,
      depth: 0,
      pagination: false,
      where: { and: [{ producer: { equals: producer.id } }, { status: { not_equals: 'draft' } }] },
      select: { call: true },
    })
    const done = new Set(submitted.docs.map((a) => String(typeof a.call === 'object' ? a.call.id : a.call)))
    for (const call of calls.filter((c) => calendarDay(new Date(c.deadline)) === target && !done.has(String(c.id)))) {
      await payload.sendEmail({
        to,
        subject: `Còn 7 ngày: ${call.title} / 7 days left to apply`,
        text: [
          `Kính gửi ${producer.legalName},`,
          `Thông báo hỗ trợ "${call.title}" phù hợp với cơ sở sẽ hết hạn nhận hồ sơ sau 7 ngày.`,
          `Nộp hồ sơ: ${adminUrl}/admin/collections/applications/create`,
          '',
          `"${call.title}" fits your establishment and closes in 7 days.`,
        ].join('\n'),
      })
      sent.push({ producer: producer.id, call: call.id })
    }
  }
  return { sent }
}
