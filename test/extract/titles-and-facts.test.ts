/**
 * Rules added after the corpus spot-check of the 30 most-mentioned people and documents:
 * titles that belong to the next person of a list, credits and list numbers glued on, and
 * the facts a document page shows (issuer, summary). Real sentences of ../shared/corpus/.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { article, extract, names } from './run-extract.ts'

const titlesOf = (text: string, name: string) => extract(article(text)).people.find((p) => p.name === name)?.titles
const documentOf = (text: string, key: string) => extract(article(text)).documents.find((d) => d.key === key)

test('trap: "title + name" after a name is the next person of a list, not a title (baomoi 000024, baomoi 001028)', () => {
  const text = 'Từ phải sang: Chủ tịch Hồ Chí Minh, Chủ nhiệm Tổng cục Chính trị Nguyễn Chí Thanh, Tổng Bí thư Trường Chinh, Phó Thủ tướng Phạm Văn Đồng tại Việt Bắc.'
  assert.deepEqual(titlesOf(text, 'Hồ Chí Minh'), ['Chủ tịch'])
  const list = 'Trưởng Ban Tuyên giáo Trung ương Võ Văn Thưởng, Bộ trưởng Bộ Công an Tô Lâm; Chủ tịch Hội nhà báo Việt Nam Thuận Hữu.'
  assert.deepEqual(titlesOf(list, 'Võ Văn Thưởng'), ['Trưởng Ban Tuyên giáo Trung ương'])
  assert.deepEqual(titlesOf(list, 'Tô Lâm'), ['Bộ trưởng Bộ Công an'])
  // A foreign leader after a bare head is the next person too (vntc: "Chủ tịch Cayxỏn Phômvihản"),
  // while a foreign firm ends a title (baomoi 000853).
  assert.deepEqual(titlesOf('Quan hệ đó do Chủ tịch Hồ Chí Minh, Chủ tịch Cayxỏn Phômvihản cùng các thế hệ vun đắp.', 'Hồ Chí Minh'), ['Chủ tịch'])
  assert.deepEqual(
    titlesOf('Ông Teddy Trương Thưởng, trợ lý giám đốc bán hàng của Công ty Xin Min Hua Pte Ltd (Singapore), cho biết.', 'Teddy Trương Thưởng'),
    ['trợ lý giám đốc bán hàng của Công ty Xin Min Hua Pte Ltd'],
  )
})

test('trap: a title chain stops at words that are not titles (vntc 003142 "đoàn đại biểu già làng, trưởng bản …, nhân dịp … viếng Chủ tịch Hồ Chí Minh")', () => {
  const text = 'Phó chủ tịch nước Trương Mỹ Hoa đã tiếp thân mật đoàn đại biểu già làng, trưởng bản tỉnh Gia Lai, nhân dịp đoàn ra thăm thủ đô Hà Nội và vào lăng viếng Chủ tịch Hồ Chí Minh.'
  assert.deepEqual(titlesOf(text, 'Hồ Chí Minh'), ['Chủ tịch'])
})

test('trap: "thừa ủy quyền của Thủ tướng Chính phủ", "chất vấn của Bộ trưởng …" name another person (baomoi 000323, baomoi 000905)', () => {
  assert.deepEqual(titlesOf('Ngày 9/2/2017, thừa ủy quyền của Thủ tướng Chính phủ, Phó Thủ tướng Vương Đình Huệ đã ký Công văn số 204/TTg-ĐMDN.', 'Vương Đình Huệ'), ['Phó Thủ tướng'])
  assert.deepEqual(
    titlesOf('Kết thúc phần trả lời chất vấn của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân phát biểu một số vấn đề.', 'Nguyễn Thị Kim Ngân'),
    ['Chủ tịch Quốc hội'],
  )
  // A bare "của" keeps the chain: one person holds both titles (baomoi 001283).
  assert.deepEqual(titlesOf('Trong hai ngày 11 và 12/7, tại Đà Nẵng, dưới sự chủ trì của Thứ trưởng, Tổng Giám đốc Nguyễn Thị Minh, Bảo hiểm xã hội Việt Nam đã tổ chức Hội nghị.', 'Nguyễn Thị Minh'), [
    'Thứ trưởng',
    'Tổng Giám đốc',
  ])
})

test('trap: a list number glued to the previous entry ends its title (vntc 002639 "… tỉnh Quảng Trị104 Nguyễn Xuân Phúc, Phó Tổng Thanh tra Chính phủ105.")', () => {
  const text = '103. Lê Hữu Phúc, Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh Quảng Trị104 Nguyễn Xuân Phúc, Phó Tổng Thanh tra Chính phủ105. Võ Hồng Phúc, Bộ trưởng Bộ Kế hoạch và Đầu tư106. Giàng Seo Phử'
  assert.deepEqual(titlesOf(text, 'Nguyễn Xuân Phúc'), ['Phó Tổng Thanh tra Chính phủ'])
  assert.deepEqual(titlesOf(text, 'Lê Hữu Phúc'), ['Phó Bí thư Tỉnh uỷ', 'Chủ tịch UBND tỉnh Quảng Trị'])
})

test('trap: a photo credit stops where the next sentence starts (baomoi 000452 "Ảnh: Trường Phong Sáng 13/5, Phó Thủ tướng Chính phủ Vũ Đức Đam")', () => {
  const text = 'Phó Thủ tướng Vũ Đức Đam. Ảnh: Trường Phong Sáng 13/5, Phó Thủ tướng Chính phủ Vũ Đức Đam chủ trì cuộc đối thoại.'
  assert.deepEqual(names(text), ['Vũ Đức Đam'])
  assert.deepEqual(titlesOf(text, 'Vũ Đức Đam'), ['Phó Thủ tướng Chính phủ'])
})

test('trap: a fourth "name" word that the article also leaves off is a glued sentence (vntc 004379 "Nguyễn Minh Hiển Trao đổi với …")', () => {
  assert.deepEqual(names('"Không tăng học phí đồng loạt" Bộ trưởng Bộ GD-ĐT Nguyễn Minh Hiển Trao đổi với Bộ trưởng Giáo dục Nguyễn Minh Hiển về đề án điều chỉnh học phí.'), [
    'Nguyễn Minh Hiển',
  ])
})

test('the issuing body is the name, not the sentence after it (baomoi 000172, baomoi 000247)', () => {
  assert.equal(
    documentOf('Nghị định 46/2016/NĐ-CP của Chính phủ quy các mức xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ và đường sắt đã nêu rõ.', '46/2016/NĐ-CP')?.issuer,
    'Chính phủ',
  )
  assert.equal(documentOf('Bình luận về Thông tư 332 của Bộ Tài chính nhiều chủ đầu tư bất động sản cho rằng, có ít nhất thêm 5 trường hợp.', 'Thông tư 332')?.issuer, 'Bộ Tài chính')
  assert.equal(documentOf('theo Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh Quảng Nam về việc phê duyệt.', '12/QĐ-UBND')?.issuer, 'Ủy ban nhân dân tỉnh Quảng Nam')
})

test('the summary stops at a colon or a new clause after a comma (baomoi 000585, baomoi 000404)', () => {
  assert.equal(documentOf('Nghị định 49 về thuê bao trả trước: Nhà mạng có thể bị phạt tới hàng trăm tỷ đồng.', 'Nghị định 49')?.summary, 'về thuê bao trả trước')
  assert.equal(
    documentOf('Bộ NN&PTNT cho biết, triển khai thực hiện Nghị định 67 của Chính phủ về một số chính sách phát triển thủy sản, theo báo của các địa phương, hiện đã có 557 tàu cá đóng mới.', 'Nghị định 67')?.summary,
    'về một số chính sách phát triển thủy sản',
  )
})

test('the summary stops before "có hiệu lực" and ", quy định …" (baomoi 000126, baomoi 001209)', () => {
  assert.equal(
    documentOf('căn cứ theo Nghị định 155/2016/NĐ-CP của Chính phủ về xử phạt hành chính trong lĩnh vực bảo vệ môi trường có hiệu lực từ ngày 1.2.2017, hành vi tiểu bậy nơi công cộng bị phạt.', '155/2016/NĐ-CP')?.summary,
    'về xử phạt hành chính trong lĩnh vực bảo vệ môi trường',
  )
  assert.equal(
    documentOf('của Chính phủ sửa đổi, bổ sung Nghị định 163/2006/NĐ-CP về giao dịch đảm bảo, quy định bên thế chấp giữ giấy đăng ký phương tiện giao thông trong trường hợp tài sản.', '163/2006/NĐ-CP')?.summary,
    'về giao dịch đảm bảo',
  )
})
