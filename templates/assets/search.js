// The search page (/tim-kiem/). Progressive enhancement: without this script the page
// says so and links to the people and documents indexes. No framework.
//
// Engine: the Pagefind bundle the build writes to <base>pagefind/. Every query is
// prepared the way the indexed text was (search-fold.js: canonical tone placement, đ
// written as d + U+0345 so that Pagefind folds it), and every title and excerpt shown is
// turned back (unmarkD). State lives in the URL: ?q=…&nguoi=…&van-ban=…&nam=…&nguon=…

import { prepareQuery, unmarkD, foldedWords } from './search-fold.js'

const BASE = new URL('../', import.meta.url)
const SEP = '\u001f'
const PAGE_SIZE = 10
const FACETS = /** @type {const} */ ([
  ['nguoi', 'Người'],
  ['van-ban', 'Văn bản'],
  ['nam', 'Năm'],
  ['nguon', 'Nguồn'],
])
const ENTITY_FACETS = new Set(['nguoi', 'van-ban'])
const FACET_LIMIT = 8
/** Words that name a document type; a query made only of these names no document. */
const DOC_TYPE_WORDS = new Set(['nghi', 'quyet', 'dinh', 'chi', 'thi', 'ket', 'luan', 'thong', 'tu', 'de', 'an', 'so', 'van', 'ban', 'nq', 'nd', 'qd', 'ct', 'kl', 'tt'])

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

  /** @type {any} */
  let pagefind = null
  /** @type {Promise<any> | null} */
  let loading = null
  /** @type {Promise<Record<string, Record<string, number>>> | null} */
  let allFilters = null
  let seq = 0
  /** @type {any[]} */
  let ordered = []
  let shown = 0

  function engine() {
    if (!loading) {
      loading = import(new URL('pagefind/pagefind.js', BASE).href).then(async (pf) => {
        await pf.options({ noWorker: true, excerptLength: 26, baseUrl: BASE.pathname })
        await pf.init()
        pagefind = pf
        allFilters = pf.filters()
        return pf
      })
    }
    return loading
  }

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

  /** The URL parameter for a filter value: an entity's slug, or the value itself. */
  function paramOf(/** @type {string} */ key, /** @type {string} */ value) {
    if (!ENTITY_FACETS.has(key)) return value
    const link = value.split(SEP)[1] ?? value
    return link.replace(/\/+$/, '').split('/').pop() || link
  }
  const labelOf = (/** @type {string} */ value) => value.split(SEP)[0] ?? value
  const linkOf = (/** @type {string} */ value) => new URL((value.split(SEP)[1] ?? '').replace(/^\/+/, ''), BASE).href

  /** Filter values for Pagefind from the URL parameters. */
  async function pagefindFilters() {
    /** @type {Record<string, string>} */
    const out = {}
    const keys = Object.keys(state.filters)
    if (keys.length === 0) return out
    const all = (await allFilters) ?? {}
    for (const key of keys) {
      const wanted = state.filters[key]
      const match = Object.keys(all[key] ?? {}).find((v) => paramOf(key, v) === wanted)
      // An unknown value still filters, to nothing: the page then says so.
      out[key] = match ?? `\u0000${wanted}`
    }
    return out
  }

  async function run() {
    const mine = ++seq
    const started = performance.now()
    const q = state.q.trim()
    if (!q && Object.keys(state.filters).length === 0) {
      ordered = []
      shown = 0
      list.replaceChildren()
      entitiesBox.hidden = true
      facetsBox.replaceChildren()
      more.hidden = true
      status.textContent = ''
      done(q, started, 0)
      return
    }
    let pf
    try {
      pf = await engine()
    } catch (error) {
      status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy thử tải lại trang.'
      console.error(error)
      return
    }
    // Facet counts come from the filter index; have it before the first search so the
    // counts arrive with the results.
    await allFilters
    const filters = await pagefindFilters()
    if (mine !== seq) return
    const quoted = /^\s*".+"\s*$/.test(q)
    const prepared = prepareQuery(q)
    const words = prepared.replace(/"/g, '').split(' ').filter(Boolean)
    let result
    /** @type {Set<string>} */
    let adjacent = new Set()
    if (!q) {
      result = await pf.search(null, { filters, sort: { date: 'desc' } })
    } else if (quoted) {
      // A quoted phrase is exact: the words in order, and the diacritics as typed if any were.
      const exactDiacritics = /[^\x00-\x7f]/.test(q)
      if (exactDiacritics) await pf.options({ exactDiacritics: true })
      try {
        result = await pf.search(prepared, { filters })
      } finally {
        if (exactDiacritics) await pf.options({ exactDiacritics: false })
      }
    } else {
      // Pagefind ranks words, not their order: run the same words as a phrase beside it,
      // and put the pages that have them side by side first.
      const phrase = words.length > 1 ? pf.search(`"${words.join(' ')}"`, { filters }) : null
      const [main, near] = await Promise.all([pf.search(prepared, { filters }), phrase])
      result = main
      let nearIds = near?.results ?? []
      if (nearIds.length === 0 && words.length > 2) {
        // While the last word is still being typed, the phrase before it still counts.
        const partial = await pf.search(`"${words.slice(0, -1).join(' ')}"`, { filters })
        nearIds = partial?.results ?? []
      }
      adjacent = new Set(nearIds.map((/** @type {any} */ r) => r.id))
    }
    if (mine !== seq || !result) return
    ordered = adjacent.size
      ? [...result.results.filter((/** @type {any} */ r) => adjacent.has(r.id)), ...result.results.filter((/** @type {any} */ r) => !adjacent.has(r.id))]
      : result.results
    shown = 0
    const all = (await allFilters) ?? {}
    const entities = q ? matchEntities(q, result.filters ?? {}, all) : []
    const first = await loadPage(0)
    if (mine !== seq) return
    renderEntities(entities)
    list.replaceChildren(...first)
    shown = first.length
    more.hidden = shown >= ordered.length
    renderFacets(result.filters ?? {})
    const n = ordered.length
    const what = q ? ` cho “${q}”` : ''
    const filterNote = Object.keys(state.filters).length ? ' (đang lọc)' : ''
    status.textContent = n === 0
      ? `Không tìm thấy bài viết nào${what}${filterNote}.`
      : `Tìm thấy ${n.toLocaleString('vi-VN')} bài viết${what}${filterNote}.`
    done(q, started, n)
  }

  function done(/** @type {string} */ q, /** @type {number} */ started, /** @type {number} */ count) {
    const ms = performance.now() - started
    app.dataset.state = 'done'
    app.dataset.query = q
    window.dispatchEvent(new CustomEvent('search:rendered', { detail: { q, ms, count } }))
  }

  /** @param {number} from */
  async function loadPage(from) {
    const slice = ordered.slice(from, from + PAGE_SIZE)
    const data = await Promise.all(slice.map((r) => r.data()))
    return data.map(renderResult)
  }

  /**
   * People and documents among the results whose name contains every word of the query
   * (the last one as a prefix, since the reader may still be typing it).
   * @param {string} q
   * @param {Record<string, Record<string, number>>} counts
   * @param {Record<string, Record<string, number>>} all
   */
  function matchEntities(q, counts, all) {
    const qWords = foldedWords(q)
    if (qWords.length === 0) return []
    /** @type {Array<{ key: string, value: string, total: number, score: number }>} */
    const found = []
    for (const key of ENTITY_FACETS) {
      for (const [value, n] of Object.entries(counts[key] ?? {})) {
        if (!n) continue
        const nameWords = foldedWords(labelOf(value))
        const wanted = key === 'van-ban' ? qWords.filter((w) => !DOC_TYPE_WORDS.has(w) || nameWords.includes(w)) : qWords
        if (wanted.length === 0) continue
        if (key === 'van-ban' && !wanted.some((w) => /\d/.test(w))) continue
        if (key === 'nguoi' && wanted.length < 2) continue
        const last = wanted.length - 1
        const ok = wanted.every((w, i) => nameWords.some((x) => x === w || (i === last && x.startsWith(w))))
        if (!ok) continue
        const exact = wanted.filter((w) => nameWords.includes(w)).length
        const total = all[key]?.[value] ?? n
        found.push({ key, value, total, score: exact * 1000 + (exact === nameWords.length ? 500 : 0) + Math.min(total, 499) })
      }
    }
    return found.sort((a, b) => b.score - a.score || labelOf(a.value).localeCompare(labelOf(b.value), 'vi')).slice(0, 3)
  }

  /** @param {Array<{ key: string, value: string, total: number }>} entities */
  function renderEntities(entities) {
    const ul = /** @type {HTMLElement} */ (entitiesBox.querySelector('ul'))
    ul.replaceChildren(...entities.map((e) => {
      const li = el('li', { class: `search-entity search-entity--${e.key}` })
      const kind = el('span', { class: 'search-entity__kind' }, e.key === 'nguoi' ? 'Người' : 'Văn bản')
      const a = el('a', { href: linkOf(e.value) }, `${labelOf(e.value)} — ${e.total.toLocaleString('vi-VN')} bài viết`)
      li.append(kind, ' ', a)
      return li
    }))
    entitiesBox.hidden = entities.length === 0
  }

  /** @param {any} data */
  function renderResult(data) {
    const li = el('li', { class: 'search-result' })
    const href = new URL(String(data.url).replace(/^\/+/, '').replace(BASE.pathname.replace(/^\/+/, ''), ''), BASE).href
    const h = el('h2', { class: 'search-result__title' })
    h.append(el('a', { href }, unmarkD(data.meta?.title ?? data.url)))
    li.append(h)
    const metaBits = []
    const date = data.meta?.date ? formatDate(decodeQuiet(data.meta.date)) : ''
    if (date) metaBits.push(el('time', { datetime: decodeQuiet(data.meta.date) }, date))
    if (data.meta?.outlet) metaBits.push(el('span', { class: 'search-result__outlet' }, data.meta.outlet))
    if (metaBits.length) {
      const p = el('p', { class: 'search-result__meta' })
      metaBits.forEach((b, i) => { if (i) p.append(' · '); p.append(b) })
      li.append(p)
    }
    li.append(excerpt(unmarkD(data.excerpt ?? '')))
    const people = data.filters?.nguoi ?? []
    const docs = data.filters?.['van-ban'] ?? []
    if (people.length || docs.length) {
      const dl = el('dl', { class: 'search-result__entities' })
      if (people.length) dl.append(el('dt', {}, 'Người'), linksDd(people))
      if (docs.length) dl.append(el('dt', {}, 'Văn bản'), linksDd(docs))
      li.append(dl)
    }
    return li
  }

  /** @param {string[]} values */
  function linksDd(values) {
    const dd = el('dd')
    values.forEach((v, i) => {
      if (i) dd.append(', ')
      dd.append(el('a', { href: linkOf(v) }, labelOf(v)))
    })
    return dd
  }

  /** Pagefind's excerpt, built as DOM: only its <mark> tags are kept. @param {string} html */
  function excerpt(html) {
    const p = el('p', { class: 'search-result__snippet' })
    const parts = html.split(/(<mark>|<\/mark>)/)
    let inMark = false
    for (const part of parts) {
      if (part === '<mark>') inMark = true
      else if (part === '</mark>') inMark = false
      else if (part) p.append(inMark ? el('mark', {}, decodeEntities(part)) : decodeEntities(part))
    }
    return p
  }

  /** @param {Record<string, Record<string, number>>} counts */
  function renderFacets(counts) {
    const groups = []
    for (const [key, title] of FACETS) {
      const selected = state.filters[key]
      let entries = Object.entries(counts[key] ?? {}).filter(([v, n]) => n > 0 || paramOf(key, v) === selected)
      if (entries.length === 0 && !selected) continue
      entries.sort(key === 'nam'
        ? (a, b) => b[0].localeCompare(a[0])
        : (a, b) => b[1] - a[1] || labelOf(a[0]).localeCompare(labelOf(b[0]), 'vi'))
      const sel = entries.filter(([v]) => paramOf(key, v) === selected)
      const rest = entries.filter(([v]) => paramOf(key, v) !== selected).slice(0, FACET_LIMIT)
      const group = el('section', { class: 'search-facet', 'aria-labelledby': `facet-${key}` })
      group.append(el('h2', { id: `facet-${key}` }, title))
      const ul = el('ul')
      for (const [value, n] of [...sel, ...rest]) {
        const param = paramOf(key, value)
        const on = param === selected
        const b = el('button', { type: 'button', 'aria-pressed': String(on), 'data-facet': key, 'data-value': param })
        b.append(el('span', { class: 'search-facet__label' }, labelOf(value)), ' ', el('span', { class: 'search-facet__count' }, `(${n.toLocaleString('vi-VN')})`))
        if (on) b.setAttribute('aria-label', `Bỏ lọc ${title.toLowerCase()}: ${labelOf(value)}`)
        const li = el('li')
        li.append(b)
        ul.append(li)
      }
      if (selected && sel.length === 0) {
        const b = el('button', { type: 'button', 'aria-pressed': 'true', 'data-facet': key, 'data-value': selected }, `${selected} (0)`)
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
    const next = await loadPage(shown)
    const firstNew = next[0]
    list.append(...next)
    shown += next.length
    more.hidden = shown >= ordered.length
    const link = firstNew?.querySelector('a')
    if (link) link.focus()
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

  // Warm the engine as soon as the reader shows intent, so the first query is quick.
  input.addEventListener('focus', () => { engine().catch(() => {}) }, { once: true })

  input.value = state.q
  app.dataset.state = 'ready'
  if (state.q || Object.keys(state.filters).length) run()
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

const QUIET_FROM = '0123456789'
const QUIET_TO = '!#$%&()*+,'
/** Undoes encodeQuiet in src/search/build-search-index.ts. @param {string} value */
function decodeQuiet(value) {
  return [...value].map((c) => {
    const i = QUIET_TO.indexOf(c)
    return i >= 0 ? QUIET_FROM[i] : c
  }).join('')
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

const ENTITY_TEXT = document.createElement('textarea')
/** Pagefind's excerpts may carry HTML entities; read them as text. @param {string} s */
function decodeEntities(s) {
  if (!s.includes('&')) return s
  ENTITY_TEXT.innerHTML = s
  return ENTITY_TEXT.value
}
