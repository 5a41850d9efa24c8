import { describe, expect, it } from 'vitest'
import { findDescribingWords, findFillerWords } from '../../../src/search/find-filler-words'
import { findHeadWords, findMainHeadWord, headOrder } from '../../../src/search/find-head-word'
import { transpositionsOf } from '../../../src/search/adapters/embedded/evaluate-query'
import { decodedWordsOf, leavesOutDecoded } from '../../../src/search/keyboard-reading'
import { mayAnswerWithout } from '../../../src/search/may-answer-without'
import { planWordDropping } from '../../../src/search/plan-word-dropping'
import { prepareQuery } from '../../../src/search/prepare-query'
import { buildSynonymTable } from '../../../src/text/synonyms'
import { typoBudget } from '../../../src/search/typo-budget'
import { splitJoinedWord } from '../../../src/text/split-joined-word'
import { tokenizeWords } from '../../../src/text/tokenize-text'

describe('typoBudget', () => {
  it('should forgive no typo up to three letters, one from four, two from eight, on the folded word', () => {
    expect(typoBudget('ong', 'public_vi')).toBe(0)
    expect(typoBudget('khom', 'public_vi')).toBe(1)
    expect(typoBudget('trangg', 'public_vi')).toBe(1)
    expect(typoBudget('hony', 'public_en')).toBe(1)
    expect(typoBudget('pinaepple', 'public_en')).toBe(2)
  })

  it('should keep codes, sizes and years exact, and enquiry search exact', () => {
    expect(typoBudget('500ml', 'public_vi')).toBe(0)
    expect(typoBudget('2024', 'public_en')).toBe(0)
    expect(typoBudget('nguyen', 'enquiries')).toBe(0)
  })
})

describe('findFillerWords', () => {
  const fillers = (q: string) => findFillerWords(tokenizeWords(q))

  it('should leave out who distributes or imports it, as any buying word', () => {
    expect(findFillerWords(tokenizeWords('phân phối nước mắm'))).toEqual([true, true, false, false])
    expect(findFillerWords(tokenizeWords('fish sauce distributor'))).toEqual([false, false, true])
  })

  it('should mark buying words, trade terms and the country as filler', () => {
    expect(fillers('mua mật ong giá sỉ')).toEqual([true, false, false, true, true])
    expect(fillers('best cheap honey vietnam')).toEqual([true, true, false, true])
    expect(fillers('xin báo giá gạch tuynel')).toEqual([true, true, true, false, false])
    expect(fillers('quà tặng đối tác nước ngoài sơn mài')).toEqual([false, false, true, true, true, true, false, false])
  })

  it('should take a bare number for how the product is said to be, not for filler', () => {
    expect(fillers('nuoc mam 500')).toEqual([false, false, false])
    expect(findDescribingWords(tokenizeWords('nuoc mam 40 do dam'))).toEqual([false, false, true, false, false])
  })

  it('should mark what the buyer does not want, with its marker, as filler', () => {
    expect(fillers('dried persimmon no sugar')).toEqual([false, false, true, true])
    expect(fillers('sugar free coconut candy')).toEqual([true, true, false, false])
    expect(fillers('kẹo dừa không đường')).toEqual([false, false, true, true])
    // Without its marks "khong" may be another word; a marker with nothing after it negates nothing.
    expect(fillers('keo dua khong duong')).toEqual([false, false, false, false])
    expect(fillers('honey no')).toEqual([false, false])
    // Last, "không" asks whether they sell it.
    expect(fillers('có bán kẹo dừa không')).toEqual([true, true, false, false, true])
  })

  it('should leave out asking how much, where, and how it ships', () => {
    expect(fillers('kẹo dừa giá bao nhiêu')).toEqual([false, false, true, true, true])
    expect(fillers('how much is cashew milk')).toEqual([true, true, true, false, false])
    expect(fillers('do you sell fish sauce')).toEqual([true, true, true, false, false])
  })

  it("should take what follows a word of purpose as the buyer's purpose, not the product", () => {
    expect(fillers('tea set for restaurant')).toEqual([false, false, true, true])
    expect(fillers('máy sấy cho hợp tác xã')).toEqual([false, false, true, true, true, true])
    // A first word is never a purpose: "for" alone is still searched; nor is a "for" before any word of the product.
    expect(fillers('for')).toEqual([false])
    expect(fillers('looking for rattan lampshade supplier')).toEqual([true, true, false, false, true])
    // Without diacritics "cho" may be "chợ": "hoi cho" is a fair.
    expect(fillers('hoi cho mien nam')).toEqual([false, false, false, false])
  })

  it('should not take a word typed with other marks for a filler', () => {
    // "Bần" is the place in "Tương Bần", not "bán" (selling).
    expect(fillers('tương Bần')).toEqual([false, false])
    expect(fillers('mùa')).toEqual([false])
  })
})

