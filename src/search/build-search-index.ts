/**
 * The search stage: a small static search engine of our own, written to `outDir/search/`
 * and read by templates/assets/search.js. No server; every query fetches a few small
 * JSON files.
 *
 * Why our own: Pagefind 1.6 and MiniSearch 7.2 were measured on the 6,000-article corpus
 * against issue 4's budgets (see bench/search.ts, BASELINE_FIGURES) and neither met them.
 *
 * What is written (all JSON, all deterministic for the same input):
 *
 * - `index.json` — the manifest, loaded with the page: where each shard starts, the facet
 *   runs (documents are numbered by year, newest first, then outlet, then URL, so each
 *   year and outlet is a run of ids), years, outlets, sizes.
 * - `s/<n>.json` — the sorted keys, packed in runs of up to {@link SHARD_BYTES}; the
 *   manifest gives each run's first key (shortened), so a query fetches each shard it
 *   needs directly, all at once. Exact forms and names sort right after the word or pair
 *   they extend (see `exactKey`, `nameKey` in search-fold.js), in the shard a query
 *   fetches for that word or pair anyway. Keys:
 *   - `dang` — folded word: every document (`a`, delta ids) and the top {@link TOP}
 *     by impact (BM25 over weighted fields: title, entities ≫ lede > body);
 *   - `dang bo` — folded adjacent pair: top documents only (ranking; phrases);
 *   - `dang\bđảng` — exact word, only where it has diacritics: every document (ranking);
 *   - `huong\b` — the word used as a one-word name ("chị Hương cho biết"): the top
 *     documents by how often (ranking one-word queries);
 *   - `~dang bo` — every document of a pair, read only for quoted phrases;
 *   - `nghi quyet 26 nq tw\t` — a person's or document's name as typed (several forms
 *     per document: `26 nq tw`, `nq 26`, `nghi quyet 26`): the entities it names, and
 *     the articles that name them ranked by how central the entity is;
 *   - `$nguoi/hoang-dang-quang/` — an entity's id from its URL (facets in the URL).
 * - `c/<n>.json` — for each prefix whose keys run over several shards, the most
 *   frequent keys below it with as many words, filed under the shard where the prefix
 *   sorts: a one- or two-letter word being typed still finds its likely completions,
 *   fetched with that shard.
 * - `d/<id/500>/<id>.json` — what a result shows: title, URL, date, outlet, snippet
 *   source, the first {@link SHOWN_PEOPLE} people and {@link SHOWN_DOCUMENTS} documents
 *   and how many more the article names. Loaded only for the results on screen.
 * - `e/<n>.json` — entity labels and links by id (most-cited first), for facet labels.
 * - `f.json` — per document, the ids of its people and documents that appear in two
 *   articles or more, for facet counts over a whole result set; loaded on first query.
 */
import { compareText } from '../util/compare-text.ts'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { canonicalVietnamese, exactKey, foldToken, foldVietnamese, isTermKey, nameKey, tidySymbols, tokenize, type Token } from './fold.ts'

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

/** Subdirectory of outDir holding the index. */
export const BUNDLE_DIR = 'search'
/** Filter keys, as they appear in the search page's URL too. */
export const FILTER_KEYS = { person: 'nguoi', document: 'van-ban', year: 'nam', outlet: 'nguon' } as const
/** Documents per key whose impact is stored. */
export const TOP = 48
/** Keys are packed into shards of up to this many bytes of JSON. */
export const SHARD_BYTES = 5000
/**
 * People and documents a result lists before `và 172 người khác`: a list of deputies
 * would otherwise make one result a screen long, and its file ten times the size.
 */
export const SHOWN_PEOPLE = 6
export const SHOWN_DOCUMENTS = 4
/** Completions stored for a prefix whose keys span several shards. */
const COMPLETIONS = 12
/** Fragment files per folder; entity labels per file. */
export const DOCS_PER_DIR = 500
export const ENTITIES_PER_FILE = 256
/** Field weights (multiplying term frequency). */
const WEIGHT = { title: 6, entity: 4, lede: 2, body: 1 }
const K1 = 1.2
const B = 0.75
/** Snippet source kept per document. */
const LEDE_CHARS = 320
const SNIPPET_CHARS = 900

