/**
 * Foreign names after a profession or title with a few words between: general news describes
 * foreigners before naming them. From the errors of the read held-out sets, mostly heldout28–41 (read after their blind scoring);
 * real sentences of ../shared/corpus/.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { names } from './run-extract.ts'

test('a foreign name two lower-case words and a nationality after a profession is a person (vntc 002679, 000951; baomoi 000838)', () => {
  assert.deepEqual(names('Tháng 12.1903, đô đốc hải quân Vsevolod Rudnve được chỉ định chỉ huy tàu.'), ['Vsevolod Rudnve'])
  assert.deepEqual(names('Bức tranh vẽ cầu Song Kiều của họa sĩ nổi tiếng người Trung Quốc Chen Yifei tham dự triển lãm ở New York.'), ['Chen Yifei'])
  assert.deepEqual(names('Điều đó cho thấy sự nguy hiểm của chúng trong chiến đấu, theo chuyên gia quân sự Nga Dmitri Litovkin.'), ['Dmitri Litovkin'])
})

test('not a firm or a school the run stops before, nor a name after a verb (vntc 003441, 000431)', () => {
  assert.deepEqual(names('Vì vậy sinh viên tốt nghiệp Ngee Ann Polytechnic có thể học tiếp lấy bằng cấp cao hơn.'), [])
  assert.deepEqual(names('Dự án tại quận 4 có tên thương mại là Riva Park cũng sẽ bị thanh tra.'), [])
})

test('unaccented syllables before a foreign word begin the name, and hyphens join romanised syllables (vntc 001237, 001431, 002571, 003196)', () => {
  assert.deepEqual(names('Đồng thời, tiến sĩ Tan Thiam Soon, Chủ nhiệm Tuyển sinh của ĐH Quốc gia Singapore, cho biết.'), ['Tan Thiam Soon'])
  assert.deepEqual(names('Sau đó, tôi cũng nói chuyện trực tiếp với anh Che Sung Woo, tác giả của bài báo.'), ['Che Sung Woo'])
  assert.deepEqual(names('Tại đây, ông Ahn Tae-Sung, Tùy viên báo chí và thông tin Đại sứ quán Hàn Quốc, cho biết.'), ['Ahn Tae-Sung'])
  assert.deepEqual(names('Tổng Bí thư Nông Đức Mạnh đã hội kiến với Chủ tịch Quốc hội Lào Xa-mản Vi-nha-kệt đến chào.'), ['Nông Đức Mạnh', 'Xa-mản Vi-nha-kệt'])
})

test('a monarch or pope is named with the regnal number after the cue (vntc 002080, 001412, 002583)', () => {
  assert.deepEqual(names('Người Đức rất đông đúc nên vua Charles IX cho phép họ lập giáo xứ riêng.'), ['Charles IX'])
  assert.deepEqual(names('Diane de Poitiers, một góa phụ mà vua Henri 2 say mê như điếu đổ.'), ['Henri 2'])
  assert.deepEqual(names('Những đồng tiền có chạm hình Hoàng đế Napoléon đệ tam. Sau lễ đặt viên đá đầu tiên.'), ['Napoléon đệ tam'])
  assert.deepEqual(names('Vua Tuyên Vương đến thăm.'), ['Tuyên Vương'])
  assert.deepEqual(names('Nhà vua Na Uy Harald V thăm chính thức Việt Nam.'), ['Harald V'])
})

test('a monarch named by a foreign name alone after the royal cue is a person; a country or a kingdom is not (vntc 000430, 000951, 002080, 001355)', () => {
  assert.deepEqual(names('Chuyện kể rằng, ngày xưa, vua Beghra đã chiếm được vùng Dandai Desh.'), ['Beghra'])
  assert.deepEqual(names('Ngôi đền được xây năm 1032 theo yêu cầu của hoàng hậu Udaymati.'), ['Udaymati'])
  assert.deepEqual(names('Năm 1086, năm trị vì đầu tiên của Hoàng đế Zherong thời Bắc Tống, tại đây có chợ.'), ['Zherong'])
  assert.deepEqual(names('Tại lễ hội này, vua Ghana đeo vàng khắp người.'), [])
  assert.deepEqual(names('Đây là nơi thờ những vị thần bảo hộ cho các vị vua Chămpa.'), [])
  assert.deepEqual(names('Từ xa du khách đã thấy tượng chúa Giêsu đứng trên đỉnh núi.'), [])
})

test('English honorifics mark the name after them and are not part of it (vntc 002911, 000429)', () => {
  assert.deepEqual(names('Tại TPHCM, Mr. Andy Ong và Ms. Jessica Tran - đại diện trường ACPE kết hợp tổ chức.'), ['Andy Ong', 'Jessica Tran'])
  assert.deepEqual(names('Đại diện của MDIS, ông Dr Eric Kuan, sẽ có mặt tại Việt Nam.'), ['Eric Kuan'])
})

test('a foreign name with who the person is after a comma or dash is a person, not a place the next clause starts from (vntc 001285, 002760, 001793, 000508, 003052)', () => {
  assert.deepEqual(names('Đó là những hình ảnh trên chiếc du thuyền của Christian Louboutin, một người Pháp sống lâu năm ở Ai Cập.'), ['Christian Louboutin'])
  assert.deepEqual(names('Tôi đã đến để hỏi Lainie Anderson - người được phân công chăm sóc tôi.'), ['Lainie Anderson'])
  assert.deepEqual(names('Tại Brooke House, học sinh không phải trả thêm chi phí ăn ở.'), [])
  assert.deepEqual(names('Nếu muốn hiểu biết kỹ hơn về lịch sử của Taj Mahal, du khách có thể mua một cẩm nang.'), [])
  assert.deepEqual(names('Để xây dựng Taj Mahal, vua Shah Jahan đã huy động 20.000 lao động.'), ['Shah Jahan'])
})

test('a title set off by a comma before a foreign name is said of it (vntc 000657, 001230, 003159)', () => {
  assert.deepEqual(names('Cựu thủ tướng Thái Lan kiêm Đại sứ thiện chí của UNICEF, Anand Panyarachun đã kêu gọi sự hợp tác.'), ['Anand Panyarachun'])
  assert.deepEqual(names('Trong thông cáo, chủ tịch hội đồng quản trị Trường ĐH Harvard, Lawrence H.Summers, cho biết.'), ['Lawrence H.Summers'])
  assert.deepEqual(names('Theo báo cáo của Bộ Ngoại giao, Human Rights Watch đã lên tiếng.'), [])
})

test('a foreign name that says something is a person; a place or an organisation that says it is not (vntc 001701, 002679, 001231, 002049)', () => {
  assert.deepEqual(names('Người đầu tiên đến viện là một phụ nữ nước ngoài có nụ cười rạng rỡ. Allyson Keane bảo chị đang dạy học ở Đại học RMIT.'), ['Allyson Keane'])
  assert.deepEqual(names('Đại sứ Hoa Kỳ tại Việt Nam lúc đó Raymont Burhadt nói rằng, 40 năm trước, tàu hải quân Mỹ đã đổ quân.'), ['Raymont Burhadt'])
  assert.deepEqual(names('Người phụ trách chương trình này tại Children Hub cho biết giáo viên kết hợp dạy trẻ ra dấu.'), [])
  assert.deepEqual(names('Trung tâm ngôn ngữ Golden Key cũng cho biết sẽ thu nhận học viên.'), [])
})

test('a foreign surname alone after a profession that names individuals is a person; a news agency after a reporter is not (vntc 002583, 002130, 002621)', () => {
  assert.deepEqual(names('Dinh được xây cách khu đất của ông không xa. Đó là kiến trúc sư Hermitte. Bản thiết kế được duyệt ngay.'), ['Hermitte'])
  assert.deepEqual(names('Quyền quản lý dinh lớn này chuyển vào tay đô đốc Ohier. Thế là người có địa vị cao nhất đã dọn vào.'), ['Ohier'])
  assert.deepEqual(names('Giáo sư Shoemaker có lẽ cũng đã nghe đài khi đang lái xe.'), ['Shoemaker'])
  assert.deepEqual(names('Phóng viên Yonhap nhận xét rằng Đại hội đã đề ra nhiều chính sách.'), [])
  assert.deepEqual(names('Chương trình đào tạo thạc sĩ Marketing kéo dài hai năm.'), [])
})

test('English words of firms and programmes end no foreign name, a surname that is one aside (vntc 004123, 001709, 000853, 000693)', () => {
  assert.deepEqual(names('Ông Lý Tường Tuấn là chủ tịch tập đoàn tài chính Golden Bridge (Hàn Quốc).'), ['Lý Tường Tuấn'])
  assert.deepEqual(names('Số tiền được trao cho bà Julie Atkinson, Giám đốc phát triển của Operation Smile tại VN.'), ['Julie Atkinson'])
  assert.deepEqual(names('Dự án do Công ty California Waste Solutions (Mỹ) đầu tư.'), [])
  assert.deepEqual(names('Đại sứ Mỹ tại Việt Nam Michael Marine nói rằng việc hai nước hợp tác là cần thiết.'), ['Michael Marine'])
})

test('a foreign name glued to the place of its title is the name the article writes on its own (vntc 004082)', () => {
  assert.deepEqual(names('Phó Thị trưởng Toronto Mike Feldman ký thỏa thuận hợp tác. Lãnh đạo UBND TPHCM đã tiếp ông Mike Feldman.'), ['Mike Feldman'])
})

test('a clan prefix with a capital after it is a foreign surname (vntc 002940, 000781)', () => {
  assert.deepEqual(names('Ông Tony Williams - Tổng Giám đốc ILA Việt Nam, và bà Dorothy McRae, Giám đốc học vụ, đã trả lời.'), ['Tony Williams', 'Dorothy McRae'])
  assert.deepEqual(names('Chiều ngày 8/6, ông Rohan McCarthy đại diện của ĐH quốc gia Australia sẽ có mặt.'), ['Rohan McCarthy'])
})

test('a Vietnamese surname after a Western given name ends the name (vntc 000853, 002486)', () => {
  assert.deepEqual(names('Ông David Dương, Chủ tịch hội đồng quản trị kiêm Tổng giám đốc, cho biết.'), ['David Dương'])
  assert.deepEqual(names('Anthony Nguyễn, một chuyên gia máy tính, cho biết.'), ['Anthony Nguyễn'])
  assert.deepEqual(names('Ông Guy Doughty Giám đốc điều hành của hãng cho biết.'), ['Guy Doughty'])
})

test('a foreign name with a particle is a person after a person cue or title; a place with one is not (vntc 001412, 002469, 003808)', () => {
  assert.deepEqual(names('Dường như nhà danh họa Leonardo da Vinci đã tham gia thiết kế lâu đài.'), ['Leonardo da Vinci'])
  assert.deepEqual(names('Tướng Pháp là đô đốc Rigaul de Genouilly chỉ huy tiến đánh bán đảo Sơn Trà.'), ['Rigaul de Genouilly'])
  assert.deepEqual(names('Du khách có thể bay thẳng tới Rio de Janeiro vào mùa lễ hội.'), [])
})

test('a double-barrelled name with a space after its hyphen is one name; a title after the hyphen is not part of it (vntc 003393, 002486, 002597)', () => {
  assert.deepEqual(names('Đại diện trường Đại học Charles Sturt, cô Kate Sherriff- Smith từ trường Đại học Murdoch đã giới thiệu.'), ['Kate Sherriff- Smith'])
  assert.deepEqual(names('Còn bà Ang Lee- Na, giám đốc tiếp thị vùng Nam Á, cho biết.'), ['Ang Lee- Na'])
  assert.deepEqual(names('Ông Boris Struk- Giám đốc Công ty Vina Star cho biết.'), ['Boris Struk'])
  // Spaced, after a full name, when one foreign word ends the run (vntc 001564, 002994; session 10).
  assert.deepEqual(names('Hai ca sĩ nước ngoài Alain Chenne Viere (ban nhạc Pow wow) và Laura Mayne - Kerbrat (ban nhạc Natie) cùng hát.'), ['Alain Chenne Viere', 'Laura Mayne - Kerbrat'])
  assert.deepEqual(names('Bà Claire Collingwood - Cán bộ tuyển sinh của trường sẽ có buổi nói chuyện.'), ['Claire Collingwood'])
})

test('a middle initial written without its period stays inside a foreign name (vntc 004488)', () => {
  assert.deepEqual(names('Theo ngài Edilberto C De Jesus, Giám đốc Ban Thư ký, nguyên bộ trưởng Bộ Giáo dục Philippines.'), ['Edilberto C De Jesus'])
})

test('a foreign name listed by one word after its cue is the fuller name the article also writes without one (vntc 000430, 001263; session 10)', () => {
  assert.deepEqual(
    names('Giếng gắn với mối tình giữa quốc vương Veer Singh và người vợ xinh đẹp - nàng Rudba Deri. Khi nhìn thấy hoàng hậu Deri, vua Beghra đã say mê.'),
    ['Veer Singh', 'Rudba Deri', 'Beghra'],
  )
})
