import { HONORIFICS, ORGANISATION_BEFORE, PERSON_CUES, caseFlexibleAlternation } from './lexicon.ts'

/**
 * The words around a name-shaped span that say whether it is a person: an honorific,
 * rank or profession right before it says yes; a street, school or organisation word
 * right before it, or a house number, says no.
 */

/** Only the end of `before` matters; a short tail keeps the anchored regexes cheap. */
const TAIL = 60

const PERSON_CUE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${caseFlexibleAlternation(PERSON_CUES)})["”’]?[ \\u00a0]*:?[ \\u00a0]*$`,
  'u',
)
/** Where a clause starts: a capitalised `Anh`, `Ông`, `Bà` there is an honorific, elsewhere a name part or a country. */
export const CLAUSE_START = /(?:^|[.!?:;"“”(\-–][ \u00a0]*)$/u

const SINGLE_HONORIFICS = new Set(HONORIFICS.filter((h) => !h.includes(' ')))

export function hasPersonCueBefore(before: string): boolean {
  const tail = before.slice(-TAIL)
  const cue = PERSON_CUE.exec(tail)
  if (!cue) return false
  const word = cue[0].trimStart()
  const honorific = /^\p{Lu}\p{Ll}*/u.exec(word)?.[0]
  if (!honorific || !SINGLE_HONORIFICS.has(honorific.toLowerCase())) return true
  return CLAUSE_START.test(tail.slice(0, cue.index + cue[0].length - word.length).trimEnd())
}

/**
 * Case as written: `Đoàn` (the Youth Union) is an organisation, `trưởng đoàn` is not. A
 * lower-case word after a capitalised one ends a proper noun (`Quốc hội`, `Chính phủ`), not
 * an organisation named after a person.
 */
const ORGANISATION = new RegExp(
  `(?<![\\p{L}\\p{M}])(?<!\\p{Lu}[\\p{Ll}\\p{M}]*[ \\u00a0](?=\\p{Ll}))(?:${[...ORGANISATION_BEFORE]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]+'))
    .join('|')})\\.?[ \\u00a0]*$`,
  'u',
)
export function isOrganisationBefore(before: string): boolean {
  return ORGANISATION.test(before.slice(-TAIL))
}

/** `số 5 Lê Lợi`, `59 Lý Thái Tổ`: an address. Years (`năm 2005 …`) are not house numbers. */
export function isHouseNumberBefore(before: string): boolean {
  const number = /(?:^|[ \u00a0,(])(\d{1,4}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)*)[ \u00a0]*$/u.exec(before.slice(-TAIL))?.[1]
  return number !== undefined && !/^(?:19|20)\d\d$/.test(number)
}

/**
 * An honorific or profession and one or two capitalised words that no further capital
 * follows: `chị Hương`, `anh Sương`, `dược sĩ Điệp`, `chị Hồng Thúy`. Group 1 is the name.
 */
export const SHORT_REFERENCE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${caseFlexibleAlternation([...HONORIFICS, 'dược sĩ', 'bác sĩ', 'luật sư', 'nhà báo', 'tên', 'kỹ sư', 'cô giáo', 'thầy giáo'])})[ \\u00a0]+(\\p{Lu}[\\p{Ll}\\p{M}]+(?:[ \\u00a0]\\p{Lu}[\\p{Ll}\\p{M}]+)?)(?![\\p{L}\\p{M}]|[ \\u00a0]\\p{Lu})`,
  'gu',
)
