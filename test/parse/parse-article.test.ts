import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { test } from 'node:test'
import { processPath, processText } from '../helpers/article.ts'
import { SAMPLE, SEED } from '../helpers/paths.ts'

test('a scraped .txt: first non-empty line is the title, other lines are paragraphs', async () => {
  const { article, blocks } = await processPath(SEED)
  assert.equal(article.title, 'Đào tạo, bồi dưỡng cán bộ có đủ khả năng làm việc trong môi trường hội nhập quốc tế')
  assert.match(blocks[0]!, /^Sáng 25\/5, Ban Tổ chức Trung ương/)
})

test('a baomoi dump: body on one line, paragraphs joined by two spaces, split back', async () => {
  const { blocks } = await processText('Tiêu đề bài\nĐoạn mở đầu khá dài để làm sapo.\nCâu một kết thúc.  Câu hai bắt đầu  đoạn mới ')
  assert.deepEqual(blocks.slice(1), ['Câu một kết thúc.', 'Câu hai bắt đầu đoạn mới'])
})

test('HTML character references a scraper left in a .txt are read as the characters (corpus: "Bộ NN&amp;PTNT")', async () => {
  const { article, blocks } = await processText('Thứ trưởng Bộ NN&amp;PTNT thăm ngư dân\nÔng Cao Đức Phát, quyền bộ trưởng Bộ NN&amp;PTNT, cho biết giá &gt; 5 triệu đồng.')
  assert.equal(article.title, 'Thứ trưởng Bộ NN&PTNT thăm ngư dân')
  assert.equal(blocks[0], 'Ông Cao Đức Phát, quyền bộ trưởng Bộ NN&PTNT, cho biết giá > 5 triệu đồng.')
  assert.deepEqual(article.people[0]?.titles, ['quyền bộ trưởng Bộ NN&PTNT'])
})

test('Markdown: front matter sets title, date and outlet; body paragraphs and headings kept', async () => {
  const { article, blocks } = await processText('---\ntitle: "Tiêu đề"\ndate: 2017-02-09\noutlet: Tuổi Trẻ\n---\n\nĐoạn một.\n\n## Mục hai\n\nĐoạn hai.\n', 'a.md')
  assert.equal(article.title, 'Tiêu đề')
  assert.deepEqual(article.date, { iso: '2017-02-09', precision: 'day', from: 'front-matter' })
  assert.equal(article.outlet, 'Tuổi Trẻ')
  assert.deepEqual(blocks, ['Đoạn một.', 'Mục hai', 'Đoạn hai.'])
})

test('invalid front matter is reported at the line of the bad field, the rest is kept', async () => {
  const { article, file } = await processText('---\ntitle: Tiêu đề\ndate: hôm qua\ntittle: x\n---\n\nĐoạn một.\n', 'bad.md')
  assert.equal(article.title, 'Tiêu đề')
  const reasons = file.messages.map((m) => `${m.line}: ${m.reason}`)
  assert.ok(reasons.some((r) => r.startsWith('3: Front matter field `date`')), reasons.join('\n'))
  assert.ok(reasons.some((r) => r.startsWith('4: ') && r.includes('tittle')), reasons.join('\n'))
})

test('YAML syntax errors are reported with their line', async () => {
  const { file } = await processText('---\ntitle: "open\n---\n\nĐoạn.\n', 'broken.md')
  assert.ok(file.messages.some((m) => m.ruleId === 'front-matter-yaml' && m.line !== undefined && m.line >= 2))
})

test('a saved HTML page yields its article, not its menus, related links, footer or scripts', async () => {
  const { article, blocks } = await processPath(`${SAMPLE}html/baomoi-000905.html`)
  const html = await readFile(`${SAMPLE}html/baomoi-000905.html`, 'utf8')
  const navText = /<nav[^>]*>([\s\S]*?)<\/nav>/.exec(html)![1]!.replace(/<[^>]+>/g, ' ').trim().split(/\s{2,}/)[0]!
  assert.ok(article.title.length > 10)
  assert.ok(!blocks.some((block) => block.includes(navText)), `menu text "${navText}" leaked into the body`)
  assert.ok(!blocks.some((block) => /©/.test(block)), 'footer leaked into the body')
  assert.equal(article.date?.iso, '2017-06-13')
})

test('a UTF-16LE saved page with CRLF reads as the same Vietnamese text', async () => {
  const { article } = await processPath(`${SAMPLE}html/vntc-003713.htm`)
  assert.match(article.title, /\p{L}{2,}/u)
  assert.ok(!article.title.includes('\uFFFD'))
})

test('HTML scripts and event handlers never reach the body', async () => {
  const { article } = await processText('<html><body><article><h1>T</h1><p onclick="alert(1)">Đoạn <script>alert(2)</script><a href="javascript:alert(3)">x</a> văn bản đủ dài.</p></article></body></html>', 'x.html')
  const html = JSON.stringify(article.body)
  assert.ok(!html.includes('alert'), html)
})
