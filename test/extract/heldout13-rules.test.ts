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

test('`Sáng` ends a full name as its given name (baomoi 001065, 000255; vntc 000995)', () => {
  assert.deepEqual(names('Cụ thể, người đứng đầu Sở Nội vụ hiện nay là ông Trần Huy Sáng - Giám đốc; 8 Phó Giám đốc gồm có ông Nguyễn Ngọc Việt.'), ['Trần Huy Sáng', 'Nguyễn Ngọc Việt'])
  assert.deepEqual(names('Tiến sĩ Nguyễn Chí Sáng thuộc Viện Nghiên cứu cơ khí cho rằng, công nghệ là vấn đề nóng.'), ['Nguyễn Chí Sáng'])
})

test('what bears a name (`mang tên`, `đặt tên`) is no person; islands called `Cù Lao` are places (baomoi 000819, 000454; vntc 001280, 000314)', () => {
  assert.deepEqual(names('Đơn cử, quy hoạch khu đô thị lớn nhất Đông Nam Á mang tên Khu đô thị mới Thủ Thiêm (quận 2) từ 1996 vẫn treo.'), [])
  assert.deepEqual(names('Du khách ghé tàu cá mang tên Hướng Biển 01 của ngư dân Phan Thanh Trị.'), ['Phan Thanh Trị'])
  assert.deepEqual(names('Hình thành mô hình Khu dự trữ sinh quyển Cù Lao Chàm của Hội An; tàu ra Cù Lao Xanh mỗi sáng.'), [])
})

test('names listed after a park, school or street whose first items are no names are more of the same (vntc 000214, 000610, 001990)', () => {
  assert.deepEqual(names('Khoảng 54.000 giỏ hoa được bổ sung cho các công viên Tao Đàn, Lê Văn Tám, 23/9 và nhiều đường phố lớn.'), [])
  assert.deepEqual(names('Ba câu lạc bộ được thành lập tại 3 trường Trưng Nhị, Lưu Quý An, Tiền Châu.'), [])
  // Traps: a title ending in its place names the person after the comma; a named list member stops the search.
  assert.deepEqual(names('Chủ tịch xã Bình Trị, Nguyễn Văn Diên cho biết, tệ nạn ở các bãi vàng đã giảm.'), ['Nguyễn Văn Diên'])
  assert.deepEqual(names('Các đại biểu Quốc hội Nguyễn Minh Triết - bí thư Thành ủy TP.HCM, Nguyễn Đình Lộc - nguyên bộ trưởng Bộ Tư pháp đã phát biểu.'), ['Nguyễn Minh Triết', 'Nguyễn Đình Lộc'])
})

test('the signed answer of a legal Q&A (`Tư vấn bởi Luật sư …`) is a credit, not a person of the article (baomoi 000720, 000539)', () => {
  assert.deepEqual(names('Việc mở tài khoản cho con phải thông qua người đại diện theo pháp luật. Tư vấn bởi Luật sư Phạm Thị Bích Hảo, Công ty luật TNHH Đức An, Thanh Xuân, Hà Nội.'), [])
  assert.deepEqual(names('Người lao động được hưởng trợ cấp. Tư vấn bởi Luật sư Hoàng Tuấn Anh; Công ty Luật Themis; SĐT: 0986663459'), [])
  // Trap: a lawyer quoted in the article is a person.
  assert.deepEqual(names('Luật sư Lê Thị Thu Hường, Đoàn Luật sư TP.HCM, cũng cho rằng quyền lựa chọn dịch vụ là quyền cơ bản.'), ['Lê Thị Thu Hường'])
})
