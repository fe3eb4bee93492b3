/**
 * The search page in headless Chromium, on the real build of content/ (buildSample),
 * served gzipped under /digest/ so every URL must respect the base path. One test per
 * promise of issue 4 ("What a reader gets", "Vietnamese matching"), with real queries.
 */
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { useServedSample } from '../helpers/served-sample.ts'

const SEED = '/digest/bai-viet/dao-tao-boi-duong-can-bo-co-du-kha-nang-lam-viec-trong-moi-truong-hoi-nhap-quoc/'
const NONG_THON = '/digest/bai-viet/xay-dung-nong-thon-moi-tap-trung-bao-dam-cac-tieu-chi-mem/'
const ND67 = [
  '/digest/bai-viet/nghien-cuu-gia-han-no-an-han-cho-tau-ca-67-nam-bo-do-hu-hong/',
  '/digest/bai-viet/yeu-cau-kiem-tra-thong-tin-chinh-sach-ho-tro-ngu-dan-bi-truc-loi/',
]

const site = useServedSample()

async function open(query = ''): Promise<Page> {
  const page = await site.browser.newPage()
  await page.goto(`${site.served.url}tim-kiem/${query}`)
  await page.waitForFunction(() => document.getElementById('search-app')?.dataset.state !== undefined)
  return page
}

/** Types a query as a phone keyboard would (one input event per character) and waits for its results. */
async function type(p: Page, q: string): Promise<void> {
  await p.fill('#search-q', '')
  await p.locator('#search-q').pressSequentially(q)
  await p.waitForFunction((q) => {
    const app = document.getElementById('search-app')!
    return app.dataset.state === 'done' && app.dataset.query === q.trim()
  }, q)
}

const resultPaths = (p: Page) => p.$$eval('.search-result__title a', (as) => as.map((a) => (a as HTMLAnchorElement).pathname))
const entityTexts = (p: Page) => p.$$eval('.search-entity a', (as) => as.map((a) => a.textContent ?? ''))
const count = (p: Page) => p.$$eval('.search-result', (xs) => xs.length)
/** The number of results announced ("Tìm thấy 12 bài viết …"), every page of them. */
const total = async (p: Page) => Number(((await p.textContent('#search-status')) ?? '').match(/Tìm thấy ([\d.]+)/)?.[1]?.replace(/\./g, ''))

/**
 * For each result, whether its built article page contains `phrase`: folded (no marks,
 * đ → d) unless `exact`. Plain JavaScript in a string: functions compiled by tsx carry a
 * `__name` helper the page does not have.
 */
async function pagesContain(p: Page, phrase: string, exact = false): Promise<boolean[]> {
  return p.evaluate(`(async () => {
    const norm = (s) => ${exact ? 's.toLowerCase()' : "s.normalize('NFD').replace(/\\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()"}.replace(/[^\\p{L}\\p{M}\\p{N}]+/gu, ' ')
    const links = [...document.querySelectorAll('.search-result__title a')]
    return Promise.all(links.map(async (a) => {
      const html = await (await fetch(a.href)).text()
      const text = new DOMParser().parseFromString(html, 'text/html').querySelector('main').textContent.normalize('NFC')
      return (' ' + norm(text) + ' ').includes(' ' + ${JSON.stringify(phrase)} + ' ')
    }))
  })()`) as Promise<boolean[]>
}

const nonIncreasing = (xs: boolean[]) => xs.every((x, i) => i === 0 || !x || xs[i - 1])

