/**
 * How dates are shown and typed in the admin: the Vietnamese way, day first (26/11/2025), with
 * 24-hour times. Payload's picker defaults to the American MM/dd/yyyy, which read 01/12/2026 as
 * 12 January and refused 25/12/2026; the same format string is used to parse what is typed.
 */
export const DAY = { pickerAppearance: 'default', displayFormat: 'dd/MM/yyyy' } as const
export const DAY_AND_TIME = { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm', timeFormat: 'HH:mm' } as const
