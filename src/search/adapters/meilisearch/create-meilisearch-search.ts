import { type FederatedMultiSearchParams, Meilisearch, type MultiSearchResponse } from 'meilisearch'
import { decodeKeyboard } from '../../../text/decode-keyboard'
import type { Word } from '../../../text/tokenize-text'
import { buildSynonymTable, type SynonymGroup } from '../../../text/synonyms'
import { assertIndexable } from '../../assert-indexable'
import { buildIndexRecord, type IndexRecord } from '../../build-index-record'
import { SearchConfigError } from '../../errors'
import { findTypedWord } from '../../find-typed-word'
import { planWordDropping } from '../../plan-word-dropping'
import { decodedWordsOf, leavesOutDecoded } from '../../keyboard-reading'
import { prepareQuery, type PreparedQuery } from '../../prepare-query'
import { resolveEnquiryScope, resolveSearchQuery, type QueryTarget, type ResolvedSearchQuery } from '../../resolve-search-query'
import { DEFAULT_SYNONYM_GROUPS } from '../../settings/default-synonyms'
import { INDEX_NAMES, indexNameForId, publicIndexName, type IndexName } from '../../settings/index-names'
import type { EnquiryScope, EnquirySearchQuery, SearchDocument, SearchPort, SearchQuery, SearchResult } from '../../types'
import { awaitTask, type TaskWait } from './await-task'
import { buildMeilisearchRequest } from './build-meilisearch-request'
import { buildProbeRequest } from './build-probe-request'
import { buildMeilisearchSettings } from './meilisearch-settings'
import { toSearchError } from './to-search-error'
import { toSearchResult, type MeilisearchAnswer } from './to-search-result'

export interface MeilisearchSearchConfig {
  /** e.g. http://127.0.0.1:7700 */
  readonly url: string
  /** Master or admin key; it stays on the server. */
  readonly apiKey?: string
  /** Prefix for index uids, so several sites (or test runs) can share one server. Default `tieu_bieu_`. */
  readonly indexPrefix?: string
  readonly synonyms?: readonly SynonymGroup[]
  /** Per-request timeout. Default 5 s. */
  readonly requestTimeoutMs?: number
  /** How long to wait for an indexing task. Default 60 s. */
  readonly taskTimeoutMs?: number
  /** Task polling interval. Default 50 ms. */
  readonly taskIntervalMs?: number
}

const INDEX_UID_PATTERN = /^[A-Za-z0-9_-]*$/
const UPSERT_BATCH_SIZE = 5_000
const LIST_PAGE_SIZE = 1_000

/**
 * The Meilisearch adapter. Documents are the same folded records the embedded engine indexes, so
 * both engines match the same words; the index settings come from the same data. Searches run on
 * the server with its key; the enquiry scope is a filter added here, never one the caller sends.
 */
