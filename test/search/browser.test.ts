/**
 * The search page in headless Chromium, over a small site built into a temp dir and
 * served under /digest/ (so every URL must respect the base path). Each test proves one
 * reader-facing promise with real queries.
 */
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import type { SearchEntity, SearchRecord } from '../../src/search/build-search-index.ts'
import { buildTestSite, launchBrowser, serve, ROOT, type Served } from './helpers.ts'

const SEED_URL = 'bai-viet/dao-tao-boi-duong-can-bo/'

async function records(): Promise<{ records: SearchRecord[]; entities: SearchEntity[] }> {
  const seedDir = path.resolve(ROOT, '../shared/seed')
  const seedFile = (await readdir(seedDir)).find((f) => f.endsWith('.txt'))!
  const lines = (await readFile(path.join(seedDir, seedFile), 'utf8')).split('\n').map((l) => l.trim()).filter(Boolean)
  const hdq = { name: 'Hoàng Đăng Quang', url: 'nguoi/hoang-dang-quang/' }
  const ntt = { name: 'Nguyễn Thị Tuyến', url: 'nguoi/nguyen-thi-tuyen/' }
  const nq26 = { key: '26-NQ/TW', label: 'Nghị quyết 26-NQ/TW', url: 'van-ban/26-nq-tw-2018/' }
  const nd67 = { key: '67/2014/NĐ-CP', label: 'Nghị định 67/2014/NĐ-CP', url: 'van-ban/67-2014-nd-cp/' }
  const r: SearchRecord[] = [
    { url: SEED_URL, title: lines[0]!, date: '2021-05-25', outlet: 'Techzvn', text: lines.slice(1).join('\n'), people: [hdq, ntt], documents: [nq26] },
    { url: 'bai-viet/tau-ca/', title: 'Tàu cá đóng theo Nghị định 67', date: '2017-03-02', outlet: 'Báo Mới',
      text: 'Ngư dân vay vốn theo Nghị định số 67/2014/NĐ-CP của Chính phủ. NĐ 67 hỗ trợ đóng tàu vỏ thép.', people: [], documents: [nd67] },
    { url: 'bai-viet/dang-bo/', title: 'Đảng bộ tỉnh tổng kết năm', date: '2016-12-30', outlet: 'Báo Mới',
      text: 'Đảng bộ tỉnh tổ chức hội nghị tổng kết. Phó Trưởng ban Hoàng Đăng Quang dự và phát biểu.', people: [hdq], documents: [] },
    { url: 'bai-viet/dang-tay/', title: 'Một tay dang thẳng', date: '2005-03-01', outlet: 'Người Lao Động',
      text: 'Cứ theo lời mẹ, một tay dang thẳng là tướng ngủ của người sướng. Không có chữ Đ ở đây.', people: [], documents: [] },
    { url: 'bai-viet/hoa-binh-moi/', title: 'Giữ gìn hoà bình', date: '2005-06-01', outlet: 'Tuổi Trẻ',
      text: 'Bài viết về hoà bình và hữu nghị, viết theo kiểu bỏ dấu mới: thuý, uỷ ban.', people: [], documents: [] },
    { url: 'bai-viet/xa-nhau/', title: 'Các từ đứng xa nhau', date: '2006-01-01', outlet: 'Thanh Niên',
      text: 'Ông Quang kể chuyện. Anh Hoàng ngồi nghe. Sau đó, người ta đăng bộ ảnh về cán bộ. Đào tạo thì khác.', people: [], documents: [] },
    { url: 'bai-viet/nong-thon/', title: 'Nông thôn mới theo Nghị quyết 26', date: '2017-04-10', outlet: 'Báo Mới',
      text: 'Nghị quyết số 26-NQ/TW năm 2008 về nông nghiệp, nông dân, nông thôn tiếp tục được triển khai.', people: [], documents: [nq26] },
  ]
  // Some corpus text around them, so ranking has something to beat.
  const corpusDir = path.resolve(ROOT, '../shared/corpus/vntc-chinh-tri-xa-hoi')
  const files = (await readdir(corpusDir)).filter((f) => f.endsWith('.txt')).sort().slice(0, 30)
  for (const f of files) {
    const ls = (await readFile(path.join(corpusDir, f), 'utf8')).replace(/\r/g, '').split('\n').map((l) => l.trim()).filter(Boolean)
    r.push({ url: `bai-viet/vntc-${f.replace('.txt', '')}/`, title: ls[0]!, outlet: 'VnExpress', text: ls.slice(1).join('\n'), people: [], documents: [] })
  }
  const entities: SearchEntity[] = [
    { kind: 'person', name: hdq.name, aliases: [], url: hdq.url, articleCount: 2 },
    { kind: 'person', name: ntt.name, aliases: [], url: ntt.url, articleCount: 1 },
    { kind: 'document', name: nq26.label, aliases: ['26-NQ/TW'], url: nq26.url, articleCount: 2 },
    { kind: 'document', name: nd67.label, aliases: ['NĐ 67'], url: nd67.url, articleCount: 1 },
  ]
  return { records: r, entities }
}