/** The year of an ISO 8601 date, if it has one (`--05-25` has none). */
export function yearOf(date: string | undefined): string | undefined {
  const m = date?.match(/^(\d{4})/)
  return m ? m[1] : undefined
}


/** Numbers as short as JSON allows, for ids: the gaps between sorted ids. */
function deltas(ids: number[]): number[] {
  const out: number[] = new Array(ids.length)
  let prev = 0
  for (let i = 0; i < ids.length; i++) {
    out[i] = ids[i]! - prev
    prev = ids[i]!
  }
  return out
}

/**
 * Folded words as names are matched: `số` before a number is dropped (`Nghị định số 67`
 * is `Nghị định 67`, as readers type it). The search page does the same to a query.
 */
function nameWords(tokens: Token[]): string {
  return tokens.map((t) => t.folded).filter((w, i) => !(w === 'so' && /^\d/.test(tokens[i + 1]?.folded ?? ''))).join(' ')
}

/** Forms under which readers type a document: its label, key, symbol parts, `nq 26`. */
export function documentAliases(entity: SearchEntity): string[] {
  const forms = new Set<string>()
  const add = (s: string) => {
    const words = nameWords(tokenize(s))
    if (words) forms.add(words)
  }
  for (const s of [entity.name, ...entity.aliases]) add(s)
  // The symbol (`26-NQ/TW`, `67/2014/NĐ-CP`): its number with its type code, both ways round.
  for (const s of [entity.name, ...entity.aliases]) {
    const sym = canonicalVietnamese(s).match(/(\d+)(?:[-/]\d{4})?[-/]([A-ZĐƯa-zđư]+)/u)
    if (sym) {
      const n = sym[1]!
      const code = foldVietnamese(sym[2]!)
      forms.add(`${code} ${n}`)
      forms.add(`${n} ${code}`)
    }
  }
  // The symbol alone, as its parts: `26-NQ/TW` → `26 nq tw`.
  for (const s of [entity.name, ...entity.aliases]) {
    const sym = canonicalVietnamese(s).match(/\d+(?:[-/][\dA-ZĐƯa-zđư]+)+/u)
    if (sym) add(sym[0])
  }
  // `Nghị định 67/2014/NĐ-CP` → also `nghi dinh 67`, `nd 67`.
  const typed = foldVietnamese(entity.name).match(/^(nghi quyet|nghi dinh|quyet dinh|chi thi|thong tu|ket luan|cong van|cong dien) (\S+)/)
  if (typed) {
    const abbr = typed[1]!.split(' ').map((w) => w[0]).join('')
    const n = typed[2]!.match(/^\d+/)?.[0]
    if (n) forms.add(`${typed[1]} ${n}`).add(`${abbr} ${n}`)
  }
  return [...forms].sort()
}

interface Posting {
  /** Document ids in increasing order, with raw weighted term frequency. */
  ids: number[]
  tf: number[]
}

function addTf(map: Map<string, Posting>, key: string, doc: number, tf: number): void {
  let p = map.get(key)
  if (!p) map.set(key, (p = { ids: [], tf: [] }))
  const last = p.ids.length - 1
  if (last >= 0 && p.ids[last] === doc) p.tf[last]! += tf
  else {
    p.ids.push(doc)
    p.tf.push(tf)
  }
}

type Entry = [df: number, top: number[], impacts: number[], floor?: number, all?: number[]]

interface Field {
  tokens: Token[]
  weight: number
}

/** Orders records: newest year first, then outlet, then URL. Drops repeated URLs. */
function orderRecords(records: SearchRecord[], messages: string[]): SearchRecord[] {
  const sorted = [...records].sort((a, b) =>
    compareText(yearOf(b.date) ?? '0000', yearOf(a.date) ?? '0000') || compareText(a.outlet ?? '', b.outlet ?? '') || compareText(a.url, b.url))
  const seen = new Set<string>()
  const out: SearchRecord[] = []
  for (const r of sorted) {
    if (seen.has(r.url)) messages.push(`two articles share the URL ${r.url}; indexed the first`)
    else {
      seen.add(r.url)
      out.push(r)
    }
  }
  return out
}

const WORD_CASED = /[\p{L}\p{M}\p{N}]+/gu

/**
 * Folded words the text uses as a one-word name, with how often: a capitalised word inside
 * a sentence between lower-case words ("chị Hương cho biết", "tên Trường cho biết").
 * Articles call people by their given name alone, which the build links to no page; a
 * longer capitalised run is a full name or a place, linked as an entity or found by its
 * pairs. So a reader typing "Hương" finds the articles about a Hương first.
 */
