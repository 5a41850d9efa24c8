/** The type of the English strings, from the Vietnamese: same keys, any string where vi has a literal. */
export type Widen<T> = T extends string ? string : T extends readonly string[] ? readonly string[] : { [K in keyof T]: Widen<T[K]> }
