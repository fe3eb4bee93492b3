/**
 * The search stage: turns the build's articles and entities into a Pagefind index that a
 * static host can serve, plus a small settings file the search page reads.
 *
 * Layout of what it writes under `outDir`:
 *
 * - `pagefind/` — the Pagefind bundle (index chunks, fragments, filters, WASM, JS).
 *   The default UIs Pagefind writes beside its API are removed: the site has its own
 *   page (templates/search.hbs + templates/assets/search.js).
 *
 * Records given to Pagefind (one language, `vi`, no stemming):
 *
 * - every article: content = body; meta `title`; meta `date` and `outlet` for display;
 *   filters `nguoi`, `van-ban`, `nam`, `nguon`.
 *
 * People and documents are not records of their own: each page Pagefind lists costs every
 * visitor about 7 bytes of its page table (pf_meta), whatever they search for. The
 * page finds them in the `nguoi`/`van-ban` filter values instead, whose counts Pagefind
 * returns with every search, and offers those whose name matches the query first.
 *
 * All indexed text goes through {@link markD}: `đ` is written `d` + U+0345 so that
 * Pagefind folds it to `d` as it folds tone marks. Meta values that must not be
 * searchable (dates, counts) are encoded without letters or digits ({@link encodeQuiet}),
 * since Pagefind indexes every meta field's words and a date's `25` would otherwise
 * match a query for `nq 25`.
 *
 * Filter values carry their link: `Hoàng Đăng Quang\u001fnguoi/hoang-dang-quang/`. Pagefind
 * returns a result's filter values with the result, so the page can list each article's
 * people and documents as links without any further download.
 */
import { createIndex, close } from 'pagefind'
import type { CustomRecord, PagefindIndex } from 'pagefind'
import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { markD, tidySymbols, canonicalVietnamese } from './fold.ts'

export interface SearchRecord {
  url: string
  title: string
  date?: string
  outlet?: string
  text: string
  people: Array<{ name: string; url: string }>
  documents: Array<{ key: string; label: string; url: string }>
}

export interface SearchEntity {
  kind: 'person' | 'document'
  name: string
  aliases: string[]
  url: string
  articleCount: number
}

export interface BuildSearchIndexOptions {
  outDir: string
  records: SearchRecord[]
  entities: SearchEntity[]
}

/** Separates a filter value's label from its link. Never occurs in names or symbols. */
export const LINK_SEPARATOR = '\u001f'

/** Filter keys, as they appear in the search page's URL too. */
export const FILTER_KEYS = { person: 'nguoi', document: 'van-ban', year: 'nam', outlet: 'nguon' } as const

/** Subdirectory of outDir holding the bundle. */
export const BUNDLE_DIR = 'pagefind'

/** Files Pagefind writes that the site does not use (its own search UIs and playground). */
const UNUSED_BUNDLE_FILES = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/

/**
 * ASCII digits and letters mapped onto punctuation so that Pagefind finds no word in
 * the value. Only used for short ASCII values (ISO dates, counts). The search page
 * decodes with the same table.
 */
const QUIET_FROM = '0123456789'
const QUIET_TO = '!#$%&()*+,'
export function encodeQuiet(value: string): string {
  return [...value].map((c) => {
    const i = QUIET_FROM.indexOf(c)
    return i >= 0 ? QUIET_TO[i] : c
  }).join('')
}
export function decodeQuiet(value: string): string {
  return [...value].map((c) => {
    const i = QUIET_TO.indexOf(c)
    return i >= 0 ? QUIET_FROM[i] : c
  }).join('')
}

/** The year of an ISO 8601 date, if it has one (`--05-25` has none). */
export function yearOf(date: string | undefined): string | undefined {
  const m = date?.match(/^(\d{4})/)
  return m ? m[1] : undefined
}

