import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { before, test } from 'node:test'
import fg from 'fast-glob'
import { articlesFile, documentsFile, peopleFile } from '../../src/render/data-schema.ts'
import type { BuildResult } from '../../src/build.ts'
import { buildSample } from '../helpers/build-sample.ts'

let outDir: string
let result: BuildResult
const page = (url: string) => readFile(path.join(outDir, url, url.endsWith('.html') ? '' : 'index.html'), 'utf8')
const json = async (name: string): Promise<unknown> => JSON.parse(await readFile(path.join(outDir, 'data', name), 'utf8'))

before(async () => {
  ;({ outDir, result } = await buildSample())
})

test('the sample builds without errors and every content file becomes an article', async () => {
  const sources = await fg('**/*.{txt,md,html,htm}', { cwd: 'content' })
  assert.equal(result.errors, 0, JSON.stringify(result.files.flatMap((f) => f.messages.map(String))))
  assert.equal(result.built, sources.length)
  assert.ok(result.written)
})

test('home, 404, search, people and documents index pages exist, in Vietnamese', async () => {
  for (const url of ['', '404.html', 'tim-kiem/', 'nguoi/', 'van-ban/']) {
    assert.match(await page(url), /<html lang="vi">/)
  }
  assert.match(await page(''), /Bài viết mới nhất/)
})

test('articles.json, people.json and documents.json validate against their schemas', async () => {
  const articles = articlesFile.parse(await json('articles.json'))
  peopleFile.parse(await json('people.json'))
  documentsFile.parse(await json('documents.json'))
  assert.equal(articles.length, result.built)
  for (const name of ['articles', 'people', 'documents']) {
    const schema = (await json(`${name}.schema.json`)) as { type: string }
    assert.equal(schema.type, 'array')
  }
})

test('the seed article page has no footer debris and its lede once', async () => {
  const articles = articlesFile.parse(await json('articles.json'))
  const seed = articles.find((a) => a.source === 'seed/000_d001d31c2c28c4b5.txt')!
  const html = await page(seed.url)
  for (const debris of ['Techzvn', 'Post a Comment', 'Previous Post', '×Close', 'Thảo Luận']) assert.ok(!html.includes(debris), debris)
  assert.equal(html.split('Sáng 25/5, Ban Tổ chức Trung ương tổ chức').length - 1, 1)
})

test('the seed yields its people and documents, and their pages link back to it', async () => {
  const articles = articlesFile.parse(await json('articles.json'))
  const seed = articles.find((a) => a.source === 'seed/000_d001d31c2c28c4b5.txt')!
  const names = seed.people.map((p) => p.name)
  for (const name of ['Hoàng Đăng Quang', 'Nguyễn Thị Tuyến']) {
    assert.ok(names.includes(name), `${name} not among ${names.join(', ')}`)
    const person = seed.people.find((p) => p.name === name)!
    const html = await page(person.url!)
    assert.match(html, new RegExp(`<h1>${name}</h1>`))
    assert.ok(html.includes(`href="../../${seed.url}"`), `${person.url} does not link to ${seed.url}`)
  }
  const resolution = seed.documents.find((d) => d.key === '26-NQ/TW')!
  assert.equal(resolution.date, '2018-05-19')
  assert.match(resolution.issuer ?? '', /Hội nghị Trung ương 7/)
  const html = await page(resolution.url)
  assert.ok(html.includes(`href="../../${seed.url}"`))
  assert.match(html, /Hội nghị Trung ương 7/)
  const keys = seed.documents.map((d) => d.key)
  for (const key of ['04-ĐA/TU', 'Nghị quyết Đại hội XIII']) assert.ok(keys.includes(key), `${key} not among ${keys.join(', ')}`)
})

test('every link in every page resolves to a file of the site', async () => {
  const pages = await fg('**/*.html', { cwd: outDir })
  let checked = 0
  for (const file of pages) {
    const html = await readFile(path.join(outDir, file), 'utf8')
    for (const [, href] of html.matchAll(/(?:href|src)="([^"#?]+)[^"]*"/g)) {
      if (/^[a-z]+:/.test(href!)) continue
      // 404.html links from the site root: hosts serve it at any URL.
      const target = href!.startsWith('/') ? path.join(outDir, href!) : path.resolve(path.dirname(path.join(outDir, file)), href!)
      const candidates = href!.endsWith('/') ? [path.join(target, 'index.html')] : [target]
      const exists = await Promise.any(candidates.map((c) => readFile(c))).then(() => true, () => false)
      assert.ok(exists, `${file}: broken link ${href}`)
      checked++
    }
  }
  assert.ok(checked > 500, `only ${checked} links checked`)
})

test('the 26-NQ/TW of 2018 (seed) and of 2008 (baomoi 000794) are two documents', async () => {
  const documents = documentsFile.parse(await json('documents.json'))
  const namesakes = documents.filter((d) => d.key === '26-NQ/TW')
  assert.equal(namesakes.length, 2, namesakes.map((d) => d.id).join(', '))
  assert.notEqual(namesakes[0]!.url, namesakes[1]!.url)
})

test('a person page lists the titles held, with dates where known', async () => {
  const people = peopleFile.parse(await json('people.json'))
  const quang = people.find((p) => p.name === 'Hoàng Đăng Quang')!
  assert.ok(quang.titles.some((t) => t.title === 'Phó Trưởng ban Tổ chức Trung ương'))
  assert.match(await page(quang.url), /Phó Trưởng ban Tổ chức Trung ương/)
})
