// The search page (/tim-kiem/): results as the reader types, the people and documents the
// query names, facets, paging. Progressive enhancement: without this script the page says
// so and links to the people and documents indexes. The engine is search-engine.js.
// State lives in the URL: ?q=…&nguoi=…&van-ban=…&nam=…&nguon=…

import { foldToken } from './search-fold.js'
import { article, el, facetCounts, formatDate, link, search, warm } from './search-engine.js'

/**
 * Results a page shows, each its own small file: six, the connections a browser opens to
 * one host over HTTP/1.1, so a page of results arrives in one round of requests (a
 * seventh would wait for a second round). Pagefind's UI shows five. `Xem thêm` adds six more.
 */
const PAGE_SIZE = 6
const FACETS = /** @type {const} */ ([
  ['nguoi', 'Người'],
  ['van-ban', 'Văn bản'],
  ['nam', 'Năm'],
  ['nguon', 'Nguồn'],
])
const FACET_LIMIT = 8

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
  /** The query on screen. @type {import('./search-engine.js').Result | null} */
  let result = null
  let shown = 0
  /** @type {string[]} */
  let highlightWords = []
  let highlightPartial = ''

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
    const query = params.toString()
    const url = location.pathname + (query ? `?${query}` : '')
    if (url === location.pathname + location.search) return
    history[how === 'push' ? 'pushState' : 'replaceState'](null, '', url)
  }

  async function run() {
    const mine = ++seq
    const started = performance.now()
    const q = state.q.trim()
    const hasFilters = Object.keys(state.filters).length > 0
    if (!q && !hasFilters) {
      result = null
      shown = 0
      list.replaceChildren()
      entitiesBox.hidden = true
      facetsBox.replaceChildren()
      more.hidden = true
      status.textContent = ''
      done(q, started)
      return
    }
    try {
      const r = await search(state.q, state.filters)
      if (mine !== seq) return
      result = r
      highlightWords = r.words
      highlightPartial = r.partial
      // The page's results and the facets are requested at once; the results are shown
      // as soon as they are in, the facets follow.
      const facetsP = facetCounts(r.ids, state.filters)
      const page = await Promise.all(r.ranked(0, PAGE_SIZE).map(article))
      if (mine !== seq) return
      renderEntities(r.entities)
      list.replaceChildren(...page.map(renderResult))
      shown = page.length
      more.hidden = shown >= r.count
      announce(q, hasFilters)
      emit('search:rendered', q, started)
      const facets = await facetsP
      if (mine !== seq) return
      renderFacets(facets)
    } catch (error) {
      if (mine !== seq) return
      status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy thử tải lại trang.'
      console.error(error)
      result = null
      done(q, started)
      return
    }
    done(q, started, true)
  }

  /** The result count, for screen readers too. @param {string} q @param {boolean} hasFilters */
  function announce(q, hasFilters) {
    const count = result?.count ?? 0
    const what = q ? ` cho “${q}”` : ''
    const filterNote = hasFilters ? ' (đang lọc)' : ''
    status.textContent = count === 0
      ? `Không tìm thấy bài viết nào${what}${filterNote}.`
      : `Tìm thấy ${count.toLocaleString('vi-VN')} bài viết${what}${filterNote}.`
  }

  /** @param {string} name @param {string} q @param {number} started */
  function emit(name, q, started) {
    window.dispatchEvent(new CustomEvent(name, { detail: { q, ms: performance.now() - started, count: result?.count ?? 0 } }))
  }

  /** `search:rendered` once the results are shown, `search:done` when the facets are too. */
  function done(/** @type {string} */ q, /** @type {number} */ started, rendered = false) {
    if (!rendered) emit('search:rendered', q, started)
    app.dataset.state = 'done'
    app.dataset.query = q
    emit('search:done', q, started)
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

  /** @param {[string, string, string, string, string, Array<[string, string]>, Array<[string, string]>, [number, number]]} data */
  function renderResult(data) {
    const [title, url, date, outlet, snippet, people, docs, [morePeople, moreDocs]] = data
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
      if (people.length) dl.append(el('dt', {}, 'Người'), linksDd(people, morePeople, 'người', url))
      if (docs.length) dl.append(el('dt', {}, 'Văn bản'), linksDd(docs, moreDocs, 'văn bản', url))
      li.append(dl)
    }
    return li
  }

  /**
   * The links, then how many more the article names, linked to the article, which lists them all.
   * @param {Array<[string, string]>} values @param {number} more @param {string} noun @param {string} articleUrl
   */
  function linksDd(values, more, noun, articleUrl) {
    const dd = el('dd')
    values.forEach(([label, url], i) => {
      if (i) dd.append(', ')
      dd.append(el('a', { href: link(url) }, label))
    })
    if (more > 0) dd.append(' và ', el('a', { href: link(articleUrl), class: 'search-result__more' }, `${more.toLocaleString('vi-VN')} ${noun} khác`))
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
    if (!result) return
    const next = (await Promise.all(result.ranked(shown, shown + PAGE_SIZE).map(article))).map(renderResult)
    const firstNew = next[0]
    list.append(...next)
    shown += next.length
    more.hidden = shown >= result.count
    const a = firstNew?.querySelector('a')
    if (a) a.focus()
  })

  let timer = 0
  input.addEventListener('input', () => {
    state = { ...state, q: input.value }
    clearTimeout(timer)
    // The address follows once the results are shown: replacing it costs milliseconds
    // the reader would otherwise wait for.
    timer = window.setTimeout(() => { run().then(() => writeState('replace')) }, 60)
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
  input.addEventListener('focus', warm, { once: true })

  input.value = state.q
  app.dataset.state = 'ready'
  if (state.q || Object.keys(state.filters).length) run()
}

