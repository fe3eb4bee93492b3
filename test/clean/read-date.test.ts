import assert from 'node:assert/strict'
import { test } from 'node:test'
import { processPath, processText } from '../helpers/article.ts'
import { SEED } from '../helpers/paths.ts'

test('the seed\'s "Sáng 25/5" is a partial date: day and month, year unknown', async () => {
  const { article } = await processPath(SEED)
  assert.deepEqual(article.date, { iso: '--05-25', precision: 'partial', from: 'text' })
})

test('a full date introduced as the article\'s own is read with its year', async () => {
  const { article } = await processText('Tiêu đề\nBộ trưởng trả lời chất vấn sáng 13/6/2017, tại Nhà Quốc hội.\n')
  assert.deepEqual(article.date, { iso: '2017-06-13', precision: 'day', from: 'text' })
})

test('a cited document\'s date is not the article\'s date', async () => {
  const { article } = await processText('Tiêu đề\nNghị định số 67/2014/NĐ-CP ngày 7/7/2014 của Chính phủ quy định chính sách.\n')
  assert.equal(article.date, undefined)
})

test('a date of some other event inside a sentence is not the article\'s date', async () => {
  const { article } = await processText('Tiêu đề\nLuật được thông qua và có hiệu lực từ ngày 1/7/2004, về cơ bản đã tạo hành lang.\n')
  assert.equal(article.date, undefined)
})

test('front matter\'s date wins over the text', async () => {
  const { article } = await processText('---\ndate: 2021-05-25\n---\n\n# Tiêu đề\n\nSáng 24/5, hội thảo diễn ra.\n', 'a.md')
  assert.deepEqual(article.date, { iso: '2021-05-25', precision: 'day', from: 'front-matter' })
})

test('an impossible day is not a date', async () => {
  const { article } = await processText('Tiêu đề\nSáng 31/2, hội thảo diễn ra.\n')
  assert.equal(article.date, undefined)
})
