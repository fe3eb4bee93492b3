/**
 * Vietnamese text normalisation for search: one set of rules for the index (build) and
 * for the query (browser). The browser twin of these functions is
 * templates/assets/search-fold.js; a unit test keeps the two in step.
 *
 * - NFC, and old-style tone placement (`hoà` → `hòa`), so NFD/NFC and old/new placement
 *   are one form, in the text and in the query;
 * - `đ` folds to `d` explicitly (U+0111 has no Unicode decomposition);
 * - document symbols are tidied (`23 – NQ/TƯ` → `23-NQ/TW`) and then split into their
 *   parts, so `26-NQ/TW`, `26 nq tw` and `nq 26` share the tokens `26`, `nq`, `tw`.
 */

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

const FOLDED = new Map<string, string>()

/** Folds one lower-case token, with a cache: the corpus repeats a few thousand syllables. */
export function foldToken(token: string): string {
  let folded = FOLDED.get(token)
  if (folded === undefined) {
    folded = token.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').normalize('NFC')
    if (FOLDED.size < 200_000) FOLDED.set(token, folded)
  }
  return folded
}

/** A token of text: `exact` keeps its diacritics (lower case, canonical), `folded` does not. */
export interface Token {
  exact: string
  folded: string
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu

/**
 * The tokens of a text, in order: symbols tidied, canonical, lower case, split at
 * anything that is not a letter, mark or digit.
 * `Nghị quyết 26-NQ/TW` → nghị/nghi, quyết/quyet, 26/26, nq/nq, tw/tw.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  for (const m of canonicalVietnamese(tidySymbols(text)).toLowerCase().matchAll(WORD)) {
    out.push({ exact: m[0], folded: foldToken(m[0]) })
  }
  return out
}

/**
 * Folded words of a text, split wherever a symbol has punctuation:
 * `Nghị quyết 26-NQ/TW` → ['nghi', 'quyet', '26', 'nq', 'tw'].
 */
export function foldedWords(text: string): string[] {
  return tokenize(text).map((t) => t.folded)
}
