import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { article, extract, names } from './run-extract.ts'

const person = (text: string, name: string) => extract(article(text)).people.find((p) => p.name === name)

test('name after a title; "Thủ tướng Chính phủ" is not a name (baomoi 000034)', () => {
  assert.deepEqual(names('Thủ tướng Chính phủ Nguyễn Xuân Phúc đã vạch ra “6 gạch đầu dòng” cần triển khai sớm.'), ['Nguyễn Xuân Phúc'])
  assert.deepEqual(person('Thủ tướng Chính phủ Nguyễn Xuân Phúc đã vạch ra “6 gạch đầu dòng”.', 'Nguyễn Xuân Phúc')?.titles, ['Thủ tướng Chính phủ'])
})

test('a place between title and name (baomoi 000306 "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung")', () => {
  const text = 'Trước thực trạng này, Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung khẳng định, thời gian tới sẽ huy động lực lượng.'
  assert.deepEqual(names(text), ['Nguyễn Đức Chung'])
  assert.deepEqual(person(text, 'Nguyễn Đức Chung')?.titles, ['Chủ tịch UBND TP Hà Nội'])
})

test('foreign names after a title and a country (baomoi 000344)', () => {
  assert.deepEqual(names('Trong cuộc hội đàm với Thủ tướng Anh Theresa May, Benjamin Netanyahu cũng đã cố gắng tập trung vào chủ đề Iran.'), ['Theresa May', 'Benjamin Netanyahu'])
  assert.deepEqual(names('trọng tâm là cuộc hội đàm tại Nhà Trắng với Tổng thống Mỹ Donald Trump.'), ['Donald Trump'])
})

test('title chain before a name; name-first apposition; the rank is kept apart from the titles (baomoi 000024 "Thượng tướng GS.TS Tô Lâm - Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an")', () => {
  const text = 'Thượng tướng GS.TS Tô Lâm - Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an phát biểu.'
  assert.deepEqual(names(text), ['Tô Lâm'])
  assert.deepEqual(person(text, 'Tô Lâm')?.titles, ['Ủy viên Bộ Chính trị', 'Bộ trưởng Bộ Công an'])
  assert.equal(person(text, 'Tô Lâm')?.rank, 'Thượng tướng')
  const listed = 'Dự có Đại tướng Võ Nguyên Giáp và Hoàng Minh Thảo.'
  assert.equal(person(listed, 'Hoàng Minh Thảo')?.rank, undefined, 'a rank before another name is not this one\'s')
})

test('a rank before a bare title: the name that is also a street is the person, with that rank (vntc 004515 "Đại tướng Tổng Tư lệnh Võ Nguyên Giáp")', () => {
  const text = 'Đọc lại bức điện phát đi từ thủ đô Hà Nội, do Đại tướng Tổng Tư lệnh Võ Nguyên Giáp truyền đạt ý kiến chỉ đạo của Bộ Chính trị.'
  assert.deepEqual(names(text), ['Võ Nguyên Giáp'])
  assert.deepEqual(person(text, 'Võ Nguyên Giáp')?.titles, ['Tổng Tư lệnh'])
  assert.equal(person(text, 'Võ Nguyên Giáp')?.rank, 'Đại tướng')
  assert.deepEqual(names('Đoàn xe đi qua đường Võ Nguyên Giáp rồi rẽ vào cảng.'), [], 'the street stays a street')
})

test('list after "các đồng chí:" (baomoi 000347)', () => {
  const text = 'Tới dự, có các đồng chí: Võ Văn Thưởng, Ủy viên Bộ Chính trị, Bí thư T.Ư Đảng, Trưởng Ban Tuyên giáo T.Ư; Thượng tướng Lương Cường, Bí thư T.Ư Đảng, Ủy viên Thường vụ Quân ủy T.Ư, Chủ nhiệm Tổng cục Chính trị QĐND Việt Nam.'
  assert.deepEqual(names(text), ['Võ Văn Thưởng', 'Lương Cường'])
  assert.deepEqual(person(text, 'Võ Văn Thưởng')?.titles, ['Ủy viên Bộ Chính trị', 'Bí thư T.Ư Đảng', 'Trưởng Ban Tuyên giáo T.Ư'])
})

test('two-word names in a list with full names (vntc 003361)', () => {
  assert.deepEqual(names('nhiều học sinh khiếm thị đạt thành tích xuất sắc như: Nguyễn Văn Long, Vũ Thúy, Trần Thị Minh Tuyết.'), ['Nguyễn Văn Long', 'Vũ Thúy', 'Trần Thị Minh Tuyết'])
})

test('short later references attach to the full name (baomoi 000654 "ngư dân Võ Văn Hân" … "ông Hân")', () => {
  assert.deepEqual(names('chiếc tàu của ngư dân Võ Văn Hân vẫn đang nằm bờ. Ngồi trước mui tàu, ông Hân buồn bã kể.'), ['Võ Văn Hân'])
  assert.deepEqual(names('Bộ trưởng Phùng Xuân Nhạ cho biết. Bộ trưởng Nhạ nhấn mạnh sẽ đưa giáo viên ra khỏi ngành.'), ['Phùng Xuân Nhạ'])
})

test('a given name after an honorific is a person when no full name matches (baomoi 000654 "chị Hương")', () => {
  assert.deepEqual(names('Gặp chị Hương - vợ của ngư dân Nguyễn Sương, chị Hương cho hay con tàu hoạt động rất tốt.'), ['Nguyễn Sương', 'Hương'])
})

