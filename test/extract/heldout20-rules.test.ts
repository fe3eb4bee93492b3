/**
 * Rules added after the twentieth and twenty-first held-out checks (test/fixtures/heldout20.jsonl
 * and heldout21.jsonl, no longer blind), each on a real sentence of ../shared/corpus/ (file
 * cited in the test name), with its siblings found by running the extractor over the whole
 * corpus before and after.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract, keys, names } from './run-extract.ts'

test('foreign names keep all their initials (vntc 003729, 004515, 001662)', () => {
  assert.deepEqual(names('Khi đó là Bí thư thứ Nhất Trung ương Đoàn và đồng chí V.M.Misien, Bí thư Đoàn Thanh niên Cộng sản Liên Xô.'), ['V.M.Misien'])
  assert.deepEqual(names('Bức điện gửi Tổng thống J.F.Kennedy được công bố.'), ['J.F.Kennedy'])
})

test('a given name cut to its initial, or a letter as in an example, is no name; nor is the stand-in `Văn A`, period or not, but `Y` is a given name (vntc 000326, 003828, 004350, 000685)', () => {
  assert.deepEqual(names('Ví dụ: Con trai của ông Đỗ Văn Y. phải là Đỗ Văn X.. Còn con gái thì khác.'), [])
  assert.deepEqual(names('Ông Nguyễn Văn A. (quận Gò Vấp), từng tham gia mua tài sản.'), [])
  // Session 11: heldout31's README reads `Văn A` as the placeholder it is, the post notwithstanding.
  assert.deepEqual(names('Ông Lê Văn A, Hiệu trưởng Trường THPT Mạc Đĩnh Chi, cho biết.'), [])
  assert.deepEqual(names('Ông Trịnh Văn Y, Chủ tịch Hội Khoa học kỹ thuật cầu đường, cho biết.'), ['Trịnh Văn Y'])
})

test('vox-pops signed after the statement and bylines with their outlet are no people (vntc 003307, baomoi 000981)', () => {
  assert.deepEqual(names('Nhiều ngành mới ra đời trong vài năm gần đây. (Trần Hồng Phúc, 25 tuổi, kỹ sư in)'), [])
  const end = (last: string) => extract(`Tin tức\nHoa hậu uy tín cũng ngang bằng với hoa hậu “ao làng”.\n${last}`).people.map((p) => p.name)
  assert.deepEqual(end('Hà Tùng Long/Dân Trí'), [])
})

test('designs named by their class are no documents; plenum resolutions of two terms written in one bracket are two (baomoi 001109, 000838, 000545)', () => {
  assert.deepEqual(keys('Tàu ngầm hạt nhân K-429, lớp Charlie (Đề án 670) được coi là tàu ngầm đen đủi nhất thế giới.'), [])
  assert.deepEqual(keys('Tên lửa là vũ khí chính của tàu tuần dương hạt nhân Đề án 1144 Orlan.'), [])
  assert.deepEqual(keys('Tiếp tục thực hiện có hiệu quả Nghị quyết Hội nghị Trung ương 4 (Khóa XI, XII) về xây dựng, chỉnh đốn Đảng.'), ['Nghị quyết Trung ương 4 khóa XI', 'Nghị quyết Trung ương 4 khóa XII'])
})

test('capitalised training subjects and Lumbini are no people (vntc 002951, 003455, 001331; baomoi 000649)', () => {
  assert.deepEqual(names('Các chuyên ngành đào tạo: Quản Lý Lữ Hành, Du Lịch và Khách Sạn; Thạc Sỹ Quản Trị Kinh Doanh.'), [])
  assert.deepEqual(names('Cây bồ đề con được nhân giống từ cây bồ đề ở vườn Lâm Tì Ni - Ấn Độ.'), [])
  assert.deepEqual(names('Vừa qua Bộ trưởng Bộ Giáo dục và Đào Tạo – ông Phùng Xuân Nhạ cho biết sẽ chấn chỉnh.'), ['Phùng Xuân Nhạ'])
})

test('a name after a firm in the title of an earlier name is the firm\'s; plays are named after people (baomoi 000455, vntc 001250)', () => {
  assert.deepEqual(names('Ông Mai Trần Thanh Hoàng, Giám đốc Công ty TNHH TM và DV Hoàng Phước Minh (TP.HCM), cũng bày tỏ sự hoang mang.'), ['Mai Trần Thanh Hoàng'])
  // Trap: a title opening the sentence still leads to its holder.
  assert.deepEqual(names('Theo đó, Phó Cục trưởng Cục Văn hóa cơ sở Ninh Thị Thu Hương đã ký văn bản hỏa tốc.'), ['Ninh Thị Thu Hương'])
  assert.deepEqual(names('Du khách xem biểu diễn các trích đoạn tuồng Nguyễn Hiển Dĩnh bên sông Vĩnh Điện.'), [])
})

test('a plenum\'s term in its own brackets (baomoi 000623 "Nghị quyết Trung ương 5 khóa (XII)")', () => {
  assert.deepEqual(keys('Đó là Nghị quyết Trung ương 5 khóa (XII), Nghị quyết 35/NQ-CP của Chính phủ.'), ['Nghị quyết Trung ương 5 khóa XII', '35/NQ-CP'])
})
