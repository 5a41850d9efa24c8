/**
 * Placeholder pictures drawn at seed time: a diagonal gradient with a brand's initials and name,
 * rendered from SVG to a small WebP by sharp. Nothing is downloaded; each file is a few KB.
 */
import sharp from 'sharp'

export const IMAGE_WIDTH = 640
export const IMAGE_HEIGHT = 480

/** Gradient pairs, one family per top product group, so a listing reads at a glance. */
const PALETTES: Record<string, readonly (readonly [string, string])[]> = {
  '1': [
    ['#7b2d26', '#d98c3f'],
    ['#5a3921', '#c9a66b'],
    ['#3b3a6b', '#b07cc6'],
  ],
  '2': [
    ['#2f6b2f', '#c5d86d'],
    ['#8a4b08', '#f2c14e'],
    ['#1d5c63', '#89c2b3'],
  ],
  '3': [
    ['#2e3b4e', '#8fa3bf'],
    ['#374140', '#9fb1a4'],
    ['#4a4e69', '#c9ada7'],
  ],
  '4': [
    ['#6d3b1e', '#d6815a'],
    ['#4f5d2f', '#b5c99a'],
    ['#5c4b51', '#c08497'],
  ],
}

export function paletteFor(group: string, seed: string): readonly [string, string] {
  const family = PALETTES[group.split('.')[0]] ?? PALETTES['4']
  let hash = 0
  for (const ch of seed) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0
  return family[hash % family.length]
}

/** "Mật ong Tâm An" → "MA": first letters of the first and last words. */
export function initialsOf(name: string): string {
  const words = name.split(/[\s–-]+/).filter((w) => /\p{L}/u.test(w))
  const first = words[0]?.[0] ?? '?'
  const last = words.length > 1 ? words[words.length - 1][0] : ''
  return (first + last).toUpperCase()
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c)

export type TileSpec = { title: string; colours: readonly [string, string] }

export function tileSvg({ title, colours: [from, to] }: TileSpec): string {
  const caption = title.length > 34 ? `${title.slice(0, 33)}…` : title
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>
<circle cx="${IMAGE_WIDTH / 2}" cy="205" r="120" fill="#ffffff" fill-opacity="0.14"/>
<text x="50%" y="250" font-family="DejaVu Sans, Arial, sans-serif" font-size="120" font-weight="700" fill="#ffffff" text-anchor="middle">${escapeXml(initialsOf(title))}</text>
<text x="50%" y="420" font-family="DejaVu Sans, Arial, sans-serif" font-size="30" fill="#ffffff" fill-opacity="0.92" text-anchor="middle">${escapeXml(caption)}</text>
</svg>`
}

/** A small WebP (about 3–6 KB) of the tile. */
export async function renderTile(spec: TileSpec): Promise<Buffer> {
  return sharp(Buffer.from(tileSvg(spec)))
    .webp({ quality: 70 })
    .toBuffer()
}
