import type { DocumentMention } from '../article.ts'
import { compareText } from '../util/compare-text.ts'
import { SUBJECT_EVIDENCE, subjectWords } from './subject-words.ts'

/** A citation no certain document could claim. */
export interface Unresolved {
  source: string
  mention: DocumentMention
  /** The article's year, when its date has one. */
  year?: number
}

/**
 * Pages for citations that stay vague. None of them is a document; a page only
 * gathers what nothing tells apart. Citations share a page when they write the same
 * key in articles of the same year (or both undated), and then only when their own
 * evidence agrees: a citation that gives a subject ("về …"), a term or a year of its
 * own shares a page only with those that say the same (`SUBJECT_EVIDENCE` common
 * words of subject, equal term and year), so "Nghị quyết 35 về rà soát" and
 * "Nghị quyết 35 về phát triển doanh nghiệp" are not put together; citations that
 * say nothing of their own gather on the key's plain page. Groups are connected
 * components, so the result does not depend on the order citations come in.
 * Returns, per citation, its page id and the page's qualifier.
 */
export function unresolvedPages(citations: readonly Unresolved[]): Map<Unresolved, { id: string; qualifier: string }> {
  const buckets = new Map<string, Unresolved[]>()
  for (const citation of citations) {
    const bucket = `${citation.mention.key}?${citation.year ?? ''}`
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), citation])
  }
  const pages = new Map<Unresolved, { id: string; qualifier: string }>()
  for (const [bucket, members] of buckets) {
    const when = members[0]!.year ? `trích năm ${members[0]!.year}` : 'chưa xác định'
    const plain = members.filter((c) => !hasEvidence(c.mention))
    for (const citation of plain) pages.set(citation, { id: bucket, qualifier: when })
    const groups = components(members.filter((c) => hasEvidence(c.mention)), agree)
      .map((group) => group.sort((a, b) => compareText(a.source, b.source)))
      .sort((a, b) => compareText(a[0]!.source, b[0]!.source))
    groups.forEach((group, i) => {
      // The group's own evidence names it: "về rà soát", "khóa XI".
      const { summary, term, date } = group[0]!.mention
      const what = summary ? summary.split(/\s+/u).slice(0, 6).join(' ') : term ? `khóa ${term}` : (date ?? '').slice(0, 4)
      for (const citation of group) pages.set(citation, { id: `${bucket}#${i + 1}`, qualifier: `${when}, ${what}` })
    })
  }
  return pages
}

function hasEvidence(mention: DocumentMention): boolean {
  return mention.summary !== undefined || mention.term !== undefined || mention.date !== undefined
}

/** Two citations say the same of their document: nothing conflicts, and something agrees. */
function agree(a: Unresolved, b: Unresolved): boolean {
  const [x, y] = [a.mention, b.mention]
  if (x.term && y.term && x.term !== y.term) return false
  if (x.date && y.date && x.date.slice(0, 4) !== y.date.slice(0, 4)) return false
  if (x.summary && y.summary) {
    const words = subjectWords(y.summary)
    return [...subjectWords(x.summary)].filter((word) => words.has(word)).length >= SUBJECT_EVIDENCE
  }
  return (x.term !== undefined && x.term === y.term) || (x.date !== undefined && x.date.slice(0, 4) === y.date?.slice(0, 4))
}

/** Connected components of `link` over `items`, in no particular order. */
function components<T>(items: readonly T[], link: (a: T, b: T) => boolean): T[][] {
  const parent = items.map((_, i) => i)
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)))
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) if (link(items[i]!, items[j]!)) parent[root(i)] = root(j)
  const groups = new Map<number, T[]>()
  items.forEach((item, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), item]))
  return [...groups.values()]
}
