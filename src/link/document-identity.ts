import type { ArticleDate, DocumentMention } from '../article.ts'
import congresses from './party-congresses.json' with { type: 'json' }

/**
 * Which document a citation names, across articles. A symbol alone is not enough:
 * Party numbers restart every congress term (`26-NQ/TW` is 2008 and 2018) and State
 * administrative numbers every year (`123/QĐ-TTg`). So the identity is the key
 * plus the term or year, read from the citation's own date or term, else from the
 * article's date. What cannot be pinned down is marked uncertain.
 */
export interface DocumentIdentity {
  /** Stable id: the key, and `@term` or `@year` where numbering restarts. */
  id: string
  /** Term (`khóa XII`) or year that tells this document from its namesakes. */
  qualifier?: string
  /** True when the term or year had to be guessed or is unknown. */
  uncertain: boolean
}

const PARTY_SYMBOL = /^\d+[a-z]?-[\p{Lu}Đ]+\/[\p{Lu}Đ]+/u
/** Central Party bodies number by national congress term; provincial and district ones by their own. */
const CENTRAL_PARTY_SYMBOL = /^\d+[a-z]?-[\p{Lu}Đ]+\/(TW|BCT|BBT)$/u
const STATE_SYMBOL_WITHOUT_YEAR = /^\d+[a-z]?\/[\p{Lu}Đ]+-[\p{Lu}\p{Ll}Đđ]+$/u
const HAS_YEAR = /\/(19|20)\d{2}\b|-(19|20)\d{2}\//u

export function documentIdentity(mention: DocumentMention, articleDate: ArticleDate | undefined): DocumentIdentity {
  const articleYear = articleDate && articleDate.precision !== 'partial' ? Number(articleDate.iso.slice(0, 4)) : undefined
  const ownYear = mention.date ? Number(mention.date.slice(0, 4)) : undefined
  const key = mention.key

  if (CENTRAL_PARTY_SYMBOL.test(key)) {
    const term = mention.term ?? termOf(ownYear) ?? termOf(articleYear)
    return term
      ? { id: `${key}@${term}`, qualifier: `khóa ${term}`, uncertain: !mention.term && ownYear === undefined }
      : { id: key, uncertain: true }
  }
  if (PARTY_SYMBOL.test(key) || STATE_SYMBOL_WITHOUT_YEAR.test(key)) {
    const year = ownYear ?? articleYear
    return year ? { id: `${key}@${year}`, qualifier: String(year), uncertain: ownYear === undefined } : { id: key, uncertain: true }
  }
  if (HAS_YEAR.test(key) || key.startsWith('Nghị quyết Đại hội') || / khóa [IVXLC]+$/u.test(key)) {
    return { id: key, uncertain: false }
  }
  // A bare number ("Nghị định 67") could be any year's; group by the article's year.
  return articleYear ? { id: `${key}@${articleYear}`, qualifier: String(articleYear), uncertain: true } : { id: key, uncertain: true }
}

/** The Party congress term a year falls in. */
export function termOf(year: number | undefined): string | undefined {
  if (year === undefined) return undefined
  return congresses.terms.findLast((entry) => entry.from <= year)?.term
}
