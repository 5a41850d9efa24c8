/**
 * The floor of each category: the share of its judged queries that must pass (see types.ts for
 * what passing means). Set at what main's engine measured on the demo showroom, rounded down, so a
 * change that makes search worse fails `npm test`; raise a floor when the engine gets better.
 * Measured 2026-12-05 (evening) on 297 queries: transpositions as one typo, a wrong tone mark
 * pinned by the word beside it ("thổ cẫm", "lạp xường"), an accent-exact partial answer preferred
 * to a near match of every word, and the word naming the thing never left out ("vé máy bay").
 * 25 queries were added that day before the engine first ran them (marked "held out" in their
 * files); 24 passed on that first run. Still missed: "cinnamon stiks" (the typo hides the synonym
 * "cinnamon sticks"), three partial-intent queries and "washing machine". A floor of 0 would be
 * reported as a todo, not a test.
 * Raised 2026-12-07 on 310 queries: a thin full match is widened with the items holding most of the
 * words ("mật ong nguyên chất"), and 8 partial-intent queries were added before the engine first ran
 * them (all 8 passed). Partial intent 27/29; still missed: "hạt điều xuất khẩu loại 1", "best robusta
 * coffee beans" and, in unanswerable, "washing machine".
 * Measured 2026-12-07 (afternoon) on 425 queries: 115 new queries were added across the categories,
 * written from the catalogue before the engine first ran them (marked "held out" in their files).
 * On that first run 100 of the 115 passed (87%): the misses were a thin answer found without
 * filler or a word and not widened ("mua mật ong rừng nguyên chất ở đâu"), words typed apart
 * ("bees wax"), a regional spelling typed with its own marks ("dĩa"), form and purpose words taken
 * for the head ("coffee beans", "tea set for restaurant"), generic product names ("snack",
 * "furniture", "đặc sản") and junk for unanswerable queries. Fixed since, except: "cofee beans"
 * (a typo in the head beside a form word: partial matching forgives no typos), "goos bats trangf"
 * (a slip inside Telex), and junk in unanswerable for "wine glasses" ("wine" a typo from "fine"),
 * "điều hòa" and "sữa tươi" (both words found apart) and "washing machine" (fairs for machinery).
 * "gold ring" is answered with nothing since a partial answer must name the thing outside the
 * story. The unanswerable floor is lowered to what is measured, 25 of 29, rather than leave those out.
 * A second held-out batch of 53 (written after those fixes) passed 46 on its first run (87%); since,
 * "looking for rattan lampshade supplier" (a "for" before any word of the product is no purpose) and
 * "trái hồng sấy" (a classifier is a form word) pass. Still missed: "traditional fish sauce from phu
 * quoc island" (English takes the last word, "island", for the thing) and, in unanswerable, "heo",
 * "bắp", "solar panels" and "frozen shrimp": a word left out or found in a story that a buyer would
 * call another product. Unanswerable is the weakest category: 30 of 38. Partial intent, at 52 of 53,
 * has its floor raised from 89 % to 98 %.
 * Measured 2026-12-07 (evening, the next session) on 538 queries. A third held-out batch of 61 new
 * queries (12 more I wrote repeated queries already here and are left out) passed 51 on its first
 * run (84 %; 46 of 50 outside unanswerable, 5 of 11 in it). One of the misses was my judgement,
 * not the engine: "gooms chawm" (gốm Chăm) found the Bàu Trúc clay pot, a Cham pot I had left out
 * of the expected items; it is in them now. Fixed since, each as a rule over the whole set: a
 * partial answer must be the thing the query names ("frozen shrimp" is not shrimp salt, "gạo st25"
 * not a rice sickle), a near match of several words must hold them side by side ("máy lạnh",
 * "điều hòa"), and a typo is read only in what names an item, never in its story ("electric
 * bike"). The side-by-side rule cost "longan tee", which had passed only because Telex read "tee"
 * as "tê" and "te" started "tea". Still missed: "artichoke tae" (a three-letter word gets no typo,
 * and it is the head), "quà biếu tết cao cấp nước mắm" (the gift box is ninth: the gift words are
 * filler), "mắm tôm" (the dictionary keeps mắm tôm and mắm ruốc apart, so the shrimp paste is
 * fourth) and, in unanswerable, "nước hoa", "sữa chua", "sữa tươi" (words found apart) and
 * "olive oil" (coconut oil: an unknown modifier is left out as "raw" in "raw honey" is), besides
 * the earlier "washing machine", "heo" and "bắp". Floors go
 * to what is measured: typo (en) 93 %, keyboard 97 %, partial intent 96 %, regional 97 %,
 * unanswerable 85 %. * Then, the same evening, on 588 queries: a synonym keeps its own diacritics ("silk" is "lụa", not
 * paddy, "lúa"; "bắp" passes), and English words after "from", "in" or "with" are never the head
 * ("traditional fish sauce from phu quoc island" passes). A fourth held-out batch of 47 new queries
 * (12 more repeated queries already here) passed 43 on its first run (91 %): all 36 outside
 * unanswerable, 7 of 11 in it. Fixed since: "bàn phím cơ" (an accent-exact partial answer must be the
 * thing named too) and "cá tra phi lê" (a head typed with diacritics must be held with them, not
 * found as "cà" in a tea group's "cà phê"). Still missed there: "frozen fish" (fish sauce: the group
 * "Fish sauce, sauces and condiments" names fish) and "mango juice" (palm juice: an unknown modifier).
 * Partial intent goes to 98 %, unanswerable to 86 %.
 * Measured 2026-12-07 (a new session) on 674 queries. A fifth held-out batch of 86 new queries
 * passed 76 on its first run (88 %; 68 of 75 outside unanswerable, 8 of 11 in it). Fixed since, each
 * a rule over the whole set: the buyer speaking and who makes it are filler ("tôi muốn mua bánh pía",
 * "cần tìm xưởng sản xuất chiếu cói"), a classifier is never a head ("trái khóm"), a word the
 * accent-exact answer holds only without its marks is a near match, not a word left out (so the
 * Telex "keoj dwaf sauf rieeng" is read), and a short word's typo is a letter missing, added or
 * swapped, never one changed ("sofa" is not "soft"; "coconut oli" and "artichoke tae" pass).
 * Still missed there: "sedge matt" ("matt" is a word the catalogue holds, so it gets no typo),
 * "tô sơn mài" (no synonym: "tô" folds like "tơ", silk) and, in unanswerable, "trà sữa" (an
 * oolong whose story says "sữa") and "tea tree oil" (coconut oil). Regional goes to 96 %,
 * unanswerable to 85 %: held-out misses, not a change for the worse.
 * Then, on 743 queries: when no item holds every word as typed, a word the catalogue holds may be
 * a slip ("sedge matt"); in English the word before the head says which kind unless it describes
 * ("olive oil", "mango juice", "washing machine" and "frozen fish" now answer nothing; "raw honey"
 * is still honey). A sixth held-out batch of 69 queries, written after those changes, passed 65 on
 * its first run (94 %; 55 of 57 outside unanswerable, 10 of 12 in it). Fixed since: words saying how
 * a product is said to be ("nguyên chất", "xuất khẩu", "truyền thống") never count as missing, so
 * "bột quế nguyên chất xuất khẩu" finds the cinnamon powder, and "plastic" says what a chair is made
 * of. Still missed there: "tách sứ" ("tách", a cup, also means to separate: no synonym) and "máy
 * khoan" (a dryer whose story says "khoan"). Regional goes to 94 % (held out: "tô sơn mài", "tách
 * sứ"); typo (en) up to 96 %, keyboard to 98 %, English to 100 %, unanswerable to 91 %.
 * Last, on 798 queries: a seventh held-out batch of 51, written after every change of that session,
 * passed 47 on its first run (92 %; 42 of 45 outside unanswerable, 5 of 6 in it). Fixed since:
 * ordering for a business is filler ("đặt làm cốc sứ in logo công ty"), "jam" is "mứt" and "garden
 * tool kit" a garden tool set. Still missed there: "chocolate" (a coffee whose story tastes of it).
 * Unanswerable goes to 90 %.
 * Measured 2026-12-07 (late evening, a new session) on 962 queries. An eighth held-out batch of 88
 * passed 77 on its first run (88 %; 66 of 75 outside unanswerable, 11 of 13 in it); one of those
 * misses was my judgement ("mật": the producer "Mật ong Tâm An" came first, as right as its honey;
 * it counts now). Fixed since, each a rule over the whole set: what a product is given as ("quà
 * tết", "hộp quà", "lưu niệm", "gift") describes instead of filling, so the gift box comes first and
 * "đồ lưu niệm gốm chăm" finds the Cham pottery; distributing and importing are buying words ("phân
 * phối"); a query finding nothing is searched as its "did you mean" spelling when a word typed right
 * pins it ("cashew milc", "lacquer vace", and "longan tee" from earlier); a head word the catalogue
 * holds, typed in English or with marks, is never left out ("nước ép cam"); "hột điều", "lồng
 * đèn", "niêu", "bình bông" join their groups. A ninth batch of 76, written after the first of those
 * changes, passed 68 on its first run (89 %; 60 of 65 outside unanswerable, 8 of 11 in it); fixed
 * since: "nguồn hàng", "cần" and "mua về" are buying words, "nhà hàng" says whom it is for, and a
 * short word with a letter added that doubles none is another word ("beer" is not "bee"). Still
 * missed there: "hạt mè" (the cashew and coffee whose stories say "mè" hold both words, and come
 * first), "chén ăn cơm" ("ăn cơm", to eat rice, read as part of the name), and, in unanswerable,
 * "nước ngọt" (fish sauce whose story says "ngọt"), "nồi inox" (the clay pot: "inox" is an unknown
 * word, left out as "handmade" would be) and "mật mía" (peanut brittle made with it). Regional goes
 * to 93 % on held-out misses.
 * Measured 2026-12-08 (a new session) on 1,053 queries. A tenth held-out batch of 91 (written after
 * dropping 49 candidates that repeated queries already here) passed 82 on its first run (90 %; 72 of
 * 80 outside unanswerable, 10 of 11 in it); one miss was my judgement ("gốm": the Bát Tràng pottery
 * came first, as right as its products; it counts now). Fixed since, each a rule over the whole set:
 * a bare number describes ("nước mắm 40 độ đạm loại thượng hạng" lists the 40° one first), what the
 * buyer does not want is filler ("dried persimmon no sugar"), asking for a price is filler ("xin báo
 * giá gạch tuynel 2 lỗ"), and a head word only stories say may be left out ("trà dưỡng nhan long
 * nhãn"). Still missed there: "kep dua sua" ("kep" is a catalogue word, "kẹp", and a changed letter
 * in three letters is no typo), "lọ sơn mài" ("lọ" has no group of its own; "lọ hoa" has) and, in
 * unanswerable, "trà sen" (a silver tea set whose story says it). Typo (vi) goes to 98 % and
 * regional to 92 % on those held-out misses.
 * Then, on 1,146 queries: an eleventh held-out batch of 93, written after those changes, passed 85
 * on its first run (91 %; 79 of 82 outside unanswerable, 6 of 11 in it). Fixed since: asking how
 * much, where and how it ships is filler, as are a shipment ("lô hàng 5 tấn hạt điều W320") and
 * whom a gift is for ("quà tặng sếp bằng bạc"); a measure is a form word ("best price cashew milk 1
 * litre"); "bằng" (made of) never names the thing. Still missed there, all in unanswerable: "tinh
 * dầu sả" (the cinnamon oil: "sả" is a word the catalogue lacks, left out), "bánh đậu xanh Hải
 * Dương" (the mung-bean pía, from elsewhere), "đồng hồ treo tường" (a near match of "đồng"),
 * "dragon fruit" (the coconut candy maker is called Thanh Long, which the synonyms make dragon
 * fruit) and "coffee machine" (a coffee producer whose story says "machine"). I tried refusing a
 * full match whose every item holds a word of the thing only in its story while named with another
 * ("coffee machine", "trà sữa") and dropped it: it cost nine judged queries ("tea roaster machine",
 * prefixes typed in part). Unanswerable goes to 88 % on those held-out misses.
 * Last, on 1,205 queries: a twelfth held-out batch of 59, written after those changes, passed 55 on
 * its first run (93 %; 48 of 50 outside unanswerable, 7 of 9 in it). Fixed since: a pack counted is
 * no part of the thing ("cần 1000 hộp bánh pía làm quà trung thu") and, in English, a word before a
 * closing number is a specification ("wholesale green robusta beans screen 18"). Still missed
 * there: "bánh mì que" and "bánh quy bơ" (unanswerable: a word found in a story, a near spelling).
 * Unanswerable goes to 87 % on those two.
 */
import type { Category } from './types'

export const RELEVANCE_FLOORS: Readonly<Record<Category, number>> = {
  unaccented: 1,
  accented: 1,
  nfd: 1,
  'all-caps': 1,
  typing: 1,
  brand: 1,
  'accent-pairs': 1,
  'typo-vi': 0.98,
  'typo-en': 0.96,
  keyboard: 0.98,
  'partial-intent': 0.98,
  regional: 0.92,
  'former-province': 1,
  english: 1,
  unanswerable: 0.87,
}
