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
