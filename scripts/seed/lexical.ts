/**
 * Plain paragraphs to Lexical editor state, the JSON Payload's richText fields store:
 * root > paragraph > text, with the version/format/indent/direction keys Lexical expects.
 */
export type LexicalState = { root: LexicalNode & { type: 'root'; children: LexicalNode[] } }

type LexicalNode = {
  type: string
  version: 1
  format: string | number
  indent?: number
  direction?: 'ltr' | null
  children?: LexicalNode[]
  [key: string]: unknown
}

const textNode = (text: string): LexicalNode => ({ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 })

const paragraphNode = (text: string): LexicalNode => ({
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children: [textNode(text)],
})

export function lexicalFromParagraphs(paragraphs: readonly string[]): LexicalState {
  const texts = paragraphs.map((p) => p.trim()).filter(Boolean)
  return {
    root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: texts.map(paragraphNode) },
  }
}

/** The plain text back, paragraphs separated by blank lines (for tests and logs). */
export function paragraphsFromLexical(state: LexicalState | null | undefined): string[] {
  return (state?.root.children ?? []).map((p) => (p.children ?? []).map((c) => String(c.text ?? '')).join(''))
}
