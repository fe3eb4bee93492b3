/**
 * The search box in every page's header, in headless Chromium on the real build of
 * content/, served gzipped under /digest/: results as the reader types, by keyboard, and
 * nothing loaded for a reader who never touches the box.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { useServedSample } from '../helpers/served-sample.ts'

const ARTICLE = 'bai-viet/tau-ca-vo-thep-hu-hong-hang-loat-thu-tuong-yeu-cau-lam-ro/'
const SEED = '/digest/bai-viet/dao-tao-boi-duong-can-bo-co-du-kha-nang-lam-viec-trong-moi-truong-hoi-nhap-quoc/'
const SEED_TITLE = 'Đào tạo, bồi dưỡng cán bộ có đủ khả năng làm việc trong môi trường hội nhập quốc tế'

const site = useServedSample()

const BOX = 'header input[name="q"]'

/** Opens an article page and types `q` into the header box, waiting for its list. */
async function typeInHeader(q: string): Promise<Page> {
  const p = await site.browser.newPage()
  await p.goto(site.served.url + ARTICLE)
  await p.locator(BOX).pressSequentially(q)
  await p.waitForFunction((q) => document.querySelector('header form')?.getAttribute('data-query') === q, q)
  return p
}

const options = (p: Page) => p.$$eval('header [role="listbox"] [role="option"]', (os) => os.map((o) => ({
  text: (o as HTMLElement).innerText.replace(/\s+/g, ' ').trim(), path: (o as HTMLAnchorElement).pathname + (o as HTMLAnchorElement).search,
})))

test('a reader who never touches the header box loads no search code or index', async () => {
  const p = await site.browser.newPage()
  const before = site.served.requests.length
  await p.goto(site.served.url + ARTICLE)
  await p.waitForLoadState('networkidle')
  const loaded = site.served.requests.slice(before).map((r) => r.path)
  assert.deepEqual(loaded.filter((u) => /\/search\/|search[-\w]*\.js/.test(u)), [], loaded.join(' '))
  await p.focus(BOX)
  await p.waitForFunction(() => document.querySelector('header input')?.getAttribute('role') === 'combobox')
  assert.ok(site.served.requests.slice(before).some((r) => r.path.endsWith('/assets/search-box.js')))
  await p.close()
})

test('typing in the header of an article offers the person first, then the article, with the count announced', async () => {
  const p = await typeInHeader('hoang dang quang')
  const box = p.locator(BOX)
  assert.equal(await box.getAttribute('role'), 'combobox')
  assert.equal(await box.getAttribute('aria-expanded'), 'true')
  const listId = await box.getAttribute('aria-controls')
  assert.ok(await p.locator(`#${listId}[role="listbox"]`).isVisible())
  const opts = await options(p)
  assert.deepEqual(opts[0], { text: 'Người Hoàng Đăng Quang — 1 bài viết', path: '/digest/nguoi/hoang-dang-quang/' })
  assert.equal(opts[1]!.path, SEED)
  assert.match(opts[1]!.text, new RegExp(`^${SEED_TITLE} 25/05`))
  // The last option opens the search page on the same query.
  assert.equal(opts.at(-1)!.path, '/digest/tim-kiem/?q=hoang+dang+quang')
  assert.match(opts.at(-1)!.text, /^Xem tất cả \d+ kết quả cho “hoang dang quang”$/)
  const status = p.locator('header [role="status"]')
  assert.equal(await status.getAttribute('aria-live'), 'polite')
  assert.match((await status.textContent()) ?? '', /^Tìm thấy \d+ bài viết cho “hoang dang quang”\.$/)
  // Article text is shown as text.
  assert.equal(await p.locator('header [role="listbox"] script, header [role="listbox"] img').count(), 0)
  await p.close()
})

test('arrows move through the list and Enter opens the chosen result', async () => {
  const p = await typeInHeader('hoang dang quang')
  const box = p.locator(BOX)
  await p.keyboard.press('ArrowDown')
  const first = await box.getAttribute('aria-activedescendant')
  assert.equal(await p.locator(`#${first}`).getAttribute('aria-selected'), 'true')
  assert.equal(await p.locator(`#${first}`).evaluate((a) => (a as HTMLAnchorElement).pathname), '/digest/nguoi/hoang-dang-quang/')
  await p.keyboard.press('ArrowDown')
  const second = await box.getAttribute('aria-activedescendant')
  assert.notEqual(second, first)
  assert.equal(await p.locator(`#${first}`).getAttribute('aria-selected'), 'false')
  // The focus stays in the box all along.
  assert.equal(await p.evaluate(() => document.activeElement?.getAttribute('name')), 'q')
  await p.keyboard.press('Enter')
  await p.waitForURL((url) => url.pathname === SEED)
  assert.equal(await p.locator('article h1').textContent(), SEED_TITLE)
  await p.close()
})

test('Escape closes the list; Enter without a chosen result opens the search page', async () => {
  const p = await typeInHeader('nghi quyet 26')
  const box = p.locator(BOX)
  assert.match((await options(p))[0]!.text, /^Văn bản Nghị quyết 26-NQ\/TW \(khóa XI?I?\) — \d+ bài viết$/)
  await p.keyboard.press('Escape')
  assert.equal(await box.getAttribute('aria-expanded'), 'false')
  assert.equal(await p.locator('header [role="listbox"]').isVisible(), false)
  assert.equal(await p.inputValue(BOX), 'nghi quyet 26')
  await p.keyboard.press('Enter')
  await p.waitForURL(/\/digest\/tim-kiem\/\?q=nghi\+quyet\+26$/)
  await p.waitForFunction(() => document.getElementById('search-app')!.dataset.state === 'done')
  assert.ok((await p.locator('.search-result').count()) > 0)
  await p.close()
})

test('without JavaScript the header box still submits to the search page', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false })
  const p = await context.newPage()
  await p.goto(site.served.url + ARTICLE)
  await p.fill(BOX, 'hoang dang quang')
  await p.press(BOX, 'Enter')
  await p.waitForURL(/\/digest\/tim-kiem\/\?q=hoang\+dang\+quang$/)
  assert.ok(await p.locator('#search-nojs').isVisible())
  await context.close()
})
