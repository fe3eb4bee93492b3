// The search engine, shared by the search page (search.js) and the header box on every
// page (search-box.js): no DOM of its own beyond small display helpers. No framework, no
// build step.
//
// It reads the static index the build writes to <base>search/ (see
// src/search/build-search-index.ts for its layout). A query reads the manifest once (it
// says where each shard starts), then, all at once, the shard of each word, adjacent pair
// and name, then what the results on screen show; every file is fetched once per page.

import { tokenize, foldedWords, canonicalVietnamese, exactKey, nameKey, isTermKey } from './search-fold.js'

/** The site's root, and the index's. */
const BASE = new URL('../', import.meta.url)
const ROOT = new URL('search/', BASE)
/** Weights of an adjacent pair, an exact-diacritics form and a named entity's centrality, against a word. */
const PAIR_WEIGHT = 12
const EXACT_WEIGHT = 6
const ALIAS_WEIGHT = 1.5
/** Articles naming the entity a query names, then adjacent pairs, then exact forms, rank above everything else. */
const NAME_BONUS = 100000
const PAIR_BONUS = 4000
const EXACT_BONUS = 1000
/** A one-word query ranks the articles using it as a person's name ("chị Hương") next. */
const GIVEN_NAME_BONUS = 500
/** People and documents counted for facets (the page shows the first few of each kind). */
const FACET_TOP = 32
/** Words that name a document type; a query made only of these names no document. */
const DOC_TYPE_WORDS = new Set(['nghi', 'quyet', 'dinh', 'chi', 'thi', 'ket', 'luan', 'thong', 'tu', 'de', 'an', 'so', 'van', 'ban', 'nq', 'nd', 'qd', 'ct', 'kl', 'tt', 'cong', 'dien'])

// ---------------------------------------------------------------------------------------
// Index access

/** @type {Map<string, Promise<any>>} */
const files = new Map()
/** @param {string} rel */
function load(rel) {
  let p = files.get(rel)
  if (!p) {
    p = fetch(new URL(rel, ROOT)).then((r) => {
      if (!r.ok) throw new Error(`${rel}: ${r.status}`)
      return r.json()
    })
    p.catch(() => files.delete(rel))
    files.set(rel, p)
  }
  return p
}

/** @returns {Promise<any>} */
const manifest = () => load('index.json')

