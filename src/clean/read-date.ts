import type { Root } from 'hast'
import type { VFile } from 'vfile'
import type { ArticleDate } from '../article.ts'
import { blockText } from './block-text.ts'

/** Blocks from the top searched for the article's own date. */
const HEAD_BLOCKS = 3
/**
 * "Sáng 25/5", "chiều 13/6/2017", "Ngày 12-1-2005": a time of day, or "Ngày" opening a
 * sentence, then the date. A "ngày" inside a sentence ("có hiệu lực từ ngày 1/7/2004")
 * is some other event's date.
 */
const WHEN = String.raw`(?:(?:^|(?<=[.!?]\s|\)\s?[-–]?\s?))Ngày|(?<![\p{L}])(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm|[Rr]ạng sáng|[Hh]ôm nay|[Hh]ôm qua)),?\s+(?:(?:thứ \S+|chủ nhật),?\s+)?(?:ngày\s+)?`
const FULL = new RegExp(String.raw`${WHEN}(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?![\d/])|(\d{1,2}) tháng (\d{1,2}) năm ((?:19|20)\d{2}))`, 'gmu')
const PARTIAL = new RegExp(String.raw`${WHEN}(\d{1,2})\s*[/-]\s*(\d{1,2})(?![\d/-])`, 'mu')
const ANY_FULL = /(?<![\d/.-])(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)\d{2})(?![\d/])/gu
/** Older dates near the top are history being recalled, not when the article was written. */
const EARLIEST_YEAR = 1990
/** A citation right before a date means the date is the document's, not the article's. */
const CITATION_BEFORE = /(?:số|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Luật|Kết luận|Đề án|\/[\p{Lu}Đ-]+)[^.;]{0,40}$/u

/**
 * The article's date: front matter, else a date near the top introduced the way
 * news introduces its own date ("Sáng 25/5", "ngày 13/6/2017"), not one belonging
 * to a cited document. Without a year it stays partial, unless the text writes the same
 * day in full elsewhere: a year is never invented. The latest year written in a full
 * date goes to `file.data.yearFloor`: the article cannot be older than that.
 */
export default function readDate() {
  return (tree: Root, file: VFile) => {
    const fromMatter = file.data.frontMatter?.date
    if (fromMatter) {
      file.data.date = isoDate(fromMatter, 'front-matter')
      return
    }
    const text = tree.children.map((node) => blockText(node))
    const head = [file.data.title ?? '', ...text.slice(0, HEAD_BLOCKS)].join('\n')
    const written = writtenDates(text.join('\n'))
    const floor = written.map((iso) => Number(iso.slice(0, 4))).reduce((a, b) => Math.max(a, b), 0)
    if (floor) file.data.yearFloor = floor
    const partial = fullDate(head) ? undefined : partialDate(head)
    // A yearless "Sáng 25/5" takes a year only from the same day written in full elsewhere.
    const sameDay = partial && written.find((iso) => iso.endsWith(partial.iso.slice(1)))
    const date = fullDate(head) ?? (sameDay ? { iso: sameDay, precision: 'day' as const, from: 'text' as const } : partial)
    if (date) file.data.date = date
  }
}

function fullDate(text: string): ArticleDate | undefined {
  for (const match of text.matchAll(FULL)) {
    if (CITATION_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index))) continue
    const [day, month, year] = match[1] ? [match[1], match[2], match[3]] : [match[4], match[5], match[6]]
    if (Number(year) < EARLIEST_YEAR) continue
    const iso = ymd(Number(year), Number(month), Number(day))
    if (iso) return { iso, precision: 'day', from: 'text' }
  }
  return undefined
}

/** Every full date the text writes, as ISO: the latest is a floor for when it was written. */
function writtenDates(text: string): string[] {
  const dates: string[] = []
  for (const match of text.matchAll(ANY_FULL)) {
    const iso = ymd(Number(match[3]), Number(match[2]), Number(match[1]))
    if (iso) dates.push(iso)
  }
  return dates
}

function partialDate(text: string): ArticleDate | undefined {
  const match = PARTIAL.exec(text)
  if (!match || CITATION_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index))) return undefined
  const iso = ymd(2000, Number(match[2]), Number(match[1]))
  // 2000 is a leap year, so 29/2 passes; the year itself is dropped.
  return iso ? { iso: `--${iso.slice(5)}`, precision: 'partial', from: 'text' } : undefined
}

function isoDate(value: string, from: ArticleDate['from']): ArticleDate {
  const iso = value.slice(0, 10)
  const precision = iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day'
  return { iso, precision, from }
}

function ymd(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date.toISOString().slice(0, 10)
}
