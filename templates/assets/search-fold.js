// Browser twin of src/search/fold.ts (see there for why). test/search/fold.test.ts
// checks that both give the same output.

export const D_MARK = '\u0345'

const TONES = '\u0300\u0301\u0303\u0309\u0323'
const NEW_STYLE_TONE = new RegExp(`(?<![qQ])([oO][aAeE]|[uU][yY])([${TONES}])(?![\\p{L}\\p{M}\\p{N}])`, 'gu')

/** @param {string} text */
export function canonicalVietnamese(text) {
  return text
    .normalize('NFD')
    .replace(NEW_STYLE_TONE, (_m, pair, tone) => pair[0] + tone + pair.slice(1))
    .normalize('NFC')
    .replace(/\u00d0/g, 'Đ')
}

/** @param {string} text */
export function markD(text) {
  return canonicalVietnamese(text).replace(/đ/g, 'd' + D_MARK).replace(/Đ/g, 'D' + D_MARK)
}

/** @param {string} text */
export function unmarkD(text) {
  return text.replace(/d\u0345/g, 'đ').replace(/D\u0345/g, 'Đ')
}

/** @param {string} text */
export function foldVietnamese(text) {
  return canonicalVietnamese(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .normalize('NFC')
}

const DASH = '[-\u2010-\u2015\u2212]'
const CODE = '[A-ZĐƯ][A-Za-zĐƯđư]{0,7}'
const PARTY = new RegExp(`(\\d+)\\s*${DASH}\\s*(${CODE})\\s*/\\s*(${CODE})`, 'gu')
const STATE = new RegExp(`(\\d+)\\s*/\\s*(?:(\\d{4})\\s*/\\s*)?(${CODE})\\s*${DASH}\\s*(${CODE}\\d*)`, 'gu')

/** @param {string} text */
export function tidySymbols(text) {
  return text
    .replace(/\b([Ss]ố)(\d)/gu, '$1 $2')
    .replace(PARTY, (_m, n, t, b) => `${n}-${t}/${b}`)
    .replace(STATE, (_m, n, y, t, b) => `${n}/${y ? y + '/' : ''}${t}-${b}`)
    .replace(/\/T[ƯƯ](?![\p{L}\p{M}])/gu, '/TW')
}

/** @param {string} query */
export function prepareQuery(query) {
  return markD(tidySymbols(query.replace(/\s+/g, ' ').trim()))
}

/**
 * Folded words of a text, split wherever Pagefind would split a symbol:
 * `Nghị quyết 26-NQ/TW` → ['nghi', 'quyet', '26', 'nq', 'tw'].
 * @param {string} text
 */
export function foldedWords(text) {
  return foldVietnamese(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}
