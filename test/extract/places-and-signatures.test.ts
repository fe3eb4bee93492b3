/**
 * Names that are places, peoples or parts of an address, from the errors of the twenty-eighth
 * and twenty-ninth held-out sets (read after their blind scoring). Real sentences of
 * ../shared/corpus/ (file cited in the test name), checked by running the extractor over the
 * whole corpus before and after.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { names } from './run-extract.ts'

test('a name nothing marks as a person’s, which the article also writes as a crossing, is the street (vntc 002414); one with a cue stays', () => {
  assert.deepEqual(
    names('Tại giao lộ Trần Cao Vân - Phùng Khắc Khoan, chiếc xe tải vượt đèn đỏ. Thiếu úy Lê Đức Thắng, tổ trưởng tổ quay tại Phùng Khắc Khoan - Trần Cao Vân sáng 11/9 cho biết.'),
    ['Lê Đức Thắng'],
  )
  assert.deepEqual(names('Đoàn đi qua đường Phan Bội Châu. Chí sĩ Phan Bội Châu từng sống ở đây.'), ['Phan Bội Châu'])
})

test('names after the age in a reader’s signature are the address (vntc 002825)', () => {
  assert.deepEqual(names('Em có thể làm được những công việc gì? Ở đâu? (Nguyễn Lan Anh, 23 tuổi, Nữ, 118, Lê Đình Lý, TP Đà Nẵng, Quảng Cáo)'), [])
  assert.deepEqual(names('Em có thể chuyển sang khoa Tiếng Anh thương mại?) (Nguyễn Hà Thuỷ , 17 tuổi, Nữ, 10B13_khu tập thể)'), [])
})

test('schools listed after a bracketed abbreviation are schools (vntc 001226)', () => {
  assert.deepEqual(names('Trường THCS Ngô Sĩ Liên (P.2) sẽ tiếp nhận học sinh Tiểu học (TH) Lê Văn Sĩ (P1), Nguyễn Thanh Tuyền (P2), Bình Giã (P3).'), [])
})

test('peoples, landmarks and medals are no part of a name (vntc 001397, 002108, 002474)', () => {
  assert.deepEqual(names('Những bà những chị, những em bé Hà Nhì thân thiện tò mò chạy theo chúng tôi.'), [])
  assert.deepEqual(names('Du khách thăm Cố Cung, Thiên Đàn, Vạn Lý Trường Thành, thành phố ngầm Bắc Kinh.'), [])
  assert.deepEqual(names('Phó thủ tướng thường trực Nguyễn Tấn Dũng Huân chương Ixala hạng nhất của Nhà nước Lào.'), ['Nguyễn Tấn Dũng'])
})

test('a reader’s name with a place or class in brackets right after the question is a signature, and an outlet is none (vntc 003941, 003274; heldout38/39)', () => {
  assert.deepEqual(names('Nếu tốt nghiệp trường này, em có thể xin việc làm ở đâu ? Trần Mỹ Trâm (Lớp 12C trường THPT Chuyên Phan Ngọc Hiển)'), [])
  assert.deepEqual(names('Trường có đào tạo liên thông không ? Nếu có thì ngành gì ? Nguyễn Thanh Duy (Đại Lộc Quảng Nam)'), [])
  assert.deepEqual(names('PV Thanhnien Online đã có mặt tại xã Cát Thịnh.'), [])
})

test('festivals and resorts with English names are no people (vntc 003051, 000709; heldout40/41)', () => {
  assert.deepEqual(names('Lễ hội "Mekong Festival 2006" hứa hẹn thu hút du khách.'), [])
  assert.deepEqual(names('Khu nghỉ dưỡng Life Resorts vừa khai trương ở Hội An.'), [])
})

test('a house number led by a block letter is an address, a train’s number is not (vntc 004666, 000645)', () => {
  assert.deepEqual(names('Cơ sở mộc do ông Hứa Duy Hàn làm chủ tại số F4/26 Lại Hùng Cường thuộc ấp 6.'), ['Hứa Duy Hàn'])
  assert.deepEqual(names('Viện kiểm sát khởi tố bị can lái tàu E1 Bùi Thái Sơn về tội vi phạm quy định.'), ['Bùi Thái Sơn'])
})

test('a name with the stretch of road meant after it is a street (vntc 004668, 003397)', () => {
  assert.deepEqual(names('Giữ nguyên lộ giới trên 6 tuyến đường: Đỗ Ngọc Thạnh (Trần Quý đến Xóm Đất); Dương Tử Giang (Trần Quý đến Nguyễn Chí Thanh).'), [])
  assert.deepEqual(names('Các đường được bỏ gồm Nguyễn Thị Nhỏ (đoạn từ Lãnh Binh Thăng đến 3 Tháng 2); Lê Thị Bạch Cát (Bình Thới đến Lạc Long Quân).'), [])
})

test('a name with its ward’s number in brackets is a school or street (vntc 001226)', () => {
  assert.deepEqual(names('Học sinh các trường Tiểu học (TH) Lê Văn Sĩ (P1), Bình Giã (P3), Nguyễn Viết Xuân (P3) sẽ chuyển trường.'), [])
})

test('a letter or answer signed in brackets that close the paragraph or come before the next sentence is a signature (baomoi 000962, vntc 002814)', () => {
  assert.deepEqual(names('Đề nghị cấm vĩnh viễn việc kinh doanh tận dụng hè phố của người này. (Ông Nguyễn Hữu Bính – trú ở phố Thọ Lão, phường Đồng Nhân)'), [])
  assert.deepEqual(names('Em có được cộng điểm khu vực không? Em học ở Nha Trang. (Trương Xuân Nam, Cam Ranh, Khánh Hòa)'), [])
  assert.deepEqual(names('Người vi phạm còn bị buộc khắc phục hậu quả. (Luật sư Đặng Văn Sơn - Đoàn Luật sư TP Hà Nội) Khi nào thì được cấp phép?'), [])
})

test('testimonials signed after the quote are signatures (vntc 003455)', () => {
  assert.deepEqual(names('“Các thầy cô giúp đỡ tôi rất nhiều trong việc học tập tại đây.” - Phạm Văn Toàn “Tôi rất quý các giảng viên ở đây.” - Trần Thị Nhật Hoàn'), [])
})

test('a business named after someone after what it makes or does is no person; its head and a grassroots body are not businesses (vntc 000728, 001250, 003053, 003958, 004262)', () => {
  assert.deepEqual(names('Nhà máy chế biến sắn Lương An Trà (An Giang) đầu tư 48,3 tỷ phải tháo dỡ.'), [])
  assert.deepEqual(names('Du khách thăm các cơ sở sản xuất gốm đất nung Lê Đức Hạ, xưởng chạm khắc gỗ Nguyễn Văn Tiếp.'), [])
  assert.deepEqual(names('Các vở Dạ cổ hoài lang (Nhà hát cải lương Trần Hữu Trang) sẽ được diễn.'), [])
  assert.deepEqual(names('Công nhân yêu cầu lãnh đạo công ty thay xưởng trưởng Trần Khải Hùng thì mới chịu vào làm việc.'), ['Trần Khải Hùng'])
  assert.deepEqual(names('Phát biểu tại buổi lễ, nữ Bí thư Đoàn cơ sở xuất sắc Đoàn Thị Hoài Nhi, tỉnh Quảng Nam, cho biết.'), ['Đoàn Thị Hoài Nhi'])
})

test('a reader signing a question with a degree, or a reader asking after a colon, is a signature (vntc 001732; baomoi 000164)', () => {
  assert.deepEqual(names('Cần thiết gia cường cấu kiện nào? (KS.Nguyễn Văn Đực, 53 tuổi, tandala@ ) - TS Phạm Hồng Luân trả lời.'), ['Phạm Hồng Luân'])
  assert.deepEqual(names('Độc giả Nguyễn Thế Quân (Bắc Giang): Năm 2016 em thi công an nhưng không đỗ.'), [])
  assert.deepEqual(names('Độc giả Nguyễn Thế Quân ở Bắc Giang cho rằng kỳ thi quá khó.'), ['Nguyễn Thế Quân'])
})

test('`Hồ` before a landscape word is a lake, not the surname (vntc 000363, 001100, 001495)', () => {
  assert.deepEqual(names('Hồ Suối Hai dài 7 km, rộng 4 km, là nguồn nước tưới cho 7.000 ha.'), [])
  assert.deepEqual(names('Vịnh có 8 khu vực gồm: Ba Hang, Hang Luồn, Hồ Động Tiên và Hang Trinh nữ.'), [])
  assert.deepEqual(names('Hồ Đầm Rong là điểm dừng của hệ thống nước thải.'), [])
  assert.deepEqual(names('Bà Hồ Xuân Mãn, đại biểu Quốc hội, phát biểu.'), ['Hồ Xuân Mãn'])
})

test('Indochina and the Lạc Hồng people are no one (vntc 003546, 002586, 002796)', () => {
  assert.deepEqual(names('Tự chỉ trích là Tổng Bí thư Đảng Cộng sản Đông Dương Nguyễn Văn Cừ.'), ['Nguyễn Văn Cừ'])
  assert.deepEqual(names('Trăm con một bọc, con cháu Lạc Hồng xin nguyện cùng nhau bảo vệ giang sơn.'), [])
})

test('a leader a ward is named after is a person with a cue, the ward without one (vntc 003826, 002595; heldout21)', () => {
  assert.deepEqual(names('Tại Hội nghị tháng 10-1936, đồng chí Hà Huy Tập được bầu làm Tổng Bí thư của Đảng.'), ['Hà Huy Tập'])
  assert.deepEqual(names('Họ nhắc đi nhắc lại câu của ông Thân Nhân Trung thời xưa nói rằng hiền tài là nguyên khí quốc gia.'), ['Thân Nhân Trung'])
  assert.deepEqual(names('Bạn đọc hỏi (Tuyết Dung, Hà Huy Tập, Đà Lạt).'), [])
})

test('streets chained by dashes after `phố` or `đường` are streets; a title’s city before a dash is not one (vntc 000086, 003885, 004515)', () => {
  assert.deepEqual(names('Sắp tới, ô phố Hàng Bạc - Mã Mây - Lương Ngọc Quyến - Tạ Hiền sẽ được thành phố đầu tư tu sửa.'), [])
  assert.deepEqual(names('Phiên chợ lá dong ngay ngã ba Ông Tạ (góc đường Cách Mạng Tháng Tám- Phạm Văn Hai, quận Tân Bình).'), [])
  assert.deepEqual(names('Chủ tịch Ủy ban Quân quản thành phố Sài Gòn - Trần Văn Trà, khi gặp ông Dương Văn Minh.'), ['Trần Văn Trà', 'Dương Văn Minh'])
})

test('a family is no communal house: the name after `gia đình` is a person’s (vntc 000644)', () => {
  assert.deepEqual(names('Do phía gia đình Trần Minh Quang đã tích cực khắc phục hậu quả nên Cục chỉ xử phạt hành chính.'), ['Trần Minh Quang'])
  assert.deepEqual(names('Dân làng tụ họp ở đình Trần Phú để bàn việc.'), [])
})

test('a name nothing marks as a person’s, listed next to a street, is a street; a pupil before a school named after someone is not (vntc 002290, 002311, 003504)', () => {
  assert.deepEqual(names('Hàng trăm người phải tỏa ra các ngả: Nguyễn Chí Thanh, Ngô Gia Tự, Lê Lợi... tụ tập chờ mua vé.'), [])
  assert.deepEqual(names('Xe phải đi theo hướng Trần Duy Hưng - Hoàng Minh Giám - Lê Văn Lương và rẽ trái.'), [])
  assert.deepEqual(names('Giải nhất thuộc về em Phạm Thành Đạt, Trường THCS Ngô Sĩ Liên (Q. Tân Bình); Trần Thanh Phú, Trường THCS Nguyễn Du (Q.1).'), ['Phạm Thành Đạt', 'Trần Thanh Phú'])
})

test('an agency, a shop or a residential area bears a name, it is no person (baomoi 000617)', () => {
  assert.deepEqual(names('Vé được bán tại số 253 Kim Mã, quận Ba Đình, TP Hà Nội thuộc đại lý Mai Hoàng Ngân.'), [])
})

test('a name signed with an e-mail address is the writer’s signature (vntc 002575)', () => {
  assert.deepEqual(names('Như vậy, nước nhỏ lại tiếp tục không lớn lên được. Trương Điện Thắng (dienthang@thanhnien.com.vn)'), [])
})

test('a surname-like word and a country after a capitalised word are a firm’s or a temple’s name; a delegate is not (vntc 000201, 001331, 002231)', () => {
  assert.deepEqual(names('Các doanh nghiệp gồm Công ty Cổ phần Taxi Mai Linh, Công ty Cổ phần Ánh Dương Việt Nam.'), [])
  assert.deepEqual(names('Nhìn sang bên tả bên hữu, chùa Thiếu Lâm Trung Quốc, chùa Tây Tạng do người tha hương xây.'), [])
  assert.deepEqual(names('Cuối năm vội vã ở hầu hết các cơ quan công quyền. ĐB Dương Trung Quốc cho rằng chính phủ phải làm rõ.'), ['Dương Trung Quốc'])
})

test('an office, a literature or arts body capitalised is no name led by the surname Văn (vntc 000918, 003546; baomoi 000908)', () => {
  assert.deepEqual(names('Hội thảo được tổ chức lúc 9h tại Văn Phòng Công ty Tư vấn Du học Quốc Anh, Số 5.'), [])
  assert.deepEqual(names('Trước năm 1975, tòa soạn Văn Nghệ Quân Đội chỉ có một căn phòng tắm chung.'), [])
})

test('a list of streets or schools goes on past items that are no names and past `và` after an aside (vntc 002299, 003503; session 10)', () => {
  assert.deepEqual(
    names('Theo đó, sẽ trung tu đường Lê Hồng Phong (từ đường Vĩnh Viễn đến ngã bảy), Nơ Trang Long (Bình Thạnh), Đinh Đức Thiện, Tân Sơn Nhì, Lãnh Binh Thăng, Khuông Việt.'),
    [],
  )
  assert.deepEqual(names('Đội tuyển gồm 5 HS THCS các trường Nguyễn Du (quận Gò Vấp), Nguyễn Du (quận 1) và Ngô Sỹ Liên (quận Tân Bình) để dự kỳ thi.'), [])
  // A person after the list keeps the cue that marks him.
  assert.deepEqual(names('Các trường Nguyễn Du (quận 1) và ông Ngô Sỹ Liên tới dự.'), ['Ngô Sỹ Liên'])
})

test('a name nothing marks as a person’s, listed next to a known place, is a place too (vntc 002108; session 10)', () => {
  assert.deepEqual(names('Du khách thăm Cố Cung, Thiên Đàn, Vạn Lý Trường Thành, Vương Phủ Tỉnh, thành phố ngầm Bắc Kinh.'), [])
  assert.deepEqual(names('Đoàn đã tới Hà Nội, gặp ông Vương Phủ Tỉnh, Giám đốc công ty.'), ['Vương Phủ Tỉnh'])
})

test('a quarter of a place named after someone is the place (vntc 001485; session 10); `miền Đông` is no quarter (vntc 000083)', () => {
  assert.deepEqual(names('KDC Bắc Phan Bá Phiến do Công ty Đầu tư phát triển nhà Đà Nẵng làm chủ đầu tư.'), [])
  assert.deepEqual(names('Phó giám đốc bến xe miền Đông Nguyễn Duy Long cho biết, đã huy động thêm 15 xe.'), ['Nguyễn Duy Long'])
})

test('a name that fills a quotation is a title, no person (vntc 001761, 001100; session 10)', () => {
  assert.deepEqual(names('Theo cuốn “Hoàng Lê Nhất Thống Chí” thì chùa Hương ở Hà Sơn Bình là “phiên bản” của chùa Hương Tích.'), [])
  assert.deepEqual(names('4h sáng hôm sau họ về "Lâm Gia Trang" (các nhà nghỉ nằm trên địa phận đường Nguyễn Văn Cừ, Gia Lâm).'), [])
  // A name quoted with more words is the speaker's, not a title's.
  assert.deepEqual(names('Thượng tướng Hoàng Minh Thảo đã đánh giá: “Đỗ Mạnh Hùng là bậc thầy về cách đánh”.'), ['Hoàng Minh Thảo', 'Đỗ Mạnh Hùng'])
})

test('a vox pop signed on a line of its own, the next paragraph run on, is a signature, no person (baomoi 000139, 000580, 000927; session 10)', () => {
  assert.deepEqual(
    names('Camera có thể ghi lại những hình ảnh xấu như xả rác, phóng uế bừa bãi. Cô giáo Nguyễn Võ Uyên Mi (đường số 9, phường 16, quận Gò Vấp) Phường có thể giao cho các khu phố quản lý camera.'),
    [],
  )
  assert.deepEqual(
    names('Tôi muốn biết pháp luật có cho tôi đổi họ lại cho con tôi được không? Chị Thái Diễm My (Huyện Bình Chánh, TP.HCM) Luật sư Trần Văn Hùng, Đoàn Luật sư TP.HCM, trả lời: Bộ luật Dân sự cho phép.'),
    ['Trần Văn Hùng'],
  )
  // A sentence goes on after the bracket: a person.
  assert.deepEqual(names('Trường hợp tương tự, chị Lê Thị Quỳnh Nga (phường Tân Tiến, TP. Biên Hòa) chia sẻ trên Zalo.'), ['Lê Thị Quỳnh Nga'])
})

test('a name glued after a word or number and a hyphen is part of a longer name (vntc 000720, 003941; session 10)', () => {
  assert.deepEqual(names('24. Phó tổng giám đốc Công ty cổ phần Bê Tông 620-Châu Thới, kỹ sư Hà Thanh Mẫn.'), ['Hà Thanh Mẫn'])
  assert.deepEqual(names('Con có được cộng điểm khu vực không? Nguyễn Thanh Trúc (12-Nguyễn Viết Xuân-Đà Lạt)'), [])
})

test('an abbreviation after the bracket goes on with the sentence: a person, no vox pop (session 10, from the full-corpus spot-check)', () => {
  assert.deepEqual(
    names('Cán bộ phải giải thích nhiều lần. Thí sinh Hoàng Huyền Trang (tốt nghiệp Trường THPT Hai Bà Trưng - Hà Nội) ĐKDT Trường ĐH Ngoại thương, chỉ có nguyện vọng học hệ cao đẳng.'),
    ['Hoàng Huyền Trang'],
  )
})

test('a place or body word written with a capital at the start of its name is one too; a full name after a title ending in a body named by its kind is the holder (vntc 002101, 000497; session 11)', () => {
  assert.deepEqual(
    names('Hãy tham quan các cửa hàng siêu thị, các tòa nhà của người Thụy Điển xây dựng từ thế kỷ XVIII, Trung tâm thương mại Hans Jacob Hegel và Hiệp hội thống nhất Der Hansabund.'),
    [],
  )
  assert.deepEqual(
    names('"Voi sinh sản khá tốt ở những cánh rừng thuộc phía tây bắc tỉnh, lân cận với vườn quốc gia Cát Tiên", Giám đốc vườn quốc gia Trần Văn Mùi cho biết hôm qua.'),
    ['Trần Văn Mùi'],
  )
})
