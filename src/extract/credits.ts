/**
 * Blanks out photo credits and source labels (`Ảnh: TRẦN HÓA`, `Nguồn: internet`) so that
 * the names in them are not read as people the article is about. Offsets stay as they were.
 */
const LABEL = /(?<![\p{L}\p{M}])(?:Ảnh|Ảnh minh h(?:ọa|oạ)|Nguồn|Bài và ảnh|Bài, ảnh|Clip|Video|Đồ họa|Thực hiện)[ \u00a0]*:[ \u00a0]*/gu
/** A credit is at most a few words and ends where a sentence starts (a capital followed by a lower-case word). */
const CREDIT = /^(?:(?!\p{Lu}[\p{Ll}\p{M}]*[ \u00a0]\p{Ll})[^ \u00a0.;]+(?:[ \u00a0]|$)){1,6}/u

export function maskCredits(text: string): string {
  let out = text
  for (const label of text.matchAll(LABEL)) {
    const from = label.index + label[0].length
    const credit = CREDIT.exec(text.slice(from))?.[0] ?? ''
    out = out.slice(0, from) + ' '.repeat(credit.length) + out.slice(from + credit.length)
  }
  return out
}
