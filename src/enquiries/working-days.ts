/**
 * Response deadlines count working days (Monday–Friday); a buyer who writes on Friday evening
 * should not find the producer "late" on Monday morning.
 */
export function addWorkingDays(from: Date, days: number): Date {
  const result = new Date(from)
  let left = days
  while (left > 0) {
    result.setUTCDate(result.getUTCDate() + 1)
    const day = result.getUTCDay()
    if (day !== 0 && day !== 6) left -= 1
  }
  return result
}
