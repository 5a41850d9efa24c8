/**
 * How producers answer their enquiries, for centre staff and for each producer itself. The response
 * rate is the share answered on time (by the deadline) among those that are due: answered, or past
 * their deadline without an answer. An answer after the deadline is due but not on time; enquiries
 * still within their time, closed without an answer, or spam are held against no one. "Answered"
 * means a reply recorded in the system (answeredAt), never a status set by hand. The median time
 * runs from arrival to answer, late answers included.
 */
export type StatsInput = {
  producer?: number | string | { id: number | string; brandName?: string | null } | null
  status?: string | null
  createdAt: string
  answeredAt?: string | null
  dueAt?: string | null
}

export type ProducerResponseStats = {
  producerId: string
  name: string
  total: number
  answered: number
  /** Answered after the deadline (included in `answered`). */
  late: number
  overdue: number
  /** Closed without an answer: neither answered nor overdue. */
  closed: number
  pending: number
  /** on time / (answered + overdue), or null when nothing is due yet. */
  responseRate: number | null
  /** Median hours from arrival to answer, or null when nothing was answered. */
  medianResponseHours: number | null
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

type Group = { name: string; hours: number[]; late: number; overdue: number; closed: number; pending: number; total: number }

function tally(group: Group, enquiry: StatsInput, now: Date): void {
  group.total += 1
  const due = enquiry.dueAt ? Date.parse(enquiry.dueAt) : undefined
  if (enquiry.answeredAt) {
    const answered = Date.parse(enquiry.answeredAt)
    group.hours.push((answered - Date.parse(enquiry.createdAt)) / 3_600_000)
    if (due !== undefined && answered > due) group.late += 1
  } else if (enquiry.status === 'closed') group.closed += 1
  else if (due !== undefined && due <= now.getTime()) group.overdue += 1
  else group.pending += 1
}

export function responseStats(enquiries: readonly StatsInput[], now: Date, names: Readonly<Record<string, string>> = {}): ProducerResponseStats[] {
  const groups = new Map<string, Group>()
  for (const enquiry of enquiries) {
    if (enquiry.status === 'spam' || enquiry.producer == null) continue
    const producerId = String(typeof enquiry.producer === 'object' ? enquiry.producer.id : enquiry.producer)
    const name = (typeof enquiry.producer === 'object' ? enquiry.producer.brandName : undefined) ?? names[producerId] ?? `#${producerId}`
    const group = groups.get(producerId) ?? { name, hours: [], late: 0, overdue: 0, closed: 0, pending: 0, total: 0 }
    tally(group, enquiry, now)
    groups.set(producerId, group)
  }
  return [...groups.entries()]
    .map(([producerId, g]) => {
      const due = g.hours.length + g.overdue
      return {
        producerId,
        name: g.name,
        total: g.total,
        answered: g.hours.length,
        late: g.late,
        overdue: g.overdue,
        closed: g.closed,
        pending: g.pending,
        responseRate: due ? (g.hours.length - g.late) / due : null,
        medianResponseHours: median(g.hours),
      }
    })
    .sort((a, b) => (a.responseRate ?? 2) - (b.responseRate ?? 2) || b.total - a.total)
}
