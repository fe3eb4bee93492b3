/**
 * Document symbols (`số hiệu`) as written: `67/2014/NĐ-CP`, `26-NQ/TƯ`, `56/ 2015/ NĐ - CP`,
 * `23 – NQ/TW`. One part after a separator is a year or an issuer/type code.
 */
import { DOCUMENT_TYPES } from './lexicon.ts'

/**
 * A year or a code after `/` or a dash; codes are upper case, bar a short lower tail (`TTg`,
 * `QĐi`, `CTr`), a lower-case letter inside (`HoREA`) or a term number (`QH14`). A word glued
 * on by a missing space is no part of the code (`204/2004/NĐ-CPngày`, `67/CPvừa`).
 */
const PART = '(?:(?:19|20)\\d\\d(?!\\d)|\\p{Lu}(?:\\.?[\\p{Lu}\\d&]|[a-z](?=\\p{Lu}))*(?:[a-z]{1,2})?(?![\\p{L}\\d])|\\p{Lu}{2,}(?=\\p{Ll}{2}))'
/**
 * A space where a slash is meant, before a type code joined to its issuer by a dash
 * (`10/2016 QĐ-UBND`); any other code after a space is the next word.
 */
const SPACED_CODE = `[ \\u00a0](?=(?:${[...new Set(DOCUMENT_TYPES.flatMap((t) => t.codes))].join('|')})[ \\u00a0]?[\\-–—][ \\u00a0]?\\p{Lu})`
/** The police unit a decision's symbol ends with: `51/C46 (P12)`. */
const UNIT_IN_BRACKETS = '(?:[ \\u00a0]?\\(\\p{Lu}\\d{1,3}\\))?'
/** Regex source for the tail after the number: separators with stray spaces around them. */
/** What may follow a symbol: no letter or digit, but a word glued on after a code of capitals (`NĐ-CPngày`). */
export const SYMBOL_END = '(?!\\d|(?<!\\p{Lu}\\p{Lu})\\p{L})'
export const SYMBOL_TAIL_SOURCE = `(?:(?:[ \\u00a0]?[/\\-–—][ \\u00a0]?|${SPACED_CODE})${PART})+${UNIT_IN_BRACKETS}`

export interface SymbolParts {
  /** Normalised tail: no spaces, hyphen-minus, `TW` for `TƯ`/`T.Ư` (`/2014/NĐ-CP`). */
  tail: string
  /** Has an issuer or type code, so number + tail is a full symbol. */
  hasCode: boolean
  /** The year written in the symbol, if any. */
  year?: string
}

export function normalizeSymbolTail(written: string): SymbolParts {
  const tail = written
    .replace(/[ \u00a0]+/g, '')
    .replace(/[–—]/g, '-')
    .replace(/T\.?Ư(?![\p{L}])/gu, 'TW')
    .replace(/T\.W(?![\p{L}])/gu, 'TW')
  const parts = tail.split(/[/-]/).filter(Boolean)
  const year = parts.find((p) => /^(19|20)\d\d$/.test(p))
  const hasCode = parts.some((p) => !/^\d+$/.test(p))
  return year === undefined ? { tail, hasCode } : { tail, hasCode, year }
}