describe('search page: what a reader gets', () => {
  test('the seed queries find the seed article near the top', async () => {
    const p = await open()
    for (const q of ['hoang dang quang', 'nghi quyet 26', '26-NQ/TW', 'dao tao boi duong can bo']) {
      await type(p, q)
      const paths = await resultPaths(p)
      assert.ok(paths.indexOf(SEED) >= 0 && paths.indexOf(SEED) < 3, `${q}: ${paths.join(' ')}`)
    }
    await type(p, 'dao tao boi duong can bo')
    assert.equal((await resultPaths(p))[0], SEED)
    await p.close()
  })

  test('the header search box on any page leads to results', async () => {
    const p = await site.browser.newPage()
    await p.goto(`${site.served.url}bai-viet/tau-ca-vo-thep-hu-hong-hang-loat-thu-tuong-yeu-cau-lam-ro/`)
    await p.fill('header input[name="q"]', 'hoang dang quang')
    await p.press('header input[name="q"]', 'Enter')
    await p.waitForURL(/\/digest\/tim-kiem\/\?q=hoang\+dang\+quang$/)
    await p.waitForFunction(() => document.getElementById('search-app')!.dataset.state === 'done')
    assert.equal((await resultPaths(p))[0], SEED)
    assert.equal(await p.inputValue('#search-q'), 'hoang dang quang')
    await p.close()
  })

  test('a result shows title, date, source, a highlighted snippet, and its people and documents as links', async () => {
    const p = await open()
    await type(p, 'hoang dang quang')
    const first = p.locator('.search-result').first()
    assert.equal(await first.locator('h2 a').textContent(), 'Đào tạo, bồi dưỡng cán bộ có đủ khả năng làm việc trong môi trường hội nhập quốc tế')
    assert.equal(await first.locator('time').getAttribute('datetime'), '--05-25')
    assert.equal(await first.locator('time').textContent(), '25/05')
    const marks = await first.locator('.search-result__snippet mark').allTextContents()
    assert.ok(['Hoàng', 'Đăng', 'Quang'].every((w) => marks.includes(w)), marks.join('|'))
    const links = await first.locator('.search-result__entities a').evaluateAll((as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).pathname]))
    assert.deepEqual(links.slice(0, 2), [['Hoàng Đăng Quang', '/digest/nguoi/hoang-dang-quang/'], ['Nguyễn Thị Thanh', '/digest/nguoi/nguyen-thi-thanh/']])
    assert.ok(links.some(([label, href]) => label === 'Nghị quyết 26-NQ/TW (khóa XII)' && href!.startsWith('/digest/van-ban/')), JSON.stringify(links))
    // Every link the page made resolves to a page of the built site.
    for (const [, href] of links) assert.equal((await p.request.get(new URL(href!, site.served.url).href)).status(), 200, href!)
    // Source (outlet) and a full date, on another article.
    await type(p, 'cong trai giao duc')
    const r = p.locator('.search-result').first()
    assert.equal(await r.locator('.search-result__outlet').textContent(), 'Người Lao Động')
    assert.equal(await r.locator('time').textContent(), '29/03')
    // Article text is shown as text: no markup from the index reaches the page.
    assert.equal(await p.locator('.search-result__snippet *:not(mark)').count(), 0)
    await p.close()
  })

  test('a result lists six of its people, then how many more, linked to the article that lists them all', async () => {
    const p = await open()
    await type(p, 'hoi truong ba dinh dai hoi dang toan quoc')
    const result = p.locator('.search-result', { has: p.locator('h2 a[href$="/bai-viet/dung-8h30-sang-nay-18-4-tai-hoi-truong-ba-dinh-ha-noi-dai-hoi-dang-toan-quoc-thu/"]') })
    const people = result.locator('.search-result__entities dd').first()
    assert.equal(await people.locator('a[href*="/nguoi/"]').count(), 6)
    const more = people.locator('.search-result__more')
    assert.equal(await more.textContent(), '24 người khác')
    assert.equal(new URL((await more.getAttribute('href'))!, p.url()).pathname, '/digest/bai-viet/dung-8h30-sang-nay-18-4-tai-hoi-truong-ba-dinh-ha-noi-dai-hoi-dang-toan-quoc-thu/')
    await p.close()
  })

  test('a person or document named by the query is offered first, with its article count', async () => {
    const p = await open()
    await type(p, 'hoang dang quang')
    assert.deepEqual(await entityTexts(p), ['Hoàng Đăng Quang — 1 bài viết'])
    assert.equal(await p.$eval('.search-entity a', (a) => (a as HTMLAnchorElement).pathname), '/digest/nguoi/hoang-dang-quang/')
    assert.ok(await p.$eval('#search-entities', (e) => !!(e.compareDocumentPosition(document.getElementById('search-results')!) & Node.DOCUMENT_POSITION_FOLLOWING)))
    for (const q of ['nghi quyet 26', '26-NQ/TW', '26 nq tw', 'nq 26']) {
      await type(p, q)
      const texts = await entityTexts(p)
      // Both namesakes are offered, each named with its term.
      assert.match(texts[0] ?? '', /^Nghị quyết 26-NQ\/TW \(khóa XI?I?\) — \d+ bài viết$/, `${q}: ${texts.join(' | ')}`)
    }
    await type(p, 'nd 67')
    // (How many articles cite it is the extractor's business; it changes as that improves.)
    assert.match((await entityTexts(p))[0] ?? '', /^Nghị định 67\/2014\/NĐ-CP — \d+ bài viết$/)
    await type(p, 'tau ca')
    assert.deepEqual(await entityTexts(p), [])
    // One word of a name, or a common word, offers no one (no one's whole name is one word).
    for (const q of ['hoang', 'dang', 'Đảng']) {
      await type(p, q)
      assert.deepEqual(await entityTexts(p), [], q)
    }
    await p.close()
  })

  test('facets have counts for the results, combine, live in the URL, and the back button works', async () => {
    const p = await open()
    await type(p, 'tau ca')
    const all = await total(p)
    const person = p.locator('.search-facet button[data-facet="nguoi"][data-value="nguyen-xuan-phuc"]')
    const personCount = Number(((await person.textContent()) ?? '').match(/\((\d+)\)$/)?.[1])
    assert.ok(personCount > 0 && personCount < all, `${personCount} of ${all}`)
    await person.click()
    await p.waitForFunction(() => new URL(location.href).searchParams.get('nguoi') === 'nguyen-xuan-phuc')
    await p.waitForFunction((n) => document.querySelectorAll('.search-result').length === Math.min(n, 6), personCount)
    const doc = p.locator('.search-facet[aria-labelledby="facet-van-ban"] button[aria-pressed="false"]').first()
    const docValue = (await doc.getAttribute('data-value'))!
    const docCount = Number(((await doc.textContent()) ?? '').match(/\((\d+)\)$/)?.[1])
    await doc.click()
    await p.waitForFunction((v) => new URL(location.href).searchParams.get('van-ban') === v, docValue)
    await p.waitForFunction((n) => document.querySelectorAll('.search-result').length === Math.min(n, 6), docCount)
    const url = new URL(p.url())
    assert.equal(url.searchParams.get('q'), 'tau ca')
    assert.equal(url.searchParams.get('nguoi'), 'nguyen-xuan-phuc')
    assert.equal(await p.locator(`.search-facet button[data-facet="van-ban"][data-value="${docValue}"]`).getAttribute('aria-pressed'), 'true')
    await p.goBack()
    await p.waitForFunction((n) => !new URL(location.href).searchParams.has('van-ban') && document.querySelectorAll('.search-result').length === Math.min(n, 6), personCount)
    await p.goBack()
    await p.waitForFunction(() => !new URL(location.href).searchParams.has('nguoi') && document.querySelectorAll('.search-result').length > 0)
    assert.equal(await total(p), all)
    await p.close()
    // A shared link with facets (year, outlet) opens on the same results.
    const p2 = await open('?q=nghi+dinh+67&nam=2017')
    await p2.waitForFunction(() => document.getElementById('search-app')!.dataset.state === 'done')
    assert.deepEqual(await resultPaths(p2), ['/digest/bai-viet/thong-cao-so-17-ky-hop-thu-3-quoc-hoi-khoa-xiv/'])
    assert.equal(await p2.inputValue('#search-q'), 'nghi dinh 67')
    await p2.close()
    const p3 = await open('?q=nghi+quyet&nguon=NNVN')
    await p3.waitForFunction(() => document.getElementById('search-app')!.dataset.state === 'done')
    assert.deepEqual(await resultPaths(p3), [NONG_THON])
    await p3.close()
  })

  test('without JavaScript the page says so and links to the people and documents indexes', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false })
    const p = await context.newPage()
    await p.goto(`${site.served.url}tim-kiem/?q=hoang`)
    assert.ok(await p.locator('#search-nojs').isVisible())
    assert.match((await p.locator('#search-nojs').textContent()) ?? '', /cần JavaScript/)
    const hrefs = await p.locator('#search-nojs a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))
    assert.deepEqual(hrefs, ['/digest/nguoi/', '/digest/van-ban/'])
    await context.close()
    const q = await open()
    assert.equal(await q.locator('#search-nojs').isVisible(), false)
    await q.close()
  })

  test('keyboard only: reach the box, type, tab to a facet and toggle it; the count is announced', async () => {
    const p = await open()
    for (let i = 0; i < 12 && (await p.evaluate(() => document.activeElement?.id)) !== 'search-q'; i++) await p.keyboard.press('Tab')
    assert.equal(await p.evaluate(() => document.activeElement?.id), 'search-q')
    await p.keyboard.type('tau ca')
    await p.keyboard.press('Enter')
    await p.waitForFunction(() => document.getElementById('search-app')!.dataset.query === 'tau ca' && document.querySelectorAll('.search-result').length > 0)
    const status = p.locator('#search-status')
    assert.equal(await status.getAttribute('aria-live'), 'polite')
    assert.equal(await status.getAttribute('role'), 'status')
    assert.match((await status.textContent()) ?? '', /^Tìm thấy \d+ bài viết cho “tau ca”\.$/)
    let reached = ''
    for (let i = 0; i < 60 && !reached; i++) {
      await p.keyboard.press('Tab')
      reached = await p.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.facet ?? '')
    }
    assert.ok(reached, 'a facet button is reachable with Tab')
    await p.keyboard.press('Enter')
    await p.waitForFunction(() => document.querySelector('.search-facet button[aria-pressed="true"]') !== null)
    assert.equal(await p.evaluate(() => (document.activeElement as HTMLElement).getAttribute('aria-pressed')), 'true')
    assert.match((await status.textContent()) ?? '', /\(đang lọc\)\.$/)
    await type(p, 'zzzqqq')
    assert.match((await status.textContent()) ?? '', /^Không tìm thấy bài viết nào cho “zzzqqq”/)
    await p.close()
  })
})

