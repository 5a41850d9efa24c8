/**
 * The catalogue has nothing for these: any hit in the first three is junk a buyer has to read past.
 * Several share a word with real items ("máy", "gốm", "tea") so the engine cannot pass by matching
 * nothing at all; an engine that answers them with something loosely related fails here.
 */
import type { JudgedQuery } from '../types'

const none = (query: string, locale: 'vi' | 'en' = 'vi'): JudgedQuery => ({ category: 'unanswerable', q: query, locale, judge: 'none', expect: [] })

export const UNANSWERABLE: JudgedQuery[] = [
  none('iphone 15 pro max'),
  none('xe máy honda'),
  none('máy giặt'),
  none('tủ lạnh'),
  none('điện thoại samsung'),
  none('vé máy bay'),
  none('bảo hiểm ô tô'),
  none('laptop dell'),
  none('xi măng'),
  none('sữa bột trẻ em'),
  none('washing machine', 'en'),
  none('car insurance', 'en'),
  none('bubble tea franchise', 'en'),
  none('bitcoin', 'en'),
  none('running shoes', 'en'),
  // Held out on 2026-12-05: written after that day's engine changes and before the engine first ran them.
  none('điện thoại samsung'),
  none('laptop bag', 'en'),
  none('thuốc lá'),
  none('xe máy cũ'),
]
