import { parseDate } from './dates.ts'
import { DATE_AFTER, ISSUER_AFTER, SUMMARY_AFTER, TERM_AFTER, YEAR_AFTER } from './document-patterns.ts'
import { ISSUER_LOWERCASE_PHRASES, ISSUER_STOP_WORDS } from './lexicon.ts'
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
    const body = issuerName(facts.issuer)
    if (body) facts.issuer = body
    else delete facts.issuer
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

/**
 * The issuing body's name at the start of what follows `của`/`do`: capitalised words, each
 * with at most one lower-case syllable after it (`Bộ Tài chính`, `Chính phủ`), and the
 * lower-case words of body names (`Ủy ban nhân dân tỉnh …`, `Bộ Giao thông vận tải`). The
 * sentence after it is not the issuer: `Chính phủ quy định các mức …` → `Chính phủ`;
 * `Quốc hội (về việc …` → `Quốc hội`; `UBND TPHCM do phó chủ tịch … ký` → `UBND TPHCM`.
 */
export function issuerName(written: string): string {
  const words = written.split(/[()]/)[0]!.trim().split(/[ \u00a0]+/)
  const kept: string[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    if (!/^\p{Ll}/u.test(word)) {
      kept.push(word)
      continue
    }
    const pair = `${word} ${words[i + 1] ?? ''}`
    if (ISSUER_LOWERCASE_PHRASES.has(pair)) {
      kept.push(word, words[i + 1]!)
      i++
      continue
    }
    if (ISSUER_STOP_WORDS.has(word) || ISSUER_STOP_WORDS.has(pair)) break
    const previous = kept.at(-1) ?? ''
    if (ISSUER_LOWERCASE_PHRASES.has(word) || /^\p{Lu}/u.test(previous)) kept.push(word)
    else break
  }
  while (kept.length > 0 && /^(?:và|[-–&])$/u.test(kept.at(-1)!)) kept.pop()
  return kept.join(' ')
}
