import {
  MIDDLE_ONLY,
  NAMES_USED_FOR_PLACES,
  NON_NAME_WORDS,
  ORGANISATION_PHRASES,
  PLACES,
  PLACE_MAX_WORDS,
  SURNAMES,
  WEAK_SURNAMES,
  YEAR_BRANCHES,
  YEAR_STEMS,
} from './lexicon.ts'
import { isVietnameseSyllable, titleCase } from './syllable.ts'

/** A capitalised span that has the shape of a personal name; context decides later. */
export interface NameCandidate {
  /** As written. */
  name: string
  start: number
  end: number
  kind: 'vietnamese' | 'foreign'
  words: number
  /** Written in capitals (`NGUYỄN TOÀN THIỆN`): headings and bylines look the same. */
  allCaps: boolean
  /** Led by a surname that is more often an ordinary word or a place part (`Văn`, `Kim`). */
  weakSurname: boolean
  /** A real person's name that is more often a street, school or city (`Hồ Chí Minh`, `Lê Lợi`). */
  placeLike: boolean
}

interface Token {
  text: string
  start: number
}

/** Capitalised words joined by single spaces; initials (`B.`) for foreign names. */
const RUN = /(?<![\p{L}\p{M}\p{N}])\p{Lu}(?:\.(?=[ \u00a0]\p{Lu})|[\p{L}\p{M}]*)(?:[ \u00a0]\p{Lu}(?:\.(?=[ \u00a0]\p{Lu})|[\p{L}\p{M}]*))*/gu
const MAX_NAME_WORDS = 4

/** Name-shaped spans of `text`, in order; places that look like names are skipped here. */
export function nameCandidates(text: string): NameCandidate[] {
  const found: NameCandidate[] = []
  for (const run of text.matchAll(RUN)) {
    const tokens: Token[] = []
    let offset = run.index
    for (const word of run[0].split(/[ \u00a0]/)) {
      tokens.push({ text: word.replace(/\.$/, (dot) => (word.length === 2 ? dot : '')), start: offset })
      offset += word.length + 1
    }
    readRun(tokens, text, found)
  }
  return found
}

function readRun(tokens: Token[], text: string, found: NameCandidate[]): void {
  let i = 0
  while (i < tokens.length) {
    const placeLike = phraseLength(tokens, i, NAMES_USED_FOR_PLACES)
    if (placeLike > 0) {
      found.push(candidate(tokens, i, i + placeLike, text, 'vietnamese', { placeLike: true }))
      i += placeLike
      continue
    }
    const place = phraseLength(tokens, i, PLACES)
    if (place > 0) {
      i += place
      continue
    }
    const word = tokens[i]!.text
    if (isSurname(word)) {
      const end = readVietnameseName(tokens, i)
      if (end - i >= 2 && !isYearName(tokens, i, end) && !isOrganisation(tokens, i, end, text)) {
        found.push(candidate(tokens, i, end, text, 'vietnamese', { weakSurname: WEAK_SURNAMES.has(titleCase(word)) }))
        i = end
        continue
      }
    } else if (isForeignWord(word)) {
      const end = readForeignName(tokens, i)
      if (end - i >= 2) {
        found.push(candidate(tokens, i, end, text, 'foreign', {}))
        i = end
        continue
      }
    }
    i++
  }
}

function candidate(
  tokens: Token[],
  from: number,
  to: number,
  text: string,
  kind: NameCandidate['kind'],
  flags: { placeLike?: boolean; weakSurname?: boolean },
): NameCandidate {
  const first = tokens[from]!
  const last = tokens[to - 1]!
  const start = first.start
  const end = last.start + last.text.length
  const name = text.slice(start, end)
  return {
    name,
    start,
    end,
    kind,
    words: to - from,
    allCaps: name === name.toUpperCase() && /\p{Lu}{2}/u.test(name),
    weakSurname: flags.weakSurname ?? false,
    placeLike: flags.placeLike ?? false,
  }
}

function isSurname(word: string): boolean {
  return SURNAMES.has(word) || (word.length > 1 && word === word.toUpperCase() && SURNAMES.has(titleCase(word)))
}

/** Surname plus up to three syllables of the same case, stopping before words that are never names. */
function readVietnameseName(tokens: Token[], from: number): number {
  const caps = tokens[from]!.text === tokens[from]!.text.toUpperCase() && tokens[from]!.text.length > 1
  let end = from + 1
  while (end < tokens.length && end - from < MAX_NAME_WORDS) {
    const word = tokens[end]!.text
    const sameCase = caps ? word === word.toUpperCase() : /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(word)
    if (!sameCase || !isVietnameseSyllable(word) || NON_NAME_WORDS.has(titleCase(word))) break
    // A place glued after a full name: "… Nguyễn Văn A Hà Nội".
    if (end - from >= 2 && phraseLength(tokens, end, PLACES) >= 2) break
    end++
  }
  while (end - from > 1 && MIDDLE_ONLY.has(titleCase(tokens[end - 1]!.text))) end--
  return end
}

/** A foreign word: capitalised, lower case after the first letter, and not a Vietnamese syllable. */
function isForeignWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !isVietnameseSyllable(word) && !NON_NAME_WORDS.has(word)
}

/** Foreign names: two to four capitalised words or initials, at least one not Vietnamese. */
function readForeignName(tokens: Token[], from: number): number {
  let end = from
  while (end < tokens.length && end - from < MAX_NAME_WORDS) {
    const word = tokens[end]!.text
    if (!/^\p{Lu}(?:\p{Ll}+|\.)$/u.test(word) || NON_NAME_WORDS.has(word)) break
    if (end > from && phraseLength(tokens, end, PLACES) > 0) break
    end++
  }
  const words = tokens.slice(from, end).map((t) => t.text)
  if (words.at(-1)?.endsWith('.')) end--
  return words.some((w) => isForeignWord(w)) ? end : from
}

/** Can-chi year names (`Đinh Dậu`, `Giáp Ngọ`) look like surname + given name. */
function isYearName(tokens: Token[], from: number, to: number): boolean {
  return to - from === 2 && YEAR_STEMS.has(tokens[from]!.text) && YEAR_BRANCHES.has(tokens[from + 1]!.text)
}

/** `Đoàn Thanh niên`, `Hội Nông dân`: an organisation whose first words look like a name. */
function isOrganisation(tokens: Token[], from: number, to: number, text: string): boolean {
  const last = tokens[to - 1]!
  const name = text.slice(tokens[from]!.start, last.start + last.text.length)
  const next = /^[ \u00a0]+(\p{Ll}+)/u.exec(text.slice(last.start + last.text.length))?.[1]
  return ORGANISATION_PHRASES.has(name) || (next !== undefined && ORGANISATION_PHRASES.has(`${name} ${next}`))
}

/** Length in words of the longest phrase of `set` starting at token `from`, or 0. */
function phraseLength(tokens: Token[], from: number, set: ReadonlySet<string>): number {
  let phrase = ''
  let best = 0
  for (let n = 1; n <= PLACE_MAX_WORDS && from + n <= tokens.length; n++) {
    const word = tokens[from + n - 1]!.text
    phrase = n === 1 ? word : `${phrase} ${word}`
    if (set.has(phrase) || (word === word.toUpperCase() && set.has(phrase.split(' ').map(titleCase).join(' ')))) best = n
  }
  return best
}
