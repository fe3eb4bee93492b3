// The search box in every page's header, as you type: a compact list under the box with
// the people and documents the query names, then the best few articles (title, date,
// source), then "see all" on the search page. The header's inline loader imports this
// module on the box's first focus or input, so pages that are only read load nothing.
// Without JavaScript the box is a plain form that submits to /tim-kiem/.
//
// Accessibility: the ARIA 1.2 combobox pattern (input role=combobox, a listbox of
// options, aria-activedescendant); arrows move, Enter opens the active option (or, with
// none, submits to the search page), Escape closes; the count is announced politely.

import { article, el, formatDate, link, search, warm } from './search-engine.js'

/** Articles listed under the box. */
const ARTICLES = 5

/** @param {HTMLInputElement} input */
export function attach(input) {
  if (input.dataset.searchBox) return
  input.dataset.searchBox = 'on'
  const form = /** @type {HTMLFormElement} */ (input.form)
  const id = input.id || 'q-header'
  const list = el('ul', { id: `${id}-list`, role: 'listbox', class: 'search-box__list', 'aria-label': 'Gợi ý tìm kiếm' })
  list.hidden = true
  const status = el('p', { id: `${id}-status`, class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' })
  form.append(list, status)
  input.setAttribute('role', 'combobox')
  input.setAttribute('aria-autocomplete', 'list')
  input.setAttribute('aria-expanded', 'false')
  input.setAttribute('aria-controls', list.id)
  warm()

  let seq = 0
  let timer = 0
  /** @type {HTMLAnchorElement[]} */
  let options = []
  let active = -1

  /** The search page for `q`, as the form would submit it. @param {string} q */
  function pageFor(q) {
    const url = new URL(form.action)
    url.search = new URLSearchParams({ q }).toString()
    return url.href
  }

  function close() {
    list.hidden = true
    input.setAttribute('aria-expanded', 'false')
    setActive(-1)
  }

  /** @param {number} i */
  function setActive(i) {
    if (active >= 0) options[active]?.setAttribute('aria-selected', 'false')
    active = i
    if (i < 0) {
      input.removeAttribute('aria-activedescendant')
      return
    }
    const option = options[i]
    option.setAttribute('aria-selected', 'true')
    input.setAttribute('aria-activedescendant', option.id)
    option.scrollIntoView({ block: 'nearest' })
  }

  /**
   * One option: a link (so it opens like any link), read as an option.
   * @param {string} href @param {string} className @param {Array<string | Node>} content
   */
  function option(href, className, content) {
    const a = /** @type {HTMLAnchorElement} */ (el('a', { href, role: 'option', id: `${id}-opt-${options.length}`, class: className, tabindex: '-1', 'aria-selected': 'false' }))
    a.append(...content)
    options.push(a)
    const li = el('li', { role: 'presentation' })
    li.append(a)
    return li
  }

  async function run() {
    const mine = ++seq
    const q = input.value.trim()
    if (!q) {
      close()
      status.textContent = ''
      return
    }
    try {
      const r = await search(input.value)
      const docs = await Promise.all(r.ranked(0, ARTICLES).map(article))
      if (mine !== seq) return
      options = []
      active = -1
      const items = []
      for (const e of r.entities) {
        items.push(option(link(e.url), 'search-box__entity', [
          el('span', { class: 'search-box__kind' }, e.kind === 0 ? 'Người' : 'Văn bản'), ' ',
          el('strong', {}, e.name), ` — ${e.count.toLocaleString('vi-VN')} bài viết`,
        ]))
      }
      for (const [title, url, date, outlet] of docs) {
        const meta = [date && formatDate(date), outlet].filter(Boolean).join(' · ')
        items.push(option(link(url), 'search-box__article', [el('span', { class: 'search-box__title' }, title), ...(meta ? [el('span', { class: 'search-box__meta' }, meta)] : [])]))
      }
      items.push(option(pageFor(q), 'search-box__all', [r.count ? `Xem tất cả ${r.count.toLocaleString('vi-VN')} kết quả cho “${q}”` : `Không tìm thấy bài viết nào cho “${q}” — mở trang tìm kiếm`]))
      list.replaceChildren(...items)
      list.hidden = false
      input.setAttribute('aria-expanded', 'true')
      input.removeAttribute('aria-activedescendant')
      status.textContent = r.count ? `Tìm thấy ${r.count.toLocaleString('vi-VN')} bài viết cho “${q}”.` : `Không tìm thấy bài viết nào cho “${q}”.`
      form.dataset.query = q
      form.dispatchEvent(new CustomEvent('search-box:rendered', { detail: { q, count: r.count } }))
    } catch (error) {
      // The form still submits to the search page.
      if (mine === seq) close()
      console.error(error)
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = window.setTimeout(run, 60)
  })
  input.addEventListener('keydown', (event) => {
    const open = !list.hidden && options.length > 0
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) {
        if (input.value.trim()) run()
        return
      }
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length)
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault()
      location.assign(options[active].href)
    } else if (event.key === 'Escape' && open) {
      event.preventDefault()
      close()
    }
  })
  // A click on an option follows its link; keep the focus in the box until then.
  list.addEventListener('pointerdown', (event) => event.preventDefault())
  input.addEventListener('blur', close)
  input.addEventListener('focus', () => { if (input.value.trim() && options.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true') } })
  // Text typed before this module arrived.
  if (input.value.trim()) run()
}