/** Index of the shard that holds `key`: the last one starting at or before it. @param {string[]} firsts @param {string} key */
function shardIndex(firsts, key) {
  let lo = 0
  let hi = firsts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (firsts[mid] <= key) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** The keys of the shard that holds `key`. @param {string} key @returns {Promise<Record<string, any>>} */
async function shardOf(key) {
  const m = await manifest()
  return load(`s/${shardIndex(m.shards, key)}.json`)
}

/** @param {string} key */
async function entry(key) {
  return (await shardOf(key))[key]
}

/** @param {number[] | undefined} d */
function undelta(d) {
  const out = new Array(d ? d.length : 0)
  let x = 0
  for (let i = 0; i < out.length; i++) out[i] = x += /** @type {number[]} */ (d)[i]
  return out
}

const spaces = (/** @type {string} */ s) => s.split(' ').length - 1

/**
 * Keys that complete `prefix` (a word, or a pair whose second word is being typed): from
 * its shard's keys, and, when its keys run over several shards, the most frequent
 * completions stored with it.
 * @param {string} prefix
 * @returns {Promise<Array<{ key: string, df: number, top: number[], imp: number[] | undefined, floor: number, all: number[] | undefined }>>}
 */
async function completions(prefix) {
  const m = await manifest()
  const i = shardIndex(m.shards, prefix)
  const spans = shardIndex(m.shards, prefix + '\uffff') !== i
  const [shard, stored] = await Promise.all([load(`s/${i}.json`), spans ? load(`c/${i}.json`) : {}])
  const n = spaces(prefix)
  const out = []
  for (const [key, e] of Object.entries(shard)) {
    if (key.startsWith(prefix) && isTermKey(key) && spaces(key) === n) out.push(decodeEntry(key, e))
  }
  for (const [key, df, top, imp, floor] of stored[prefix] ?? []) {
    if (!out.some((o) => o.key === key)) out.push({ key, df, top: undelta(top), imp, floor, all: undefined })
  }
  return out.sort((a, b) => b.df - a.df).slice(0, 24)
}

/** @param {string} key @param {any[]} e */
function decodeEntry(key, e) {
  return { key, df: e[0], top: undelta(e[1]), imp: e[2], floor: e[3] ?? 0, all: e[4] ? undelta(e[4]) : undefined }
}

/** Edit distance at most one (a typo: one letter missing, extra, or wrong). @param {string} a @param {string} b */
function withinOne(a, b) {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1)
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/**
 * A whole word's entry; when the word is not in the index and is long enough, the most
 * frequent word one typo away that shares its shard.
 * @param {string} word
 */
async function wordEntry(word) {
  const shard = await shardOf(word)
  const e = shard[word]
  if (e) return decodeEntry(word, e)
  if (word.length < 5 || /\d/.test(word)) return undefined
  let best
  for (const [key, x] of Object.entries(shard)) {
    if (isTermKey(key) && !key.includes(' ') && withinOne(word, key) && (!best || x[0] > best[1][0])) best = [key, x]
  }
  return best ? decodeEntry(best[0], best[1]) : undefined
}

// ---------------------------------------------------------------------------------------
// Query evaluation

/**
 * @typedef {{ ids: number[], scores: Float64Array, words: string[], partial: string, entities: any[] }} Hits
 */

/** @param {number[]} a @param {number[]} b sorted */
function intersect(a, b) {
  const out = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) i++
    else if (a[i] > b[j]) j++
    else { out.push(a[i]); i++; j++ }
  }
  return out
}

/** Sorted union of sorted lists, over documents 0..n-1. @param {number[][]} lists @param {number} n */
function union(lists, n) {
  const mark = new Uint8Array(n)
  for (const l of lists) for (const d of l) mark[d] = 1
  const out = []
  for (let d = 0; d < n; d++) if (mark[d]) out.push(d)
  return out
}

