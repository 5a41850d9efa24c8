import type { Where } from 'payload'

/** Fairs a producer may ask to join: published and not started yet. */
export function upcomingPublishedFairs(now: Date): Where {
  return { and: [{ _status: { equals: 'published' } }, { startDate: { greater_than: now.toISOString() } }] }
}
