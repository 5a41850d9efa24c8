/** English UI strings: the one place they live. */
import type { vi } from './vi'

type Strings = { [K in keyof typeof vi]: (typeof vi)[K] extends string ? string : { [L in keyof (typeof vi)[K]]: string } }

export const en: Strings = {
  siteName: 'Tiêu Biểu',
  tagline: "Showroom of Vietnam's outstanding rural industrial products",
  homeTitle: 'Outstanding rural industrial products of Vietnam',
  homeIntro: 'Find award-winning products, their producers and trade fairs from every province.',
  winners: 'Award-winning products',
  noWinners: 'No award-winning products have been published yet.',
  level: { commune: 'Commune level', district: 'District level', provincial: 'Provincial', regional: 'Regional', national: 'National' },
  switchLanguage: 'Tiếng Việt',
  skipToContent: 'Skip to main content',
  footer: 'Run by the provincial centres for industrial extension and trade promotion.',
}
