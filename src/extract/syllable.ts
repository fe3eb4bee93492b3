/**
 * Whether a word can be one Vietnamese syllable: onset, one to three vowels, coda.
 * Foreign names (`Trump`, `Henri`, `Obama`) fail it, and so do words glued together
 * by a missing space (`NộiĐT`), which is what the name finder needs to know.
 */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$/u

export function isVietnameseSyllable(word: string): boolean {
  return SYLLABLE.test(word.toLowerCase().normalize('NFD').replace(TONE_MARKS, '').normalize('NFC'))
}

/** `NGUYỄN` → `Nguyễn`. */
export function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase()
}
