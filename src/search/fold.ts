/**
 * Vietnamese text normalisation for search.
 *
 * Pagefind folds tone marks by itself (NFD, then drops combining marks) and keeps the
 * unfolded form beside each folded word, so that a query typed with the same diacritics
 * ranks higher. It does not fold `đ`: U+0111 has no decomposition. We close that gap by
 * writing every `đ`/`Đ` as `d`/`D` followed by U+0345 (COMBINING GREEK YPOGEGRAMMENI)
 * in everything Pagefind indexes, and doing the same to every query:
 *
 * - U+0345 is alphanumeric (Other_Alphabetic), so Pagefind keeps it inside the word and
 *   the word is not split or treated as a compound;
 * - it is a combining mark, so Pagefind's own diacritic folding drops it, and the word is
 *   indexed under its fully folded form (`Đảng` → `dang`) with the marked original
 *   (`dͅảng`) kept as the exact variant;
 * - it never occurs in Vietnamese text, so the client turns `dͅ` back into `đ` in every
 *   title and excerpt before showing it ({@link unmarkD}).
 *
 * The browser twin of these functions is templates/assets/search-fold.js; a unit test
 * keeps the two in step.
 */

/** The mark written after `d`/`D` in place of the stroke of `đ`/`Đ`. */
export const D_MARK = '\u0345'

const TONES = '\u0300\u0301\u0303\u0309\u0323'
/**
 * New-style tone placement (`hoà`, `thuý`, `uỷ`): a tone on the second vowel of an open
 * `oa`/`oe`/`uy` syllable. Old style puts it on the first vowel (`hòa`, `thúy`, `ủy`);
 * the corpus uses old style about five times as often, so that is the canonical form.
 * `qu` is a consonant, so `quý` is left alone. Works on NFD text.
 */
const NEW_STYLE_TONE = new RegExp(`(?<![qQ])([oO][aAeE]|[uU][yY])([${TONES}])(?![\\p{L}\\p{M}\\p{N}])`, 'gu')

/** NFC, `Ð` (U+00D0) read as `Đ`, old-style tone placement. Keeps case and diacritics. */
export function canonicalVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(NEW_STYLE_TONE, (_m, pair: string, tone: string) => pair[0] + tone + pair.slice(1))
    .normalize('NFC')
    .replace(/\u00d0/g, 'Đ')
}

/** What Pagefind is given to index: canonical text with `đ` written as `d` + {@link D_MARK}. */
export function markD(text: string): string {
  return canonicalVietnamese(text).replace(/đ/g, 'd' + D_MARK).replace(/Đ/g, 'D' + D_MARK)
}

/** Undoes {@link markD} for display. */
export function unmarkD(text: string): string {
  return text.replace(/d\u0345/g, 'đ').replace(/D\u0345/g, 'Đ')
}

/** Full ASCII-ish fold for comparing names: canonical, lower case, no marks, `đ` → `d`. */
export function foldVietnamese(text: string): string {
  return canonicalVietnamese(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .normalize('NFC')
}

/** Dashes as the press writes them (`–`, `—`, `‑`). */
const DASH = '[-\u2010-\u2015\u2212]'
/** Letters of a document type or body code, including `Đ` and `Ư`. */
const CODE = '[A-ZĐƯ][A-Za-zĐƯđư]{0,7}'

/**
 * Tidies document symbols in running text so that each is one token, as the reader
 * would type it: `23 – NQ/TW` → `23-NQ/TW`, `số31-QĐ/TW` → `số 31-QĐ/TW`,
 * `56/ 2015/ NĐ - CP` → `56/2015/NĐ-CP`, and `TƯ` (for the Central Committee) → `TW`.
 */
export function tidySymbols(text: string): string {
  let out = text
  // "số31-QĐ" → "số 31-QĐ"
  out = out.replace(/\b([Ss]ố)(\d)/gu, '$1 $2')
  // Party symbols: 23 – NQ/TW, 23-NQ / TƯ
  out = out.replace(
    new RegExp(`(\\d+)\\s*${DASH}\\s*(${CODE})\\s*/\\s*(${CODE})`, 'gu'),
    (_m, n: string, t: string, b: string) => `${n}-${t}/${b}`,
  )
  // State symbols: 56/ 2015/ NĐ - CP, 1722/ QĐ-TTg
  out = out.replace(
    new RegExp(`(\\d+)\\s*/\\s*(?:(\\d{4})\\s*/\\s*)?(${CODE})\\s*${DASH}\\s*(${CODE}\\d*)`, 'gu'),
    (_m, n: string, y: string | undefined, t: string, b: string) => `${n}/${y ? y + '/' : ''}${t}-${b}`,
  )
  // TƯ as a body code after a slash
  out = out.replace(/\/T[ƯƯ](?![\p{L}\p{M}])/gu, '/TW')
  return out
}

/**
 * The query as Pagefind should see it. Readers type symbols with spaces or other
 * separators; Pagefind drops punctuation inside a word, so `26-NQ/TW` is the single
 * token `26nqtw`, while `26 nq tw` or `nq 26` are separate words that each match a
 * part of that token. Both work against the index as it is, so all the query needs is
 * the same canonical form and `đ` marking as the text.
 */
export function prepareQuery(query: string): string {
  return markD(tidySymbols(query.replace(/\s+/g, ' ').trim()))
}

/**
 * Folded words of a text, split wherever Pagefind would split a symbol:
 * `Nghị quyết 26-NQ/TW` → ['nghi', 'quyet', '26', 'nq', 'tw'].
 */
export function foldedWords(text: string): string[] {
  return foldVietnamese(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}