function oneWordNames(text: string): Map<string, number> {
  const out = new Map<string, number>()
  const t = canonicalVietnamese(tidySymbols(text))
  const words = [...t.matchAll(WORD_CASED)]
  for (let i = 1; i < words.length; i++) {
    const w = words[i]![0]
    if (!/^\p{Lu}\p{Ll}+$/u.test(w)) continue
    const prev = words[i - 1]!
    const next = words[i + 1]
    // Inside a sentence: a lower-case word just before, with nothing but a space between.
    if (!/^\p{Ll}/u.test(prev[0]) || t.slice(prev.index! + prev[0].length, words[i]!.index) !== ' ') continue
    if (next && /^\p{Lu}/u.test(next[0]) && t.slice(words[i]!.index! + w.length, next.index) === ' ') continue
    const folded = foldToken(w.toLowerCase())
    out.set(folded, (out.get(folded) ?? 0) + 1)
  }
  return out
}

/** The first paragraph, then the sentences naming an entity, up to {@link SNIPPET_CHARS}. */
function snippetSource(record: SearchRecord): string {
  const text = canonicalVietnamese(record.text)
  const first = text.split('\n').find((l) => l.trim()) ?? ''
  let out = first.length > LEDE_CHARS ? first.slice(0, first.lastIndexOf(' ', LEDE_CHARS) + 1 || LEDE_CHARS).trim() + ' …' : first.trim()
  const names = [...record.people.map((p) => p.name), ...record.documents.flatMap((d) => [d.key, d.label])]
    .map((n) => canonicalVietnamese(n)).filter((n) => n.length > 2)
  if (names.length && out.length < SNIPPET_CHARS) {
    const sentences = text.slice(first.length).split(/(?<=[.!?…])\s+|\n+/)
    for (const s of sentences) {
      if (out.length >= SNIPPET_CHARS) break
      if (s.length > 400 || !names.some((n) => s.includes(n))) continue
      out += '\n' + s.trim()
    }
  }
  return out.slice(0, SNIPPET_CHARS + 400)
}

/** The URLs of the records in the order the index numbers them (ids 0, 1, …). */
export function indexOrder(records: SearchRecord[]): string[] {
  return orderRecords(records, []).map((r) => r.url)
}

/**
 * Builds the search index into `outDir/search/`. The output depends only on the
 * records and entities, not on their order.
 */
