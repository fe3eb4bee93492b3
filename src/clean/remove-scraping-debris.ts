import type { Root } from 'hast'
import type { VFile } from 'vfile'
import { blockText, cutText, endsSentence } from './block-text.ts'
import patterns from './debris-patterns.json' with { type: 'json' }
import { tailCandidates, type RepeatedText } from './find-repeated-text.ts'

export interface RemoveScrapingDebrisOptions {
  /** What recurs across this build's articles (see `findRepeatedText`). */
  repeated?: RepeatedText
}

const LINES = patterns.lines.map((source) => new RegExp(source, 'iu'))
const TAILS = patterns.tails.map((source) => new RegExp(`\\s*${source}`, 'u'))
/** A line short enough, and unpunctuated enough, to be a widget label between debris lines. */
const LABEL_MAX = 80

/**
 * Removes site footers and widgets from the end of an article: lines that match a
 * known pattern or recur across the build, any short label lines caught between
 * them, and footers glued onto the last paragraph. Conservative by construction:
 * it works backwards from the end and stops at the first line that reads as
 * body text, and nothing that ends like a sentence is ever treated as debris.
 */
export default function removeScrapingDebris(options: RemoveScrapingDebrisOptions = {}) {
  const repeated = options.repeated ?? { lines: new Set<string>(), tails: new Set<string>() }
  const isDebris = (text: string) =>
    !endsSentence(text) && (LINES.some((pattern) => pattern.test(text)) || repeated.lines.has(text.toLowerCase()))

  return (tree: Root, file: VFile) => {
    const blocks = tree.children
    let keep = blocks.length
    for (let index = blocks.length - 1; index > 0; index--) {
      const text = blockText(blocks[index]!)
      if (isDebris(text)) keep = index
      else if (text.length > LABEL_MAX || endsSentence(text)) break
    }
    if (keep < blocks.length) {
      file.data.removed = [...(file.data.removed ?? []), ...blocks.slice(keep).map((node) => blockText(node))]
      blocks.length = keep
    }

    const last = blocks.at(-1)
    if (last?.type !== 'element' || last.tagName !== 'p') return
    for (let cut = true; cut; ) {
      const text = blockText(last)
      const glued = TAILS.map((pattern) => pattern.exec(text)?.[0]).find(Boolean)
        ?? tailCandidates(text).findLast((tail) => repeated.tails.has(tail))
      cut = glued !== undefined && glued.trim().length < text.length && cutText(last, glued.trimStart().length, 'end')
      if (cut) file.data.removed = [...(file.data.removed ?? []), glued!.trim()]
    }
  }
}
