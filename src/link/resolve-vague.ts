import type { DocumentMention } from '../article.ts'
import type { DocumentEntry } from './build-site-index.ts'
import type { ArticleTime } from './document-identity.ts'
import congresses from './party-congresses.json' with { type: 'json' }
import { issuerFits } from './issuer-code.ts'
import { predates, yearsInSentence } from './sentence-years.ts'
import { SUBJECT_EVIDENCE, type SubjectProfiles } from './subject-words.ts'

/** A key with a year but no issuer code: `Nghị định 24/2014`. */
export const YEAR_KEY = /\/(?:19|20)\d{2}$/u

/**
 * Which certain document a vague citation ("Nghị định 67", "Nghị quyết 19/2017",
 * "Nghị quyết Trung ương 4", an undated "35/NQ-CP") is, if the evidence settles it.
 *
 * The candidates are the certain documents of the same type and number (or the same
 * plenum in any term) that the citation could have cited: none issued after the
 * article was written, none younger than every year the citing sentence writes, none
 * of a ministry other than the one the citation names or of another term.
 * Numbers restart every year and term, so a candidate is not the document just
 * because it is the one the site happens to know: the citation must also say the
 * same thing about it: its year ("Nghị quyết 19/2017") or term ("khóa XI"), its "về …" clause, or at
 * least `SUBJECT_EVIDENCE` of the words its certain citations use ("tàu vỏ thép").
 * Exactly one candidate must fit, and no other candidate may share its subject: a
 * series of same-subject namesakes (the yearly Nghị quyết 19 on the business
 * environment) leaves the citation unresolved.
 */
export function resolveVague(
  mention: DocumentMention,
  text: string,
  time: ArticleTime,
  certain: readonly DocumentEntry[],
  profiles: SubjectProfiles<DocumentEntry>,
): { document?: DocumentEntry; candidates: DocumentEntry[] } {
  const years = yearsInSentence(mention.sentence)
  const candidates = certain.filter(
    (document) =>
      sameName(document, mention) &&
      couldCite(document, time, years) &&
      issuerFits(mention.issuer, document.key) &&
      !(mention.term && document.term && mention.term !== document.term),
  )
  const year = YEAR_KEY.exec(mention.key)?.[0].slice(1)
  if (year !== undefined) {
    const sameYear = candidates.filter((document) => yearOf(document) === Number(year))
    return { ...(sameYear.length === 1 && { document: sameYear[0] }), candidates: sameYear }
  }
  const backed = candidates.filter(
    (document) =>
      (mention.term !== undefined && document.term === mention.term) ||
      sameSubject(document.summary, mention.summary) ||
      profiles.shared(document, text) >= SUBJECT_EVIDENCE,
  )
  const fit = backed.length === 1 ? backed[0]! : undefined
  // Subject words cannot tell apart namesakes on one subject (Nghị quyết 19 of 2015, 2016, 2017).
  const series = fit && candidates.some((other) => other !== fit && profiles.overlap(fit, other) >= SUBJECT_EVIDENCE)
  return { ...(fit && !series && { document: fit }), candidates }
}

/** Same type and number; a plenum resolution named without its term matches that plenum of any term. */
function sameName(document: DocumentEntry, mention: DocumentMention): boolean {
  if (mention.number === '') return document.key.startsWith(`${mention.key} khóa `)
  return document.type === mention.type && document.number === mention.number && /^\d/u.test(document.key)
}

/** Nothing rules the document out: it existed when the article was written, and in the era the sentence speaks of. */
function couldCite(document: DocumentEntry, time: ArticleTime, years: readonly number[]): boolean {
  const year = yearOf(document)
  if (year === undefined) return true
  return !(time.year !== undefined && year > time.year) && !predates(years, year)
}

/** The year a document was issued, or the first year of its term. */
export function yearOf(document: Pick<DocumentEntry, 'date' | 'key' | 'term'>): number | undefined {
  const year = document.date?.slice(0, 4) ?? /(?:19|20)\d{2}/u.exec(document.key)?.[0]
  if (year) return Number(year)
  const term = document.term ?? / khóa ([IVXLC]+)$/u.exec(document.key)?.[1]
  return congresses.terms.find((entry) => entry.term === term)?.from
}

/** Two "về …" clauses name the same subject when their first words agree. */
function sameSubject(a: string | undefined, b: string | undefined): boolean {
  const head = (text: string) => text.toLowerCase().replace(/^về\s+/u, '').split(/\s+/u).slice(0, SUBJECT_WORDS).join(' ')
  return a !== undefined && b !== undefined && head(a).split(' ').length === SUBJECT_WORDS && head(a) === head(b)
}

const SUBJECT_WORDS = 5
