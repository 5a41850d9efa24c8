/**
 * On a producer's home: the open calls for support it meets, each with why it fits, the deadline
 * and one button that opens its application already filled in (or the draft it started). Shown
 * first, because news of support is what rural producers most often never get.
 */
import type { Payload } from 'payload'
import { calendarDay } from '../../src/dates/calendar-day'
import { programmeNow } from '../../src/programmes/clock'
import { findCallsFor } from '../../src/programmes/find-calls-for'
import { kindLabel } from '../../src/programmes/kinds'

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 8, padding: '1rem', marginBottom: '1rem' }
const button = {
  display: 'inline-block',
  marginTop: '0.5rem',
  padding: '0.6rem 1rem',
  minHeight: 44,
  border: 0,
  borderRadius: 4,
  background: 'var(--theme-success-500)',
  color: 'var(--theme-elevation-0)',
  fontWeight: 600,
  cursor: 'pointer',
  font: 'inherit',
}
const dayMonthYear = (iso: string) => calendarDay(new Date(iso)).split('-').reverse().join('/')

export async function FittingCalls({ payload, producerId, vi }: { payload: Payload; producerId: number | string; vi: boolean }) {
  const { calls } = await findCallsFor(payload, producerId, programmeNow(), vi ? 'vi' : 'en')
  const api = payload.config.routes.api
  return (
    <section style={box} data-fitting-calls={calls.length} aria-labelledby="fitting-calls-title">
      <h3 id="fitting-calls-title" style={{ marginTop: 0 }}>
        {vi ? `Hỗ trợ khuyến công phù hợp với cơ sở: ${calls.length}` : `Support calls that fit you: ${calls.length}`}
      </h3>
      {calls.length === 0 ? (
        <p style={{ margin: 0 }}>
          {vi ? 'Hiện chưa có thông báo hỗ trợ nào phù hợp. Khi có, bạn sẽ nhận thư báo.' : 'No open call fits you now. You will get an e-mail when one does.'}
        </p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '1rem' }}>
          {calls.map((call) => (
            <li key={call.id} data-fitting-call={call.slug}>
              <strong>{call.title}</strong>
              <div>
                {kindLabel(call.kind, vi ? 'vi' : 'en')} · {vi ? 'Hạn nộp' : 'Deadline'} {dayMonthYear(call.deadline)} (
                {vi ? `còn ${call.daysLeft} ngày` : `${call.daysLeft} days left`})
              </div>
              {call.fits.length > 0 ? (
                <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.25rem' }} aria-label={vi ? 'Vì sao phù hợp' : 'Why it fits'}>
                  {call.fits.map((f) => (
                    <li key={f.rule}>{vi ? f.vi : f.en}</li>
                  ))}
                </ul>
              ) : (
                <div>{vi ? 'Mọi cơ sở đều được nộp hồ sơ.' : 'Open to every establishment.'}</div>
              )}
              <form method="post" action={`${api}/applications/start?call=${call.id}`}>
                <button type="submit" style={button} data-apply={call.slug}>
                  {call.applied ? (vi ? 'Xem hồ sơ đã lập' : 'Open my application') : vi ? 'Nộp hồ sơ' : 'Apply'}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
