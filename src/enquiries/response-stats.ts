/**
 * How producers answer their enquiries, for centre staff: the share answered among those that are
 * due (answered, or past their deadline without an answer — enquiries still within their time are
 * not held against anyone), and the median time from arrival to answer. Spam is left out.
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
  overdue: number
  pending: number
  /** answered / (answered + overdue), or null when nothing is due yet. */
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

export function responseStats(enquiries: readonly StatsInput[], now: Date, names: Readonly<Record<string, string>> = {}): ProducerResponseStats[] {
  const groups = new Map<string, { name: string; answered: number[]; overdue: number; pending: number; total: number }>()
  for (const enquiry of enquiries) {
    if (enquiry.status === 'spam' || enquiry.producer == null) continue
    const producerId = String(typeof enquiry.producer === 'object' ? enquiry.producer.id : enquiry.producer)
    const name = (typeof enquiry.producer === 'object' ? enquiry.producer.brandName : undefined) ?? names[producerId] ?? `#${producerId}`
    const group = groups.get(producerId) ?? { name, answered: [], overdue: 0, pending: 0, total: 0 }
    group.total += 1
    if (enquiry.answeredAt) group.answered.push((Date.parse(enquiry.answeredAt) - Date.parse(enquiry.createdAt)) / 3_600_000)
    else if (enquiry.dueAt && Date.parse(enquiry.dueAt) <= now.getTime()) group.overdue += 1
    else group.pending += 1
    groups.set(producerId, group)
  }
  return [...groups.entries()]
    .map(([producerId, g]) => {
      const due = g.answered.length + g.overdue
      return {
        producerId,
        name: g.name,
        total: g.total,
        answered: g.answered.length,
        overdue: g.overdue,
        pending: g.pending,
        responseRate: due ? g.answered.length / due : null,
        medianResponseHours: median(g.answered),
      }
    })
    .sort((a, b) => (a.responseRate ?? 2) - (b.responseRate ?? 2) || b.total - a.total)
}
