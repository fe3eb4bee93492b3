/**
 * Rules added after the thirteenth held-out check (test/fixtures/heldout13.jsonl, no longer
 * blind), each on a real sentence of ../shared/corpus/ (file cited in the test name), with
 * its siblings found by running the extractor over the whole corpus before and after.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract, names } from './run-extract.ts'

test('an age or year of birth after a name makes it a person, even after a number that reads like a house number (vntc 003796, 001747)', () => {
  assert.deepEqual(names('1. Tài xế xe 53M 4321 Phan Văn Trí, SN 1976, ngụ ấp Hiệp Tam, Thị trấn Định Quán, Đồng Nai.'), ['Phan Văn Trí'])
  assert.deepEqual(names('Những người tử vong gồm: 1. Ngô Việt, 1934, ngụ phường Hiệp Thành, quận 12, TPHCM.'), ['Ngô Việt'])
  // Trap: an address is still an address.
  assert.deepEqual(names('Cửa hàng ở số 4321 Phan Văn Trị, quận Gò Vấp, mở cửa từ 7 giờ.'), [])
})

test('a given name alone that starts a sentence, followed by an age, is a person (vntc 003176, 000778)', () => {
  assert.deepEqual(names('Tin tức về ca sĩ đã không còn là đề tài nóng. Tùng, 13 tuổi, sau khi hỏi mẹ về chất độc da cam, đã tự lên mạng tìm hiểu.'), ['Tùng'])
  // Trap: a place that starts a sentence before a comma is no person.
  assert.deepEqual(names('Năm nay có nhiều đoàn khách. Hà Nội, 13 giờ, trời vẫn mưa.'), [])
})

test('readers signing their letters at the end, `Name (place)` and nothing else, are no people of the article (vntc 004090, 004272, 004275)', () => {
  const letter = (signature: string) =>
    extract(`Có tuyển lao động sang Anh?\nTôi 30 tuổi, tốt nghiệp trung cấp du lịch, có nguyện vọng đi làm việc ở Anh.\n${signature}\n- Ông Ngô Văn Thu, Giám đốc Trung tâm Dịch vụ Du lịch, trả lời: việc đưa lao động sang Anh đã tạm ngưng.`).people.map((p) => p.name)
  assert.deepEqual(letter('Nguyễn Hữu Thức (Thái Văn Lung, Q.6 - TPHCM)'), ['Ngô Văn Thu'])
  assert.deepEqual(letter('Nguyễn Xuân Sơn (Q.Tân Bình - TPHCM); Minh Châu (TPHCM)'), ['Ngô Văn Thu'])
  // Trap: a person introduced with a title in brackets, in the text, stays.
  assert.deepEqual(letter('Theo ông Trần Văn Lộc (Giám đốc Sở Lao động), thị trường này sẽ mở lại.'), ['Trần Văn Lộc', 'Ngô Văn Thu'])
})

test('a rank in apposition after a name is a cue, as a title is (vntc 002639 "Vi Văn Mạn, Thiếu tướng, Chính ủy Quân khu 1")', () => {
  assert.deepEqual(names('79. Hồ Xuân Mãn, Bí thư Tỉnh uỷ Thừa Thiên- Huế 80. Vi Văn Mạn, Thiếu tướng, Chính ủy Quân khu 1 81. Nông Đức Mạnh, Tổng Bí thư'), ['Hồ Xuân Mãn', 'Vi Văn Mạn', 'Nông Đức Mạnh'])
})