describe('search page: Vietnamese matching', () => {
  test('diacritic-insensitive, đ folded explicitly; exact diacritics rank first', async () => {
    const p = await open()
    await type(p, 'hoang dang quang')
    assert.equal((await resultPaths(p))[0], SEED)
    await type(p, 'dang')
    const folded = await count(p)
    const foldedMarks = await p.$$eval('.search-result__snippet mark', (ms) => new Set(ms.map((m) => m.textContent!.toLowerCase())).size)
    assert.ok(foldedMarks > 1, 'dang matches several diacritic forms')
    await type(p, 'Đảng')
    assert.equal(await count(p), folded, 'same documents, folded')
    // Articles with the word as typed come first, then those with only other forms of it.
    const exact = await pagesContain(p, 'đảng', true)
    assert.ok(exact[0] && nonIncreasing(exact), JSON.stringify(exact))
    await p.close()
  })

  test('NFC/NFD and old/new tone placement match each other', async () => {
    const p = await open()
    const lists: string[][] = []
    for (const q of ['hòa bình', 'hoà bình', 'hòa bình'.normalize('NFD'), 'hoà bình'.normalize('NFD')]) {
      await type(p, q)
      lists.push(await resultPaths(p))
    }
    assert.ok(lists[0]!.length > 0)
    for (const l of lists) assert.deepEqual(l, lists[0])
    for (const [a, b] of [['ủy ban', 'uỷ ban'], ['thúy', 'thuý']]) {
      await type(p, a!)
      const x = await resultPaths(p)
      await type(p, b!)
      assert.deepEqual(await resultPaths(p), x, `${a} / ${b}`)
      assert.ok(x.length > 0, a)
    }
    await p.close()
  })

  test('adjacent syllables rank above scattered ones; quoted phrases match exactly', async () => {
    const p = await open()
    await type(p, 'can bo')
    const adjacent = await pagesContain(p, 'can bo')
    assert.ok(adjacent[0] && nonIncreasing(adjacent), `adjacent first: ${JSON.stringify(adjacent)}`)
    // More results exist than those with the phrase: the scattered ones come after.
    for (let shown = 6; shown < 24 && (await p.isVisible('#search-more')); shown += 6) {
      await p.click('#search-more')
      await p.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, shown)
    }
    const all = await pagesContain(p, 'can bo')
    assert.ok(nonIncreasing(all) && all.includes(false), JSON.stringify(all))
    await type(p, '"cán bộ"')
    const quoted = await pagesContain(p, 'can bo')
    assert.ok(quoted.length > 0 && quoted.every(Boolean), JSON.stringify(quoted))
    // A quoted phrase with diacritics keeps them: "Đảng bộ" is not "đăng bộ" or "dạng bộ".
    await type(p, '"Đảng bộ"')
    const exact = await pagesContain(p, 'đảng bộ', true)
    assert.ok(exact.length > 0 && exact.every(Boolean), JSON.stringify(exact))
    await type(p, '"dang bo"')
    assert.ok((await count(p)) >= exact.length)
    await p.close()
  })

  test('document symbols match as written and as typed', async () => {
    const p = await open()
    for (const q of ['26-NQ/TW', '26 nq tw', 'nq 26', '26-nq/tw', 'Nghị quyết 26']) {
      await type(p, q)
      const paths = await resultPaths(p)
      assert.ok(paths.includes(SEED) && paths.includes(NONG_THON), `${q}: ${paths.join(' ')}`)
    }
    for (const q of ['67/2014/NĐ-CP', '67/2014/nd-cp', 'nd 67', '67 nđ cp', 'NĐ 67']) {
      await type(p, q)
      const paths = await resultPaths(p)
      assert.ok(ND67.every((u) => paths.includes(u)), `${q}: ${paths.join(' ')}`)
    }
    await p.close()
  })

  test('prefix matching while typing, and one typo in a longer word', async () => {
    const p = await open()
    await type(p, 'boi duo')
    assert.ok((await resultPaths(p)).includes(SEED))
    await type(p, 'hoang dang qu')
    assert.equal((await resultPaths(p))[0], SEED)
    assert.deepEqual(await entityTexts(p), ['Hoàng Đăng Quang — 1 bài viết'])
    await type(p, 'dao tao boi duonh can bo')
    assert.equal((await resultPaths(p))[0], SEED)
    await p.close()
  })
})
