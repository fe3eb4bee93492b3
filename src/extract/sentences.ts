/**
 * The sentence of `text` around `index`. A sentence ends at `.`, `!`, `?` or `…`
 * followed by a space and a capital or quote, so `TP.HCM`, `T.Ư` and `3.5` do not cut it.
 */
const END = /[.!?…]+["”’)]*(?=\s+["“‘(]?\p{Lu})/gu

export function sentenceAt(text: string, index: number): string {
  let start = 0
  let end = text.length
  for (const match of text.matchAll(END)) {
    const stop = match.index + match[0].length
    if (stop <= index) start = stop
    else {
      end = stop
      break
    }
  }
  return text.slice(start, end).trim()
}

/** Start of the sentence before the one around `index` (or of that sentence, if it is the first). */
export function previousSentenceStart(text: string, index: number): number {
  let previous = 0
  let start = 0
  for (const match of text.matchAll(END)) {
    const stop = match.index + match[0].length
    if (stop > index) break
    previous = start
    start = stop
  }
  return previous
}