describe('mayAnswerWithout', () => {
  it('should answer when fewer than half of the content words were left out', () => {
    expect(mayAnswerWithout(3, 1, true)).toBe(true)
    expect(mayAnswerWithout(4, 1, false)).toBe(true)
  })

  it('should answer without exactly half of the words only when the head words stay', () => {
    expect(mayAnswerWithout(2, 1, false)).toBe(true)
    expect(mayAnswerWithout(4, 2, true)).toBe(false)
  })

  it('should never answer without the word that names the thing', () => {
    expect(mayAnswerWithout(3, 1, true, true)).toBe(false)
    expect(mayAnswerWithout(5, 1, true, true)).toBe(false)
  })

  it('should answer nothing when more than half of the content words were left out', () => {
    expect(mayAnswerWithout(3, 2, false)).toBe(false)
    expect(mayAnswerWithout(1, 1, false)).toBe(false)
    expect(mayAnswerWithout(0, 0, false)).toBe(false)
  })
})

describe('findHeadWords', () => {
  const heads = (q: string, locale: 'vi' | 'en') => findHeadWords(tokenizeWords(q), locale)
  it('should take the first two Vietnamese syllables and the last English word as what the query is about', () => {
    expect(heads('mật ong xuất khẩu', 'vi')).toEqual([true, true, false, false])
    expect(heads('handmade gốm', 'vi')).toEqual([false, true])
    expect(heads('handmade honey', 'en')).toEqual([false, true])
  })

  it('should take the English word before the head as a head too when it says which kind, not how it is', () => {
    // "olive oil" without "olive" is another oil; "raw honey" without "raw" is still honey.
    expect(heads('olive oil', 'en')).toEqual([true, true])
    expect(heads('washing machine', 'en')).toEqual([true, true])
    expect(heads('red wine', 'en')).toEqual([true, true])
    expect(heads('raw honey', 'en')).toEqual([false, true])
    // Words with a describing ending: "spicy", "aromatic", "durable", "fragrant", "salted".
    for (const word of ['spicy', 'aromatic', 'durable', 'fragrant', 'salted']) expect(heads(`${word} salt`, 'en'), word).toEqual([false, true])
    // A material says which kind: "plastic chair" is no rattan chair.
    expect(heads('plastic chair', 'en')).toEqual([true, true])
    // Nouns with endings adjectives also have: "fish oil", "baby milk", "metal vase", "plant pot", "reed mat".
    for (const kind of ['fish oil', 'baby milk', 'metal vase', 'plant pot', 'reed mat']) expect(heads(kind, 'en'), kind).toEqual([true, true])
    // Only the word just before: "tea tree oil" has "tree" as a head, not "tea".
    expect(heads('tea tree oil', 'en')).toEqual([false, true, true])
  })

  it('should take the thing, not what it is given as, for the Vietnamese head', () => {
    // "tết" (a New Year gift) and "đồ lưu niệm" (a souvenir) say how it is given, not what it is.
    expect(heads('tết nước mắm', 'vi')).toEqual([false, true, true])
    expect(heads('đồ lưu niệm gốm chăm', 'vi')).toEqual([false, false, false, true, true])
    // Kept last when words must go.
    expect(headOrder(tokenizeWords('gốm chăm lưu niệm'), 'vi')).toEqual([0, 1, 2, 3])
    expect(headOrder(tokenizeWords('lưu niệm gốm chăm'), 'vi')).toEqual([2, 3, 0, 1])
  })

  it('should leave out a Vietnamese classifier rather than keep it beside the head', () => {
    expect(heads('trái khóm', 'vi')).toEqual([false, true])
    expect(heads('con dê Phan Rang', 'vi')).toEqual([false, true, true, false])
  })

  it('should never take a form word (beans, powder; hạt, bột) for the head while another word can be', () => {
    expect(heads('coffee beans', 'en')).toEqual([true, false])
    // "hạt điều": the form word stays beside the word that names the thing.
    expect(heads('hạt điều xuất khẩu', 'vi')).toEqual([true, true, false, false])
    expect(findMainHeadWord(tokenizeWords('bột quế'), 'vi')).toEqual([false, true])
    expect(heads('beans', 'en')).toEqual([true])
    // A classifier ("trái", fruit) is a form word too: "trái hồng sấy" is persimmon.
    expect(findMainHeadWord(tokenizeWords('trái hồng sấy'), 'vi')).toEqual([false, true, false])
    // A measure is a form word: "cashew milk 1 litre" is milk; "5 tấn hạt điều" cashews, "Tân Cương" a place.
    expect(findMainHeadWord(tokenizeWords('cashew milk 1 litre'), 'en')).toEqual([false, true, false, false])
    expect(findMainHeadWord(tokenizeWords('5 tấn hạt điều'), 'vi')).toEqual([false, false, false, true])
    expect(findMainHeadWord(tokenizeWords('tân cương'), 'vi')).toEqual([true, false])
    // A word before a closing number is a specification; a pack ("hộp") no part of the thing.
    expect(findMainHeadWord(tokenizeWords('green robusta beans screen 18'), 'en')).toEqual([false, true, false, false, false])
    expect(findMainHeadWord(tokenizeWords('iphone 15'), 'en')).toEqual([true, false])
    expect(heads('1000 hộp bánh pía', 'vi')).toEqual([false, false, true, true])
    // A linking word ("bằng", made of) is never the thing.
    expect(findMainHeadWord(tokenizeWords('bằng bạc'), 'vi')).toEqual([false, true])
  })
})

