/**
 * A relationship as Payload returns it, populated or not, and its id. Access rules, hooks and the
 * programmes rules read documents through the Local API at depth 0 or 1, so they meet both forms.
 */
export type Ref = number | string | { id: number | string } | null | undefined

export const idOf = (ref: Ref): number | string | undefined => (ref == null ? undefined : typeof ref === 'object' ? ref.id : ref)
