import type { Root } from 'hast'
import { blockText, endsSentence } from './block-text.ts'

/**
 * Text that recurs at the end of many articles of one build: a site's footer, a
 * "read more" widget, a sign-off glued to the last paragraph. Found by counting,
 * so no site's strings need to be known in advance.
 */
export interface RepeatedText {
  /** Whole trailing blocks, lower-cased. */
  lines: ReadonlySet<string>
  /** Word-suffixes of the last block, lower-cased. */
  tails: ReadonlySet<string>
}

export interface RepeatedTextOptions {
  /** Blocks at the end of each article that may be footer. Default 8. */
  window?: number
  /** Articles a text must end before it counts as repeated. Default: 3, or 0.2 % of the build if more. */
  minArticles?: number
}

/** Longest tail considered, in words: footers are short, paragraphs are not. */
const MAX_TAIL_WORDS = 25
const MIN_TAIL_WORDS = 3
/** Credits are metadata, read by a later plugin: never swallow them as debris. */
const CREDIT = /(^|\s)(nguồn|theo|ảnh)\b/iu

export function findRepeatedText(trees: readonly Root[], options: RepeatedTextOptions = {}): RepeatedText {
  const window = options.window ?? 8
  const minArticles = options.minArticles ?? Math.max(3, Math.ceil(trees.length * 0.002))
  const lineCounts = new Map<string, number>()
  const tailCounts = new Map<string, number>()
  const count = (counts: Map<string, number>, keys: Set<string>) => {
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  }

  for (const tree of trees) {
    const blocks = tree.children.slice(-window).map((node) => blockText(node))
    count(lineCounts, new Set(blocks.filter((text) => text && !endsSentence(text)).map((text) => text.toLowerCase())))
    count(tailCounts, new Set(tailCandidates(blocks.at(-1) ?? '')))
  }
  const frequent = (counts: Map<string, number>) =>
    new Set([...counts].filter(([, n]) => n >= minArticles).map(([text]) => text))
  return { lines: frequent(lineCounts), tails: frequent(tailCounts) }
}

/** Suffixes of a block's text that start at a capitalised word: where glued footers begin. */
export function tailCandidates(text: string): string[] {
  if (endsSentence(text)) return []
  const words = text.split(' ')
  const candidates: string[] = []
  for (let size = MIN_TAIL_WORDS; size <= Math.min(MAX_TAIL_WORDS, words.length - 1); size++) {
    const first = words[words.length - size] ?? ''
    if (!/^\p{Lu}/u.test(first)) continue
    const tail = words.slice(-size).join(' ')
    if (CREDIT.test(tail)) break
    candidates.push(tail.toLowerCase())
  }
  return candidates
}
