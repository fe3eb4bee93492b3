/**
 * Rules added after the fifth held-out check (test/fixtures/heldout5.jsonl, no longer blind),
 * each on a real sentence of ../shared/corpus/ (file cited in the test name), with siblings
 * found by searching the whole corpus for the same pattern.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract, article, keys, names } from './run-extract.ts'

test('a full name after a title ending in its unit of local government is the holder (baomoi 000812, vntc 000517, baomoi 001277)', () => {
  assert.deepEqual(
    names('Tại phiên tòa sơ thẩm, đại diện theo ủy quyền của Chủ tịch UBND TP Đông Hà là Phó Chủ tịch UBND TP Phạm Văn Dũng, song ông Dũng vắng mặt không có lý do.'),
    ['Phạm Văn Dũng'],
  )
  assert.deepEqual(names('Liên quan đến vụ việc nêu trên, chiều nay, Phó chủ tịch UBND thành phố Nguyễn Thành Tài đã chỉ đạo.'), ['Nguyễn Thành Tài'])
  assert.deepEqual(names('Cụ thể, cựu Chủ tịch xã Nguyễn Văn Sơn đã ký nhiều chứng từ.'), ['Nguyễn Văn Sơn'])
  // Traps: a city named after a person, and `Tỉnh Đoàn` (the provincial Youth Union) with its province.
  assert.deepEqual(names('Chủ tịch UBND TP Hồ Chí Minh Lê Thanh Hải cho biết.'), ['Lê Thanh Hải'])
  assert.deepEqual(names('Bí thư Tỉnh Đoàn Quảng Trị cho biết thêm.'), [])
})

test('common nouns ending in an organisation word do not hide the name after them (vntc 000243, vntc 001437, vntc 000445)', () => {
  assert.deepEqual(
    names('Chiều nay, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Huy Ngọ yêu cầu khoanh vùng dịch ngay từ cấp xã.'),
    ['Lê Huy Ngọ'],
  )
  assert.deepEqual(names('Câu hỏi đặt ra với Thứ trưởng Bộ Tài nguyên - môi trường Đặng Hùng Võ là rất rõ.'), ['Đặng Hùng Võ'])
  assert.deepEqual(names('Chủ nhiệm Ủy ban các vấn đề xã hội Nguyễn Thị Hoài Thu cho biết.'), ['Nguyễn Thị Hoài Thu'])
  // The last part of an abbreviated ministry is no organisation word (baomoi 000018).
  assert.deepEqual(names('Thứ trưởng Bộ TT&TT Nguyễn Minh Hồng chủ trì hội nghị.'), ['Nguyễn Minh Hồng'])
  // Trap: a school named after a person stays a school.
  assert.deepEqual(names('Thầy giáo dạy tại trường Nguyễn Văn Tố nhiều năm.'), [])
})

test('readers signing an online question are not listed, nor are the answers\' short references to them (vntc 002768, vntc 001886, vntc 001732)', () => {
  assert.deepEqual(
    names('Trường có đào tạo ngành này trong năm 2004, 2005 (Trương Lê Khánh, 19 tuổi, Nam, 36/9 Nguyễn Khuyến, Học sinh). - Giảng viên cao cấp Nguyễn Quốc Bảo, Phó hiệu trưởng: Có.'),
    ['Nguyễn Quốc Bảo'],
  )
  assert.deepEqual(names('Vậy thì vì sao lại như thế? Vì từ trước đến giờ VN chưa từng bị ĐĐ. (Huỳnh Mai, 23 tuổi, dhuynhmai@) - TS Lê Tử Sơn: Không.'), ['Lê Tử Sơn'])
  const { people } = extract(
    `Hỏi đáp\nTôi muốn ĐKHK vào nhà đang thuê thì cần những điều kiện, thủ tục gì? (Lê Văn Toàn, Q.7)\n- Trường hợp của anh Toàn là ĐKHK vào nhà thuê.\nKết thúc bài viết.`,
  )
  assert.deepEqual(people, [])
  // Trap: a person's age in parentheses after the name is no signature.
  assert.deepEqual(names('Nạn nhân là ông Nguyễn Văn Hùng (45 tuổi, ngụ xã Tân An) đã tử vong.'), ['Nguyễn Văn Hùng'])
})

test('names in pairs and after spelled-out honours, ranks and "tên" (vntc 000457, baomoi 001218, baomoi 000468)', () => {
  assert.deepEqual(names('Tiết mục múa do 2 nghệ sĩ ưu tú Vương Linh - Đặng Hùng biên đạo do các diễn viên trẻ của đoàn thể hiện.'), ['Vương Linh', 'Đặng Hùng'])
  assert.deepEqual(
    names('Tướng Thanh chính là đối thủ đáng gờm của tướng Williams Westmoreland - người hùng của quân đội Mỹ từ Thế chiến thứ II.'),
    ['Williams Westmoreland'],
  )
  // Trap: `tên Công ty` is a company's name, not a person called Công.
  assert.deepEqual(names('Lĩnh vực kinh doanh này sẽ do Công ty con tên Công ty TNHH Nhã Khắc Lâm chuyên sâu.'), [])
})

test('a plenum resolution named with its symbol in parentheses is that one document (baomoi 000787)', () => {
  const { documents } = extract(
    article('Ngày 3/6/2017, Tổng Bí thư đã ký ban hành Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XII về tiếp tục cơ cấu lại, đổi mới và nâng cao hiệu quả doanh nghiệp nhà nước (Nghị quyết số 12-NQ/TW). Nghị quyết Hội nghị TƯ 5 khóa XII được phổ biến.'),
  )
  assert.deepEqual(documents.map((d) => [d.key, d.number]), [['12-NQ/TW', '12']])
  assert.equal(documents[0]!.mentions.length, 3)
})

test('a document number before a word that begins with a unit word is still a number (baomoi 001035, baomoi 000581)', () => {
  assert.deepEqual(keys('Trước đó, 18 chủ tàu thép đóng mới theo Nghị định 67 đồng loạt gửi đơn kiến nghị.'), ['Nghị định 67'])
  assert.deepEqual(keys('Năm 2013, UBND tỉnh đã phê duyệt Quyết định số 2842 đồng ý xây dựng làng nghề.'), ['Quyết định 2842'])
  // Trap: a quantity of money is no document number.
  assert.deepEqual(keys('Mức phạt theo Nghị định 67 đồng.'), [])
})

test('names listed after a street, crossing or school word are more of the same (vntc 003088, vntc 001161, vntc 002265)', () => {
  assert.deepEqual(names('Tại giao lộ Trần Cao Vân - Phùng Khắc Khoan ngày 1/9, chúng tôi chứng kiến cảnh kẹt xe.'), [])
  assert.deepEqual(names('Mưa lớn gây ngập trên hàng loạt tuyến đường Nguyễn Văn Trỗi, Phan Đình Phùng, Trần Huy Liệu... trong nhiều giờ.'), [])
  assert.deepEqual(names('Lực lượng cứu hộ đã bảo vệ an toàn cho 300 em học sinh của Trường tiểu học Nguyễn Đình Chính.'), [])
  // Trap: a titled person listed after a street is a person (`đường Lê Lợi, Chủ tịch … X` reads as two things).
  assert.deepEqual(names('Đoàn đi qua đường Lê Lợi, Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng tiếp đoàn.'), ['Nguyễn Văn Hùng'])
})
