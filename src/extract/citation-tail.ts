import { parseDate } from './dates.ts'
import { DATE_AFTER, ISSUER_AFTER, SUMMARY_AFTER, TERM_AFTER, YEAR_AFTER } from './document-patterns.ts'
import { termAsRoman } from './roman.ts'

/** Facts written right after a citation: `, ngày 19/5/2018, của Hội nghị Trung ương 7 (khóa XII) về …`. */
export interface CitationFacts {
  issuer?: string
  date?: string
  term?: string
  summary?: string
  /** Year from `… năm 2017` after a short reference. */
  year?: string
}

/** Reads term, date, issuer and subject, in the order news writes them, from the text after a citation. */
export function readCitationTail(rest: string): CitationFacts {
  const facts: CitationFacts = {}
  let text = rest
  const take = (re: RegExp): RegExpExecArray | null => {
    const match = re.exec(text)
    if (match) text = text.slice(match[0].length)
    return match
  }
  const readTerm = () => {
    const term = take(TERM_AFTER)
    const roman = term?.[1] && termAsRoman(term[1])
    if (roman && !facts.term) facts.term = roman
  }
  const year = take(YEAR_AFTER)
  if (year?.[1]) facts.year = year[1]
  readTerm()
  const date = take(DATE_AFTER)
  const iso = date?.[1] && parseDate(date[1])
  if (iso) facts.date = iso
  readTerm()
  const issuer = take(ISSUER_AFTER)
  if (issuer?.[1]) {
    facts.issuer = issuer[1].trim()
    const inner = /\([Kk]h(?:óa|oá)[ \u00a0]+([IVXLC]+|\d{1,2})\)|[Kk]h(?:óa|oá)[ \u00a0]+([IVXLC]+|\d{1,2})(?![\p{L}\d])/u.exec(facts.issuer)
    const roman = inner && termAsRoman(inner[1] ?? inner[2] ?? '')
    if (roman && !facts.term) facts.term = roman
  }
  readTerm()
  if (!facts.date) {
    const late = take(DATE_AFTER)
    const lateIso = late?.[1] && parseDate(late[1])
    if (lateIso) facts.date = lateIso
  }
  const summary = SUMMARY_AFTER.exec(text)
  if (summary?.[1]) facts.summary = summary[1].replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim()
  return facts
}
