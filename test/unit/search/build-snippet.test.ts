import { describe, expect, it } from 'vitest'
import { buildSnippet } from '../../../src/search/build-snippet'

const STORY =
  'Hợp tác xã được thành lập năm 1998 bởi mười hộ nuôi ong ở xã Khánh An. Sau nhiều năm gây dựng, đàn ong đã lên tới hai nghìn thùng, cho ra mật ong rừng tràm được người mua ở Cần Thơ và Thành phố Hồ Chí Minh ưa chuộng.'

describe('buildSnippet', () => {
  it('should cut the excerpt around the first word the buyer searched for, without diacritics', () => {
    const snippet = buildSnippet(STORY, ['tram'], 80)
    expect(snippet.startsWith('…')).toBe(true)
    expect(snippet).toContain('rừng tràm')
    expect(snippet.length).toBeLessThanOrEqual(82)
  })

  it('should start at the beginning when the match is near it, and end on a word boundary', () => {
    const snippet = buildSnippet(STORY, ['hop'], 60)
    expect(snippet.startsWith('Hợp tác xã')).toBe(true)
    expect(snippet.endsWith('…')).toBe(true)
    expect(STORY).toContain(snippet.slice(0, -1))
  })

  it('should return short summaries whole', () => {
    expect(buildSnippet('Mật ong rừng.', ['mat'])).toBe('Mật ong rừng.')
  })
})
