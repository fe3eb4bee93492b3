import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import { useServedSample } from '../helpers/served-sample.ts'

let page: Page
const site = useServedSample('/', { search: false }, async ({ browser }) => {
  page = await browser.newPage({ viewport: { width: 390, height: 844 } })
})

test('from the home page a reader reaches an article, a person and a document by following links', async () => {
  await page.goto(site.served.url)
  assert.equal(await page.locator('h1').first().textContent(), 'Policy Digest')

  await page.locator('section[aria-labelledby="moi-nhat"] a').first().click()
  await page.waitForSelector('article.article')
  const articleTitle = await page.locator('article h1').textContent()
  assert.ok(articleTitle && articleTitle.length > 5)

  await page.goto(site.served.url)
  await page.locator('section[aria-labelledby="nhan-vat-noi-bat"] li a').first().click()
  const personName = await page.locator('main h1').textContent()
  await page.locator('#bai-viet ~ ol a, section[aria-labelledby="bai-viet"] ol a').first().click()
  await page.waitForSelector('article.article')
  assert.ok(await page.locator(`article a:text-is("${personName}")`).count() > 0, `the article does not link back to ${personName}`)

  await page.goto(site.served.url)
  await page.locator('section[aria-labelledby="van-ban-noi-bat"] li a').first().click()
  assert.ok(await page.locator('dl.facts').isVisible())
  await page.locator('section[aria-labelledby="bai-trich-dan"] ol a').first().click()
  await page.waitForSelector('article.article')
})

test('the seed article reads cleanly on a phone: no horizontal scroll, people linked inline', async () => {
  await page.goto(`${site.served.url}nguoi/hoang-dang-quang/`)
  await page.locator('section[aria-labelledby="bai-viet"] ol a').first().click()
  await page.waitForSelector('article.article')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`)
  assert.ok(await page.locator('.body a:text-is("Hoàng Đăng Quang")').count() > 0)
  assert.equal(await page.locator('.body >> text=Post a Comment').count(), 0)
})

test('an unknown URL shows the 404 page with a way back', async () => {
  const response = await page.goto(`${site.served.url}khong-co/`)
  assert.equal(response?.status(), 404)
  await page.locator('main a', { hasText: 'Về trang chủ' }).click()
  assert.equal(new URL(page.url()).pathname, '/')
})
