/**
 * The time the support rules read. Tests set it (setProgrammeClock) to check deadlines and
 * reminders without waiting; everything else gets the real time.
 */
let fixed: Date | undefined

export const programmeNow = (): Date => (fixed ? new Date(fixed) : new Date())
export const setProgrammeClock = (at: Date | undefined) => {
  fixed = at
}
