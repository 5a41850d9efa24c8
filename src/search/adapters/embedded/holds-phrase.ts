import { TEXT_FIELDS } from '../../settings/index-settings'
import { holdsWords } from './phrase-check'
import type { TermIndex, TermPostings } from './term-index'

/** Records read at most per check: a phrase is either common (found early) or rare (few postings). */
const MAX_RECORDS_READ = 2_000

function postingCount(postings: TermPostings): number {
  let count = 0
  for (const field of postings) count += field?.count ?? 0
  return count
}

/**
 * True when some record holds the two folded words side by side ("tho cam", "lap xuong"). Reads
 * only the records of the rarer word, and only on the path where a word typed with the wrong
 * marks is judged (find-missing-accents.ts), so its cost stays off ordinary queries.
 */
export function holdsPhrase(index: TermIndex, first: string, second: string): boolean {
  const a = index.vocabulary.get(first)
  const b = index.vocabulary.get(second)
  if (!a || !b) return false
  const rarer = postingCount(a) <= postingCount(b) ? a : b
  const phrase = `${first} ${second}`
  let read = 0
  for (const field of rarer) {
    if (!field) continue
    for (let i = 0; i < field.count; i += 1) {
      const record = index.records[field.docs[i]!]
      if (!record) continue
      if (TEXT_FIELDS.some((name) => holdsWords(record[name], phrase))) return true
      read += 1
      if (read >= MAX_RECORDS_READ) return false
    }
  }
  return false
}