function linked(label: string, url: string): string {
  return `${label.replace(/[\u0000-\u001f]/g, ' ').trim()}${LINK_SEPARATOR}${url}`
}

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort()
}

/** Text as Pagefind is given it: symbols tidied, canonical Vietnamese, `đ` marked. */
export function indexText(text: string): string {
  return markD(tidySymbols(text))
}

export function articleRecord(record: SearchRecord): CustomRecord {
  const meta: Record<string, string> = { title: indexText(record.title) }
  if (record.date) meta.date = encodeQuiet(record.date)
  if (record.outlet) meta.outlet = canonicalVietnamese(record.outlet)
  const filters: Record<string, string[]> = {
    [FILTER_KEYS.person]: uniqueSorted(record.people.map((p) => linked(canonicalVietnamese(p.name), p.url))),
    [FILTER_KEYS.document]: uniqueSorted(record.documents.map((d) => linked(canonicalVietnamese(d.label), d.url))),
  }
  const year = yearOf(record.date)
  if (year) filters[FILTER_KEYS.year] = [year]
  if (record.outlet) filters[FILTER_KEYS.outlet] = [canonicalVietnamese(record.outlet)]
  for (const key of Object.keys(filters)) if (filters[key]!.length === 0) delete filters[key]
  const out: CustomRecord = {
    url: record.url,
    content: indexText(record.text),
    language: 'vi',
    meta,
    filters,
  }
  if (record.date) out.sort = { date: record.date }
  return out
}

/** Pagefind reports errors per call instead of throwing; collect them. */
async function collect(messages: string[], what: string, call: Promise<{ errors: string[] }>): Promise<void> {
  const { errors } = await call
  for (const e of errors) messages.push(`search: ${what}: ${e}`)
}

/**
 * Builds the search index into `outDir/pagefind/`. Records are added in URL order so the
 * output does not depend on the order the build finished pages in.
 */
export async function buildSearchIndex(options: BuildSearchIndexOptions): Promise<{ messages: string[] }> {
  const messages: string[] = []
  const bundleDir = path.join(options.outDir, BUNDLE_DIR)
  await rm(bundleDir, { recursive: true, force: true })
  await mkdir(options.outDir, { recursive: true })

  const created = await createIndex({ forceLanguage: 'vi', writePlayground: false })
  for (const e of created.errors) messages.push(`search: createIndex: ${e}`)
  const index: PagefindIndex | undefined = created.index
  if (!index) {
    await close()
    throw new Error(`search: Pagefind could not create an index: ${created.errors.join('; ')}`)
  }
  try {
    const records = [...options.records].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    const seen = new Set<string>()
    const unique: SearchRecord[] = []
    for (const record of records) {
      if (seen.has(record.url)) messages.push(`search: two articles share the URL ${record.url}; indexed the first`)
      else {
        seen.add(record.url)
        unique.push(record)
      }
    }
    // One at a time: sending them in parallel batches measured no faster (the service's
    // indexing is the cost, not the round trips).
    for (const record of unique) await collect(messages, record.url, index.addCustomRecord(articleRecord(record)))
    // Entities reach the search page through the articles' filter values (label and link,
    // with counts); here they only serve to check that every link points at one.
    const entityUrls = new Set(options.entities.map((e) => e.url))
    if (entityUrls.size > 0) {
      const dangling = new Set<string>()
      for (const r of records) for (const e of [...r.people, ...r.documents]) if (!entityUrls.has(e.url)) dangling.add(e.url)
      for (const url of [...dangling].sort().slice(0, 20)) messages.push(`search: ${url} is linked from an article but is not an entity page`)
    }
    await collect(messages, 'writeFiles', index.writeFiles({ outputPath: bundleDir }))
    await index.deleteIndex()
  } finally {
    await close()
  }
  for (const name of await readdir(bundleDir)) {
    if (UNUSED_BUNDLE_FILES.test(name)) await rm(path.join(bundleDir, name))
  }
  return { messages }
}
