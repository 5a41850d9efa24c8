/**
 * When a call is published, every producer it fits is told by mail, once: the producers already
 * told are kept on the call (`announcedTo`), so publishing again after an edit mails only those
 * who have come to fit since. Each is mailed at its page's address and its accounts'
 * (producer-addresses.ts); a producer with neither is skipped (and not recorded, so it hears of it
 * once it has one and the call is published again).
 */
import type { Payload, PayloadRequest } from 'payload'
import { calendarDay } from '../dates/calendar-day'
import { findCallsFor } from './find-calls-for'
import { kindLabel } from './kinds'
import { producerAddresses } from './producer-addresses'
import { idOf, type Ref } from '../relations/relation-ref'

export async function announceCall(payload: Payload, callId: number, now: Date, adminUrl: string, req?: PayloadRequest): Promise<{ mailed: number[] }> {
  const call = await payload.findByID({ collection: 'calls', id: callId, depth: 0, overrideAccess: true, locale: 'vi', req })
  if (call._status !== 'published') return { mailed: [] }
  const told = new Set((call.announcedTo ?? []).map((r) => String(idOf(r as Ref))))
  const [producers, addresses] = await Promise.all([
    payload.find({ collection: 'producers', overrideAccess: true, depth: 0, pagination: false, select: { legalName: true }, req }),
    producerAddresses(payload, req),
  ])
  const mailed: number[] = []
  try {
    await mailEach()
  } finally {
    // Recorded even when the mail server fails half-way, so the job's retry does not mail twice.
    if (mailed.length > 0)
      await payload.update({
        collection: 'calls',
        id: call.id,
        data: { announcedTo: [...told].map(Number).concat(mailed) },
        overrideAccess: true,
        context: { announcing: true },
        req,
      })
  }
  return { mailed }

  async function mailEach() {
    for (const producer of producers.docs) {
      const to = addresses.get(String(producer.id)) ?? []
      if (to.length === 0 || told.has(String(producer.id))) continue
      const { calls } = await findCallsFor(payload, producer.id, now)
      const fit = calls.find((c) => c.id === call.id)
      if (!fit) continue
      await payload.sendEmail({
        to,
        subject: `Thông báo hỗ trợ mới phù hợp với cơ sở: ${call.title} / A new call fits your establishment`,
        text: [
          `Kính gửi ${producer.legalName},`,
          `Trung tâm Khuyến công vừa công bố "${call.title}" (${kindLabel(call.kind, 'vi')}), phù hợp với cơ sở vì:`,
          ...fit.fits.map((f) => `- ${f.vi}`),
          `Hạn nộp hồ sơ: ${calendarDay(new Date(call.deadline)).split('-').reverse().join('/')}.`,
          `Xem và nộp hồ sơ: ${adminUrl}/admin`,
          '',
          `The extension centre has published "${call.title}" (${kindLabel(call.kind, 'en')}), which fits your establishment.`,
          `Apply from your admin home: ${adminUrl}/admin`,
        ].join('\n'),
      })
      mailed.push(producer.id)
    }
  }
}
