/**
 * Rules added after the fourth held-out check (test/fixtures/heldout4.jsonl, no longer blind),
 * each on a real sentence of ../shared/corpus/ (file cited in the test name), with a sibling
 * found by searching the corpus for the same pattern.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { keys, names } from './run-extract.ts'

test('a given name after Thị/Văn is read whole although it looks like a place (vntc 004137 "Hồng Hà", vntc 000624 "Bạch Mai")', () => {
  assert.deepEqual(
    names('Chúng tôi đã mang câu chuyện trên kể cho TS Nguyễn Thị Hồng Hà (giảng viên phương pháp giảng dạy môn văn, Trường ĐH Sư phạm TP.HCM) nghe.'),
    ['Nguyễn Thị Hồng Hà'],
  )
  assert.deepEqual(names('Bà Nguyễn Thị Bạch Mai, Phó Giám đốc Sở, cho biết.'), ['Nguyễn Thị Bạch Mai'])
  // Trap: `Văn` is the weak surname itself, and a place follows it: no name.
  assert.deepEqual(names('Làng Văn Hà Nội có nhiều nghề truyền thống.'), [])
})

test('stage names after NSND/NSƯT/diễn viên inside a sentence (baomoi 000696, vntc 001203, baomoi 000664)', () => {
  assert.deepEqual(
    names('Anh thuộc thế hệ diễn viên đầu tiên (cùng với nhiều nghệ sĩ gạo cội của làng kịch nghệ phía Bắc như NSND Lê Khanh, NSND Lan Hương, NSƯT Minh Hằng…).'),
    ['Lê Khanh', 'Lan Hương', 'Minh Hằng'],
  )
  assert.deepEqual(
    names('Sau khi nhận thông tin về việc mình bị Nhà hát Tuổi trẻ sa thải, diễn viên Đức Hiệp sáng nay đã khẳng định với VnExpress rằng anh có viết thư tay.'),
    ['Đức Hiệp'],
  )
})

test('a given name alone joins the two-word short name written elsewhere in the article (vntc 004106, vntc 004581)', () => {
  assert.deepEqual(
    names('Anh Minh Đô, một chủ vườn mai, cho biết: “Năm nào anh em chúng tôi cũng mang mai kiểng lên TPHCM bán”. Mặc dù vậy, năm nay, anh Đô và bạn bè vẫn rủ nhau chở mai vàng lên TPHCM.'),
    ['Minh Đô'],
  )
  assert.deepEqual(names('Năm nay, anh Đô và bạn bè vẫn chở mai lên TPHCM. Anh Minh Đô, một chủ vườn mai, cho biết.'), ['Minh Đô'])
})

test('a name the article writes right after "Công ty" names that company, even after a title (baomoi 000853)', () => {
  assert.deepEqual(
    names('Ông Bùi Hữu Hùng, Phó Giám đốc Công ty Nam Triệu, cho rằng công ty ông đã mua máy tàu từ Công ty Thương mại - Xuất nhập khẩu Hoàng Gia Phát (TP.HCM). “Công ty Hoàng Gia Phát nói họ nhập nguyên máy mới. Chúng tôi đang mời giám đốc Công ty Hoàng Gia Phát ra Bình Định”.'),
    ['Bùi Hữu Hùng'],
  )
  // Trap: a person the article names after a company title stays a person (vntc 003560).
  assert.deepEqual(
    names('Tổng giám đốc Tổng Công ty Đường sắt Nguyễn Hữu Bằng cũng phê bình 4 cán bộ. Tập thể HĐQT và cá nhân Tổng Giám đốc Tổng Công ty Nguyễn Hữu Bằng đề nghị cấp trên xem xét.'),
    ['Nguyễn Hữu Bằng'],
  )
  // An owner's title ending in the company word marks no person (baomoi 000614; session 10).
  assert.deepEqual(
    names('Bà Trương Thị Minh, chủ doanh nghiệp Võ Minh - nơi ông lái xe thuê, có mặt. Luật sư bảo vệ quyền lợi cho phía doanh nghiệp Võ Minh nói.'),
    ['Trương Thị Minh'],
  )
})

test('a foreign given name before a Vietnamese name after an honorific (baomoi 000853, vntc 003053)', () => {
  assert.deepEqual(
    names('Giữa bầu không khí nóng của hội nghị, ông Teddy Trương Thưởng, trợ lý giám đốc bán hàng của Công ty Xin Min Hua Pte Ltd (Singapore), đại diện phân phối máy. “Máy chính hãng” - ông Thưởng nói.'),
    ['Teddy Trương Thưởng'],
  )
  // Trap: a brand before a name is no given name (vntc 001770).
  assert.deepEqual(names('Tổng giám đốc Sawaco Tô Trung Dũng cho biết.'), ['Tô Trung Dũng'])
})

test('an initial glued to a foreign surname; the short form joins the full name (vntc 003112, vntc 003248)', () => {
  assert.deepEqual(
    names('Hãng AFP ngày 12/7 dẫn lời ông C.Kokkoris - người đứng đầu nhóm luật sư ở Mỹ đại diện cho các nạn nhân chất độc da cam Việt Nam - tuyên bố vụ kiện sẽ thành công.'),
    ['C.Kokkoris'],
  )
  assert.deepEqual(
    names('Ông Henri Martin, nguyên Ủy viên T.Ư Đảng Cộng sản Pháp, và bà Raymonde Dien đến thăm. Ông H.Martin và bà R.Dien cảm ơn những tình cảm.'),
    ['Henri Martin', 'Raymonde Dien'],
  )
  // Trap: an abbreviated district before a place is no name.
  assert.deepEqual(names('Cửa hàng ở Q.Bình Thạnh và H.Bình Chánh đều đóng cửa.'), [])
})

test('a symbol written with a space for its slash keeps its code (baomoi 000663, baomoi 001263)', () => {
  assert.deepEqual(keys('Tài xế kiện quyết định số 10/2016 QĐ-UBND của UBND tỉnh Nghệ An.'), ['10/2016QĐ-UBND'])
  assert.deepEqual(keys('Theo Quyết định 309 QĐ-TTg của Thủ tướng.'), ['309QĐ-TTg'])
  // Trap: a code after a space with no dash is the next word, not the symbol.
  assert.deepEqual(keys('Theo Nghị định 67 NĐ này, ngư dân được vay vốn.'), ['Nghị định 67'])
})
