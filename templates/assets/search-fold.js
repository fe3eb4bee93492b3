/**
 * Vietnamese text normalisation for search: one set of rules for the index (build) and
 * for the query (browser). This file is the only implementation: the search page loads
 * it as it is, and the index builder imports it through src/search/fold.ts.
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

/**
 * NFC, `Ð` (U+00D0) read as `Đ`, old-style tone placement. Keeps case and diacritics.
 * @param {string} text
 */
export function canonicalVietnamese(text) {
  return text
    .normalize('NFD')
    .replace(NEW_STYLE_TONE, (_m, pair, tone) => pair[0] + tone + pair.slice(1))
    .normalize('NFC')
    .replace(/\u00d0/g, 'Đ')
}

/**
 * Full fold for comparing names: canonical, lower case, no marks, `đ` → `d`.
 * @param {string} text
 */
export function foldVietnamese(text) {
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
const PARTY = new RegExp(`(\\d+)\\s*${DASH}\\s*(${CODE})\\s*/\\s*(${CODE})`, 'gu')
const STATE = new RegExp(`(\\d+)\\s*/\\s*(?:(\\d{4})\\s*/\\s*)?(${CODE})\\s*${DASH}\\s*(${CODE}\\d*)`, 'gu')

/**
 * Tidies document symbols in running text so that each is one token, as the reader
 * would type it: `23 – NQ/TW` → `23-NQ/TW`, `số31-QĐ/TW` → `số 31-QĐ/TW`,
 * `56/ 2015/ NĐ - CP` → `56/2015/NĐ-CP`, and `TƯ` (for the Central Committee) → `TW`.
 * @param {string} text
 */
export function tidySymbols(text) {
  return text
    .replace(/\b([Ss]ố)(\d)/gu, '$1 $2')
    .replace(PARTY, (_m, n, t, b) => `${n}-${t}/${b}`)
    .replace(STATE, (_m, n, y, t, b) => `${n}/${y ? y + '/' : ''}${t}-${b}`)
    .replace(/\/T[ƯƯ](?![\p{L}\p{M}])/gu, '/TW')
}

/** @type {Map<string, string>} */
const FOLDED = new Map()

/**
 * Folds one lower-case token, with a cache: the corpus repeats a few thousand syllables.
 * @param {string} token
 */
export function foldToken(token) {
  let folded = FOLDED.get(token)
  if (folded === undefined) {
    folded = token.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').normalize('NFC')
    if (FOLDED.size < 200000) FOLDED.set(token, folded)
  }
  return folded
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu

/**
 * The tokens of a text, in order: symbols tidied, canonical, lower case, split at
 * anything that is not a letter, mark or digit; `exact` keeps diacritics, `folded` not.
 * `Nghị quyết 26-NQ/TW` → nghị/nghi, quyết/quyet, 26/26, nq/nq, tw/tw.
 * @param {string} text
 * @returns {Array<{ exact: string, folded: string }>}
 */
export function tokenize(text) {
  const out = []
  for (const m of canonicalVietnamese(tidySymbols(text)).toLowerCase().matchAll(WORD)) {
    out.push({ exact: m[0], folded: foldToken(m[0]) })
  }
  return out
}

/**
 * Folded words of a text: `Nghị quyết 26-NQ/TW` → ['nghi', 'quyet', '26', 'nq', 'tw'].
 * @param {string} text
 */
export function foldedWords(text) {
  return tokenize(text).map((t) => t.folded)
}

/**
 * Index keys, as the build writes them and the browser looks them up. Each kind sorts
 * right after the word or pair it extends, so a query finds most of its keys in shards it
 * fetches anyway: `dang` (a folded word), `dang\bđảng` (an exact form of it), `dang\t` (a
 * name that is that one word), `dang bo` (a pair), `hoang dang quang\t` (a name, right
 * after the pair of its first two words); `huong\b` (the word used as a one-word name) is
 * an exact key with no form. `\b` and `\t` sort below the space and letters.
 * @param {string} folded @param {string} exact
 */
export const exactKey = (folded, exact) => `${folded}\b${exact}`
/** @param {string} words folded, space-separated */
export const nameKey = (words) => `${words}\t`
/** Whether a key is a folded word or pair, rather than an exact form, a name or a `~`/`$` key. @param {string} key */
export const isTermKey = (key) => !/^[~$]|[\b\t]/.test(key)
