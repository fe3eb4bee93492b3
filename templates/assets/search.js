// The search page (/tim-kiem/). Progressive enhancement: without this script the page
// says so and links to the people and documents indexes. No framework, no build step.
//
// Engine: the static index the build writes to <base>search/ (see
// src/search/build-search-index.ts for its layout). A query reads the manifest once (it
// says where each shard starts), then, all at once, the shard of each word, adjacent pair
// and name, then one fragment per result shown; every file is fetched once per page.
// State lives in the URL:
// ?q=…&nguoi=…&van-ban=…&nam=…&nguon=…

import { tokenize, foldToken, foldedWords, canonicalVietnamese } from './search-fold.js'

const BASE = new URL('../', import.meta.url)
const ROOT = new URL('search/', BASE)
const PAGE_SIZE = 10
/** Results shown before the rest of the page has arrived. */
const FIRST_SCREEN = 5
const FACETS = /** @type {const} */ ([
  ['nguoi', 'Người'],
  ['van-ban', 'Văn bản'],
  ['nam', 'Năm'],
  ['nguon', 'Nguồn'],
])
const FACET_LIMIT = 8
/** Weights of an adjacent pair, an exact-diacritics form and a named entity's centrality, against a word. */
const PAIR_WEIGHT = 12
const EXACT_WEIGHT = 6
const ALIAS_WEIGHT = 1.5
/** Articles naming the entity a query names, then adjacent pairs, then exact forms, rank above everything else. */
const NAME_BONUS = 100000
const PAIR_BONUS = 4000
const EXACT_BONUS = 1000
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
    if (key.startsWith(prefix) && spaces(key) === n && !/^[~$@=]/.test(key) && Array.isArray(e)) out.push(decodeEntry(key, e))
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
    if (!/^[~$@=]/.test(key) && !key.includes(' ') && withinOne(word, key) && (!best || x[0] > best[1][0])) best = [key, x]
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
  const exactP = Promise.all(exactToks.map((t) => entry('=' + t.exact).then((e) => (e ? { df: e[0], all: undelta(e[1]) } : undefined))))
  // Names are matched without `số` before a number, as the index stores them.
  const alias = '@' + words.filter((w, i) => !(w === 'so' && /^\d/.test(words[i + 1] ?? ''))).join(' ')
  const aliasP = shardOf(alias)
  const [wordEntries, last, pairEntries, exactEntries, aliasShard] = await Promise.all([wordP, lastP, pairP, exactP, aliasP])

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

  // Named entities: the query is (the start of) a person's or document's name.
  const entities = []
  const complete = alias
  for (const [key, e] of Object.entries(aliasShard)) {
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
// The page

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id))
const app = $('search-app')

if (app) start()

