/**
 * Rules added after the sixth held-out check (test/fixtures/heldout6.jsonl, no longer blind),
 * each on a real sentence of ../shared/corpus/ (file cited in the test name), with siblings
 * found by searching the whole corpus for the same pattern.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { keys, names } from './run-extract.ts'

test('a given name seen only with an honorific and nothing that says who it is is no person (vntc 001753, baomoi 000051)', () => {
  assert.deepEqual(names('Các tiêu chuẩn của VN đã lỗi thời. Ông Tiến cũng cho hay Cục An toàn vệ sinh thực phẩm sẽ thường xuyên kiểm tra.'), [])
  // Described: an apposition, where they live, or what is theirs (baomoi 000446, vntc 003861, vntc 000239).
  assert.deepEqual(names('Hai người phụ nữ đổ chất thải lên phản thịt của chị Xuyến. Sự việc được báo lên Công an phường Máy Tơ.'), ['Xuyến'])
  assert.deepEqual(names('Sáng 27-2, anh Hoàng nhà ở phường Bình Trưng Đông (quận 2) đến một công ty địa ốc.'), ['Hoàng'])
  assert.deepEqual(names('Chị Hoà, Công ty bảo hiểm Manulife Việt Nam tâm sự: "Tôi bỏ ra 500.000 đồng".'), ['Hoà'])
})

test('after Thị/Văn the given name is read even when it is also an ordinary word (baomoi 000957, vntc 000983)', () => {
  assert.deepEqual(
    names('Trước câu hỏi này, Giám đốc Sở GTVT TP Hà Nội Vũ Văn Viện cho hay từ năm 2015 HĐND TP Hà Nội đã giao UBND TP.'),
    ['Vũ Văn Viện'],
  )
  // Trap: an honorific after the middle name begins the next person (`Đồng Văn` is a district).
  assert.deepEqual(names('Tại huyện Đồng Văn Ông Cường cho biết.'), [])
})

test('the Youth Union of a province is no surname, and its secretary is a person (baomoi 001058)', () => {
  assert.deepEqual(
    names('Theo Bí thư Tỉnh Đoàn Đắk Lắk Y Nhuận Ybă, trong 6 tháng đầu năm thanh niên thiếu việc làm. Bí thư Tỉnh Đoàn Phạm Phương Chi cho biết thêm.'),
    ['Y Nhuận Ybă', 'Phạm Phương Chi'],
  )
})

test('a company named with its kind in between is that company wherever no honorific marks a person (baomoi 000880, vntc 002011)', () => {
  assert.deepEqual(
    names('Bên B là Công ty TNHH thương mại xuất nhập khẩu Hoàng Gia Phát (đơn vị cấp máy) do ông Lê Hoàng Phong làm đại diện. Ông Teddy Trương Thưởng, đại diện hãng, nói.'),
    ['Lê Hoàng Phong', 'Teddy Trương Thưởng'],
  )
  assert.deepEqual(names('Xã đang hợp đồng với Công ty TNHH Trần Thanh Kiêm để lấy tiếp 700m bờ kênh nữa.'), [])
  // Trap: a sentence about a company that goes on to name a pumping station named after a person stays as it was.
  assert.deepEqual(names('Công ty cũng kiến nghị duy trì hệ thống trạm bơm chống ngập Bùi Đình Tuý và mở rộng cống.'), ['Bùi Đình Tuý'])
})

test('a capitalised honorific inside a run still leads a foreign given name (baomoi 000880); initials before a foreign name (vntc 004040)', () => {
  assert.deepEqual(names('Rút đơn cũng phải điều tra Ông Teddy Trương Thưởng, đại diện của Hãng Mitsubishi (Nhật Bản) tại Việt Nam nói.'), ['Teddy Trương Thưởng'])
  assert.deepEqual(names('Tại buổi lễ, Lãnh sự Ấn Độ N. P. Singh Ajad tại TPHCM đã cảm ơn những tình cảm tốt đẹp.'), ['N. P. Singh Ajad'])
})

test('schools of the Party and postgraduate departments are organisations or common nouns as they should be (vntc 002636, vntc 000991)', () => {
  assert.deepEqual(names('1974-1976: Học viên Trường Đảng cao cấp Nguyễn Ái Quốc. 1976-1980: Ủy viên Ban Chấp hành.'), [])
  assert.deepEqual(names('Trao đổi với VnExpress chiều 21/9, Vụ phó ĐH sau ĐH Ngô Kim Khôi cho hay, quan điểm của Bộ là đảm bảo quyền lợi.'), ['Ngô Kim Khôi'])
})

test('documents: a symbol without its year joins the same with it; lower-case decisions with a date or issuer; long qualifiers (baomoi 000293, vntc 001471, baomoi 000479)', () => {
  assert.deepEqual(keys('Theo Nghị định 07/NĐ-CP của Chính phủ, mức phạt tăng. Nghị định 07/2017/NĐ-CP quy định rõ.'), ['07/2017/NĐ-CP'])
  assert.deepEqual(
    keys('Theo quyết định 04 ngày 17-1-2006 của UBND TP (hiệu lực từ 27-1) thì trình tự đã khác. Việc cấp phép đã được qui định tại quyết định 217 của UBND TP.'),
    ['Quyết định 04', 'Quyết định 217'],
  )
  assert.deepEqual(keys('Thanh tra Sở Xây dựng Đà Nẵng đã ra quyết định xử phạt vi phạm hành chính số 126/QĐ-XPVPHC ngày 26/9/2016.'), ['126/QĐ-XPVPHC'])
  // Trap: the verb `quyết định` with a number and nothing else is no document.
  assert.deepEqual(keys('Hội đồng quyết định 5 nội dung quan trọng.'), [])
})
