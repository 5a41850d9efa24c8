import { describe, expect, it } from 'vitest'
import { boostScore } from '../../../src/search/adapters/embedded/boost-score'
import { compareByRelevance } from '../../../src/search/adapters/embedded/compare-hits'
import { computeRankKeys } from '../../../src/search/adapters/embedded/rank-keys'
import { rankTop } from '../../../src/search/adapters/embedded/rank-candidates'
import { selectTop } from '../../../src/search/adapters/embedded/select-top'
import { buildIndexRecord } from '../../../src/search/build-index-record'
import { mapProduct } from '../../../src/search/mappers/map-product'
import { prepareQuery } from '../../../src/search/prepare-query'
import { buildSynonymTable } from '../../../src/text/synonyms'

const WORDS = ['mật', 'ong', 'mát', 'óng', 'rừng', 'dế', 'dê', 'kẹo', 'khóm', 'mat', 'ong']

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
}

describe('rankTop', () => {
  it('should give the first page exactly as boosting every candidate would', () => {
    const next = random(42)
    const records = Array.from({ length: 400 }, (_, i) => {
      const title = Array.from({ length: 2 + Math.floor(next() * 4) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ')
      return buildIndexRecord(mapProduct({ id: i, slug: `p${i}`, name: title, _status: 'published' }, { locales: ['vi'] })[0]!)
    })
    const compare = compareByRelevance
    // Scores drawn from a handful of values, so ties are frequent and the name must break them.
    const scores = records.map(() => 1 + Math.floor(next() * 8))
    const docs = Int32Array.from(records, (_, doc) => doc)

    for (const q of ['mật ong', 'dế', 'mat ong rung']) {
      const prepared = prepareQuery(q, buildSynonymTable([]))
      for (const k of [1, 10, 20, 60, 150]) {
        const everyBoosted = records.map((record, doc) => ({ record, score: boostScore(record, prepared, scores[doc]!) }))
        const expected = selectTop(everyBoosted, compare, k).map((hit) => `${hit.record.id}:${hit.score}`)
        const ranked = rankTop(docs, scores, records, prepared, k, compare, computeRankKeys(records))
        expect(
          ranked.map((hit) => `${hit.record.id}:${hit.score}`),
          `${q}, k = ${k}`,
        ).toEqual(expected)
      }
    }
  })
})

describe('rankTop on English names', () => {
  it('should give the first page exactly as boosting every candidate would, head nouns and title starts included', () => {
    const next = random(9)
    const NAMES = [
      'Ba Be forest honey',
      'Honey-glazed cashews',
      'Lime pickled in honey',
      'Honey',
      'Cashews',
      'Forest honey, 350 g jar',
      'Honeycomb candy',
      'Roasted cashew',
    ]
    const records = Array.from({ length: 300 }, (_, i) => {
      const name = `${NAMES[Math.floor(next() * NAMES.length)]!}${next() < 0.5 ? '' : ` ${i}`}`
      return buildIndexRecord(mapProduct({ id: i, slug: `e${i}`, name, _status: 'published' }, { locales: ['en'] })[0]!)
    })
    const scores = records.map(() => 1 + Math.floor(next() * 6))
    const docs = Int32Array.from(records, (_, doc) => doc)
    const keys = computeRankKeys(records)
    for (const q of ['honey', 'cashews', 'forest honey', 'hon', 'honey 12']) {
      const prepared = prepareQuery(q, buildSynonymTable([]))
      for (const k of [1, 10, 40]) {
        const expected = selectTop(
          records.map((record, doc) => ({ record, score: boostScore(record, prepared, scores[doc]!) })),
          compareByRelevance,
          k,
        )
        expect(
          rankTop(docs, scores, records, prepared, k, compareByRelevance, keys).map((hit) => `${hit.record.id}:${hit.score}`),
          `${q}, k = ${k}`,
        ).toEqual(expected.map((hit) => `${hit.record.id}:${hit.score}`))
      }
    }
  })
})

describe('rankTop with every hit fully boosted', () => {
  it('should keep the k-th hit when rounding puts its boosted score just above score × the largest boost', () => {
    // Titles that all begin with the typed words, accents and all: every hit gets every boost.
    const records = Array.from({ length: 200 }, (_, i) =>
      buildIndexRecord(mapProduct({ id: i, slug: `p${i}`, name: `Mật ong rừng ${i}`, _status: 'published' }, { locales: ['vi'] })[0]!),
    )
    const prepared = prepareQuery('mật ong', buildSynonymTable([]))
    const compare = compareByRelevance
    const docs = Int32Array.from(records, (_, doc) => doc)
    for (let round = 0; round < 200; round += 1) {
      // Scores with full 53-bit mantissas, as BM25 gives (the LCG above yields too few bits for the
      // rounding to show); any draw is a valid case, and about one round in five hits the boundary.
      const scores = records.map(() => 1 + Math.random() * 7)
      for (const k of [1, 5, 20]) {
        const expected = selectTop(
          records.map((record, doc) => ({ record, score: boostScore(record, prepared, scores[doc]!) })),
          compare,
          k,
        )
        expect(
          rankTop(docs, scores, records, prepared, k, compare, computeRankKeys(records)).map((hit) => hit.record.id),
          `round ${round}, k = ${k}`,
        ).toEqual(expected.map((hit) => hit.record.id))
      }
    }
    // Many random rounds (about 1.2 s on a quiet machine): room for a loaded CI machine.
  }, 30_000)
})

describe('selectTop', () => {
  it('should return the same first items as a full sort', () => {
    const next = random(7)
    const values = Array.from({ length: 1000 }, () => Math.floor(next() * 500))
    const byValue = (a: number, b: number) => a - b
    expect(selectTop(values, byValue, 25)).toEqual([...values].sort(byValue).slice(0, 25))
    expect(selectTop(values, byValue, 0)).toEqual([])
  })
})
