/**
 * Rules added after the seventh held-out check (test/fixtures/heldout7.jsonl, no longer blind),
 * each on a real sentence of ../shared/corpus/ (file cited in the test name), with siblings
 * found by searching the whole corpus for the same pattern.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract, article, keys, names } from './run-extract.ts'

test('a stage name given with the real name is that person, listed by the real name (baomoi 000664, vntc 002151)', () => {
  assert.deepEqual(
    names('Trả lời câu hỏi về lý do không xử lý diễn viên Minh Béo (tức Hồng Quang Minh) tại buổi họp báo, ông Tôn Thất Cần cho biết sau khi ông Hồng Quang Minh về nước, sở đã mời ông.'),
    ['Hồng Quang Minh', 'Tôn Thất Cần'],
  )
  // Trap: two full names, the article's own stays (vntc 002019).
  assert.deepEqual(names('Ông Trần Xuân Bách (tên khai sinh Vũ Thiện Tuấn) sinh ngày 23-5-1924.'), ['Trần Xuân Bách', 'Vũ Thiện Tuấn'])
})

test('two-word names right after a company and its kind are the company (baomoi 000190)', () => {
  assert.deepEqual(names('Tuy nhiên, ông Lê Hữu Nghĩa, Giám đốc Công ty TNHH Lê Thành, cho rằng không thể nào xây dựng được căn hộ với giá nói trên.'), ['Lê Hữu Nghĩa'])
  assert.deepEqual(names('Trong khi đó, ông Trương Anh Tuấn, Tổng Giám đốc Công ty Địa ốc Hoàng Quân, cho rằng hiện nay khó.'), ['Trương Anh Tuấn'])
})

test('farms, post offices and foreign religious titles are no part of a name (baomoi 000190, vntc 001781, baomoi 000411)', () => {
  assert.deepEqual(names('Vùng Nông trường Phạm Văn Hai (huyện Bình Chánh) còn quỹ đất công.'), [])
  assert.deepEqual(names('Sang đưa chúng tôi ra trước quán cà phê ở bưu điện Nguyễn Phúc Nguyên III bảo đứng chờ.'), [])
  assert.deepEqual(names('Lãnh tụ tối cao Iran, Đại giáo chủ Ayatollah Ali Khamenei, đã lên tiếng.'), ['Ali Khamenei'])
})

test('"Bác Hồ" is Hồ Chí Minh, by the fullest form the article writes, unless a place, idea or slogan (vntc 002489, baomoi 000418, vntc 003032)', () => {
  assert.deepEqual(names('Tự cường dân tộc theo tư tưởng chỉ đạo của Đảng và Bác Hồ là đòi hỏi và nhiệm vụ đặt ra.'), ['Hồ'])
  assert.deepEqual(
    names('Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Đó là tình cảm của cán bộ, chiến sĩ Quân đội với Bác Hồ kính yêu.'),
    ['Hồ Chí Minh'],
  )
  assert.deepEqual(names('Hai bên đẩy mạnh việc nâng cấp làng hữu nghị Thái - Việt và khu lưu niệm Bác Hồ tại Nakhon Phanom.'), [])
  assert.deepEqual(names('Tỉnh tổ chức tốt phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ”, với mục tiêu đặt ra.'), [])
})

test('a full symbol standing alone is a document of the type its code names (baomoi 001287, vntc 004491)', () => {
  assert.deepEqual(
    keys('Dự thảo Thông tư thay thế Thông tư số 15/2014/TT-BXD có điều khoản bãi bỏ các Thông tư sau: số 15/2014/TT-BXD ngày 15/9/2014; số 11/2009/TT-BXD ngày 18/6/2009, số 01/2010/TT-BXD ngày 8/1/2010 và 14/2010/TT-BXD.'),
    ['15/2014/TT-BXD', '11/2009/TT-BXD', '01/2010/TT-BXD', '14/2010/TT-BXD'],
  )
  const { documents } = extract(article('Ngày 22-9 UBND TPHCM đã Chỉ thị (số 26/2005/CT-UBND) cho Thường trực Hội đồng.'))
  assert.deepEqual(documents.map((d) => [d.key, d.type]), [['26/2005/CT-UBND', 'Chỉ thị']])
  // Trap: a date or a fraction is no symbol.
  assert.deepEqual(keys('Ngày 15/9/2014, tỷ lệ đạt 3/4 kế hoạch.'), [])
})

test('rules from the eighth held-out check: five-word names, place-like given names after a middle name, Thi Văn, ranks, descriptions (heldout8; corpus sentences)', () => {
  assert.deepEqual(names('Nổi cộm là hai vụ Lê Nguyễn Thị Ái Trâm bị khởi tố về tội buôn lậu.'), ['Lê Nguyễn Thị Ái Trâm'])
  assert.deepEqual(names('Phó Chủ tịch UBND quận Bình Tân Nguyễn Gia Thái Bình cho hay theo quy chuẩn.'), ['Nguyễn Gia Thái Bình'])
  assert.deepEqual(
    names('Thủ tướng đã ký bổ nhiệm 4 thứ trưởng Bộ Công an là các ông Thi Văn Tám, Đặng Văn Hiếu, Trương Hòa Bình và Trần Đại Quang.'),
    ['Thi Văn Tám', 'Đặng Văn Hiếu', 'Trương Hòa Bình', 'Trần Đại Quang'],
  )
  assert.deepEqual(names('Được sự ủy quyền của Lãnh đạo Bộ Quốc phòng, đồng chí Thiếu tướng Hồ Bá Vinh đã chủ trì họp báo.'), ['Hồ Bá Vinh'])
  // A comma alone is the sentence going on; an address or a role after it says who she is (vntc 002191, baomoi 000091).
  assert.deepEqual(names('Ngành điện vẫn phải điều tiết - ông Lương nói. Cũng theo ông Lương, căn cứ vào tình hình sử dụng điện, ngành điện sẽ tăng giá.'), [])
  assert.deepEqual(names('Bà Thu Hồng, hẻm 103 đường Bờ Bao Tân Thắng, phường Sơn Kỳ, cho biết.'), ['Thu Hồng'])
  // Traps: a place after a surname and a non-name word stays a place (baomoi 000561, vntc 002762).
  assert.deepEqual(names('Tiếp đến là Công ty Cổ phần Liên Minh Tiêu Dùng Việt Nam với mức phạt lớn.'), [])
  assert.deepEqual(names('CĐ Nông Lâm Bắc Giang (024) 874.387; CĐ Xây dựng số 1 Hà Nội.'), [])
})