describe('splitJoinedWord', () => {
  const known = new Set(['nuoc', 'mam', 'nuo', 'banh', 'trang'])
  it('should take apart two catalogue words typed without a space, evenly', () => {
    expect(splitJoinedWord('nuocmam', (w) => known.has(w))).toEqual(['nuoc', 'mam'])
    expect(splitJoinedWord('khomm', (w) => ['kho', 'mm'].includes(w))).toBeNull()
    expect(splitJoinedWord('banhtrang', (w) => known.has(w))).toEqual(['banh', 'trang'])
  })
  it('should leave a word alone when no split gives two known words', () => {
    expect(splitJoinedWord('honey', (w) => known.has(w))).toBeNull()
  })
})

describe('planWordDropping', () => {
  const synonyms = buildSynonymTable([['mật ong', 'honey']])
  const plan = (q: string, locale: 'vi' | 'en' = 'vi') => planWordDropping(prepareQuery(q, synonyms), locale).map((p) => p.query.tokens.join(' '))

  it('should try without the filler first, then without the words farthest from the head', () => {
    expect(plan('mua mật ong xuất khẩu')).toEqual(['mat ong xuat khau', 'mat ong xuat', 'mat ong khau', 'mat ong'])
  })

  it('should not count words saying how the product is said to be as missing', () => {
    // "nguyên chất", "xuất khẩu": four words out of six, and what is left still says which product.
    expect(plan('bột quế nguyên chất xuất khẩu')).toContain('bot que')
    // Any other four words out of six is too many.
    expect(plan('bột quế hà nội sài gòn')).not.toContain('bot que')
  })

  it('should never leave out the head words when leaving out half', () => {
    expect(plan('nước hoa')).toEqual([])
    // Honey, raw or not, is still honey; red without wine is not wine, and wine without red is another kind.
    expect(plan('raw honey', 'en')).toEqual(['honey'])
    expect(plan('red wine', 'en')).toEqual([])
    expect(plan('handmade gốm')).toEqual(['gom'])
  })

  it('should try a phrase taken apart only after every plan keeping it whole', () => {
    const coffee = buildSynonymTable([
      ['cà phê hạt', 'coffee beans'],
      ['cà phê', 'coffee'],
    ])
    const plans = planWordDropping(prepareQuery('coffee beans', coffee), 'en', coffee)
    // One term, so nothing to leave out whole; apart, the coffee stays and the beans go.
    expect(plans.map((p) => [p.query.tokens.join(' '), p.apart])).toEqual([['coffee', true]])
  })
})

describe('findMainHeadWord', () => {
  it('should name the first head word in Vietnamese and the last word in English', () => {
    expect(findMainHeadWord(tokenizeWords('vé máy bay'), 'vi')).toEqual([true, false, false])
    expect(findMainHeadWord(tokenizeWords('handmade gốm'), 'vi')).toEqual([false, true])
    expect(findMainHeadWord(tokenizeWords('washing machine'), 'en')).toEqual([false, true])
    // What it is given as names nothing: "oolong tea gift" is tea.
    expect(findMainHeadWord(tokenizeWords('oolong tea gift'), 'en')).toEqual([false, true, false])
  })

  it('should never take a word of an English complement (after from, in, with) for the head', () => {
    const words = (q: string) => prepareQuery(q, buildSynonymTable([])).words
    expect(findMainHeadWord(words('fish sauce from phu quoc island'), 'en')).toEqual([false, true, false, false, false, false])
    expect(findMainHeadWord(words('rice paper with sesame'), 'en')).toEqual([false, true, false, false])
    // A first word is no marker; and the complement's words are kept after the thing's own.
    expect(findMainHeadWord(words('in stock honey'), 'en')).toEqual([false, false, true])
    expect(headOrder(words('honey from ba be'), 'en')).toEqual([0, 3, 2, 1])
  })
})

describe('transpositionsOf', () => {
  it('should list the words with one neighbouring pair swapped, each once', () => {
    expect(transpositionsOf('trnag')).toContain('trang')
    expect(transpositionsOf('slat')).toContain('salt')
    expect(transpositionsOf('aab')).toEqual(['aba'])
  })
})

describe('leavesOutDecoded', () => {
  it('should tell a Telex reading that answers only by leaving out the word it decoded', () => {
    const changed = decodedWordsOf('handmade in hanoi lacquer box', 'handmade in hanoi lacquer bõ')
    expect(changed.map((word) => word.folded)).toEqual(['bo'])
    expect(leavesOutDecoded(changed, tokenizeWords('in lacquer bõ'))).toBe(true)
    // "box" as typed is another word: leaving it out of the typed query is no such case.
    expect(leavesOutDecoded(changed, tokenizeWords('box'))).toBe(false)
    expect(leavesOutDecoded(decodedWordsOf('maatj ong rung', 'mật ong rung'), tokenizeWords('rung'))).toBe(false)
  })
})
