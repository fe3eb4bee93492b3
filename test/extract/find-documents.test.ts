import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { article, extract, keys } from './run-extract.ts'

test('full State symbol after số (baomoi 000550, glued "số204")', () => {
  assert.deepEqual(keys('hợp đồng lao động theo bảng lương ban hành kèm theo Nghị định số204/2004/NĐ-CP.'), ['204/2004/NĐ-CP'])
})

test('stray spaces and dashes in a symbol are normalised (baomoi 000619 "134/2016/NĐ- CP"; respaced "56/ 2015/ NĐ - CP")', () => {
  assert.deepEqual(keys('Theo Nghị định 134/2016/NĐ- CP, hàng hóa xuất khẩu được miễn thuế.'), ['134/2016/NĐ-CP'])
  assert.deepEqual(keys('Theo Nghị định 56/ 2015/ NĐ - CP, hàng hóa xuất khẩu được miễn thuế.'), ['56/2015/NĐ-CP'])
})

test('Party symbol with an en dash (baomoi 000103 "Chỉ thị 40 – CT/TW")', () => {
  assert.deepEqual(keys('Hai năm trước, khi Chỉ thị 40 – CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách.'), ['40-CT/TW'])
})

test('TƯ is written TW in keys, abbreviated type NQ (baomoi 000805 "Nghị quyết 29-NQ/TƯ")', () => {
  assert.deepEqual(keys('Thực hiện Nghị quyết 29-NQ/TƯ về đổi mới căn bản, toàn diện giáo dục.'), ['29-NQ/TW'])
  assert.deepEqual(keys('Thực hiện NQ 29-NQ/TƯ về đổi mới căn bản, toàn diện giáo dục.'), ['29-NQ/TW'])
})

test('Party symbol glued to số (brief form "số31-QĐ/TW")', () => {
  assert.deepEqual(keys('Thực hiện Quy định số31-QĐ/TW của Ban Bí thư.'), ['31-QĐ/TW'])
})

test('administrative symbol without a year (baomoi 000421 "Quyết định 2163/QĐ-TTP")', () => {
  assert.deepEqual(keys('được ban hành theo Quyết định 2163/QĐ-TTP của Thủ tướng Chính phủ do Phó Thủ tướng Vũ Đức Đam ký ngày 9.11.2016'), ['2163/QĐ-TTP'])
})

test('number-year-code form is kept as written (baomoi 000120 "19-2017/NQ-CP") and reads date and subject', () => {
  const { documents } = extract(article('Đó là mục tiêu quan trọng được nêu tại Nghị quyết 19-2017/NQ-CP ngày 6/2/2017 về tiếp tục thực hiện những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh.'))
  assert.equal(documents[0]?.key, '19-2017/NQ-CP')
  assert.equal(documents[0]?.date, '2017-02-06')
  assert.match(documents[0]?.summary ?? '', /^về tiếp tục thực hiện/)
})

test('a bare number joins the full symbol of the same type (baomoi 000264 "Thông tư 31/2016/TT-BXD" … "Thông tư 31")', () => {
  const { documents } = extract(article('Bộ Xây dựng ban hành Thông tư 31/2016/TT-BXD quy định việc phân hạng nhà chung cư. Theo Thông tư 31, chung cư hạng A phải đạt 20 tiêu chí. Thông tư 31/2016 có hiệu lực từ tháng 2.'))
  assert.deepEqual(documents.map((d) => d.key), ['31/2016/TT-BXD'])
  assert.deepEqual(documents[0]?.mentions, ['Thông tư 31/2016/TT-BXD', 'Thông tư 31', 'Thông tư 31/2016'])
})

test('a number with only a year is keyed type + number/year (baomoi 000711 "Nghị định 24/2014")', () => {
  assert.deepEqual(keys('Số phó chánh văn phòng này vượt số lượng cấp phó quy định tại Nghị định 24/2014 về tổ chức các cơ quan chuyên môn thuộc UBND tỉnh.'), ['Nghị định 24/2014'])
})

test('bare references keep leading zeros (baomoi 000017 "Chỉ thị 05"; vntc 002476 "Đề án 112")', () => {
  assert.deepEqual(keys('Quán triệt, triển khai Chỉ thị 05 của TW về “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.'), ['Chỉ thị 05'])
  assert.deepEqual(keys('Nhìn lại kết quả của đề án này (Đề án 112), nhiều người không khỏi tiếc nuối.'), ['Đề án 112'])
})

