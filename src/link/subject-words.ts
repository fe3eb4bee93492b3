import { nameKey } from './fold.ts'

/**
 * What a citation says its document is about, as two-syllable words: Vietnamese
 * writes a subject in two-syllable words ("tàu vỏ", "vỏ thép", "thủy sản"), and a
 * pair that crosses a word boundary ("triển doanh") still only occurs in one
 * phrase. Numbers and punctuation break a run, so symbols give no words.
 */
export function subjectWords(text: string): Set<string> {
  const words = new Set<string>()
  // Only spaces join syllables into a run: a line break ends a sentence or a title.
  for (const run of text.normalize('NFC').split(/[^\p{L}\p{M} \u00a0]+/u)) {
    // nameKey after the split: it spells tones as digits, which must not break a run.
    const syllables = run.split(/[ \u00a0]+/u).filter(Boolean).map(nameKey)
    for (let i = 1; i < syllables.length; i++) words.add(`${syllables[i - 1]} ${syllables[i]}`)
  }
  return words
}

/**
 * The words that characterise each certain document: said by at least two of its
 * citing articles (or by its only one), or in its summary, and used about few documents (a word in the
 * citations of more than `COMMON_SHARE` of all documents is everyone's: "chính
 * phủ", "doanh nghiệp"). Counted per document, not per citation, so the subject of
 * a much-cited document stays its own. Built from certain citations only, so what a
 * vague citation joins never changes what another one is compared with: the result
 * does not depend on the order articles come in.
 */
export class SubjectProfiles<D> {
  readonly #profiles = new Map<D, Set<string>>()

  constructor(certain: ReadonlyMap<D, { summary?: string; texts: readonly string[] }>) {
    const said = new Map<D, Map<string, number>>()
    const spread = new Map<string, number>()
    for (const [document, { summary, texts }] of certain) {
      const counts = new Map<string, number>()
      for (const text of texts) for (const word of subjectWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1)
      for (const word of subjectWords(summary ?? '')) counts.set(word, Math.max(2, counts.get(word) ?? 0))
      said.set(document, counts)
      for (const word of counts.keys()) spread.set(word, (spread.get(word) ?? 0) + 1)
    }
    const common = Math.max(MIN_COMMON, certain.size * COMMON_SHARE)
    for (const [document, counts] of said) {
      const enough = Math.min(2, certain.get(document)!.texts.length)
      this.#profiles.set(document, new Set([...counts].filter(([word, n]) => n >= enough && spread.get(word)! <= common).map(([word]) => word)))
    }
  }

  /** How many characteristic words two documents share: namesakes on one subject (a yearly series) share many. */
  overlap(a: D, b: D): number {
    const [x, y] = [this.#profiles.get(a), this.#profiles.get(b)]
    return x && y ? [...x].filter((word) => y.has(word)).length : 0
  }

  /** How many characteristic words of the document the citation's text uses. */
  shared(document: D, text: string): number {
    const profile = this.#profiles.get(document)
    if (!profile) return 0
    let count = 0
    for (const word of subjectWords(text)) if (profile.has(word)) count++
    return count
  }
}

/** A word used about more than this share of all documents is too common to tell them apart. */
const COMMON_SHARE = 0.02
const MIN_COMMON = 3
/** Shared characteristic words that count as saying what the document is about. */
export const SUBJECT_EVIDENCE = 2
