import { NON_NAME_WORDS } from './lexicon.ts'

/**
 * Blanks out photo credits and source labels (`Ảnh: TRẦN HÓA`, `(ảnh: Ngọc Thạch)`, `Nguồn: internet`, the signed
 * answer of a legal Q&A: `Tư vấn bởi Luật sư Phạm Thị Bích Hảo, Công ty luật …`) so that
 * the names in them are not read as people the article is about. Offsets stay as they were.
 */
const LABEL = /(?<![\p{L}\p{M}])(?:(?:Ảnh|(?<=\([ \u00a0]*)ảnh|Ảnh minh h(?:ọa|oạ)|Nguồn|Bài và ảnh|Bài, ảnh|Clip|Video|Đồ họa|Thực hiện)[ \u00a0]*:|Tư vấn bởi(?:[ \u00a0]+(?:[Ll]uật sư|LS\.?))?)[ \u00a0]*/gu
/** A credit is at most a few words and ends where a sentence starts (a capital followed by a lower-case word). */
const CREDIT = /^(?:(?!\p{Lu}[\p{Ll}\p{M}]*[ \u00a0]\p{Ll})[^ \u00a0.;]+(?:[ \u00a0]|$)){1,6}/u

/**
 * A credit stops before a word that starts the next sentence or a date (`Ảnh: Trường Phong
 * Sáng 13/5, Phó Thủ tướng …`): a word names never contain, or a number.
 */
function creditEnd(credit: string): string {
  let end = 0
  for (const word of credit.matchAll(/[^ \u00a0]+[ \u00a0]*/gu)) {
    const bare = word[0].trim().replace(/[,:]$/, '')
    if (end > 0 && (NON_NAME_WORDS.has(bare) || /^\d/.test(bare))) break
    end = word.index + word[0].length
  }
  return credit.slice(0, end)
}

export function maskCredits(text: string): string {
  let out = text
  for (const label of text.matchAll(LABEL)) {
    const from = label.index + label[0].length
    const credit = creditEnd(CREDIT.exec(text.slice(from))?.[0] ?? '')
    out = out.slice(0, from) + ' '.repeat(credit.length) + out.slice(from + credit.length)
  }
  return out
}
