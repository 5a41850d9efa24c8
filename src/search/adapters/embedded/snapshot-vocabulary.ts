import SearchableMap from 'minisearch/SearchableMap'
import type { TermPostings } from './term-index'

/**
 * The vocabulary's radix tree saved as it is shaped, not as a word list. Prefix and typo-tolerant
 * lookups walk the tree in its children's order, and scores are sums in that order: a tree rebuilt
 * by inserting the words again has other splits and order, so sums differed in their last bits and
 * a tie could rank the other way. A node is its entry count then its entries (label, then the
 * child node, or the leaf when the label is MiniSearch's LEAF, the empty string), depth first.
 * Words whose documents were all removed stay, as in the live tree (vocabulary.has still says so).
 */
type Tree = Map<string, unknown>
const LEAF = ''

export interface SavedTree {
  /** Every entry's label, depth first. */
  readonly labels: string[]
  /** Every node's entry count, depth first. */
  readonly sizes: Int32Array
}

/** The tree's shape and its leaves' postings, in the same depth-first order. */
export function saveTree(vocabulary: SearchableMap<TermPostings>): SavedTree & { readonly leaves: TermPostings[] } {
  const labels: string[] = []
  const sizes: number[] = []
  const leaves: TermPostings[] = []
  const walk = (node: Tree): void => {
    sizes.push(node.size)
    for (const [label, child] of node) {
      labels.push(label)
      if (label === LEAF) leaves.push(child as TermPostings)
      else walk(child as Tree)
    }
  }
  walk(vocabulary._tree as Tree)
  return { labels, sizes: Int32Array.from(sizes), leaves }
}

/** The tree saved by `saveTree`, its leaves given by `leafAt` (called in depth-first order). */
export function loadTree(saved: SavedTree, leafAt: (leaf: number) => TermPostings): SearchableMap<TermPostings> {
  const { labels, sizes } = saved
  let label = 0
  let node = 0
  let leaf = 0
  const build = (): Tree => {
    if (node >= sizes.length) throw new Error('the saved vocabulary ends early')
    const tree: Tree = new Map()
    const size = sizes[node++]!
    for (let i = 0; i < size; i += 1) {
      const key = labels[label++]
      if (typeof key !== 'string') throw new Error('the saved vocabulary lacks labels')
      tree.set(key, key === LEAF ? leafAt(leaf++) : build())
    }
    return tree
  }
  const tree = build()
  if (node !== sizes.length || label !== labels.length) throw new Error('the saved vocabulary holds more than its tree')
  return new SearchableMap<TermPostings>(tree as never)
}