/** The documents and scores of one query. @param {string} q @returns {Promise<Hits>} */
async function evaluate(q) {
  const quoted = /^\s*".*"\s*$/.test(q)
  const text = q.replace(/"/g, ' ')
  const toks = tokenize(text)
  const empty = { ids: [], scores: new Float64Array(0), words: [], partial: '', entities: [] }
  if (toks.length === 0) return empty
  const words = toks.map((t) => t.folded)
  const partial = !quoted && !/\s$/.test(q) ? words[words.length - 1] : ''
  const whole = partial ? words.slice(0, -1) : words
  const n = (await manifest()).docs

  // Everything this query needs, fetched in parallel.
  const wordP = Promise.all(whole.map((w) => wordEntry(w)))
  const lastP = partial ? completions(partial) : Promise.resolve([])
  const pairKeys = words.slice(1).map((w, i) => `${words[i]} ${w}`)
  const pairP = Promise.all(pairKeys.map((k, i) => (partial && i === pairKeys.length - 1 ? completions(k) : entry(k).then((e) => (e ? [decodeEntry(k, e)] : [])))))
  // (The word being typed counts too, when it is already a whole word as typed.)
  const exactToks = toks.filter((t) => t.exact !== t.folded)
  // Every document with each exact form typed (they rank first, so all of them are needed).
  const exactP = Promise.all(exactToks.map((t) => entry(exactKey(t.folded, t.exact)).then((e) => (e ? { df: e[0], all: undelta(e[1]) } : undefined))))
  // Names are matched without `số` before a number, as the index stores them.
  const alias = words.filter((w, i) => !(w === 'so' && /^\d/.test(words[i + 1] ?? ''))).join(' ')
  const aliasP = shardOf(nameKey(alias))
  // A one-word query may be a given name: the articles that use it as one (same shard as the word).
  const givenP = words.length === 1 ? entry(exactKey(words[0], '')) : Promise.resolve(undefined)
  const [wordEntries, last, pairEntries, exactEntries, aliasShard, given] = await Promise.all([wordP, lastP, pairP, exactP, aliasP, givenP])

  // The documents: every whole word, and one of the completions of the word being typed
  // (as a word, or right after the word before it).
  /** @type {number[][]} */
  const sets = []
  for (const e of wordEntries) {
    if (!e) return empty
    sets.push(e.all ?? e.top)
  }
  if (partial) {
    const pairDone = pairEntries.length ? pairEntries[pairEntries.length - 1] : []
    const lists = [...last.map((e) => e.all ?? e.top), ...pairDone.map((e) => e.top)]
    if (lists.length === 0) return empty
    sets.push(union(lists, n))
  }
  if (quoted) {
    // A quoted phrase: each pair adjacent, and the diacritics as typed where there are any.
    for (let i = 0; i < pairKeys.length; i++) {
      const e = pairEntries[i]?.[0]
      if (!e) return empty
      sets.push(e.df > e.top.length ? undelta(await entry('~' + pairKeys[i])) : e.top)
    }
    for (const e of exactEntries) {
      if (!e) return empty
      sets.push(e.all)
    }
  }
  sets.sort((a, b) => a.length - b.length)
  let ids = sets[0] ?? []
  for (const s of sets.slice(1)) ids = intersect(ids, s)

  // Scores: BM25 impacts of each word; adjacent pairs and exact forms on top, so that
  // they rank first; named entities by how central they are to the article.
  const scores = new Float64Array(n)
  const inSet = new Uint8Array(n)
  for (const d of ids) inSet[d] = 1
  /** @param {{ top: number[], imp?: number[], floor?: number }} e @param {number} weight @param {boolean} everywhere @param {number} [bonus] */
  const add = (e, weight, everywhere, bonus = 0) => {
    const floor = everywhere ? e.floor ?? 0 : 0
    if (floor) for (const d of ids) scores[d] += floor * weight
    e.top.forEach((d, i) => {
      if (inSet[d]) scores[d] += ((e.imp ? e.imp[i] : 1) - floor) * weight + bonus
    })
  }
  const idf = (/** @type {number} */ df) => Math.log(1 + (n - df + 0.5) / (df + 0.5))
  for (const e of wordEntries) if (e) add(e, 1, true)
  if (partial) {
    // The best completion of the word being typed counts, as a word.
    const best = new Float64Array(n)
    for (const e of last) {
      const floor = e.floor ?? 0
      if (floor) for (const d of ids) if (best[d] < floor) best[d] = floor
      e.top.forEach((d, i) => {
        const v = e.imp ? e.imp[i] : 1
        if (inSet[d] && best[d] < v) best[d] = v
      })
    }
    for (const d of ids) scores[d] += best[d]
  }
  for (const list of pairEntries) {
    for (const e of list) add(e, PAIR_WEIGHT * idf(e.df), false, PAIR_BONUS)
  }
  for (const e of exactEntries) {
    if (!e) continue
    const bonus = EXACT_BONUS + EXACT_WEIGHT * idf(e.df)
    for (const d of e.all) if (inSet[d]) scores[d] += bonus
  }

  if (given) add({ top: undelta(given[1]), imp: given[2] }, 1, false, GIVEN_NAME_BONUS)

  // Named entities: the query is (the start of) a person's or document's name.
  const entities = []
  const complete = alias
  for (const [k, e] of Object.entries(aliasShard)) {
    if (!k.endsWith('\t')) continue
    const key = k.slice(0, -1)
    if (!(key === complete || key.startsWith(complete + ' ') || (partial && key.startsWith(complete)))) continue
    const [ents, df, top, imp, floor] = e
    const found = ents.map((/** @type {any[]} */ x) => ({ id: x[0], kind: x[1], name: x[2], url: x[3], count: x[4], exact: key === complete, df }))
    // A query that names a person or document ranks the articles naming it first, the
    // ones where it is most central (title, lede, mentions) on top.
    if (key === complete) add({ top: undelta(top), imp, floor }, ALIAS_WEIGHT, false, found.some((x) => namesEntity(x, words)) ? NAME_BONUS : 0)
    entities.push(...found)
  }
  return { ids, scores, words, partial, entities: pickEntities(entities, words) }
}

/**
 * Whether words that are (the start of) a person's or document's name say enough to
 * name it: its whole name; else two words for a person, a number and more than a type
 * for a document. (So `dang` or `hoang` alone offers no one, unless someone's whole name
 * is that one word.)
 * @param {{ kind: number, name: string, exact: boolean }} e @param {string[]} words
 */
function namesEntity(e, words) {
  if (e.exact && foldedWords(e.name).join(' ') === words.join(' ')) return true
  return e.kind === 0 ? words.length >= 2 : words.some((w) => /\d/.test(w)) && words.some((w) => !DOC_TYPE_WORDS.has(w))
}

/** @param {any[]} found @param {string[]} words */
function pickEntities(found, words) {
  const seen = new Set()
  return found
    .filter((e) => namesEntity(e, words))
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.count - a.count || a.url.localeCompare(b.url))
    .filter((e) => !seen.has(e.id) && seen.add(e.id))
    .slice(0, 3)
}