let dir = ''
let served: Served
let browser: Browser
let page: Page

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'search-site-'))
  const { records: r, entities } = await records()
  const { messages } = await buildTestSite(dir, r, entities, '/digest/')
  assert.deepEqual(messages, [])
  served = await serve(dir, '/digest/')
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await served?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

async function open(query = ''): Promise<Page> {
  page = await browser.newPage()
  await page.goto(`${served.url}tim-kiem/${query}`)
  await page.waitForFunction(() => document.getElementById('search-app')?.dataset.state !== undefined)
  return page
}

/** Types a query (as a phone keyboard would: one input event per character) and waits for its results. */
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

describe('search page', () => {
  test('seed queries find the seed article, first', async () => {
    const p = await open()
    for (const q of ['hoang dang quang', 'nghi quyet 26', '26-NQ/TW', 'dao tao boi duong can bo']) {
      await type(p, q)
      const paths = await resultPaths(p)
      assert.ok(paths.includes(`/digest/${SEED_URL}`), `${q}: ${paths.join(' ')}`)
      if (q === 'dao tao boi duong can bo') assert.equal(paths[0], `/digest/${SEED_URL}`, q)
      // Two short pages also carry the name or the symbol; the seed is among the first three.
      else assert.ok(paths.indexOf(`/digest/${SEED_URL}`) < 3, `${q}: ${paths.join(' ')}`)
    }
    await p.close()
  })

  test('a person or document named by the query is offered first, with its article count', async () => {
    const p = await open()
    await type(p, 'hoang dang quang')
    assert.deepEqual(await entityTexts(p), ['Hoàng Đăng Quang — 2 bài viết'])
    assert.equal(await p.$eval('.search-entity a', (a) => (a as HTMLAnchorElement).pathname), '/digest/nguoi/hoang-dang-quang/')
    // The entity block comes before the article list in reading order.
    assert.ok(await p.$eval('#search-entities', (e) => !!(e.compareDocumentPosition(document.getElementById('search-results')!) & Node.DOCUMENT_POSITION_FOLLOWING)))
    for (const q of ['nghi quyet 26', '26-NQ/TW', '26 nq tw', 'nq 26']) {
      await type(p, q)
      assert.deepEqual(await entityTexts(p), ['Nghị quyết 26-NQ/TW — 2 bài viết'], q)
    }
    await type(p, 'nd 67')
    assert.deepEqual(await entityTexts(p), ['Nghị định 67/2014/NĐ-CP — 1 bài viết'])
    await type(p, 'tau ca')
    assert.deepEqual(await entityTexts(p), [])
    await p.close()
  })

  test('diacritic-insensitive: dang finds Đảng, and exact diacritics rank first', async () => {
    const p = await open()
    await type(p, 'dang')
    const folded = await resultPaths(p)
    assert.ok(folded.includes('/digest/bai-viet/dang-bo/') && folded.includes('/digest/bai-viet/dang-tay/'))
    await type(p, 'Đảng')
    const exact = await resultPaths(p)
    assert.ok(exact.indexOf('/digest/bai-viet/dang-bo/') < exact.indexOf('/digest/bai-viet/dang-tay/'), exact.join(' '))
    await type(p, 'dang thang')
    assert.equal((await resultPaths(p))[0], '/digest/bai-viet/dang-tay/')
    await p.close()
  })

  test('tone placement and NFD do not matter', async () => {
    const p = await open()
    for (const q of ['hòa bình', 'hoà bình', 'hoa binh', 'hòa bình'.normalize('NFD'), 'thúy', 'ủy ban']) {
      await type(p, q)
      assert.ok((await resultPaths(p)).includes('/digest/bai-viet/hoa-binh-moi/'), q)
    }
    await p.close()
  })

  test('document symbols as written and as typed', async () => {
    const p = await open()
    for (const q of ['67/2014/NĐ-CP', '67/2014/nd-cp', 'nd 67', '67 nđ cp']) {
      await type(p, q)
      assert.equal((await resultPaths(p))[0], '/digest/bai-viet/tau-ca/', q)
    }
    for (const q of ['26-NQ/TW', '26 nq tw', 'nq 26', '26-nq/tw']) {
      await type(p, q)
      const paths = await resultPaths(p)
      assert.ok(paths.includes(`/digest/${SEED_URL}`) && paths.includes('/digest/bai-viet/nong-thon/'), `${q}: ${paths.join(' ')}`)
    }
    await p.close()
  })

  test('adjacent words rank above scattered ones; quoted phrases are exact', async () => {
    const p = await open()
    await type(p, 'hoang dang quang')
    const paths = await resultPaths(p)
    assert.ok(paths.indexOf('/digest/bai-viet/dang-bo/') < paths.indexOf('/digest/bai-viet/xa-nhau/'), paths.join(' '))
    await type(p, '"hoang dang quang"')
    const quoted = await resultPaths(p)
    assert.ok(!quoted.includes('/digest/bai-viet/xa-nhau/'), quoted.join(' '))
    assert.ok(quoted.includes('/digest/bai-viet/dang-bo/'))
    // Without diacritics a quoted phrase still folds; with them, it must match as typed.
    await type(p, '"dang bo"')
    const folded = await resultPaths(p)
    assert.ok(folded.includes('/digest/bai-viet/dang-bo/') && folded.includes('/digest/bai-viet/xa-nhau/'), folded.join(' '))
    await type(p, '"Đảng bộ"')
    const exact = await resultPaths(p)
    assert.ok(exact.includes('/digest/bai-viet/dang-bo/') && !exact.includes('/digest/bai-viet/xa-nhau/'), exact.join(' '))
    await p.close()
  })

  test('prefix matching while typing', async () => {
    const p = await open()
    await type(p, 'boi duo')
    assert.ok((await resultPaths(p)).includes(`/digest/${SEED_URL}`))
    await type(p, 'hoang dang qu')
    assert.equal((await resultPaths(p))[0], `/digest/${SEED_URL}`)
    await p.close()
  })

  test('a result shows title, date, outlet, highlighted snippet, and its people and documents as links', async () => {
    const p = await open()
    await type(p, 'hoang dang quang')
    const first = p.locator('.search-result', { has: p.locator(`h2 a[href$="${SEED_URL}"]`) })
    assert.equal(await first.locator('h2 a').textContent(), 'Đào tạo, bồi dưỡng cán bộ có đủ khả năng làm việc trong môi trường hội nhập quốc tế')
    assert.equal(await first.locator('time').getAttribute('datetime'), '2021-05-25')
    assert.equal(await first.locator('time').textContent(), '25/05/2021')
    assert.equal(await first.locator('.search-result__outlet').textContent(), 'Techzvn')
    const marks = await first.locator('.search-result__snippet mark').allTextContents()
    assert.ok(marks.includes('Hoàng') && marks.includes('Đăng') && marks.includes('Quang'), marks.join('|'))
    const links = await first.locator('.search-result__entities a').evaluateAll((as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).pathname]))
    assert.deepEqual(links, [
      ['Hoàng Đăng Quang', '/digest/nguoi/hoang-dang-quang/'],
      ['Nguyễn Thị Tuyến', '/digest/nguoi/nguyen-thi-tuyen/'],
      ['Nghị quyết 26-NQ/TW', '/digest/van-ban/26-nq-tw-2018/'],
    ])
    assert.equal(await first.locator('h2 a').evaluate((a) => (a as HTMLAnchorElement).pathname), `/digest/${SEED_URL}`)
    await p.close()
  })

  test('result count is announced in a polite live region', async () => {
    const p = await open()
    await type(p, 'tau ca')
    const status = p.locator('#search-status')
    assert.equal(await status.getAttribute('aria-live'), 'polite')
    assert.match((await status.textContent()) ?? '', /^Tìm thấy \d+ bài viết cho “tau ca”\.$/)
    await type(p, 'zzzqqq')
    assert.equal(await status.textContent(), 'Không tìm thấy bài viết nào cho “zzzqqq”.')
    await p.close()
  })

  test('facets have counts, combine, live in the URL, and the back button works', async () => {
    const p = await open()
    await type(p, 'hoang dang quang')
    const personFacet = p.locator('.search-facet button[data-facet="nguoi"][data-value="hoang-dang-quang"]')
    assert.match((await personFacet.textContent()) ?? '', /^Hoàng Đăng Quang \(2\)$/)
    await personFacet.click()
    await p.waitForFunction(() => new URL(location.href).searchParams.get('nguoi') === 'hoang-dang-quang')
    await p.waitForFunction(() => document.querySelectorAll('.search-result').length === 2)
    const yearFacet = p.locator('.search-facet button[data-facet="nam"][data-value="2021"]')
    await yearFacet.click()
    await p.waitForFunction(() => new URL(location.href).searchParams.get('nam') === '2021' && document.querySelectorAll('.search-result').length === 1)
    const url = new URL(p.url())
    assert.equal(url.searchParams.get('q'), 'hoang dang quang')
    assert.equal(url.searchParams.get('nguoi'), 'hoang-dang-quang')
    assert.equal(url.searchParams.get('nam'), '2021')
    assert.equal(await p.locator('.search-facet button[data-facet="nam"][data-value="2021"]').getAttribute('aria-pressed'), 'true')
    await p.goBack()
    await p.waitForFunction(() => !new URL(location.href).searchParams.has('nam') && document.querySelectorAll('.search-result').length === 2)
    await p.goBack()
    await p.waitForFunction(() => !new URL(location.href).searchParams.has('nguoi') && document.querySelectorAll('.search-result').length > 2)
    // A shared link with facets opens on the same results.
    const p2 = await open('?q=nghi+quyet&van-ban=26-nq-tw-2018&nguon=B%C3%A1o+M%E1%BB%9Bi')
    await p2.waitForFunction(() => document.getElementById('search-app')!.dataset.state === 'done')
    assert.deepEqual(await resultPaths(p2), ['/digest/bai-viet/nong-thon/'])
    assert.equal(await p2.inputValue('#search-q'), 'nghi quyet')
    await p2.close()
    await p.close()
  })

  test('keyboard only: type, tab to a facet, toggle it, reach the results', async () => {
    const p = await open()
    await p.keyboard.press('Tab') // header link
    await p.keyboard.press('Tab') // header search
    await p.keyboard.press('Tab') // header button
    await p.keyboard.press('Tab') // page search box
    assert.equal(await p.evaluate(() => document.activeElement?.id), 'search-q')
    await p.keyboard.type('tau ca')
    await p.keyboard.press('Enter')
    await p.waitForFunction(() => document.getElementById('search-app')!.dataset.query === 'tau ca' && document.querySelectorAll('.search-result').length > 0)
    let reached = ''
    for (let i = 0; i < 40 && !reached; i++) {
      await p.keyboard.press('Tab')
      reached = await p.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.facet ?? '')
    }
    assert.ok(reached, 'a facet button is reachable with Tab')
    await p.keyboard.press('Enter')
    await p.waitForFunction(() => document.querySelector('.search-facet button[aria-pressed="true"]') !== null)
    assert.equal(await p.evaluate(() => (document.activeElement as HTMLElement).getAttribute('aria-pressed')), 'true')
    await p.close()
  })

  test('without JavaScript the page says so and links to the people and documents indexes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const p = await context.newPage()
    await p.goto(`${served.url}tim-kiem/?q=hoang`)
    assert.ok(await p.locator('#search-nojs').isVisible())
    assert.match((await p.locator('#search-nojs').textContent()) ?? '', /cần JavaScript/)
    const hrefs = await p.locator('#search-nojs a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))
    assert.deepEqual(hrefs, ['/digest/nguoi/', '/digest/van-ban/'])
    await context.close()
    const q = await open()
    assert.equal(await q.locator('#search-nojs').isVisible(), false)
    await q.close()
  })

  test('the header search box on any page leads to results', async () => {
    const p = await browser.newPage()
    await p.goto(served.url)
    await p.fill('header input[name="q"]', 'hoang dang quang')
    await p.press('header input[name="q"]', 'Enter')
    await p.waitForURL(/\/digest\/tim-kiem\/\?q=hoang\+dang\+quang$/)
    await p.waitForFunction(() => document.getElementById('search-app')!.dataset.state === 'done')
    assert.ok((await resultPaths(p)).includes(`/digest/${SEED_URL}`))
    assert.equal(await p.inputValue('#search-q'), 'hoang dang quang')
    await p.close()
  })
})
