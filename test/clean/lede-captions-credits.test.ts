import assert from 'node:assert/strict'
import { test } from 'node:test'
import { processPath, processText } from '../helpers/article.ts'
import { CORPUS, SEED } from '../helpers/paths.ts'

test('the seed lede, repeated as the first body paragraph, appears once', async () => {
  const { blocks } = await processPath(SEED)
  const opening = 'Sáng 25/5, Ban Tổ chức Trung ương tổ chức Hội thảo khoa học'
  assert.equal(blocks.filter((block) => block.includes(opening)).length, 1)
  assert.match(blocks[0]!, /chủ trì hội thảo\.$/, 'the kept paragraph is the fuller body copy')
})

test('a baomoi sapo cut short with "..." is dropped when the body repeats it (baomoi 000010)', async () => {
  const { blocks } = await processPath(`${CORPUS}baomoi-2017-policy/000010.txt`)
  assert.ok(!blocks.some((block) => block.endsWith('23 tỉnh...')))
  assert.match(blocks[0]!, /gồm 291 xã thuộc 23 tỉnh được hỗ trợ/)
})

test('the seed photo caption under its alt text becomes a caption, not body text', async () => {
  const { article, blocks } = await processPath(SEED)
  const figure = article.body.children.find((node) => node.type === 'element' && node.tagName === 'figure')
  assert.ok(figure, 'no figure in the body')
  assert.match(JSON.stringify(figure), /figcaption.*Phó Bí thư Thường trực Thành ủy Nguyễn Thị Tuyến phát biểu tham luận tại hội thảo/)
  assert.ok(!blocks.includes('phó bí thư hà nội'), 'the alt text stayed in the body')
})

test('"Ảnh: …" glued into a paragraph is split into a caption and the paragraph (baomoi 000900)', async () => {
  const { article, blocks } = await processPath(`${CORPUS}baomoi-2017-policy/000900.txt`)
  const captions = article.body.children.filter((node) => node.type === 'element' && node.tagName === 'figure')
  assert.ok(captions.some((node) => JSON.stringify(node).includes('Ảnh: Phương Hoa - TTXVN')))
  assert.ok(blocks.some((block) => block.startsWith('Tiếp tục phiên chất vấn')))
})

test('a photo credit ends where the text goes on: a date or a lower-case word after the name (baomoi 000564)', async () => {
  const { blocks, article } = await processText('Sốt đất\nĐất nền khu vực quận 9 được rao bán. Ảnh: Thanh Hải Ngày 19-5, đồng chí Tất Thành Cang, Phó Bí thư Thường trực Thành ủy TPHCM đã chủ trì cuộc họp.')
  const captions = article.body.children.filter((node) => node.type === 'element' && node.tagName === 'figure')
  assert.ok(captions.some((node) => JSON.stringify(node).includes('rao bán. Ảnh: Thanh Hải"')))
  assert.ok(blocks.some((b) => b.startsWith('Ngày 19-5, đồng chí Tất Thành Cang, Phó Bí thư')))
  assert.deepEqual(article.people.map((p) => p.name), ['Tất Thành Cang'])
})

test('agency credits become the outlet: "(TTXVN)" at the end (baomoi 000169), "(NLĐ) -" at the start (VNTC 003633)', async () => {
  const end = await processPath(`${CORPUS}baomoi-2017-policy/000169.txt`)
  assert.equal(end.article.outlet, 'TTXVN')
  assert.ok(!end.blocks.at(-1)!.endsWith('(TTXVN)'))
  const start = await processPath(`${CORPUS}vntc-chinh-tri-xa-hoi/003633.txt`)
  assert.equal(start.article.outlet, 'NLĐ')
  assert.ok(!start.blocks.some((block) => block.startsWith('(NLĐ)')))
})

test('"Theo writer/outlet" glued to the end gives the outlet and the writer (baomoi 000700)', async () => {
  const { article, blocks } = await processPath(`${CORPUS}baomoi-2017-policy/000700.txt`)
  assert.equal(article.outlet, 'Vnexpress.net')
  assert.deepEqual(article.credits, ['Đắc Thành'])
  assert.ok(blocks.at(-1)!.endsWith('đến tháng 5/2019.'))
})

test('a writer\'s name alone on the last line is a byline, not body text', async () => {
  const { article, blocks } = await processText('Tiêu đề\nĐoạn một kết thúc ở đây.\nĐoạn hai cũng vậy.\nViệt Anh\n')
  assert.deepEqual(article.credits, ['Việt Anh'])
  assert.equal(blocks.at(-1), 'Đoạn hai cũng vậy.')
})
