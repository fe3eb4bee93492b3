// Browser twin of src/search/fold.ts (see there for the rules). test/search/fold.test.ts
// checks that both give the same output.

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

/** @type {Map<string, string>} */
const FOLDED = new Map()

/** @param {string} token */
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

/** @param {string} text */
export function foldedWords(text) {
  return tokenize(text).map((t) => t.folded)
}
