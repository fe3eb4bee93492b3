/**
 * The years a citing sentence writes, as evidence of the era it speaks of: "Ngày
 * 12-5-1951, Ban Bí thư … ra Chỉ thị số 05-CT/TW" cannot mean the 05-CT/TW of 2016.
 * Years inside other documents' symbols ("thay thế Nghị định 97/2013/NĐ-CP") say
 * nothing about the era of the citation, so they are left out.
 */

/** `97/2013/NĐ-CP`, `19-2017/NQ-CP`, and `Nghị định 67/2014`: a number with its year is a symbol, not a date. */
const SYMBOL_YEARS = [
  /\d+[a-z]?\s*[/-]\s*(?:19|20)\d{2}\s*[/-]?\s*[\p{Lu}Đ]/gu,
  /(?:định|quyết|thị|tư|luận|luật|báo|dẫn|án|hoạch|trình|văn)\s+(?:số\s+)?\d+[a-z]?\s*\/\s*(?:19|20)\d{2}/giu,
]
const YEAR = /(?<![\d.])(?:1[89]|20)\d{2}(?!\.\d|\d)/gu

export function yearsInSentence(sentence: string): number[] {
  let text = sentence
  for (const pattern of SYMBOL_YEARS) text = text.replace(pattern, ' ')
  return [...text.matchAll(YEAR)].map((match) => Number(match[0]))
}

/** A sentence whose every written year is earlier than a document's speaks of a time before it existed. */
export function predates(years: readonly number[], documentYear: number): boolean {
  return years.length > 0 && years.every((year) => year < documentYear)
}
