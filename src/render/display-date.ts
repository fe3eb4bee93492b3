import type { ArticleDate } from '../article.ts'

/** A date as a Vietnamese reader writes it, and the `datetime` value for `<time>`. */
export interface DisplayDate {
  text: string
  datetime: string
  /** Said when the year is not known, so the page shows the precision. */
  note?: string
}

export function displayDate(date: ArticleDate | string | undefined): DisplayDate | undefined {
  if (!date) return undefined
  const { iso, precision } = typeof date === 'string' ? { iso: date, precision: precisionOf(date) } : date
  if (precision === 'partial') {
    // ISO's yearless form `--05-25` is month then day; HTML's `datetime` spells it `05-25`.
    const [month, day] = iso.slice(2).split('-').map(Number)
    return { text: `${day}/${month}`, datetime: iso.slice(2), note: 'không rõ năm' }
  }
  const [year, month, day] = iso.split('-').map(Number)
  switch (precision) {
    case 'year':
      return { text: String(year), datetime: iso }
    case 'month':
      return { text: `tháng ${month}/${year}`, datetime: iso }
    default:
      return { text: `${day}/${month}/${year}`, datetime: iso }
  }
}

function precisionOf(iso: string): ArticleDate['precision'] {
  return iso.startsWith('--') ? 'partial' : iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day'
}
