/**
 * Habits Biome cannot hold by itself: it wraps code at 160 columns but never a comment, a string
 * or a line of text, and it does not count a file's lines. A file that grows past these limits
 * is a file to split by what it does.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const MAX_LINE = 160
const MAX_LINES = 300
const SOURCE = /\.(ts|tsx|astro|mjs|css)$/
/** Written by tools, or data tables (the demo catalogue, the expected access matrix): exempt. */
const GENERATED_OR_DATA = [/^cms\/payload-types\.ts$/, /^cms\/migrations\//, /importMap\.js$/, /^scripts\/seed\/demo\//, /\.expected\.ts$/]

function trackedSources(...dirs: string[]): string[] {
  const files = execFileSync('git', ['ls-files', ...dirs], { encoding: 'utf8' }).split('\n')
  return files.filter((file) => SOURCE.test(file) && !GENERATED_OR_DATA.some((pattern) => pattern.test(file)))
}

describe('code habits', () => {
  it(`should keep every line in cms/, src/ and site/ within ${MAX_LINE} characters`, () => {
    const long: string[] = []
    for (const file of trackedSources('cms', 'src', 'site')) {
      const lines = readFileSync(file, 'utf8').split('\n')
      // Characters, not bytes: a Vietnamese letter is one character however many bytes it takes.
      lines.forEach((line, i) => {
        const length = [...line].length
        if (length > MAX_LINE) long.push(`${file}:${i + 1} (${length})`)
      })
    }
    expect(long).toEqual([])
  })

  it(`should keep every hand-written file within ${MAX_LINES} lines`, () => {
    // Stylesheets are lists of rules, split by page area through their selectors, not by file.
    const large = trackedSources('cms', 'src', 'site', 'scripts', 'test')
      .filter((file) => !file.endsWith('.css'))
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').trimEnd().split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file} (${lines})`)
    expect(large).toEqual([])
  })
})