test('trap: glued next word is not part of the name (baomoi 000851 "Phùng Xuân Nhạ Ông"; baomoi 000912 "Nguyễn Ngọc Thiện Chủ")', () => {
  assert.deepEqual(names('Bộ trưởng Phùng Xuân Nhạ Ông Nhạ nhấn mạnh sẽ đưa những giáo viên không đạt yêu cầu ra khỏi ngành.'), ['Phùng Xuân Nhạ'])
  assert.deepEqual(names('Quốc hội tiến hành chất vấn Bộ trưởng Nguyễn Ngọc Thiện Chủ tịch Quốc hội cho biết đã có 54 đại biểu đăng ký.'), ['Nguyễn Ngọc Thiện'])
})

test('trap: photo credit after a name (vntc 003858 "Cố Thủ tướng Phạm Văn Đồng Ảnh: TTXVN")', () => {
  assert.deepEqual(names('Lễ kỷ niệm 100 năm ngày sinh Cố Thủ tướng Phạm Văn Đồng Ảnh: TTXVN (NLĐ)- Sáng 28-2, tại Hà Nội, Ban Chấp hành Trung ương Đảng tổ chức lễ.'), ['Phạm Văn Đồng'])
  assert.deepEqual(names('Nhiều tàu vỏ thép đang chịu cảnh đậu bờ vì hư hỏng. Ảnh: TRẦN HÓA 8 chuyến ra khơi, 7 lần hư hỏng.'), [])
})

test('trap: streets, schools, ideas and organisations named after people (vntc 000539, vntc 000792, baomoi 000294, baomoi 001201)', () => {
  assert.deepEqual(names('Anh Phúc, chủ một cửa hàng bán vợt điện trên đường Trần Hưng Đạo, thị xã Vị Thanh, cho biết.'), ['Phúc'])
  assert.deepEqual(names('Nguyễn Quốc Đạt, THPT Lê Quý Đôn, TP HCM, tự chấm bài của mình được khoảng 8 điểm.'), ['Nguyễn Quốc Đạt'])
  assert.deepEqual(names('Được sự dẫn dắt bởi tư tưởng Hồ Chí Minh, Nghị quyết Hội nghị Trung ương tám ra đời.'), [])
  assert.deepEqual(names('biểu dương Bộ Công an, Bộ GTVT, Bộ GD&ĐT, Trung ương Đoàn TNCS Hồ Chí Minh, Ủy ban Trung ương MTTQ Việt Nam.'), [])
})

test('the person Hồ Chí Minh with a title, the city without (baomoi 000354)', () => {
  assert.deepEqual(names('Ra mắt thư viện sách điện tử về Chủ tịch Hồ Chí Minh Sở Thông tin và Truyền thông TP Hồ Chí Minh vừa cho ra mắt Cổng thông tin.'), ['Hồ Chí Minh'])
})

test('trap: a school named after a person (vntc 003361 "Trường Nguyễn Đình Chiểu")', () => {
  assert.deepEqual(names('Thầy Nguyễn Thanh Tâm - Hiệu trưởng Trường Nguyễn Đình Chiểu cho biết.'), ['Nguyễn Thanh Tâm'])
})

test('trap: capitalised Ông/Anh inside a sentence is a place or a country (vntc 000584 "ngã ba Ông Đồn"; vntc 002935 "của Anh, St Andrews")', () => {
  assert.deepEqual(names('Lúc 14h xe qua ngã ba Ông Đồn một đoạn thì dừng lại.'), [])
  assert.deepEqual(names('Theo tạp chí The Times của Anh, St Andrews đứng thứ 9 trong bảng xếp hạng.'), [])
})

test('trap: a house number makes a name a street (vntc 004221 "số 22-24-26 Mạc Thị Bưởi")', () => {
  assert.deepEqual(names('giao cơ sở nhà và đất tại số nhà 30-32 Hàm Nghi và số 22-24-26 Mạc Thị Bưởi, quận 1 - TPHCM.'), [])
})

test('trap: a byline alone on the last line (vntc convention, e.g. "Việt Anh")', () => {
  const { people } = extract('Tin tức\nBộ trưởng Đào Đình Bình đã nhận thiếu sót.\nLê Hữu Việt')
  assert.deepEqual(people.map((p) => p.name), ['Đào Đình Bình'])
})

test('all-caps names need a cue (baomoi 001190 "LS NGUYỄN TOÀN THIỆN")', () => {
  assert.deepEqual(names('thì bị xử lý là đúng. LS NGUYỄN TOÀN THIỆN, Chủ nhiệm Đoàn LS tỉnh Bình Thuận cho rằng vậy.'), ['NGUYỄN TOÀN THIỆN'])
})

test('seed: Hoàng Đăng Quang, Nguyễn Thị Thanh, Nguyễn Thị Tuyến with their titles', () => {
  const text = readFileSync(new URL('../../../shared/seed/000_d001d31c2c28c4b5.txt', import.meta.url), 'utf8')
  const { people } = extract(text)
  assert.deepEqual(people.map((p) => p.name), ['Hoàng Đăng Quang', 'Nguyễn Thị Thanh', 'Nguyễn Thị Tuyến'])
  assert.ok(people[0]?.titles.includes('Phó Trưởng ban Tổ chức Trung ương'))
  assert.ok(people[0]?.titles.includes('Ủy viên Trung ương Đảng'))
  assert.ok(people[2]?.titles.includes('Phó Bí thư Thường trực Thành ủy'))
})

test('an organisation word that ends a sentence does not make the next sentence’s name its own (vntc 000854, 003916)', () => {
  assert.deepEqual(names('Nhiều thí sinh dự thi chỉ để phòng trường hợp trượt đại học. Nguyễn Ngọc Dung, học sinh THPT Kim Liên, Hà Nội cho biết.'), ['Nguyễn Ngọc Dung'])
})