// ---------------------------------------------------------------------------------------
// Facets

/**
 * People and documents per article, read once into two arrays: `ids` of article d are
 * `ids[start[d]] … ids[start[d + 1] - 1]`.
 * @type {Promise<{ start: Int32Array, ids: Int32Array }> | null}
 */
let facetTable = null
function entityFacets() {
  if (!facetTable) {
    facetTable = load('f.json').then((/** @type {string} */ text) => {
      const rows = text.split(';')
      const start = new Int32Array(rows.length + 1)
      const all = []
      rows.forEach((row, d) => {
        start[d] = all.length
        let x = 0
        if (row) for (const s of row.split(',')) all.push((x += parseInt(s, 36)))
      })
      start[rows.length] = all.length
      return { start, ids: Int32Array.from(all) }
    })
  }
  return facetTable
}

/** Whether article `doc` links entity `id`. @param {{ start: Int32Array, ids: Int32Array }} t @param {number} doc @param {number} id */
function links(t, doc, id) {
  for (let i = t.start[doc]; i < t.start[doc + 1]; i++) if (t.ids[i] === id) return true
  return false
}

/** @param {any} m @param {number} doc @returns {[number, number]} year index, outlet index */
function runOf(m, doc) {
  const runs = m.runs
  let lo = 0
  let hi = runs.length / 3 - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (runs[mid * 3] <= doc) lo = mid
    else hi = mid - 1
  }
  return [runs[lo * 3 + 1], runs[lo * 3 + 2]]
}

/** @param {number} id */
async function entityLabel(id) {
  const m = await manifest()
  const chunk = await load(`e/${Math.floor(id / m.entitiesPerFile)}.json`)
  const [kind, name, url, count] = chunk[id % m.entitiesPerFile]
  return { id, kind, name, url, count }
}

const slugOf = (/** @type {string} */ url) => url.replace(/\/+$/, '').split('/').pop() ?? url

// ---------------------------------------------------------------------------------------
// Queries, as the search page and the header box ask them

/** Entity ids of the facet values met so far, by `nguoi/<slug>` and `van-ban/<slug>`. @type {Map<string, number>} */
const slugIds = new Map()

