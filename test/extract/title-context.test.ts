/**
 * What stands between a title and its holder: a residents' group and its number, a
 * lower-case institution, a deputy's province in a list. Real sentences of ../shared/corpus/
 * (file cited in the test name), checked by running the extractor over the whole corpus before
 * and after.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { names, namesAndTitles as people } from './run-extract.ts'

test('the number of a residents’ group after its head’s title is no house number (vntc 001032, baomoi 000345); one after a bare group is (vntc 002732)', () => {
  assert.deepEqual(names('Tổ trưởng tổ 21 Lê Ngọc Thuận cho biết ở đây đã được quy hoạch từ lâu.'), ['Lê Ngọc Thuận'])
  assert.deepEqual(names('Trò chuyện với chúng tôi, trưởng khu phố 1 Nguyễn Văn Mùi ở phường Ninh Xá cho biết.'), ['Nguyễn Văn Mùi'])
  assert.deepEqual(names('Bà Vũ Thị Ngăn, 73 tuổi, ở 40/18, tổ 54 Tô Vĩnh Diện, Thanh Xuân, Hà Nội.'), ['Vũ Thị Ngăn'])
})

test('`quốc hội` and `Chính Phủ` before a name are the institutions of its title, not a name they bear (vntc 002241, baomoi 001143)', () => {
  assert.deepEqual(names('Phó chủ tịch quốc hội Trương Quang Được kể có địa phương sản xuất tăng.'), ['Trương Quang Được'])
  assert.deepEqual(names('Dự có Ủy viên T.Ư Đảng - Bộ trưởng Chủ nhiệm VP Chính Phủ Mai Tiến Dũng.'), ['Mai Tiến Dũng'])
})

test('deputies listed with their provinces are all people; a list after a school is not (baomoi 000912, vntc 003504)', () => {
  assert.deepEqual(names('Đại biểu Nguyễn Ngọc Phương (Quảng Bình); Cao Thị Xuân (Thanh Hóa) đều đề nghị.'), ['Nguyễn Ngọc Phương', 'Cao Thị Xuân'])
  assert.deepEqual(
    names('Giải nhất thuộc về các em Phạm Thành Đạt, Trường THCS Ngô Sĩ Liên (Q. Tân Bình); Mạch Bảo Long, Trường THCS Nguyễn Du (Q.Gò Vấp).'),
    ['Phạm Thành Đạt', 'Mạch Bảo Long'],
  )
})

test('the doctor of science spelt out is a cue (vntc 003209)', () => {
  assert.deepEqual(names('Tiến sĩ khoa học Lê Long (Liên hiệp Các hội khoa học và kỹ thuật) cho biết.'), ['Lê Long'])
})

test('a name that is mostly a street is a person with a title in apposition after it (vntc 003996, 004483)', () => {
  assert.deepEqual(
    names('Dự có Lê Đức Anh, nguyên Ủy viên Bộ Chính trị, nguyên Chủ tịch nước; Võ Văn Kiệt, nguyên Ủy viên Bộ Chính trị, nguyên Thủ tướng.'),
    ['Lê Đức Anh', 'Võ Văn Kiệt'],
  )
  assert.deepEqual(names('Các xe chạy trên đường Võ Văn Kiệt, quận 1 từ sáng.'), [])
  // A pen name opening a list item after a semicolon, with an abbreviated title.
  assert.deepEqual(
    names('Dự có Nguyễn Khoa Điềm, UV BCT, Bí thư T.Ư Đảng; Hồng Vinh, UV T.Ư Đảng, Phó trưởng ban Tư tưởng Văn hóa T.Ư.'),
    ['Nguyễn Khoa Điềm', 'Hồng Vinh'],
  )
})

test('village elders, craftsmen, chefs and laureates are professions, and an abbreviation keeps its period (vntc 003216, 003076, 002080; baomoi 000300)', () => {
  assert.deepEqual(names('Già làng Hồ Văn Xoang (xã Phước Chánh) nói con không thể làm cán bộ được.'), ['Hồ Văn Xoang'])
  assert.deepEqual(names('Theo nghệ nhân Huỳnh Ry, làng mộc Kim Bồng có từ thế kỷ 15.'), ['Huỳnh Ry'])
  assert.deepEqual(names('Nhờ vậy bếp trưởng Mathisa Dahlgren đã đoạt được giải thưởng quốc tế.'), ['Mathisa Dahlgren'])
  assert.deepEqual(names('Hiểu những khó khăn, thiếu thốn của đồng nghiệp nơi đây, BS. Lê Hiếu (Bệnh viện Kiến An, Hải Phòng) cho biết.'), ['Lê Hiếu'])
})

test('a word’s period ends its sentence: the next capital is no name it cues (baomoi 001201)', () => {
  assert.deepEqual(names('Thời gian thử thách đối với người mới có giấy phép lái xe. Trình Chính phủ dự thảo Nghị định.'), [])
})

test('a title whose head holds a clause word is a title all the same (`ký` of `Tổng thư ký`) (vntc 004408)', () => {
  assert.deepEqual(names('Sau phần trình bày, Tổng thư ký Uỷ ban MTTQ VN Huỳnh Đảm tổng hợp các ý kiến phản ánh của cử tri.'), ['Huỳnh Đảm'])
  assert.deepEqual(people('Ông Trần Văn Minh, Thư ký tòa soạn báo Nhân Dân, cho biết.'), [['Trần Văn Minh', ['Thư ký tòa soạn báo Nhân Dân']]])
  assert.deepEqual(people('Ông Trần Văn Minh ký quyết định bổ nhiệm.'), [['Trần Văn Minh', []]])
})

test('a title in apposition ends where the next person of the sentence starts (vntc 004451, 003566)', () => {
  assert.deepEqual(people('Hai quan chức đứng đầu UBND huyện đảo Phú Quốc là Đỗ Tố, Chủ tịch UBND huyện và Lê Minh Dũng, Phó Chủ tịch UBND huyện.'), [
    ['Đỗ Tố', ['Chủ tịch UBND huyện']],
    ['Lê Minh Dũng', ['Phó Chủ tịch UBND huyện']],
  ])
  assert.deepEqual(people('Ông Trần Văn Minh, Bộ trưởng Bộ Văn hóa và Thông tin, phát biểu.'), [['Trần Văn Minh', ['Bộ trưởng Bộ Văn hóa và Thông tin']]])
})

test('a full name after a title ending in a body named by its kind in lower case is the holder; a capitalised body bears its own name (vntc 000214, 000336, 001560)', () => {
  assert.deepEqual(names('Theo Giám đốc công ty Trần Thiện Hà, Tết Nguyên đán này, hoa sẽ được trưng bày nhiều hơn.'), ['Trần Thiện Hà'])
  assert.deepEqual(names('Phó bí thư thường trực Tỉnh đoàn, chỉ huy trưởng công trường Hoàng Hữu Độ, cho biết.'), ['Hoàng Hữu Độ'])
  assert.deepEqual(names('Đi con đường nào cũng vướng thủ tục” - giám đốc BV Nguyễn Quốc Khánh kiến nghị.'), ['Nguyễn Quốc Khánh'])
  assert.deepEqual(names('Hiệu trưởng trường Nguyễn Thị Minh Khai cho biết năm nay trường tuyển 500 học sinh.'), [])
})

test('a full name whose first two words are a district is a person where a cue says so, not a heading glued to a sentence (vntc 000946, 000078, 004132)', () => {
  assert.deepEqual(names('Đại sứ Việt Nam tại Vương quốc Campuchia Vũ Quang Minh bày tỏ niềm vinh dự.'), ['Vũ Quang Minh'])
  assert.deepEqual(names('Hiệu phó ĐH Công đoàn Vũ Quang Thọ cho biết số thí sinh giảm.'), ['Vũ Quang Thọ'])
  assert.deepEqual(names('Tiếp thị hôn nhân cô dâu Việt tràn lan ở Hàn Quốc Dư luận đang rất phẫn nộ.'), [])
})

test('a title is read in either tone placement (`Uỷ viên` as `Ủy viên`) (vntc 003841, 003268)', () => {
  assert.deepEqual(people('Ông Vũ Đức Khiển, Uỷ viên Ủy ban Thường vụ Quốc hội, phát biểu.'), [['Vũ Đức Khiển', ['Uỷ viên Ủy ban Thường vụ Quốc hội']]])
  assert.deepEqual(people('Ông Vũ Đức Khiển, Ủy viên Uỷ ban Thường vụ Quốc hội, phát biểu.'), [['Vũ Đức Khiển', ['Ủy viên Uỷ ban Thường vụ Quốc hội']]])
})

test('a party leader is titled (baomoi 000344)', () => {
  assert.deepEqual(names('Trước cuộc đàm phán, Thủ lĩnh đảng Lao động Anh Jeremy Corbyn đã yêu cầu Thủ tướng Theresa May.'), ['Jeremy Corbyn', 'Theresa May'])
})

test('the offices of the old court and provinces are titles (vntc 001250, 000277)', () => {
  assert.deepEqual(people('Du khách tham quan tháp cổ Champa Bằng An, khu lăng mộ tổng đốc Hoàng Diệu.'), [['Hoàng Diệu', ['tổng đốc']]])
  assert.deepEqual(names('Tượng do hòa thượng Hải Thông khởi xướng, tiết độ sứ Trương Cầu làm tiếp.'), ['Trương Cầu', 'Hải Thông'])
})

test('photography is no photo: the artist after `nghệ sĩ nhiếp ảnh` is a person (vntc 001364)', () => {
  assert.deepEqual(names('Du khách ghé nhà của nghệ sĩ nhiếp ảnh Phạm Văn Mùi ở Cái Bè.'), ['Phạm Văn Mùi'])
})

test('a body whose name holds a comma keeps it in the title; a rank or degree after the comma is the next person’s cue (corpus: Nguyễn Ngọc Thiện, Chu Văn Hòa, Tô Lâm)', () => {
  assert.deepEqual(people('Phát biểu tại buổi lễ, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Ngọc Thiện cho biết.'), [['Nguyễn Ngọc Thiện', ['Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch']]])
  assert.deepEqual(people('Cục trưởng Cục Xuất bản, In và Phát hành Chu Văn Hòa đã ký quyết định xử phạt Công ty.'), [['Chu Văn Hòa', ['Cục trưởng Cục Xuất bản, In và Phát hành']]])
  assert.deepEqual(people('Dự lễ có Bộ trưởng Bộ Công an, Thượng tướng Tô Lâm.'), [['Tô Lâm', ['Bộ trưởng Bộ Công an']]])
})

test('the questioner is no part of the minister’s title (corpus: Nguyễn Thị Kim Tiến)', () => {
  assert.deepEqual(people('Sáng nay, ĐBQH chất vấn Bộ trưởng Y tế Nguyễn Thị Kim Tiến về giá thuốc.'), [['Nguyễn Thị Kim Tiến', ['Bộ trưởng Y tế']]])
})

test('a title the article also gives in full is listed once, in full; what the holder then does is no part of it (corpus: Phùng Xuân Nhạ, Nguyễn Thành Tài)', () => {
  assert.deepEqual(
    people('Bộ trưởng Bộ Giáo dục và Đào tạo Phùng Xuân Nhạ dự lễ. Phát biểu tại buổi lễ, Bộ trưởng Phùng Xuân Nhạ nhấn mạnh vai trò của nhà trường.'),
    [['Phùng Xuân Nhạ', ['Bộ trưởng Bộ Giáo dục và Đào tạo']]],
  )
  assert.deepEqual(people('Ông Nguyễn Thành Tài, Phó chủ tịch UBND TP.HCM thay mặt Đảng bộ trao huy hiệu.'), [['Nguyễn Thành Tài', ['Phó chủ tịch UBND TP.HCM']]])
})

test('the next person’s degree is no part of a title in apposition (baomoi: "Hiệu trưởng ĐH FPT TS. Lê Trường Tùng")', () => {
  assert.deepEqual(people('TS. Lê Trường Tùng – Hiệu trưởng ĐH FPT TS. Lê Trường Tùng – Chủ tịch HĐQT trường cho biết.'), [['Lê Trường Tùng', ['Hiệu trưởng ĐH FPT', 'Chủ tịch HĐQT trường']]])
})

test('`không`, `ký`, `tiếp` inside a body’s name do not end the title (Hàng không, Đăng ký, Tiếp thị), and the body’s foreign name in brackets is no holder (vntc 001602, 002385)', () => {
  assert.deepEqual(people('Ngày 15/6, ông Lại Xuân Thanh, Cục trưởng Cục Hàng không Việt Nam khẳng định.'), [['Lại Xuân Thanh', ['Cục trưởng Cục Hàng không Việt Nam']]])
  assert.deepEqual(people('Bà Nguyễn Minh Hòa, phó giám đốc Trung tâm Đăng ký quyền sử dụng đất, cho biết.'), [['Nguyễn Minh Hòa', ['phó giám đốc Trung tâm Đăng ký quyền sử dụng đất']]])
  assert.deepEqual(names('Nguyên tổng GĐ Cụm cảng hàng không miền Trung Nguyễn Lai đã chết.'), ['Nguyễn Lai'])
  assert.deepEqual(names('Trưởng đại diện Hãng Hàng không TQ (Air China) tại VN Đường Trung Lĩnh cho biết.'), ['Đường Trung Lĩnh'])
})

test('the period of a place’s abbreviation ends no title (baomoi: "Chủ tịch UBND TP. Hà Nội Nguyễn Đức Chung")', () => {
  assert.deepEqual(people('Chủ tịch UBND TP. Hà Nội Nguyễn Đức Chung yêu cầu hai cơ quan này đề xuất.'), [['Nguyễn Đức Chung', ['Chủ tịch UBND TP. Hà Nội']]])
})

test('a ruler’s or a head of state’s cue is the title of the name after it (corpus: vua Tự Đức, công chúa Huyền Trân, Tổng thống Putin)', () => {
  assert.deepEqual(people('Bản đồ được vẽ từ thời vua Tự Đức, nay còn lưu giữ.'), [['Tự Đức', ['vua']]])
  assert.deepEqual(people('Đền thờ công chúa Huyền Trân nằm trên núi Ngũ Phong.'), [['Huyền Trân', ['công chúa']]])
  assert.deepEqual(people('Tổng thống Putin cho biết Nga sẵn sàng hợp tác.'), [['Putin', ['Tổng thống']]])
})

test('a title before a comma and an honorific is the holder’s, unless it follows another name or is someone else’s (baomoi 000895; vntc lists)', () => {
  assert.deepEqual(people('Phó Giám đốc Sở NN&PTNT Bình Định, ông Trần Văn Phúc cho biết, dù 7 ngư dân đã rút đơn.'), [['Trần Văn Phúc', ['Phó Giám đốc Sở NN&PTNT Bình Định']]])
  assert.deepEqual(
    people('Có mặt bác sĩ Phan Kim Phương - Phó giám đốc Viện Tim TP HCM, ông Phạm Hùng - Tổng giám đốc Tổng công ty Lắp máy Việt Nam.'),
    [['Phan Kim Phương', ['Phó giám đốc Viện Tim TP HCM']], ['Phạm Hùng', ['Tổng giám đốc Tổng công ty Lắp máy Việt Nam']]],
  )
  assert.deepEqual(people('Thực hiện công điện của Thủ tướng Chính phủ, ông Lê Thanh Hải, Chủ tịch UBND TPHCM, yêu cầu kiểm tra.'), [['Lê Thanh Hải', ['Chủ tịch UBND TPHCM']]])
  assert.deepEqual(people('Phát biểu trước Thủ tướng, ông Đào Đình Bình nhận trách nhiệm về sai phạm.'), [['Đào Đình Bình', []]])
})

test('the body above a title’s in brackets, a body named in many words and a dash before the honorific keep the title whole (corpus: Nguyễn Đức Trung, Phan Xuân Dũng, Trương Văn Dung)', () => {
  assert.deepEqual(people('Trao đổi chiều 19.6, Cục trưởng Cục Viễn Thông (Bộ Thông tin - Truyền Thông) Nguyễn Đức Trung cho biết.'), [['Nguyễn Đức Trung', ['Cục trưởng Cục Viễn Thông (Bộ Thông tin - Truyền Thông)']]])
  assert.deepEqual(
    people('Quốc hội đã nghe Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội Phan Xuân Dũng trình bày Báo cáo.'),
    [['Phan Xuân Dũng', ['Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội']]],
  )
  assert.deepEqual(people('Chiều 5-4, Viện trưởng Viện Thú y - ông Trương Văn Dung thông báo như vậy.'), [['Trương Văn Dung', ['Viện trưởng Viện Thú y']]])
})

test('a ship’s captain and a counsellor are titles (vntc 000978)', () => {
  assert.deepEqual(people('Thuyền trưởng Dương Văn Khiên cho biết, trước khi tàu có nguy cơ đắm, nhà chức trách đã được báo.'), [['Dương Văn Khiên', ['Thuyền trưởng']]])
})

test('a counted or plural title over a list is each listed holder’s, if several hold it (baomoi 001265, 001065; vntc 002484, 003786)', () => {
  assert.deepEqual(people('Dự có các Phó Tổng Giám đốc: Vũ Hải, Trần Minh Hùng, Nguyễn Xuân Huy và lãnh đạo các đơn vị của Đài.'), [
    ['Vũ Hải', ['Phó Tổng Giám đốc']],
    ['Trần Minh Hùng', ['Phó Tổng Giám đốc']],
    ['Nguyễn Xuân Huy', ['Phó Tổng Giám đốc']],
  ])
  assert.deepEqual(people('Sở có 8 Phó Giám đốc Sở Nội vụ gồm có ông Nguyễn Ngọc Việt, Phùng Minh Sơn và bà Nguyễn Thị Thùy.'), [
    ['Nguyễn Ngọc Việt', ['Phó Giám đốc Sở Nội vụ']],
    ['Phùng Minh Sơn', ['Phó Giám đốc Sở Nội vụ']],
    ['Nguyễn Thị Thùy', ['Phó Giám đốc Sở Nội vụ']],
  ])
  assert.deepEqual(people('Thủ tướng đã ký bổ nhiệm 4 thứ trưởng Bộ Công an là các ông Thi Văn Tám, Đặng Văn Hiếu.'), [
    ['Thi Văn Tám', ['thứ trưởng Bộ Công an']],
    ['Đặng Văn Hiếu', ['thứ trưởng Bộ Công an']],
  ])
  // One minister to a ministry: the second one's ministry is left unsaid.
  assert.deepEqual(people('Không kể 2 Bộ trưởng Công nghiệp Hoàng Trung Hải và Trần Thị Trung Chiến giải trình.'), [
    ['Hoàng Trung Hải', ['Bộ trưởng Công nghiệp']],
    ['Trần Thị Trung Chiến', []],
  ])
  // A year is no count.
  assert.deepEqual(people('Từ năm 2005 Giám đốc Sở Nguyễn Văn An, Lê Văn Bình đã ký.'), [['Nguyễn Văn An', ['Giám đốc Sở']], ['Lê Văn Bình', []]])
})

test('a body’s name with a dash in it stays whole in an apposition; the next title or name after a dash does not join it (corpus: Nguyễn Thị Hằng, Phạm Sỹ Quý, Nguyễn Văn Hiến)', () => {
  assert.deepEqual(people('Bà Nguyễn Thị Hằng, Bộ trưởng Bộ Lao động - Thương binh và Xã hội, cho biết như vậy.'), [['Nguyễn Thị Hằng', ['Bộ trưởng Bộ Lao động - Thương binh và Xã hội']]])
  assert.deepEqual(people('Ông Phạm Sỹ Quý, Giám đốc Sở Tài nguyên - Môi trường tỉnh Yên Bái, đã bị kỷ luật.'), [['Phạm Sỹ Quý', ['Giám đốc Sở Tài nguyên - Môi trường tỉnh Yên Bái']]])
  assert.deepEqual(people('Dự có ông Nguyễn Văn Hiến - Giám đốc Sở GD-ĐT tỉnh Bình Thuận - Phó Trưởng ban chỉ đạo thi.'), [['Nguyễn Văn Hiến', ['Giám đốc Sở GD-ĐT tỉnh Bình Thuận']]])
})

test('what the holder then says ends an apposed title (corpus: kết luận, nhận định, thừa nhận, tâm sự)', () => {
  assert.deepEqual(people('Ông Võ Văn Thưởng, Trưởng Ban Tuyên giáo Trung ương kết luận hội nghị.'), [['Võ Văn Thưởng', ['Trưởng Ban Tuyên giáo Trung ương']]])
  assert.deepEqual(people('Ông Nguyễn Văn Chiến, Phó giám đốc Sở TN-MT nhận định: “Khó khăn còn nhiều”.'), [['Nguyễn Văn Chiến', ['Phó giám đốc Sở TN-MT']]])
})

test('a title written again in other capitals is listed once, as first written (baomoi 000310)', () => {
  assert.deepEqual(
    people('Bộ trưởng Bộ Công thương Trần Tuấn Anh phát biểu. Sau đó, Bộ trưởng Bộ Công Thương Trần Tuấn Anh đi thăm nhà máy.'),
    [['Trần Tuấn Anh', ['Bộ trưởng Bộ Công thương']]],
  )
})

test('a steering committee is a body, not the verb `chỉ đạo` (baomoi 000156 …)', () => {
  assert.deepEqual(people('Ngoài ra, Trưởng Ban chỉ đạo Phòng chống lụt bão trung ương Lê Huy Ngọ đề nghị các tỉnh.'), [['Lê Huy Ngọ', ['Trưởng Ban chỉ đạo Phòng chống lụt bão trung ương']]])
  assert.deepEqual(people('Ông Nguyễn Văn Thắng, Chủ tịch UBND tỉnh chỉ đạo các sở khẩn trương rà soát.'), [['Nguyễn Văn Thắng', ['Chủ tịch UBND tỉnh']]])
})

test('an aside between a name and its apposed title is skipped, unless it is a title itself (vntc 000290; corpus)', () => {
  assert.deepEqual(
    people('Chúng tôi đã trao đổi với bà Phan Thị Thu Hiền (ảnh), Vụ trưởng Vụ Tài chính các ngân hàng, Bộ Tài chính.'),
    [['Phan Thị Thu Hiền', ['Vụ trưởng Vụ Tài chính các ngân hàng, Bộ Tài chính']]],
  )
  assert.deepEqual(people('Có mặt ông Lê Văn Tám (Giám đốc Sở Y tế), ông Trần Văn Chín.'), [['Lê Văn Tám', ['Giám đốc Sở Y tế']], ['Trần Văn Chín', []]])
})

test('`và` inside a body’s name goes on with it; before a title head or a group of people it ends the title (corpus: Sở Giáo dục và đào tạo, hiệu phó Đỗ Thanh Hân, và đồng chí)', () => {
  assert.deepEqual(people('Ông Phạm Văn Đại, Phó Giám đốc Sở Giáo dục và đào tạo thành phố Hà Nội, cho biết.'), [['Phạm Văn Đại', ['Phó Giám đốc Sở Giáo dục và đào tạo thành phố Hà Nội']]])
  assert.deepEqual(people('Ông Thuyết cho rằng bà Phú Thị Cẩm - Hiệu trưởng trường THPT chuyên Bạc Liêu và hiệu phó Đỗ Thanh Hân không đủ chuẩn.'), [
    ['Phú Thị Cẩm', ['Hiệu trưởng trường THPT chuyên Bạc Liêu']],
    ['Đỗ Thanh Hân', ['hiệu phó']],
  ])
  assert.deepEqual(people('Ông Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng và các tướng lĩnh đã tới dự.'), [['Ngô Xuân Lịch', ['Bộ trưởng Bộ Quốc phòng']]])
})

test('an apposed title ends with the place it is of; lower-case words after it say what the holder does, unless they go on to a term or a place (corpus: Lê Xuân Định, Trần Thanh Bình)', () => {
  assert.deepEqual(people('Ông Lê Xuân Định, Phó Giám đốc Sở VHTTDL tỉnh Yên Bái xác nhận tại địa phương có nhiều di tích.'), [['Lê Xuân Định', ['Phó Giám đốc Sở VHTTDL tỉnh Yên Bái']]])
  assert.deepEqual(people('Ông Trần Thanh Bình, Chi cục trưởng Chi cục Kiểm lâm tỉnh Lâm Đồng thẳng thắn nhìn nhận như vậy.'), [['Trần Thanh Bình', ['Chi cục trưởng Chi cục Kiểm lâm tỉnh Lâm Đồng']]])
  assert.deepEqual(people('Ông Lê Văn Sỹ, Bí thư Tỉnh ủy Quảng Nam khóa XX cho biết.'), [['Lê Văn Sỹ', ['Bí thư Tỉnh ủy Quảng Nam khóa XX']]])
  assert.deepEqual(people('Ông Trần Văn Lợi, Đại sứ Việt Nam tại Nhật Bản nói.'), [['Trần Văn Lợi', ['Đại sứ Việt Nam tại Nhật Bản']]])
})

test('a small unit’s head is the title of a name something marks as a person’s, never that mark (baomoi 000651, 000580; vntc 004506)', () => {
  assert.deepEqual(people('Trung tá Lê Tú - Đội trưởng Đội CSGT số 3 – Công an Hà Nội cho biết.'), [['Lê Tú', ['Đội trưởng Đội CSGT số 3 – Công an Hà Nội']]])
  assert.deepEqual(people('Ông Nguyễn Huy Cương (Đội trưởng Đội QLTT số 15, Chi cục Quản lý thị trường Hà Nội) cho biết.'), [
    ['Nguyễn Huy Cương', ['Đội trưởng Đội QLTT số 15, Chi cục Quản lý thị trường Hà Nội']],
  ])
  // Written before the name, it still tells the number ending it from a house's.
  assert.deepEqual(people('Đội trưởng Đội QLTT số 15 Nguyễn Huy Cương cho biết.'), [['Nguyễn Huy Cương', ['Đội trưởng Đội QLTT số 15']]])
  assert.deepEqual(people('Theo đội trưởng Lò Chợ, việc khai thác vẫn an toàn.'), [])
  assert.deepEqual(people('Tổ trưởng tổ dân phố Trần Hưng Đạo cho biết.'), [])
})

test('a title that ends in another titled person’s name is that person’s (vntc 002566, 002404)', () => {
  assert.deepEqual(people('Chủ tịch Hội LHPN VN Hà Thị Khiết, Bí thư T.Ư Đoàn Nông Quốc Tuấn cùng đại diện lãnh đạo các tổ chức đã tới dự.'), [
    ['Hà Thị Khiết', ['Chủ tịch Hội LHPN VN']],
    ['Nông Quốc Tuấn', ['Bí thư T.Ư Đoàn']],
  ])
  assert.deepEqual(people('Chiều, Thủ tướng gặp Chủ tịch Thượng viện Canada Dan Hays, Chủ tịch Hạ viện Peter Milliken.'), [
    ['Dan Hays', ['Chủ tịch Thượng viện Canada']],
    ['Peter Milliken', ['Chủ tịch Hạ viện']],
  ])
})

test('a place in brackets between a title and its holder belongs to neither (baomoi 000235; vntc 001877)', () => {
  assert.deepEqual(people('Phó Chủ tịch UBND xã Thạch Ngọc (Thạch Hà) Nguyễn Hồng Thanh cho biết, ở xã, người dân kinh doanh nhỏ lẻ.'), [
    ['Nguyễn Hồng Thanh', ['Phó Chủ tịch UBND xã Thạch Ngọc']],
  ])
  assert.deepEqual(people('Cục trưởng Cục Viễn Thông (Bộ Thông tin) Nguyễn Đức Trung cho biết.'), [['Nguyễn Đức Trung', ['Cục trưởng Cục Viễn Thông (Bộ Thông tin)']]])
})

test('`đổi mới` is renovation, not the adverb `mới`, and `thường trực` is a title only before a board or council (baomoi 000074, 000521; vntc 000114)', () => {
  assert.deepEqual(people('Phó Thủ tướng Vương Đình Huệ, Trưởng Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp chủ trì hội nghị.'), [
    ['Vương Đình Huệ', ['Phó Thủ tướng', 'Trưởng Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp']],
  ])
  assert.deepEqual(people('Dự có Ủy viên Bộ Chính trị, Phó Thủ tướng thường trực Chính phủ Trương Hòa Bình.'), [['Trương Hòa Bình', ['Ủy viên Bộ Chính trị', 'Phó Thủ tướng thường trực Chính phủ']]])
  assert.deepEqual(people('Ông Đỗ Duy Dự, thường trực Ban chỉ đạo tuyển sinh cho biết, tối nay sẽ thống kê điểm.'), [['Đỗ Duy Dự', ['thường trực Ban chỉ đạo tuyển sinh']]])
})

test('a dash before a title head parts two titles of one chain (baomoi 001143, 000871)', () => {
  assert.deepEqual(people('Dự có Ủy viên T.Ư Đảng - Phó Thủ tướng Chính phủ Vũ Đức Đam; Thứ trưởng - Tổng Giám đốc BHXH VN Nguyễn Thị Minh.'), [
    ['Vũ Đức Đam', ['Ủy viên T.Ư Đảng', 'Phó Thủ tướng Chính phủ']],
    ['Nguyễn Thị Minh', ['Thứ trưởng', 'Tổng Giám đốc BHXH VN']],
  ])
  // Not a dash inside a body's name.
  assert.deepEqual(people('Bộ trưởng Bộ Lao động - Thương binh và Xã hội Đào Ngọc Dung phát biểu.'), [['Đào Ngọc Dung', ['Bộ trưởng Bộ Lao động - Thương binh và Xã hội']]])
})

test('what a named person is or is made is their title (vntc 001173, 002484); before `, ông` it stays theirs (vntc 001173)', () => {
  assert.deepEqual(people('Thủ tướng vừa ký quyết định bổ nhiệm ông Vũ Văn Ninh làm Thứ trưởng Bộ Tài chính, ông Trần Ngọc Chính làm Thứ trưởng Bộ Xây dựng.'), [
    ['Vũ Văn Ninh', ['Thứ trưởng Bộ Tài chính']],
    ['Trần Ngọc Chính', ['Thứ trưởng Bộ Xây dựng']],
  ])
  assert.deepEqual(people('Trước khi được bổ nhiệm, trung tướng Đặng Văn Hiếu là Chánh văn phòng Bộ Công an.'), [['Đặng Văn Hiếu', ['Chánh văn phòng Bộ Công an']]])
  assert.deepEqual(people('Lúc còn là chủ tịch nước, ông Nguyễn Minh Triết đã ví như vậy.'), [['Nguyễn Minh Triết', ['chủ tịch nước']]])
})

test('a second office after `kiêm` or `đồng thời` is a title too (vntc 002367, 001904)', () => {
  assert.deepEqual(people('Trao đổi với Tuổi Trẻ, Phó Chủ tịch UBND tỉnh Quảng Nam Lê Minh Anh, kiêm Trưởng Ban phòng chống lụt bão Quảng Nam cho biết.'), [
    ['Lê Minh Anh', ['Phó Chủ tịch UBND tỉnh Quảng Nam', 'Trưởng Ban phòng chống lụt bão Quảng Nam']],
  ])
  assert.deepEqual(people('Wong Ka Ho là trưởng đại diện Linkton tại VN, đồng thời cũng giữ chức phó tổng giám đốc Linkton.'), [
    ['Wong Ka Ho', ['trưởng đại diện Linkton tại VN', 'phó tổng giám đốc Linkton']],
  ])
})

test('after a dash, a body’s name goes on in lower case or with the body above, not with who the holder is (corpus: Sở Tài nguyên - môi trường, Phòng Hộ tịch - Sở Tư pháp)', () => {
  assert.deepEqual(people('Ông Trần Thế Ngọc, giám đốc Sở Tài nguyên - môi trường, cho biết.'), [['Trần Thế Ngọc', ['giám đốc Sở Tài nguyên - môi trường']]])
  assert.deepEqual(people('Bà Trịnh Thị Bích, Trưởng phòng Hộ tịch - Sở Tư pháp TP Hồ Chí Minh cho biết.'), [['Trịnh Thị Bích', ['Trưởng phòng Hộ tịch - Sở Tư pháp TP Hồ Chí Minh']]])
  assert.deepEqual(people('Ông Trần Văn Tâm, Giám đốc Sở Y tế - người phụ trách dự án, cho biết.'), [['Trần Văn Tâm', ['Giám đốc Sở Y tế']]])
  assert.deepEqual(people('Ông Tony Williams, Tổng Giám đốc ILA Việt Nam - giới thiệu chương trình.'), [['Tony Williams', ['Tổng Giám đốc ILA Việt Nam']]])
})

test('`dự án`, `dự báo`, `dự phòng` are nouns of a body’s name, not the verb `dự` (corpus: Ban quản lý dự án, Trung tâm Y tế dự phòng)', () => {
  assert.deepEqual(people('Ông Nguyễn Quang Hiệp, trưởng Ban quản lý dự án giao thông nông thôn Ninh Thuận, cho biết.'), [['Nguyễn Quang Hiệp', ['trưởng Ban quản lý dự án giao thông nông thôn Ninh Thuận']]])
  assert.deepEqual(people('Giám đốc Trung tâm Y tế dự phòng Lê Thanh Hải cho biết.'), [['Lê Thanh Hải', ['Giám đốc Trung tâm Y tế dự phòng']]])
  assert.deepEqual(people('Ông Nguyễn Văn An, Chủ tịch UBND tỉnh dự lễ khánh thành.'), [['Nguyễn Văn An', ['Chủ tịch UBND tỉnh']]])
})

test('`về` after a steering committee or a state body names its field, not a coming back (corpus: Ban Chỉ đạo Nhà nước về Du lịch)', () => {
  assert.deepEqual(people('Phó Thủ tướng Vũ Đức Đam, Trưởng ban Chỉ đạo Nhà nước về Du lịch chủ trì cuộc họp.'), [['Vũ Đức Đam', ['Phó Thủ tướng', 'Trưởng ban Chỉ đạo Nhà nước về Du lịch']]])
  assert.deepEqual(people('Ông Nguyễn Văn An, Giám đốc Sở Y tế về thăm bệnh viện.'), [['Nguyễn Văn An', ['Giám đốc Sở Y tế']]])
})

test('`Thư ký` is a head, not the verb `ký`; a long body’s name stays whole up to twenty words; `kiến nghị`, `từ` and `giữ chức` end a title (corpus: Cao Đình Triều, Đồng Đãng)', () => {
  assert.deepEqual(people('GS.TS Cao Đình Triều - Phó Chủ tịch kiêm Tổng thư ký Hội Khoa học kỹ thuật địa vật lý Việt Nam cho biết.'), [
    ['Cao Đình Triều', ['Phó Chủ tịch kiêm Tổng thư ký Hội Khoa học kỹ thuật địa vật lý Việt Nam']],
  ])
  assert.deepEqual(names('UBND tỉnh Cao Bằng có văn bản gửi Thủ tướng Chính phủ kiến nghị bổ sung quy hoạch và lập dự án đầu tư tuyến cao tốc từ Đồng Đãng (Lạng Sơn) đến cửa khẩu Trà Lĩnh.'), [])
})

test('`là` after a name that is an object says who acted, not what the name is; a dash before a preposition ends a title (vntc 002415, 003791)', () => {
  assert.deepEqual(
    people('Tại sao phát ngôn của Bộ lại gắn tôi với Bùi Tiến Dũng và Nguyễn Việt Bắc, trong khi bổ nhiệm Bùi Tiến Dũng là Bộ trưởng, bổ nhiệm Nguyễn Việt Bắc là Bộ trưởng.'),
    [['Bùi Tiến Dũng', []], ['Nguyễn Việt Bắc', []]],
  )
  assert.deepEqual(people('Ông Trần Ngọc Cảnh, ủy viên hội đồng quản trị kiêm tổng giám đốc Petro VN - trong vụ tiêu cực liên quan đã bị kỷ luật.'), [
    ['Trần Ngọc Cảnh', ['ủy viên hội đồng quản trị kiêm tổng giám đốc Petro VN']],
  ])
})

test('what one office holder does to another ends the first title (vntc 002180: Thủ tướng phê bình … Tổng giám đốc Trần Ngọc Cảnh)', () => {
  assert.deepEqual(people('Thủ tướng phê bình nghiêm khắc Tổng giám đốc Trần Ngọc Cảnh vì để xảy ra sai phạm.'), [['Trần Ngọc Cảnh', ['Tổng giám đốc']]])
})

test('a bare head, a verb and another head: the second is the holder’s title, the first someone else’s (baomoi 000034, 000759); a possessive title stays whole', () => {
  assert.deepEqual(people('Thủ tướng quay sang Bí thư Tỉnh ủy Hà Nam Nguyễn Đình Khang hỏi.'), [['Nguyễn Đình Khang', ['Bí thư Tỉnh ủy Hà Nam']]])
  assert.deepEqual(people('Thủ tướng giao Phó Thủ tướng Thường trực Trương Hòa Bình chỉ đạo.'), [['Trương Hòa Bình', ['Phó Thủ tướng Thường trực']]])
  assert.deepEqual(people('Người phát ngôn của Thủ tướng Nguyễn Kinh Quốc cho biết.'), [['Nguyễn Kinh Quốc', ['Người phát ngôn của Thủ tướng']]])
})

test('a foreign one-word name a title ends in is that person’s; `Thừa Ủy quyền của` makes the title before someone else’s (vntc 004572, 001301)', () => {
  assert.deepEqual(people('Tiếp Chủ tịch nước Trần Đức Lương và Thủ tướng Phan Văn Khải, Quốc vương Sihamoni bày tỏ lòng cảm ơn.'), [
    ['Trần Đức Lương', ['Chủ tịch nước']],
    ['Phan Văn Khải', ['Thủ tướng']],
    ['Sihamoni', ['Quốc vương']],
  ])
  assert.deepEqual(people('Thừa Ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng đã báo cáo.'), [['Nguyễn Chí Dũng', ['Bộ trưởng Bộ Kế hoạch và Đầu tư']]])
})

test('a verb of reporting, leading or feeling after an apposed title ends it (vntc 003613, 002588, 003993)', () => {
  assert.deepEqual(people('Đồng chí Dao Nhiễu Linh, Trưởng Ban Công tác người Hoa vui mừng báo cáo với Thường trực Thành ủy.'), [['Dao Nhiễu Linh', ['Trưởng Ban Công tác người Hoa']]])
  assert.deepEqual(
    people('Đoàn đại biểu quân sự cấp cao do Thượng tướng Tào Cương Xuyên, Ủy viên Quốc vụ kiêm Bộ trưởng Bộ Quốc phòng dẫn đầu sang thăm hữu nghị chính thức nước ta.'),
    [['Tào Cương Xuyên', ['Ủy viên Quốc vụ kiêm Bộ trưởng Bộ Quốc phòng']]],
  )
  assert.deepEqual(people('Ông Doãn Tấn Đạt - chủ tịch UBND xã Phi Thông, TP Rạch Giá - bức xúc: Chợ xã Phi Thông xây xong đã lâu.'), [['Doãn Tấn Đạt', ['chủ tịch UBND xã Phi Thông, TP Rạch Giá']]])
})

test('words of a body’s name that are clause words elsewhere do not end its title: tối cao, Ủy ban kiểm tra, thiết bị, sau đại học (baomoi 000813, 000620, 000618; vntc 003486)', () => {
  assert.deepEqual(people('Nguyễn Hòa Bình, Bí thư Trung ương Đảng, Chánh án Tòa án Nhân dân tối cao; Phan Đình Trạc, Ủy viên Trung ương Đảng.')[0], ['Nguyễn Hòa Bình', ['Bí thư Trung ương Đảng', 'Chánh án Tòa án Nhân dân tối cao']])
  assert.deepEqual(people('Tại hội nghị, bà Nguyễn Thị Thu Ngà, Ủy viên thường trực Ủy ban kiểm tra T.Ư, Phó trưởng đoàn kiểm tra số 471 đã công bố nội dung kiểm tra.'), [
    ['Nguyễn Thị Thu Ngà', ['Ủy viên thường trực Ủy ban kiểm tra T.Ư', 'Phó trưởng đoàn kiểm tra số 471']],
  ])
  assert.deepEqual(people('Phóng viên đã trao đổi với ông Nguyễn Minh Tuấn – Vụ trưởng Vụ trang thiết bị và công trình y tế (Bộ Y tế) để hiểu rõ hơn.'), [['Nguyễn Minh Tuấn', ['Vụ trưởng Vụ trang thiết bị và công trình y tế']]])
  assert.deepEqual(people('Bạn đọc cũng bày tỏ sự đồng tình với ông Ngô Kim Khôi (phó vụ trưởng Vụ Đại học và sau đại học), vì với họ.'), [['Ngô Kim Khôi', ['phó vụ trưởng Vụ Đại học và sau đại học']]])
})

test('the period of TP. before the city does not end a title; a title ending in `của` is not the next name’s (baomoi 000826, vntc 003032)', () => {
  assert.deepEqual(people('Đại biểu Nguyễn Thị Quyết Tâm, Chủ tịch HĐND TP. Hồ Chí Minh đồng tình với việc này.'), [['Nguyễn Thị Quyết Tâm', ['Đại biểu', 'Chủ tịch HĐND TP. Hồ Chí Minh']]])
  assert.deepEqual(people('Ông Napan Sevikul, giám đốc sáng tạo của Sensation Creation (Thái Lan), người đã thu vào ống kính rất nhiều thước phim.'), [['Napan Sevikul', ['giám đốc sáng tạo của Sensation Creation']]])
})

test('a dash the title runs up to is no part of it (baomoi 000335, vntc 001863)', () => {
  assert.deepEqual(people('Ngày 9/1, Chủ tịch UBND TP Hà Nội - Nguyễn Đức Chung cho rằng, loa phường đã hoàn thành sứ mệnh.'), [['Nguyễn Đức Chung', ['Chủ tịch UBND TP Hà Nội']]])
  assert.deepEqual(people('Trao đổi với Tuổi Trẻ, ông Nguyễn Trường Ảnh - phó giám đốc Công ty Cấp nước Đà Nẵng -cho biết việc nước bị đục.'), [['Nguyễn Trường Ảnh', ['phó giám đốc Công ty Cấp nước Đà Nẵng']]])
})

test('a unit’s code ends a title whole and names its holder, though the name is also a street’s (vntc 002731, 003590, 002570)', () => {
  assert.deepEqual(people('Trưởng tàu E1 Nguyễn Đình Chiểu và lái tàu Bùi Thái Sơn cũng đã được đưa về Hà Nội.')[0], ['Nguyễn Đình Chiểu', ['Trưởng tàu E1']])
  assert.deepEqual(people('Đề nghị xem xét xử lý hành chính đối với trưởng tàu khách E1 Nguyễn Đình Chiểu vì thiếu trách nhiệm.'), [['Nguyễn Đình Chiểu', ['trưởng tàu khách E1']]])
  assert.deepEqual(people('“Chưa bao giờ chúng tôi chứng kiến cảnh tang thương đến thế” - trung tá Nguyễn Văn Trọng, nguyên thuyền trưởng tàu HQ607, mở đầu câu chuyện.'), [
    ['Nguyễn Văn Trọng', ['nguyên thuyền trưởng tàu HQ607']],
  ])
})