export async function buildSearchIndex(options: BuildSearchIndexOptions): Promise<{ messages: string[] }> {
  const messages: string[] = []
  const dir = path.join(options.outDir, BUNDLE_DIR)
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })

  const records = orderRecords(options.records, messages)
  const n = records.length

  // Entities: most-cited first, then URL; unknown links are reported.
  const entities = [...new Map(options.entities.map((e) => [e.url, e])).values()]
    .sort((a, b) => b.articleCount - a.articleCount || compareText(a.url, b.url))
  const entityId = new Map(entities.map((e, i) => [e.url, i]))
  const dangling = new Set<string>()
  for (const r of records) for (const e of [...r.people, ...r.documents]) if (!entityId.has(e.url)) dangling.add(e.url)
  for (const url of [...dangling].sort().slice(0, 20)) messages.push(`${url} is linked from an article but is not an entity page`)

  // Aliases: folded name forms → entity ids.
  const aliasesOf = entities.map((e) => (e.kind === 'document' ? documentAliases(e) : [nameWords(tokenize(e.name))]))
  const aliasEntities = new Map<string, number[]>()
  aliasesOf.forEach((forms, id) => {
    for (const f of forms) if (f) (aliasEntities.get(f) ?? aliasEntities.set(f, []).get(f)!).push(id)
  })

  const words = new Map<string, Posting>()
  const pairs = new Map<string, Posting>()
  const exact = new Map<string, Posting>()
  const aliasDocs = new Map<string, Posting>()
  const givenNames = new Map<string, Posting>()
  const lengths = new Float64Array(n)
  const facetIds: number[][] = []

  for (let doc = 0; doc < n; doc++) {
    const r = records[doc]!
    const body = tokenize(r.text)
    const firstBreak = r.text.indexOf('\n')
    const lede = tokenize(firstBreak > 0 ? r.text.slice(0, firstBreak) : r.text).slice(0, 80)
    const linked = [...r.people.map((p) => p.name), ...r.documents.flatMap((d) => [d.label, d.key])]
    const fields: Field[] = [
      { tokens: tokenize(r.title), weight: WEIGHT.title },
      ...linked.map((s) => ({ tokens: tokenize(s), weight: WEIGHT.entity })),
      { tokens: lede, weight: WEIGHT.lede },
      { tokens: body, weight: WEIGHT.body },
    ]
    // (A title that is the whole article, as some sources have, counts towards its length.)
    lengths[doc] = fields[0]!.tokens.length + body.length + lede.length
    const wordTf = new Map<string, number>()
    const pairTf = new Map<string, number>()
    /** Exact form → [its folded word, weighted tf]. */
    const exactTf = new Map<string, [string, number]>()
    for (const { tokens, weight } of fields) {
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!
        wordTf.set(t.folded, (wordTf.get(t.folded) ?? 0) + weight)
        if (t.exact !== t.folded) exactTf.set(t.exact, [t.folded, (exactTf.get(t.exact)?.[1] ?? 0) + weight])
        if (i > 0) {
          const k = `${tokens[i - 1]!.folded} ${t.folded}`
          pairTf.set(k, (pairTf.get(k) ?? 0) + weight)
        }
      }
    }
    for (const [k, tf] of wordTf) addTf(words, k, doc, tf)
    for (const [w, count] of oneWordNames(r.text)) addTf(givenNames, exactKey(w, ''), doc, count)
    for (const [k, tf] of pairTf) addTf(pairs, k, doc, tf)
    for (const [k, [folded, tf]] of exactTf) addTf(exact, exactKey(folded, k), doc, tf)

    // How central each linked entity is: its name in the title, the lede, and how often.
    const folded = (tokens: Token[]) => ` ${nameWords(tokens)} `
    const titleText = folded(fields[0]!.tokens)
    const ledeText = folded(lede)
    const bodyText = folded(body)
    const ids: number[] = []
    for (const e of [...r.people, ...r.documents]) {
      const id = entityId.get(e.url)
      if (id === undefined) continue
      if (entities[id]!.articleCount >= 2) ids.push(id)
      for (const alias of aliasesOf[id]!) {
        const needle = ` ${alias} `
        let count = 0
        for (let at = bodyText.indexOf(needle); at >= 0 && count < 20; at = bodyText.indexOf(needle, at + 1)) count++
        const tf = 3 + count + (titleText.includes(needle) ? WEIGHT.title * 2 : 0) + (ledeText.includes(needle) ? WEIGHT.lede * 2 : 0)
        addTf(aliasDocs, nameKey(alias), doc, tf)
      }
    }
    facetIds.push([...new Set(ids)].sort((a, b) => a - b))
  }

  let avg = 0
  for (const l of lengths) avg += l
  avg = avg / Math.max(1, n) || 1

  /** BM25 impacts, scaled to integers 1–255; the top {@link TOP}; every id if asked. */
  const entry = (p: Posting, withAll: boolean): Entry => {
    const df = p.ids.length
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5))
    const imp = p.ids.map((doc, i) => {
      const tf = p.tf[i]!
      const s = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[doc]!) / avg))
      return Math.max(1, Math.min(255, Math.round(s * 8)))
    })
    if (df <= TOP) return [df, deltas(p.ids), imp]
    const order = p.ids.map((_, i) => i).sort((a, b) => imp[b]! - imp[a]! || a - b)
    const top = order.slice(0, TOP).sort((a, b) => a - b)
    const rest = order.slice(TOP)
    const floor = Math.max(1, Math.round(rest.reduce((s, i) => s + imp[i]!, 0) / rest.length))
    const out: Entry = [df, deltas(top.map((i) => p.ids[i]!)), top.map((i) => imp[i]!), floor]
    if (withAll) out.push(deltas(p.ids))
    return out
  }

  const keys = new Map<string, unknown>()
  for (const [k, p] of words) keys.set(k, entry(p, true))
  // Pairs only say which documents rank first (no impacts: the client gives each the
  // pair's weight); all their documents are under `~`, read only for quoted phrases.
  for (const [k, p] of pairs) {
    const e = entry(p, false)
    keys.set(k, [e[0], e[1]])
    if (p.ids.length > TOP) keys.set('~' + k, deltas(p.ids))
  }
  // A word used as a one-word name: the documents using it most so (a one-word query ranks them first).
  for (const [k, p] of givenNames) {
    const e = entry(p, false)
    keys.set(k, [e[0], e[1], e[2]])
  }
  // Exact forms rank every document that has them first: all their documents.
  for (const [k, p] of exact) keys.set(k, [p.ids.length, deltas(p.ids)])
  for (const [alias, ids] of aliasEntities) {
    const p = aliasDocs.get(nameKey(alias))
    const e = p ? entry(p, false) : [0, [], []]
    keys.set(nameKey(alias), [ids.map((id) => {
      const x = entities[id]!
      return [id, x.kind === 'person' ? 0 : 1, canonicalVietnamese(x.name), x.url, x.articleCount]
    }), ...e])
  }
  for (const [url, id] of entityId) keys.set('$' + url, id)

  // Shards: runs of the sorted keys, each up to SHARD_BYTES; the manifest lists where
  // each starts, so any key's shard is known without another fetch.
  const sorted = [...keys.keys()].sort(compareText)
  const shards = packShards(sorted, sorted.map((k) => k.length + JSON.stringify(keys.get(k)).length + 4))
  const dfOf = (k: string) => {
    const v = keys.get(k)
    return Array.isArray(v) && typeof v[0] === 'number' ? v[0] : 0
  }
  await mkdir(path.join(dir, 's'))
  await writeMany(shards.map((s, i) => [path.join(dir, 's', `${i}.json`), JSON.stringify(Object.fromEntries(sorted.slice(s.lo, s.hi).map((k) => [k, keys.get(k)])))]))
  await mkdir(path.join(dir, 'c'))
  await writeMany([...spanningCompletions(sorted, shards, dfOf)].map(([i, c]) => [path.join(dir, 'c', `${i}.json`), JSON.stringify(Object.fromEntries(
    [...c].map(([prefix, ks]) => [prefix, ks.map((k) => {
      const e = keys.get(k) as Entry
      return [k, e[0], e[1], e[2], e[3] ?? 0]
    })])))]))

  // Result fragments.
  const fragments: Array<[string, string]> = []
  for (let doc = 0; doc < n; doc++) {
    const r = records[doc]!
    fragments.push([path.join(dir, 'd', String(Math.floor(doc / DOCS_PER_DIR)), `${doc}.json`), JSON.stringify([
      canonicalVietnamese(r.title), r.url, r.date ?? '', r.outlet ? canonicalVietnamese(r.outlet) : '', snippetSource(r),
      r.people.slice(0, SHOWN_PEOPLE).map((p) => [canonicalVietnamese(p.name), p.url]),
      r.documents.slice(0, SHOWN_DOCUMENTS).map((d) => [canonicalVietnamese(d.label), d.url]),
      [Math.max(0, r.people.length - SHOWN_PEOPLE), Math.max(0, r.documents.length - SHOWN_DOCUMENTS)],
    ])])
  }
  for (let d = 0; d * DOCS_PER_DIR < n; d++) await mkdir(path.join(dir, 'd', String(d)), { recursive: true })
  await writeMany(fragments)

  // Entity labels, and per-document facet ids.
  await mkdir(path.join(dir, 'e'))
  const entityFiles: Array<[string, string]> = []
  for (let i = 0; i < entities.length; i += ENTITIES_PER_FILE) {
    entityFiles.push([path.join(dir, 'e', `${i / ENTITIES_PER_FILE}.json`), JSON.stringify(entities.slice(i, i + ENTITIES_PER_FILE)
      .map((e) => [e.kind === 'person' ? 0 : 1, canonicalVietnamese(e.name), e.url, e.articleCount]))])
  }
  await writeMany(entityFiles)
  await writeFile(path.join(dir, 'f.json'), JSON.stringify(facetIds.map((ids) => deltas(ids).map((x) => x.toString(36)).join(',')).join(';')))

  // Facet runs: [first id, year index, outlet index].
  const years = [...new Set(records.map((r) => yearOf(r.date) ?? ''))].filter(Boolean).sort().reverse()
  const outlets = [...new Set(records.map((r) => (r.outlet ? canonicalVietnamese(r.outlet) : '')))].filter(Boolean).sort(compareText)
  const runs: number[][] = []
  let last = ''
  records.forEach((r, doc) => {
    const y = yearOf(r.date) ?? ''
    const o = r.outlet ? canonicalVietnamese(r.outlet) : ''
    if (`${y}\u0000${o}` !== last) runs.push([doc, years.indexOf(y), outlets.indexOf(o)])
    last = `${y}\u0000${o}`
  })
  await writeFile(path.join(dir, 'index.json'), JSON.stringify({
    version: 1, docs: n, entities: entities.length, top: TOP, docsPerDir: DOCS_PER_DIR, entitiesPerFile: ENTITIES_PER_FILE,
    years, outlets, runs: runs.flat(), shards: shards.map((s) => s.first),
  }))
  return { messages }
}