/** Warms the manifest, so that the first query is quick. */
export function warm() {
  manifest().catch(() => {})
}

/**
 * @typedef {{ id: number, kind: number, name: string, url: string, count: number }} Entity
 * @typedef {{ count: number, ids: number[], words: string[], partial: string, entities: Entity[], ranked: (from: number, to: number) => number[] }} Result
 */

/**
 * The articles matching a query and filters (`{ nguoi: slug, nam: '2017', … }`): their ids
 * (ascending), the people and documents the query names, and the ranking, computed as far
 * as it is asked for.
 * @param {string} q @param {Record<string, string>} [filters] @returns {Promise<Result>}
 */
export async function search(q, filters = {}) {
  let hits
  if (q.trim()) hits = await evaluate(q)
  else {
    const m = await manifest()
    hits = { ids: Array.from({ length: m.docs }, (_, i) => i), scores: new Float64Array(m.docs), words: [], partial: '', entities: [] }
  }
  const ids = await applyFilters(hits.ids, filters)
  return { count: ids.length, ids, words: hits.words, partial: hits.partial, entities: hits.entities, ranked: ranking(ids, hits.scores) }
}

/** Pages that a selection of the best few can serve; longer ones sort the whole set once. */
const SELECT_LIMIT = 64

/**
 * Ranks by score, then id. A page of results needs only the best few: they are selected
 * in one pass, and the whole set (thousands of ids for a common word) is sorted only when
 * a reader pages that far.
 * @param {number[]} ids @param {Float64Array} scores
 */
function ranking(ids, scores) {
  /** @type {number[] | null} */
  let sorted = null
  return (/** @type {number} */ from, /** @type {number} */ to) => {
    if (!sorted && to <= SELECT_LIMIT) return best(ids, scores, to).slice(from)
    sorted ??= [...ids].sort((a, b) => scores[b] - scores[a] || a - b)
    return sorted.slice(from, to)
  }
}

/** The `k` best ids, in rank order. @param {number[]} ids ascending @param {Float64Array} scores @param {number} k */
function best(ids, scores, k) {
  /** @type {number[]} */
  const top = []
  for (const d of ids) {
    const s = scores[d]
    // ids ascend, so a later id with an equal score ranks below.
    if (top.length === k && s <= scores[top[k - 1]]) continue
    let at = top.length === k ? k - 1 : top.length
    while (at > 0 && scores[top[at - 1]] < s) at--
    top.splice(at, 0, d)
    if (top.length > k) top.pop()
  }
  return top
}

/** What result `d` shows: [title, url, date, outlet, snippet source, people, documents, [people left out, documents left out]]. @param {number} d */
export async function article(d) {
  const m = await manifest()
  return load(`d/${Math.floor(d / m.docsPerDir)}/${d}.json`)
}

/** The entity id a facet value names, or -1. @param {string} key @param {string} slug */
async function entityIdOf(key, slug) {
  const known = slugIds.get(`${key}/${slug}`)
  if (known !== undefined) return known
  const id = await entry(`$${key}/${slug}/`)
  return typeof id === 'number' ? id : -1
}

/** The documents the filters allow. @param {number[]} ids @param {Record<string, string>} filters */
async function applyFilters(ids, filters) {
  const m = await manifest()
  let out = ids
  const { nam, nguon } = filters
  if (nam !== undefined || nguon !== undefined) {
    const y = nam === undefined ? -2 : m.years.indexOf(nam)
    const o = nguon === undefined ? -2 : m.outlets.indexOf(canonicalVietnamese(nguon))
    out = out.filter((d) => {
      const [yy, oo] = runOf(m, d)
      return (y === -2 || yy === y) && (o === -2 || oo === o)
    })
  }
  for (const key of ['nguoi', 'van-ban']) {
    const slug = filters[key]
    if (!slug) continue
    const [id, table] = await Promise.all([entityIdOf(key, slug), entityFacets()])
    out = out.filter((d) => links(table, d, id))
  }
  return out
}

