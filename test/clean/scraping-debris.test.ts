import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { test } from 'node:test'
import fg from 'fast-glob'
import type { Root } from 'hast'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { findRepeatedText } from '../../src/clean/find-repeated-text.ts'
import readTitle from '../../src/clean/read-title.ts'
import removeScrapingDebris from '../../src/clean/remove-scraping-debris.ts'
import { decodeText } from '../../src/parse/decode.ts'
import { parseArticle } from '../../src/parse/parse-article.ts'
import { processPath } from '../helpers/article.ts'
import { CORPUS, SEED } from '../helpers/paths.ts'

async function parseCorpus(pattern: string) {
  const sources = (await fg(pattern, { cwd: CORPUS })).sort()
  return Promise.all(sources.map(async (source) => {
    const file = new VFile({ path: source, value: decodeText(await readFile(CORPUS + source)).text, data: { source, format: 'txt' } })
    return { file, tree: await parseArticle(file) }
  }))
}

test('the seed loses its Techzvn footer and nothing else', async () => {
  const { blocks } = await processPath(SEED)
  for (const debris of ['Techzvn.Net', 'Thư viện thủ thuật Phần mềm - Windows - Android - IOS', 'Post a Comment', 'Previous Post Next Post', 'Thảo Luận', '×Close']) {
    assert.ok(!blocks.includes(debris), `"${debris}" is still in the body`)
  }
  assert.match(blocks.at(-1)!, /^Phát biểu kết luận hội thảo, .* trong quá trình hội nhập quốc tế hiện nay\.$/)
})

test('a footer no pattern names is found because it recurs across the build (VnExpress "Ý kiến của bạn")', async () => {
  const articles = await parseCorpus('vntc-chinh-tri-xa-hoi/0009*.txt')
  const repeated = findRepeatedText(articles.map(({ tree }) => tree), { minArticles: 3 })
  assert.ok(repeated.lines.has('ý kiến của bạn'))
  // Without the cross-article count, the generic patterns alone must not be what removed it.
  const clean = unified().use(removeScrapingDebris, { repeated }).freeze()
  const target = articles.find(({ file }) => file.data.source === 'vntc-chinh-tri-xa-hoi/000935.txt')!
  const tree = (await clean.run(structuredClone(target.tree), target.file)) as Root
  const last = tree.children.at(-1)
  assert.ok(target.file.data.removed?.includes('Ý kiến của bạn'))
  assert.equal(last?.type, 'element')
  assert.match(JSON.stringify(last), /\.\s*"/, 'the last paragraph left is body text ending a sentence')
})

test('a footer glued to the last paragraph is cut off (VISCO address block in Thanh Niên advertorials)', async () => {
  const articles = await parseCorpus('vntc-chinh-tri-xa-hoi/*.txt')
  const repeated = findRepeatedText(articles.map(({ tree }) => tree))
  assert.ok([...repeated.tails].some((tail) => tail.includes('viscohcm@visco.edu.vn')))
})

test('a body paragraph is never dropped: over the whole corpus, nothing removed reads as a sentence', async () => {
  const articles = await parseCorpus('*/*.txt')
  assert.ok(articles.length >= 6000)
  const repeated = findRepeatedText(articles.map(({ tree }) => tree))
  const clean = unified().use(readTitle).use(removeScrapingDebris, { repeated }).freeze()
  let removed = 0
  for (const { file, tree } of articles) {
    await clean.run(tree, file)
    for (const text of file.data.removed ?? []) {
      removed++
      assert.ok(!/[.!?…]["”]?$/u.test(text), `${file.data.source}: removed a sentence: "${text}"`)
      assert.ok(text.length <= 300, `${file.data.source}: removed ${text.length} characters: "${text.slice(0, 80)}…"`)
    }
  }
  assert.ok(removed > 50, `only ${removed} pieces of debris found across the corpus`)
})