function start() {
  const input = /** @type {HTMLInputElement} */ ($('search-q'))
  const form = /** @type {HTMLFormElement} */ (input.form)
  const status = $('search-status')
  const layout = $('search-layout')
  const list = $('search-results')
  const more = $('search-more')
  const facetsBox = $('search-facets')
  const entitiesBox = $('search-entities')
  $('search-nojs').hidden = true
  layout.hidden = false

  let seq = 0
  /** @type {number[]} */
  let ordered = []
  let shown = 0
  /** @type {string[]} */
  let highlightWords = []
  let highlightPartial = ''
  /** Entity slugs met in this page, by facet key. @type {Map<string, number>} */
  const slugIds = new Map()

  /** @returns {{ q: string, filters: Record<string, string> }} */
  function readState() {
    const params = new URLSearchParams(location.search)
    /** @type {Record<string, string>} */
    const filters = {}
    for (const [key] of FACETS) {
      const v = params.get(key)
      if (v) filters[key] = v
    }
    return { q: params.get('q') ?? '', filters }
  }

  let state = readState()

  /** @param {'push' | 'replace'} how */
  function writeState(how) {
    const params = new URLSearchParams()
    if (state.q.trim()) params.set('q', state.q.trim())
    for (const [key] of FACETS) if (state.filters[key]) params.set(key, state.filters[key])
    const search = params.toString()
    const url = location.pathname + (search ? `?${search}` : '')
    if (url === location.pathname + location.search) return
    history[how === 'push' ? 'pushState' : 'replaceState'](null, '', url)
  }

  /** The entity id a facet parameter names. @param {string} key @param {string} slug */
  async function entityIdOf(key, slug) {
    const known = slugIds.get(`${key}/${slug}`)
    if (known !== undefined) return known
    const id = await entry(`$${key}/${slug}/`)
    return typeof id === 'number' ? id : -1
  }

  /** The documents the selected facets allow. @param {number[]} ids */
  async function applyFilters(ids) {
    const m = await manifest()
    let out = ids
    const { nam, nguon } = state.filters
    if (nam !== undefined || nguon !== undefined) {
      const y = nam === undefined ? -2 : m.years.indexOf(nam)
      const o = nguon === undefined ? -2 : m.outlets.indexOf(canonicalVietnamese(nguon))
      out = out.filter((d) => {
        const [yy, oo] = runOf(m, d)
        return (y === -2 || yy === y) && (o === -2 || oo === o)
      })
    }
    for (const key of ['nguoi', 'van-ban']) {
      const slug = state.filters[key]
      if (!slug) continue
      const [id, table] = await Promise.all([entityIdOf(key, slug), entityFacets()])
      out = out.filter((d) => links(table, d, id))
    }
    return out
  }

  async function run() {
    const mine = ++seq
    const started = performance.now()
    const q = state.q.trim()
    const hasFilters = Object.keys(state.filters).length > 0
    if (!q && !hasFilters) {
      ordered = []
      shown = 0
      list.replaceChildren()
      entitiesBox.hidden = true
      facetsBox.replaceChildren()
      more.hidden = true
      status.textContent = ''
      done(q, started)
      return
    }
    let hits
    try {
      if (q) hits = await evaluate(state.q)
      else {
        const m = await manifest()
        hits = { ids: Array.from({ length: m.docs }, (_, i) => i), scores: new Float64Array(m.docs), words: [], partial: '', entities: [] }
      }
      if (mine !== seq) return
      const ids = await applyFilters(hits.ids)
      if (mine !== seq) return
      const scores = hits.scores
      ordered = [...ids].sort((a, b) => scores[b] - scores[a] || a - b)
      highlightWords = hits.words
      highlightPartial = hits.partial
      // The page's results are requested at once, in rank order (the first FIRST_SCREEN
      // take the first round of connections); they are shown as soon as the first screen
      // is in, the rest of the page and the facets follow.
      const page = ordered.slice(0, PAGE_SIZE).map(record)
      const facetsP = facetCounts(ids)
      const first = await Promise.all(page.slice(0, FIRST_SCREEN))
      if (mine !== seq) return
      renderEntities(hits.entities)
      list.replaceChildren(...first.map(renderResult))
      shown = first.length
      more.hidden = true
      announce(q, hasFilters)
      emit('search:rendered', q, started)
      const [rest, facets] = await Promise.all([Promise.all(page.slice(FIRST_SCREEN)), facetsP])
      if (mine !== seq) return
      list.append(...rest.map(renderResult))
      shown += rest.length
      more.hidden = shown >= ordered.length
      renderFacets(facets)
    } catch (error) {
      if (mine !== seq) return
      status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy thử tải lại trang.'
      console.error(error)
      ordered = []
      done(q, started)
      return
    }
    done(q, started, true)
  }

  /** The result count, for screen readers too. @param {string} q @param {boolean} hasFilters */
  function announce(q, hasFilters) {
    const count = ordered.length
    const what = q ? ` cho “${q}”` : ''
    const filterNote = hasFilters ? ' (đang lọc)' : ''
    status.textContent = count === 0
      ? `Không tìm thấy bài viết nào${what}${filterNote}.`
      : `Tìm thấy ${count.toLocaleString('vi-VN')} bài viết${what}${filterNote}.`
  }

  /** @param {string} name @param {string} q @param {number} started */
  function emit(name, q, started) {
    window.dispatchEvent(new CustomEvent(name, { detail: { q, ms: performance.now() - started, count: ordered.length } }))
  }

  /** `search:rendered` once the first screen of results is shown, `search:done` when everything is. */
  function done(/** @type {string} */ q, /** @type {number} */ started, rendered = false) {
    if (!rendered) emit('search:rendered', q, started)
    app.dataset.state = 'done'
    app.dataset.query = q
    emit('search:done', q, started)
  }

  /** What result `d` shows. @param {number} d */
  async function record(d) {
    const m = await manifest()
    return load(`d/${Math.floor(d / m.docsPerDir)}/${d}.json`)
  }

  /**
   * Counts per facet value over the whole result set: years and outlets from the id runs,
   * people and documents from the per-document table.
   * @param {number[]} ids
   */
  async function facetCounts(ids) {
    const m = await manifest()
    const table = await entityFacets()
    const years = new Map()
    const outlets = new Map()
    const counts = new Int32Array(m.entities)
    const runs = m.runs
    let r = 0
    for (const d of ids) {
      // ids are sorted, and so are the runs: walk both.
      while (r + 3 < runs.length && runs[r + 3] <= d) r += 3
      const y = runs[r + 1]
      const o = runs[r + 2]
      if (y >= 0) years.set(y, (years.get(y) ?? 0) + 1)
      if (o >= 0) outlets.set(o, (outlets.get(o) ?? 0) + 1)
      for (let i = table.start[d]; i < table.start[d + 1]; i++) counts[table.ids[i]]++
    }
    const ents = []
    for (let id = 0; id < counts.length; id++) if (counts[id]) ents.push([id, counts[id]])
    for (const key of ['nguoi', 'van-ban']) {
      const slug = state.filters[key]
      const id = slug ? slugIds.get(`${key}/${slug}`) : undefined
      if (id !== undefined && !counts[id]) ents.push([id, 0])
    }
    // The most frequent people and documents, and any selected one.
    const selected = new Set(['nguoi', 'van-ban'].map((k) => slugIds.get(`${k}/${state.filters[k]}`)))
    const top = ents.sort((a, b) => Number(selected.has(b[0])) - Number(selected.has(a[0])) || b[1] - a[1] || a[0] - b[0]).slice(0, FACET_LIMIT * 4)
    const labels = await Promise.all(top.map(([id]) => entityLabel(id)))
    /** @type {Record<string, Array<{ value: string, label: string, count: number }>>} */
    const out = { nguoi: [], 'van-ban': [], nam: [], nguon: [] }
    labels.forEach((e, i) => {
      const key = e.kind === 0 ? 'nguoi' : 'van-ban'
      const slug = slugOf(e.url)
      slugIds.set(`${key}/${slug}`, e.id)
      if (out[key].length < FACET_LIMIT) out[key].push({ value: slug, label: e.name, count: top[i][1] })
    })
    out.nam = [...years].map(([y, c]) => ({ value: m.years[y], label: m.years[y], count: c })).sort((a, b) => b.value.localeCompare(a.value))
    out.nguon = [...outlets].map(([o, c]) => ({ value: m.outlets[o], label: m.outlets[o], count: c })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'))
    return out
  }

  /** @param {Array<{ kind: number, name: string, url: string, count: number }>} entities */
  function renderEntities(entities) {
    const ul = /** @type {HTMLElement} */ (entitiesBox.querySelector('ul'))
    ul.replaceChildren(...entities.map((e) => {
      const li = el('li', { class: `search-entity search-entity--${e.kind === 0 ? 'nguoi' : 'van-ban'}` })
      const kind = el('span', { class: 'search-entity__kind' }, e.kind === 0 ? 'Người' : 'Văn bản')
      const a = el('a', { href: link(e.url) }, `${e.name} — ${e.count.toLocaleString('vi-VN')} bài viết`)
      li.append(kind, ' ', a)
      return li
    }))
    entitiesBox.hidden = entities.length === 0
  }

  /** @param {[string, string, string, string, string, Array<[string, string]>, Array<[string, string]>]} data */
  function renderResult(data) {
    const [title, url, date, outlet, snippet, people, docs] = data
    const li = el('li', { class: 'search-result' })
    const h = el('h2', { class: 'search-result__title' })
    h.append(el('a', { href: link(url) }, title))
    li.append(h)
    const metaBits = []
    if (date) metaBits.push(el('time', { datetime: date }, formatDate(date)))
    if (outlet) metaBits.push(el('span', { class: 'search-result__outlet' }, outlet))
    if (metaBits.length) {
      const p = el('p', { class: 'search-result__meta' })
      metaBits.forEach((b, i) => { if (i) p.append(' · '); p.append(b) })
      li.append(p)
    }
    li.append(excerpt(snippet))
    if (people.length || docs.length) {
      const dl = el('dl', { class: 'search-result__entities' })
      if (people.length) dl.append(el('dt', {}, 'Người'), linksDd(people))
      if (docs.length) dl.append(el('dt', {}, 'Văn bản'), linksDd(docs))
      li.append(dl)
    }
    return li
  }

  /** @param {Array<[string, string]>} values */
  function linksDd(values) {
    const dd = el('dd')
    values.forEach(([label, url], i) => {
      if (i) dd.append(', ')
      dd.append(el('a', { href: link(url) }, label))
    })
    return dd
  }

  /** Whether a word of the text matches the query. @param {string} folded */
  function matches(folded) {
    return highlightWords.includes(folded) || (highlightPartial !== '' && folded.startsWith(highlightPartial))
  }

  /**
   * The passage of the snippet source with the most query words, about 220 characters
   * around its first match, built as DOM text with <mark> around matched words.
   * @param {string} source
   */
  function excerpt(source) {
    const passages = source.split(/\n|(?<=[.!?…])\s+/).filter(Boolean)
    let best = passages[0] ?? ''
    let bestScore = -1
    for (const s of passages) {
      const seen = new Set()
      for (const m of s.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
        const f = foldToken(m[0].toLowerCase())
        if (matches(f)) seen.add(f)
      }
      if (seen.size > bestScore) { best = s; bestScore = seen.size }
    }
    let start = 0
    let end = best.length
    if (best.length > 240) {
      let first = -1
      for (const m of best.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) if (matches(foldToken(m[0].toLowerCase()))) { first = m.index ?? 0; break }
      start = Math.max(0, first - 80)
      if (start > 0) start = best.indexOf(' ', start) + 1
      end = Math.min(best.length, start + 240)
      if (end < best.length) end = best.lastIndexOf(' ', end)
    }
    const p = el('p', { class: 'search-result__snippet' })
    if (start > 0) p.append('… ')
    const text = best.slice(start, end)
    let at = 0
    for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
      if (!matches(foldToken(m[0].toLowerCase()))) continue
      const i = m.index ?? 0
      if (i > at) p.append(text.slice(at, i))
      p.append(el('mark', {}, m[0]))
      at = i + m[0].length
    }
    p.append(text.slice(at) + (end < best.length ? ' …' : ''))
    return p
  }

  /** @param {Record<string, Array<{ value: string, label: string, count: number }>>} counts */
  function renderFacets(counts) {
    const groups = []
    for (const [key, title] of FACETS) {
      const selected = state.filters[key]
      const entries = counts[key] ?? []
      if (entries.length === 0 && !selected) continue
      const sel = entries.filter((e) => e.value === selected)
      const rest = entries.filter((e) => e.value !== selected).slice(0, FACET_LIMIT)
      const group = el('section', { class: 'search-facet', 'aria-labelledby': `facet-${key}` })
      group.append(el('h2', { id: `facet-${key}` }, title))
      const ul = el('ul')
      const items = [...sel, ...rest]
      if (selected && sel.length === 0) items.unshift({ value: selected, label: selected, count: 0 })
      for (const { value, label, count } of items) {
        const on = value === selected
        const b = el('button', { type: 'button', 'aria-pressed': String(on), 'data-facet': key, 'data-value': value })
        b.append(el('span', { class: 'search-facet__label' }, label), ' ', el('span', { class: 'search-facet__count' }, `(${count.toLocaleString('vi-VN')})`))
        if (on) b.setAttribute('aria-label', `Bỏ lọc ${title.toLowerCase()}: ${label}`)
        const li = el('li')
        li.append(b)
        ul.append(li)
      }
      group.append(ul)
      groups.push(group)
    }
    facetsBox.replaceChildren(...groups)
  }

  facetsBox.addEventListener('click', (event) => {
    const b = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest('button[data-facet]'))
    if (!b) return
    const key = /** @type {string} */ (b.dataset.facet)
    const value = /** @type {string} */ (b.dataset.value)
    const filters = { ...state.filters }
    if (filters[key] === value) delete filters[key]
    else filters[key] = value
    state = { ...state, filters }
    writeState('push')
    run().then(() => {
      // Keep the keyboard where it was: the same facet button, re-rendered.
      const again = facetsBox.querySelector(`button[data-facet="${CSS.escape(key)}"][data-value="${CSS.escape(value)}"]`)
      if (again instanceof HTMLElement) again.focus()
    })
  })

  more.addEventListener('click', async () => {
    const next = (await Promise.all(ordered.slice(shown, shown + PAGE_SIZE).map(record))).map(renderResult)
    const firstNew = next[0]
    list.append(...next)
    shown += next.length
    more.hidden = shown >= ordered.length
    const a = firstNew?.querySelector('a')
    if (a) a.focus()
  })

  let timer = 0
  input.addEventListener('input', () => {
    state = { ...state, q: input.value }
    clearTimeout(timer)
    timer = window.setTimeout(() => {
      writeState('replace')
      run()
    }, 60)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(timer)
    state = { ...state, q: input.value }
    writeState('push')
    run()
  })
  window.addEventListener('popstate', () => {
    state = readState()
    input.value = state.q
    run()
  })

  // Warm the manifest as soon as the reader shows intent, so the first query is quick.
  input.addEventListener('focus', () => { manifest().catch(() => {}) }, { once: true })

  input.value = state.q
  app.dataset.state = 'ready'
  if (state.q || Object.keys(state.filters).length) run()
}

/** A site-relative link from the index, resolved against the site's base. @param {string} url */
function link(url) {
  return new URL(url.replace(/^\/+/, ''), BASE).href
}

/**
 * @param {string} tag
 * @param {Record<string, string>} [attrs]
 * @param {string} [text]
 */
function el(tag, attrs = {}, text) {
  const node = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v)
  if (text !== undefined) node.textContent = text
  return node
}

/** `2017-05-25` → `25/05/2017`; `--05-25` → `25/05`; `2017-05` → `05/2017`. @param {string} iso */
function formatDate(iso) {
  let m = iso.match(/^(\d{4})-(\d{2})-(\d{2})/)
  if (m) return `${m[3]}/${m[2]}/${m[1]}`
  m = iso.match(/^--(\d{2})-(\d{2})/)
  if (m) return `${m[2]}/${m[1]}`
  m = iso.match(/^(\d{4})-(\d{2})$/)
  if (m) return `${m[2]}/${m[1]}`
  return iso
}
