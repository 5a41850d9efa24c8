import { describe, expect, it } from 'vitest'
import { bareNameKey, buildNameIndex, matchName } from '../../../src/imports/match-name'

const producers = [
  { id: 1, brandName: 'Mật ong rừng Ba Bể', legalName: 'Hợp tác xã Mật ong Ba Bể' },
  { id: 2, brandName: 'Kẹo khóm Út Hiền', legalName: 'Hộ kinh doanh Nguyễn Thị Hiền' },
  { id: 3, brandName: 'Trà Shan tuyết Suối Giàng', legalName: 'HTX Chè Suối Giàng' },
  { id: 4, brandName: 'Gốm Bát Tràng', legalName: 'Công ty TNHH Gốm Bát Tràng' },
  { id: 5, brandName: 'Gốm Bát Tràng Minh Châu', legalName: 'Cơ sở Minh Châu' },
]
const index = buildNameIndex(producers, (p) => [p.brandName, p.legalName])
const id = (typed: string) => {
  const match = matchName(typed, index)
  return match && 'item' in match ? [match.item.id, match.exact] : match
}

describe('matching typed names', () => {
  it('should ignore diacritics, case, punctuation and legal forms', () => {
    expect(id('MAT ONG RUNG BA BE')).toEqual([1, true])
    expect(id('Kẹo khóm – Út Hiền')).toEqual([2, true])
    expect(id('HTX Mật ong Ba Bể')).toEqual([1, true])
    expect(id('Chè Suối Giàng')).toEqual([3, true])
    expect(bareNameKey('Công ty TNHH MTV Gốm Bát Tràng')).toBe('gom bat trang')
  })

  it('should forgive a few slips in a long name, and say it was not exact', () => {
    expect(id('Mật ong rừng Ba Bểe')).toEqual([1, false])
    expect(id('Keo khom Ut Hienn')).toEqual([2, false])
    expect(id('Trà Shan tuyet Suoi Giang')).toEqual([3, true])
  })

  it('should not guess between close names or from a short one', () => {
    expect(id('Gốm Bát Tràng Minh')).toBeUndefined()
    expect(id('Gốm')).toBeUndefined()
    expect(id('Bánh pía')).toBeUndefined()
  })

  it('should report two producers with the same name as ambiguous', () => {
    const twins = buildNameIndex(
      [
        { id: 1, name: 'Chiếu cói Hới' },
        { id: 2, name: 'Chieu coi Hoi' },
      ],
      (p) => [p.name],
    )
    expect(matchName('chiếu cói hới', twins)).toEqual({ ambiguous: [expect.objectContaining({ id: 1 }), expect.objectContaining({ id: 2 })] })
  })
})