test('"văn bản số N" is a Công văn (baomoi 000070)', () => {
  assert.deepEqual(keys('“Không thuận lợi cho du khách thăm xung quanh Thành cổ”, văn bản số 253 của Sở nêu.'), ['Công văn 253'])
})

test('a law with words between Luật and số (baomoi 000619 "Luật thuế XNK số 107/2016/QH13"; baomoi 000312 "Luật số 38/QH12")', () => {
  assert.deepEqual(keys('Theo Luật thuế XNK số 107/2016/QH13, hàng hóa được miễn thuế.'), ['107/2016/QH13'])
  assert.deepEqual(keys('khi Luật số 38/QH12 và Nghị định 85/2009/NĐ-CP có hiệu lực'), ['38/QH12', '85/2009/NĐ-CP'])
})

test('congress resolutions by ordinal or number (baomoi 000100)', () => {
  assert.deepEqual(keys('Chương trình hành động của Chính phủ thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng.'), ['Nghị quyết Đại hội XII'])
  assert.deepEqual(keys('Thực hiện Nghị quyết Đại hội XII của Đảng.'), ['Nghị quyết Đại hội XII'])
})

test('a provincial Party congress is not a national congress resolution (corpus form "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII")', () => {
  assert.deepEqual(keys('Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII, tỉnh đã đạt nhiều kết quả.'), [])
})

test('plenum resolutions; a short one joins the one with a term (baomoi 000805)', () => {
  assert.deepEqual(keys('Nghị quyết TƯ 5 vừa thành công, tôi thống nhất với quan điểm đó.'), ['Nghị quyết Trung ương 5'])
  assert.deepEqual(
    keys('đã được đề cập ở Nghị quyết Trung ương 4 khóa XII cũng như Chương trình hành động của Chính phủ thực hiện Nghị quyết TƯ 4, Quyết định số 1557/QĐ-TTg về tiếp tục đẩy mạnh cải cách.'),
    ['Nghị quyết Trung ương 4 khóa XII', '1557/QĐ-TTg'],
  )
})

test('trap: quantities and verbs are not documents (baomoi 000302 "kế hoạch 5 năm"; baomoi 000413 "quy định 5 ngày"; baomoi 000264 "hướng dẫn tại phụ lục số 01")', () => {
  assert.deepEqual(keys('danh mục dự án đầu tư trong kế hoạch 5 năm (2011-2015) để làm căn cứ huy động vốn'), [])
  assert.deepEqual(keys('theo đúng thời gian quy định 5 ngày làm việc sẽ có kết quả lần 2 này'), [])
  assert.deepEqual(keys('phải đạt tối thiểu 18 trên tổng số 20 tiêu chí theo hướng dẫn tại phụ lục số 01 ban hành kèm theo Thông tư này.'), [])
})

test('trap: a number followed by a date is a document number (vntc 002476 "Quyết định 112 ngày 25/7/2001")', () => {
  assert.deepEqual(keys('được Thủ tướng Chính phủ ban hành theo Quyết định 112 ngày 25/7/2001 - đã kết thúc.'), ['Quyết định 112'])
})

test('seed: 26-NQ/TW with date, issuer and term; 04-ĐA/TU; congress XIII', () => {
  const text = readFileSync(new URL('../../../shared/seed/000_d001d31c2c28c4b5.txt', import.meta.url), 'utf8')
  const { documents } = extract(text)
  const byKey = new Map(documents.map((d) => [d.key, d]))
  const resolution = byKey.get('26-NQ/TW')
  assert.equal(resolution?.date, '2018-05-19')
  assert.match(resolution?.issuer ?? '', /Hội nghị Trung ương 7/)
  assert.equal(resolution?.term, 'XII')
  assert.equal(resolution?.symbol, '26-NQ/TW')
  assert.deepEqual(resolution?.mentions, ['Nghị quyết số 26-NQ/TW'])
  assert.equal(byKey.get('04-ĐA/TU')?.date, '2017-09-20')
  assert.ok(byKey.has('Nghị quyết Đại hội XIII'))
  assert.equal(documents.length, 3)
})
