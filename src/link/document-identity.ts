import type { ArticleDate, DocumentMention } from '../article.ts'
import type { Catalogue, CatalogueEntry } from './catalogue.ts'
import congresses from './party-congresses.json' with { type: 'json' }
import { predates, yearsInSentence } from './sentence-years.ts'

/**
 * Which document a citation names, across articles. A symbol alone is not enough:
 * Party numbers restart every congress term (`26-NQ/TW` is 2008 and 2018) and State
 * administrative numbers every year (`123/QĐ-TTg`). So the identity is the key plus
 * the term or year: read from the citation's own date or term, else from the
 * catalogue given the article's date, else guessed from the article's date and
 * marked uncertain.
 */
export interface DocumentIdentity {
  /** Stable id: the key, and `@term` or `@year` where numbering restarts. */
  id: string
  /** Term (`khóa XII`) or year that tells this document from its namesakes. */
  qualifier?: string
  /** True when the term or year was guessed, or is unknown. */
  uncertain: boolean
  /** The catalogue entry this citation was matched to. */
  known?: CatalogueEntry
  /** Matched to `known` by the catalogue alone: the citation itself gives no term or year. */
  inferred: boolean
}

/** What the article's own date says about when it was written. */
export interface ArticleTime {
  /** The article's year, when its date has one. */
  year?: number
  /** It was written no earlier than this year. */
  floor?: number
}

const CENTRAL_PARTY_SYMBOL = /^\d+[a-z]?-[\p{Lu}Đ]+\/(TW|BCT|BBT)$/u
const PARTY_SYMBOL = /^\d+[a-z]?-[\p{Lu}Đ]+\/[\p{Lu}Đ]+/u
const STATE_SYMBOL_WITHOUT_YEAR = /^\d+[a-z]?\/[\p{Lu}Đ]+-[\p{Lu}\p{Ll}Đđ]+$/u
const HAS_YEAR = /\/(19|20)\d{2}\b|-(19|20)\d{2}\//u

const STATE_SYMBOL_WITH_YEAR = /^(\d+[a-z]?)[-/]((?:19|20)\d{2})\/([\p{Lu}Đ][\p{L}\d-]*)$/u

/**
 * One id for a State document whichever way its year is written: `35/2016/NQ-CP`,
 * `35-2016/NQ-CP` and `35/NQ-CP` of 2016 are all (Nghị quyết, 35, Chính phủ, 2016).
 */
function stateId(key: string): string {
  const match = STATE_SYMBOL_WITH_YEAR.exec(key)
  return match ? `${match[1]}/${match[3]}@${match[2]}` : key
}

/** Keys that are a full symbol: number plus issuer or type code. */
export function isSymbol(key: string): boolean {
  return /^\d+[a-z]?[-/]/u.test(key)
}

export function articleTime(date: ArticleDate | undefined, yearFloor: number | undefined): ArticleTime {
  const year = date && date.precision !== 'partial' ? Number(date.iso.slice(0, 4)) : undefined
  const floor = year ?? yearFloor
  return { ...(year !== undefined && { year }), ...(floor !== undefined && { floor }) }
}

/**
 * A symbol written with a space for a slash keeps that form in its key (`10/2016QĐ-UBND`,
 * as the article wrote it) but is the same document as the slashed one.
 */
function slashed(key: string): string {
  return /^\d/u.test(key) ? key.replace(/^(\d+(?:\/(?:19|20)\d{2})?)(?=\p{Lu})/u, '$1/') : key
}

export function documentIdentity(mention: DocumentMention, time: ArticleTime, catalogue: Catalogue): DocumentIdentity {
  const key = slashed(mention.key)
  const ownYear = mention.date ? Number(mention.date.slice(0, 4)) : undefined
  const central = CENTRAL_PARTY_SYMBOL.test(key)
  const restarts = central || PARTY_SYMBOL.test(key) || STATE_SYMBOL_WITHOUT_YEAR.test(key)
  if (!restarts) {
    const certain = HAS_YEAR.test(key) || key.startsWith('Nghị quyết Đại hội') || / khóa [IVXLC]+$/u.test(key)
    const known = catalogue.get(key)?.[0]
    // An alias (`19/2017/NQ-CP` for `19-2017/NQ-CP`) is the catalogue's document, under its symbol.
    if (certain) return { id: stateId(known?.symbol ?? key), uncertain: false, inferred: false, ...(known && { known }) }
    // A bare number ("Quyết định 123") is only assumed to be one document within a year.
    if (!isSymbol(key)) return time.year ? { id: `${key}@${time.year}`, qualifier: String(time.year), uncertain: true, inferred: false } : { id: key, uncertain: true, inferred: false }
  }
  const qualify = (term: string | undefined, year: number | undefined, uncertain: boolean, known?: CatalogueEntry, inferred = false): DocumentIdentity => {
    const qualifier = central ? term && `khóa ${term}` : year && String(year)
    const id = central ? term && `${key}@${term}` : year && `${key}@${year}`
    return qualifier && id ? { id, qualifier, uncertain, inferred, ...(known && { known }) } : { id: key, uncertain: true, inferred: false }
  }

  // A sentence that speaks only of years before a namesake was issued is not citing it.
  const years = yearsInSentence(mention.sentence)
  const entries = (catalogue.get(key) ?? []).filter((entry) => !predates(years, Number(entry.date.slice(0, 4))))
  if (mention.term || ownYear !== undefined) {
    const term = mention.term ?? termOf(ownYear)
    const known = entries.find((entry) => (central ? entry.term === term : Number(entry.date.slice(0, 4)) === ownYear))
    return qualify(term, ownYear, false, known)
  }
  const known = pickEntry(entries, time)
  if (known) return qualify(known.term ?? termOf(Number(known.date.slice(0, 4))), Number(known.date.slice(0, 4)), false, known, true)
  // Nothing says which namesake: guess the one in force when the article was written.
  return qualify(termOf(time.year), time.year, true)
}

/**
 * The catalogue entry a citation must mean: with the article's year known, the latest
 * namesake issued by then; without it, the catalogue's only namesake, if it has one.
 */
export function pickEntry(entries: readonly CatalogueEntry[], time: ArticleTime): CatalogueEntry | undefined {
  if (time.year !== undefined) return entries.findLast((entry) => Number(entry.date.slice(0, 4)) <= time.year!)
  return entries.length === 1 ? entries[0] : undefined
}

/** The Party congress term a year falls in. */
export function termOf(year: number | undefined): string | undefined {
  if (year === undefined) return undefined
  return congresses.terms.findLast((entry) => entry.from <= year)?.term
}
