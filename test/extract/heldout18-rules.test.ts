/**
 * Rules added after the eighteenth and nineteenth held-out checks (test/fixtures/heldout18.jsonl
 * and heldout19.jsonl, no longer blind), each on a real sentence of ../shared/corpus/ (file
 * cited in the test name), with its siblings found by running the extractor over the whole
 * corpus before and after.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract, keys, names } from './run-extract.ts'

test('readers signing a question in brackets, with an honorific or by their given names, are no people (vntc 002263, 003314)', () => {
  assert.deepEqual(names('Nay tôi phải làm gì để sớm nhận lại tiền? (Ông Nguyễn Chí Tín, 617/33-35 Nguyễn Kiệm, phường 9, quận Phú Nhuận)'), [])
  assert.deepEqual(names('Nay có được trả lại tiền SDĐ đã nộp? (Ông Phùng, ông Luyện, ông Bản, 6D-E-E 2 Vĩnh Viễn, P.2, Q.10)'), [])
  // Trap: a person named in brackets inside the text stays.
  assert.deepEqual(names('Theo lời kể của chủ tiệm (ông Nguyễn Văn Sáu, 54 tuổi), vụ cháy bắt đầu lúc nửa đêm.'), ['Nguyễn Văn Sáu'])
})

test('the author at the end with a co-author or an affiliation is a byline (baomoi 000298, 000456, 000341)', () => {
  const end = (last: string) => extract(`Tin tức\nUBND phường Thọ Quang đã được yêu cầu giải quyết sai phạm trong thời gian sớm nhất.\n${last}`).people.map((p) => p.name)
  assert.deepEqual(end('Vũ Vân Anh - Nguyễn Quang'), [])
  assert.deepEqual(end('Bảo vệ vững chắc độc lập, chủ quyền của Tổ quốc”. Bùi Xuân Việt, Học viện Chính trị Quốc gia Hồ Chí Minh'), [])
  // Trap: a closing sentence that quotes a person with a title.
  assert.deepEqual(end('Việc này sẽ xong trong tháng. Nguyễn Văn Bình, Chủ tịch UBND phường'), ['Nguyễn Văn Bình'])
})

test('words glued after a name by a missing full stop end it (baomoi 000380, 000537, 000739)', () => {
  assert.deepEqual(names('Nhiều xe khách quá đát tại bãi xe của ông Minh Ngay trước cổng bãi xe, ông Minh, chủ bãi xe, đặt hai cabin.'), ['Minh'])
  assert.deepEqual(names('Quy định bảo đảm an ninh hàng không Ảnh: Nguyễn Bình Cùng ngày, Cảng vụ Hàng không miền Nam đã ra quyết định.'), [])
  assert.deepEqual(names('Ông Nguyễn Hữu Luân – Tổng giám đốc Công ty cổ phần xe khách Phương Trang (FUTA Bus Lines) chia sẻ.'), ['Nguyễn Hữu Luân'])
})

test('a word glued on a symbol by a missing space is no part of its code (baomoi 001125, 001072, 000305)', () => {
  assert.deepEqual(keys('Hợp đồng lao động theo Nghị định số 204/2004/NĐ-CPngày 14/12/2004 của Chính phủ.'), ['204/2004/NĐ-CP'])
  assert.deepEqual(keys('Kiểm tra 18 tàu vỏ thép đóng theo Nghị định 67/CPvừa hạ thủy chưa lâu đã hỏng.'), ['67/CP'])
  // Trap: a code with its own lower-case tail stays whole.
  assert.deepEqual(keys('Theo Quyết định số 1722/QĐ-TTg của Thủ tướng.'), ['1722/QĐ-TTg'])
})
