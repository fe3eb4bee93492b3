/**
 * Keys under which two spellings of one Vietnamese name or word compare equal.
 * NFC alone does not unify old and new tone placement (hòa/hoà, Thúy/Thuý): the
 * tone mark sits on a different letter. These keys take the tone off its letter
 * and keep it per syllable, so placement stops mattering and the tone itself
 * still counts (Thủy ≠ Thúy).
 */

/** Combining tone marks: grave, acute, tilde, hook above, dot below. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu

/** Case-, form- and tone-placement-insensitive key: `Nguyễn Thị Thuý` and `nguyễn thị thúy` match. */
export function nameKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00D0/g, 'Đ')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/\p{L}+/gu, syllableKey)
}

/**
 * `nameKey` without spaces, periods and hyphens: spellings of one name that differ only in them
 * (`Jack B.Weinstein`, `Jack B. Weinstein`; `Kim Jong-un`, `Kim Jong Un`) share it.
 */
export function spacingKey(text: string): string {
  return nameKey(text).replace(/[\s.\-–]+/gu, '')
}

function syllableKey(syllable: string): string {
  const decomposed = syllable.normalize('NFD')
  const tone = TONES.exec(decomposed)?.[0]
  if (!tone) return syllable
  return `${decomposed.replace(TONE_MARKS, '').normalize('NFC')}${'\u0300\u0301\u0303\u0309\u0323'.indexOf(tone) + 1}`
}

/** Everything folded: no tone or vowel marks, đ → d, lower case. For search and slugs. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ\u00D0]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .toLowerCase()
}