interface Shard {
  /** Range of sorted keys it holds. */
  lo: number
  hi: number
  /** The shortest string that sorts after every key before the shard and not after its first key. */
  first: string
}

/** Cuts the sorted keys into runs of at most `limit` bytes (a bigger key alone). */
function packShards(sorted: string[], sizes: number[], limit = SHARD_BYTES): Shard[] {
  const out: Shard[] = []
  let lo = 0
  let size = 0
  for (let i = 0; i <= sorted.length; i++) {
    if (i === sorted.length || (i > lo && size + sizes[i]! > limit)) {
      const prev = lo > 0 ? sorted[lo - 1]! : ''
      const key = sorted[lo] ?? ''
      let n = 0
      while (lo > 0 && n < key.length && key.slice(0, n) <= prev) n++
      out.push({ lo, hi: i, first: key.slice(0, n) })
      lo = i
      size = 0
    }
    if (i < sorted.length) size += sizes[i]!
  }
  return out
}

/**
 * Completions for every prefix whose keys run over more than one shard (the client sees
 * that from the manifest): the most frequent keys below it with as many words, by the
 * shard where the prefix itself sorts. Other prefixes are completed from their shard.
 */
function spanningCompletions(sorted: string[], shards: Shard[], dfOf: (k: string) => number): Map<number, Map<string, string[]>> {
  const prefixes = new Set<string>()
  for (let i = 1; i < shards.length; i++) {
    const a = sorted[shards[i]!.lo - 1]!
    const b = sorted[shards[i]!.lo]!
    if (/^[~$]/.test(b)) continue
    for (let n = 1; n <= a.length && a[n - 1] === b[n - 1]; n++) prefixes.add(b.slice(0, n))
  }
  const firsts = shards.map((s) => s.first)
  const out = new Map<number, Map<string, string[]>>()
  for (const prefix of [...prefixes].sort(compareText)) {
    const lo = lowerBound(sorted, prefix)
    const hi = lowerBound(sorted, prefix + '\uffff')
    const shard = lowerBound(firsts, prefix + '\u0000') - 1
    const best = topCompletions(sorted, lo, hi, spaceCount(prefix), dfOf)
    if (best.length) (out.get(shard) ?? out.set(shard, new Map()).get(shard)!).set(prefix, best)
  }
  return out
}