/**
 * Counts per facet value over a whole result set: years and outlets from the id runs,
 * people and documents from the per-document table; the {@link FACET_TOP} most frequent
 * people and documents, and any selected one, with their labels.
 * @param {number[]} ids ascending @param {Record<string, string>} filters
 * @returns {Promise<Record<string, Array<{ value: string, label: string, count: number }>>>}
 */
export async function facetCounts(ids, filters) {
  const m = await manifest()
  const table = await entityFacets()
  const years = new Int32Array(m.years.length)
  const outlets = new Int32Array(m.outlets.length)
  const counts = new Int32Array(m.entities)
  const { start, ids: linked } = table
  const runs = m.runs
  let r = 0
  for (const d of ids) {
    // ids are sorted, and so are the runs: walk both.
    while (r + 3 < runs.length && runs[r + 3] <= d) r += 3
    const y = runs[r + 1]
    const o = runs[r + 2]
    if (y >= 0) years[y]++
    if (o >= 0) outlets[o]++
    for (let i = start[d]; i < start[d + 1]; i++) counts[linked[i]]++
  }
  // The most frequent people and documents, and any selected one, first.
  const selected = new Set(['nguoi', 'van-ban'].map((k) => slugIds.get(`${k}/${filters[k]}`)).filter((id) => id !== undefined))
  /** @type {Array<[number, number]>} */
  const top = []
  for (const id of selected) top.push([/** @type {number} */ (id), counts[/** @type {number} */ (id)]])
  const rest = []
  for (let id = 0; id < counts.length; id++) if (counts[id] && !selected.has(id)) rest.push(id)
  rest.sort((a, b) => counts[b] - counts[a] || a - b)
  for (const id of rest.slice(0, FACET_TOP)) top.push([id, counts[id]])
  const labels = await Promise.all(top.map(([id]) => entityLabel(id)))
  /** @type {Record<string, Array<{ value: string, label: string, count: number }>>} */
  const out = { nguoi: [], 'van-ban': [], nam: [], nguon: [] }
  labels.forEach((e, i) => {
    const key = e.kind === 0 ? 'nguoi' : 'van-ban'
    const slug = slugOf(e.url)
    slugIds.set(`${key}/${slug}`, e.id)
    out[key].push({ value: slug, label: e.name, count: top[i][1] })
  })
  years.forEach((c, y) => { if (c) out.nam.push({ value: m.years[y], label: m.years[y], count: c }) })
  outlets.forEach((c, o) => { if (c) out.nguon.push({ value: m.outlets[o], label: m.outlets[o], count: c }) })
  out.nam.sort((a, b) => b.value.localeCompare(a.value))
  out.nguon.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'))
  return out
}

// ---------------------------------------------------------------------------------------
// Display helpers

/** A site-relative link from the index, resolved against the site's base. @param {string} url */
export function link(url) {
  return new URL(url.replace(/^\/+/, ''), BASE).href
}

/**
 * @param {string} tag
 * @param {Record<string, string>} [attrs]
 * @param {string} [text]
 */
export function el(tag, attrs = {}, text) {
  const node = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v)
  if (text !== undefined) node.textContent = text
  return node
}

/** `2017-05-25` → `25/05/2017`; `--05-25` → `25/05`; `2017-05` → `05/2017`. @param {string} iso */
export function formatDate(iso) {
  let m = iso.match(/^(\d{4})-(\d{2})-(\d{2})/)
  if (m) return `${m[3]}/${m[2]}/${m[1]}`
  m = iso.match(/^--(\d{2})-(\d{2})/)
  if (m) return `${m[2]}/${m[1]}`
  m = iso.match(/^(\d{4})-(\d{2})$/)
  if (m) return `${m[2]}/${m[1]}`
  return iso
}
