/**
 * An id to write into a relationship field. The generated types are produced on SQLite, where ids
 * are numbers; on MongoDB the same field holds a string id, which Payload accepts and validates.
 * The id itself came from a document this request read, so it is passed through unchanged.
 */
export function relationId(id: number | string): number {
  return id as number
}