/** The first index whose string is not below `key`. */
function lowerBound(list: string[], key: string): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]! < key) lo = mid + 1
    else hi = mid
  }
  return lo
}

const spaceCount = (s: string) => {
  let n = 0
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++
  return n
}

/** The {@link COMPLETIONS} most frequent word (or pair) keys among `lo..hi`. */
function topCompletions(sorted: string[], lo: number, hi: number, spaces: number, dfOf: (k: string) => number): string[] {
  const best: Array<[string, number]> = []
  for (let i = lo; i < hi; i++) {
    const k = sorted[i]!
    if (!isTermKey(k) || spaceCount(k) !== spaces) continue
    const df = dfOf(k)
    if (df === 0 || (best.length === COMPLETIONS && df <= best[best.length - 1]![1])) continue
    let at = best.length
    while (at > 0 && best[at - 1]![1] < df) at--
    best.splice(at, 0, [k, df])
    if (best.length > COMPLETIONS) best.pop()
  }
  return best.map(([k]) => k)
}

/**
 * Writes many small files. Synchronous on purpose: tens of thousands of small writes
 * through the promise API measured 20× slower (a thread-pool round trip per call).
 */
async function writeMany(files: Array<[string, string]>): Promise<void> {
  for (const [p, text] of files) writeFileSync(p, text)
}
