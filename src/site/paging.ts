/** Page links for long lists: the first, the last, and a window around the current page. */
export type PageLink = { page: number; current: boolean } | { gap: true }

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage))
}

export function pageLinks(current: number, pages: number, around = 1): PageLink[] {
  if (pages <= 1) return []
  const wanted = new Set([1, pages])
  for (let p = current - around; p <= current + around; p += 1) if (p >= 1 && p <= pages) wanted.add(p)
  const sorted = [...wanted].sort((a, b) => a - b)
  const links: PageLink[] = []
  sorted.forEach((page, i) => {
    const previous = sorted[i - 1]
    if (previous !== undefined && page - previous === 2) links.push({ page: page - 1, current: false })
    else if (previous !== undefined && page - previous > 2) links.push({ gap: true })
    links.push({ page, current: page === current })
  })
  return links
}
