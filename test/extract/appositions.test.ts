/**
 * A given name alone, or a foreign name, opening a sentence with an apposition that says who it
 * is: the way general news (VNTC) names the people it quotes. From the errors of the read held-out
 * sets, mostly heldout28–41 (read after their blind scoring); real sentences of ../shared/corpus/.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { names } from './run-extract.ts'

test('a given name with `một …` or `người …` after a comma or a dash is a person (vntc 000456, 001075, 001588)', () => {
  assert.deepEqual(names('Hôm nay phải đặt điện thoại để trả tiền cá độ". Minh, một dân chơi khác dắt chiếc Dylan 150 vào cửa hiệu.'), ['Minh'])
  assert.deepEqual(names('Còn kiêm luôn "dịch vụ" giới thiệu "mua tình". Thành - một gã xe ôm "đóng đô" trên đường Đề Thám 4 năm nay.'), ['Thành'])
  assert.deepEqual(names('Can xăng dầu nằm la liệt chờ sà lan chở qua bên kia biên giới. Sơn, người làm thuê cho đầu nậu, cho biết: “Mỗi ngày”.'), ['Sơn'])
})

test('so is one with an occupation or `du khách`, and a foreign name the same way (vntc 001393, 004325, 001239)', () => {
  assert.deepEqual(names('Thuyền đi được một đoạn, Nhơn, du khách đến từ Phú Yên, hỏi bâng quơ.'), ['Nhơn'])
  assert.deepEqual(names('Khách Thái khoảng 40%... Anuchai Kanin, du khách đến từ đông bắc Thái Lan, cho biết tết này đông.'), ['Anuchai Kanin'])
  assert.deepEqual(names('Để đánh giá tiến độ học tập của mình”. Leif French, giáo sư ngôn ngữ học ứng dụng tại Đại học Quebec, nói.'), ['Leif French'])
})

test('a connective, a relative, an initial’s surname or a firm before the comma is no one (baomoi 001071, 000488; vntc 003551, 003464)', () => {
  assert.deepEqual(names('Các chỉ số kinh tế-xã hội của thành phố đã đạt mức cao. Song, Thủ tướng Nguyễn Xuân Phúc nhận định Hải Phòng còn khó khăn.'), ['Nguyễn Xuân Phúc'])
  assert.deepEqual(names('Trẻ em được bảo vệ trên môi trường mạng. Cha, mẹ, người chăm sóc trẻ em phải đồng ý.'), [])
  assert.ok(!names('Theo K. Peters, tác giả quyển Yêu thương con cái, trẻ cần được nghe.').includes('Peters'))
  assert.deepEqual(names('Đang được các công ty du lịch như Bến Thành, Fiditourist, Thanh Niên, Lửa Việt tổ chức.'), [])
})

test('a given name opening a clause with an age after a dash or in brackets is a person (vntc 002676, 003612)', () => {
  assert.deepEqual(names('Cô chuyển chỗ làm khác. Trong khi đó, Thu - 30 tuổi, quê Thanh Hóa - sau nhiều năm vẫn chưa có việc.'), ['Thu'])
  assert.deepEqual(names('Nhờ thuộc thành phần "con ông cháu cha", Minh Thái (32 tuổi) chỉ có mỗi việc ngồi đọc báo.'), ['Minh Thái'])
})

test('a two-word full name with who the person is after a comma or dash is a person, as a given name is (vntc 004389, 002636)', () => {
  assert.deepEqual(names('Những gì giới trẻ đang tiêu dùng phải có "nội dung" - Mai Lâm, chủ shop Juz4teen ở quận 1 nói.'), ['Mai Lâm'])
  assert.deepEqual(names('7. Tòng Thị Phóng - Trưởng Ban Dân vận Trung ương. 8. Tô Huy Rứa - Giám đốc Học viện Chính trị Quốc gia.'), ['Tòng Thị Phóng', 'Tô Huy Rứa'])
  assert.deepEqual(names('Tại Kim Liên, du khách có thể tham quan nhà lưu niệm.'), [])
})

test('a given name with who the person is after it may follow `với`, `là`, `gặp` (vntc 000364, 002676)', () => {
  assert.deepEqual(names('Theo số điện thoại của Tuấn cho, đầu dây bên kia là Tài, sinh viên ĐH Kinh tế TP HCM, đang thực tập.'), ['Tài'])
  assert.deepEqual(names('Còn với Thi, nhân viên marketing có nhiều năm kinh nghiệm, thì khác.'), ['Thi'])
  assert.deepEqual(names('Công ty đã hợp tác với Hà Nội, thành phố có nhiều dự án.'), [])
})

test('a given name with the person’s home province after it is a person (vntc 002676; baomoi 000632)', () => {
  assert.deepEqual(names('Văn phòng khác cũng tương tự như vậy. Lam, quê Quảng Nam, vừa tốt nghiệp trường cao đẳng.'), ['Lam'])
  assert.deepEqual(names('Đây là cơ hội để kiểm tra kiến thức. Tuấn, quê Nam Định tâm sự: "Cả năm ôn luyện".'), ['Tuấn'])
})

test('a young man, a girlfriend, an old man or woman after the comma or dash say who the name is (vntc 003176, 000937)', () => {
  assert.deepEqual(names('Báo chí tiếng Việt chủ yếu là xem qua mạng. Thomas, một anh chàng kỹ sư điện toán người Mỹ, cho biết.'), ['Thomas'])
  assert.deepEqual(names('Quơ tay nhón lấy những cụm bèo xòe ra, Mỹ Hạnh - một bạn gái đi cùng chúng tôi reo lên.'), ['Mỹ Hạnh'])
})

test('so does an interpreter’s trade (vntc 003534)', () => {
  assert.deepEqual(names('Tự sự của những con nghiện. Kim Thu, phiên dịch một công ty liên doanh kể về một lần quên điện thoại.'), ['Kim Thu'])
})