export function createMeilisearchSearch(config: MeilisearchSearchConfig): SearchPort {
  const prefix = config.indexPrefix ?? 'tieu_bieu_'
  if (!INDEX_UID_PATTERN.test(prefix)) {
    throw new SearchConfigError(`index prefix "${prefix}" may hold only letters, digits, - and _`)
  }
  let client: Meilisearch
  try {
    client = new Meilisearch({ host: config.url, apiKey: config.apiKey, timeout: config.requestTimeoutMs ?? 5_000 })
  } catch (error) {
    throw new SearchConfigError(`MEILI_URL "${config.url}" is not usable: ${(error as Error).message}`, { cause: error })
  }
  const wait: TaskWait = { timeoutMs: config.taskTimeoutMs ?? 60_000, intervalMs: config.taskIntervalMs ?? 50 }
  const uid = (name: IndexName) => `${prefix}${name}`
  /** Fewer documents than this holding every word, and the answer is widened (as match-forgiving.ts). */
  const FEW_FULL = 3
  let synonyms = buildSynonymTable(config.synonyms ?? DEFAULT_SYNONYM_GROUPS)

  async function applySettings(): Promise<void> {
    for (const name of INDEX_NAMES) {
      // Creating the index explicitly fixes its primary key; an existing index is left as it is.
      await awaitTask(() => client.createIndex(uid(name), { primaryKey: 'id' }), `create index ${uid(name)}`, wait, {
        acceptErrorCodes: ['index_already_exists'],
      })
      await awaitTask(() => client.index(uid(name)).updateSettings(buildMeilisearchSettings(name, synonyms)), `apply settings to ${uid(name)}`, wait)
    }
  }

  async function send(
    target: QueryTarget,
    indexUid: string,
    resolved: ResolvedSearchQuery,
    prepared: PreparedQuery,
    scope?: EnquiryScope,
    namedOnly = false,
  ): Promise<MeilisearchAnswer> {
    const request = buildMeilisearchRequest(indexUid, resolved, prepared, { enquiries: target === 'enquiries', scope, namedOnly })
    try {
      return request.kind === 'search'
        ? await client.index<IndexRecord>(indexUid).search(request.q, request.params)
        : await client.multiSearch<FederatedMultiSearchParams, IndexRecord>(request.body)
    } catch (error) {
      throw toSearchError(error, `search ${indexUid}`)
    }
  }

  /**
   * A thin full match widened, as the embedded engine does (match-forgiving.ts): the documents
   * holding every word first, then those holding the words `wider` keeps. The wider query holds
   * the full matches too, so its count and facets are the whole answer's; its first hits, less the
   * full ones, make up the page.
   */
  async function widen(
    target: QueryTarget,
    indexUid: string,
    resolved: ResolvedSearchQuery,
    prepared: PreparedQuery,
    full: MeilisearchAnswer,
    wider: { readonly query: PreparedQuery; readonly partial?: true },
    started: number,
    scope?: EnquiryScope,
    fullNamedOnly = false,
  ): Promise<SearchResult> {
    const pageEnd = resolved.page * resolved.hitsPerPage
    // Full matches are fewer than FEW_FULL, all on the first page (asked again for a later page).
    const first = resolved.page === 1 ? full : await send(target, indexUid, { ...resolved, page: 1 }, prepared, scope, fullNamedOnly)
    const fullIds = new Set(first.hits.map((hit) => hit.id))
    const more = await send(target, indexUid, { ...resolved, page: 1, hitsPerPage: pageEnd + fullIds.size }, wider.query, scope, wider.partial)
    const merged = toSearchResult({ ...more, hits: [...first.hits, ...more.hits.filter((hit) => !fullIds.has(hit.id))] }, indexUid, resolved, prepared, 0)
    const from = (resolved.page - 1) * resolved.hitsPerPage
    return { ...merged, hits: merged.hits.slice(from, pageEnd), tookMs: performance.now() - started }
  }

  /**
   * Every word first. When that finds nothing, or the query also reads as Telex/VNI, one
   * multi-search counts the other candidates (plan-word-dropping.ts, and the decoded reading with
   * its own), and the first that finds something is asked for its page: the same rule as the
   * embedded engine's, with the words left out and the reading reported.
   */
  async function run(target: QueryTarget, index: IndexName, query: SearchQuery, scope?: EnquiryScope): Promise<SearchResult> {
    const started = performance.now()
    const resolved = resolveSearchQuery(query, target)
    const prepared = prepareQuery(resolved.q, synonyms)
    const indexUid = uid(index)
    const answer = await send(target, indexUid, resolved, prepared, scope)
    const fullCount = answer.totalHits ?? answer.estimatedTotalHits ?? answer.hits.length
    const found = fullCount > 0
    const decoded = decodeKeyboard(resolved.q)
    const thin = found && fullCount < FEW_FULL
    if (prepared.tokens.length === 0 || (found && decoded === null && !thin))
      return toSearchResult(answer, indexUid, resolved, prepared, performance.now() - started)

    const locale = index === 'public_en' ? 'en' : 'vi'
    const candidates: { query: PreparedQuery; left: readonly Word[]; apart?: true; partial?: true; readAs?: string }[] =
      !found || thin ? planWordDropping(prepared, locale, synonyms) : []
    if (decoded !== null) {
      const reading = prepareQuery(decoded, synonyms)
      // A plan that leaves out a word the decoding changed explains nothing (keyboard-reading.ts).
      const changed = decodedWordsOf(resolved.q, decoded)
      const plans = [{ query: reading, left: [] }, ...planWordDropping(reading, locale, synonyms)].filter((plan) => !leavesOutDecoded(changed, plan.left))
      candidates.unshift(...plans.map((candidate) => ({ ...candidate, readAs: decoded })))
    }
    let counts: MultiSearchResponse
    try {
      counts = await client.multiSearch(buildProbeRequest(indexUid, resolved, candidates, scope))
    } catch (error) {
      throw toSearchError(error, `search ${indexUid}`)
    }
    const countOf = (candidate: (typeof candidates)[number]) => {
      const result = counts.results[candidates.indexOf(candidate)]
      return result?.totalHits ?? result?.estimatedTotalHits ?? 0
    }
    // A thin full match is widened only by a reading that finds more than it does.
    const matching = candidates.filter((candidate) => countOf(candidate) > (thin && !candidate.readAs ? fullCount : 0))
    // Fewest words left out wins; the reading as typed (found, so nothing left out) beats an equal
    // decoded one; a plan with the phrases taken apart only when no other finds anything.
    const wholeFinds = matching.some((candidate) => !candidate.apart)
    const best = matching.reduce<(typeof candidates)[number] | undefined>(
      (chosen, candidate) => (wholeFinds && candidate.apart ? chosen : !chosen || candidate.left.length < chosen.left.length ? candidate : chosen),
      undefined,
    )
    if (thin && best && !best.readAs) return widen(target, indexUid, resolved, prepared, answer, best, started, scope)
    if (!best || (found && best.left.length > 0)) return toSearchResult(answer, indexUid, resolved, prepared, performance.now() - started)
    const chosen = await send(target, indexUid, resolved, best.query, scope, best.partial)
    // A thin partial match is widened like a thin full one, by the next plan that finds more.
    const next =
      best.readAs || countOf(best) >= FEW_FULL
        ? undefined
        : matching.find((candidate) => !candidate.readAs && candidates.indexOf(candidate) > candidates.indexOf(best) && countOf(candidate) > countOf(best))
    const result = next
      ? await widen(target, indexUid, resolved, best.query, chosen, next, started, scope, best.partial)
      : toSearchResult(chosen, indexUid, resolved, best.query, performance.now() - started)
    return {
      ...result,
      ...(best.left.length > 0 ? { ignoredWords: best.left.map((word) => findTypedWord(resolved.q, word)) } : {}),
      ...(best.readAs ? { readAs: best.readAs } : {}),
    }
  }

  return {
    engine: 'meilisearch',
    applySettings,

    async upsert(documents: readonly SearchDocument[]) {
      const byIndex = new Map<IndexName, IndexRecord[]>()
      for (const doc of documents) {
        const index = assertIndexable(doc)
        const list = byIndex.get(index) ?? []
        list.push(buildIndexRecord(doc))
        byIndex.set(index, list)
      }
      for (const [index, records] of byIndex) {
        // Batches keep each payload well under Meilisearch's 100 MB default request limit during a reindex.
        for (let start = 0; start < records.length; start += UPSERT_BATCH_SIZE) {
          const batch = records.slice(start, start + UPSERT_BATCH_SIZE)
          await awaitTask(
            () => client.index<IndexRecord>(uid(index)).addDocuments(batch, { primaryKey: 'id' }),
            `index ${batch.length} documents in ${uid(index)}`,
            wait,
          )
        }
      }
    },

    async remove(ids: readonly string[]) {
      const byIndex = new Map<IndexName, string[]>()
      for (const id of new Set(ids)) {
        const index = indexNameForId(id)
        if (index) byIndex.set(index, [...(byIndex.get(index) ?? []), id])
      }
      for (const [index, list] of byIndex) {
        const target = client.index(uid(index))
        await awaitTask(
          () => (list.length === 1 ? target.deleteDocument(list[0]!) : target.deleteDocuments(list)),
          `remove ${list.length} documents from ${uid(index)}`,
          wait,
          // Removing from an index that was never created leaves nothing behind, which is the goal.
          { acceptErrorCodes: ['index_not_found'] },
        )
      }
    },

    search(query: SearchQuery) {
      return run('public', publicIndexName(query.locale), query)
    },

    async searchEnquiries(query: EnquirySearchQuery) {
      const scope = resolveEnquiryScope(query.scope)
      return run('enquiries', 'enquiries', query, scope)
    },

    async updateSynonyms(groups) {
      synonyms = buildSynonymTable(groups)
      for (const name of INDEX_NAMES) {
        await awaitTask(
          () => client.index(uid(name)).updateSettings({ synonyms: buildMeilisearchSettings(name, synonyms).synonyms }),
          `update synonyms of ${uid(name)}`,
          wait,
        )
      }
    },

    async clear() {
      for (const name of INDEX_NAMES) {
        await awaitTask(() => client.index(uid(name)).deleteAllDocuments(), `clear ${uid(name)}`, wait, { acceptErrorCodes: ['index_not_found'] })
      }
    },

    async listDocumentIds() {
      const ids: string[] = []
      for (const name of INDEX_NAMES) {
        for (let offset = 0; ; offset += LIST_PAGE_SIZE) {
          let page: { results: { id: string }[]; total: number }
          try {
            page = await client.index(uid(name)).getDocuments<{ id: string }>({ fields: ['id'], limit: LIST_PAGE_SIZE, offset })
          } catch (error) {
            const code = (error as { cause?: { code?: string } }).cause?.code
            // An index that was never created holds nothing.
            if (code === 'index_not_found') break
            throw toSearchError(error, `list the documents of ${uid(name)}`)
          }
          for (const doc of page.results) ids.push(String(doc.id))
          if (page.results.length < LIST_PAGE_SIZE || offset + LIST_PAGE_SIZE >= page.total) break
        }
      }
      return ids
    },
  }
}
