/**
 * Whether a word can be one Vietnamese syllable: onset, a vowel nucleus that Vietnamese
 * spelling allows, coda. Foreign names (`Trump`, `Henri`, `Obama`) fail it, and so do
 * romanised Korean or Chinese names whose vowels Vietnamese never writes (`Lee`, `Hae`,
 * `Hyun`, `Yong`), and words glued together by a missing space (`NộiĐT`), which is what
 * the name finder needs to know.
 */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/u

/**
 * Vowel nuclei of Vietnamese spelling, tone marks removed (`iê` of `tiến`, `ươ` of
 * `Trương`, `uyê` of `Nguyễn`), plus the same without their hats for text typed without
 * diacritics (`Nguyen`, `Truong`).
 */
const NUCLEI = new Set(
  [
    'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
    'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi', 'oo',
    'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'ươ', 'yê',
    'iêu', 'oai', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu', 'yêu',
  ].flatMap((nucleus) => [nucleus, nucleus.normalize('NFD').replace(/[\u0302\u0306\u031b]/g, '')]),
)

export function isVietnameseSyllable(word: string): boolean {
  const match = SYLLABLE.exec(word.toLowerCase().normalize('NFD').replace(TONE_MARKS, '').normalize('NFC'))
  if (!match) return false
  const [, , nucleus = '', coda = ''] = match
  // `oo` only before `ng`/`c` (`xoong`, `soóc`); `Moon`, `Soo` are not Vietnamese.
  if (nucleus === 'oo' && coda !== 'ng' && coda !== 'c') return false
  return NUCLEI.has(nucleus)
}

/** `NGUYỄN` → `Nguyễn`. */
export function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase()
}
