/**
 * Where a name ends among capitalised words: after a firm whose name ends in a surname, after
 * the Central Youth Union, in a five-word name. Real sentences of ../shared/corpus/ (file cited
 * in the test name), checked by running the extractor over the whole corpus before and after.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { names } from './run-extract.ts'

test('a name right after a firm whose name ends in a surname is the three words after it (baomoi 000458, 000891: the shipyard Nam Triệu)', () => {
  assert.deepEqual(names('Theo Phó Tổng Giám đốc Cty TNHH MTV Nam Triệu Bùi Hữu Hùng, trong khuôn khổ Chương trình đóng tàu.'), ['Bùi Hữu Hùng'])
  assert.deepEqual(names('Tổng Giám đốc Công ty TNHH MTV Nam Triệu Đặng Ngọc Oanh nói Trung tâm Đăng kiểm đã sai.'), ['Đặng Ngọc Oanh'])
  // A four-word name with no firm before it keeps all four words.
  assert.deepEqual(names('Phó Chủ tịch nước Nguyễn Thị Doan và bà Tôn Nữ Thị Ninh dự lễ.'), ['Nguyễn Thị Doan', 'Tôn Nữ Thị Ninh'])
})

test('`Trung ương Đoàn` is the Youth Union, not the surname Đoàn (baomoi 001058)', () => {
  assert.deepEqual(names('Trưởng Ban Quốc tế Trung ương Đoàn Phạm Phương Chi cho rằng, báo cáo cần đánh giá kỹ hơn.'), ['Phạm Phương Chi'])
})

test('a royal clan surname takes a five-word name, and after two surnames and Thị the given name is due even where it looks like a surname (vntc 002732; session 11)', () => {
  assert.deepEqual(names('27. Tôn Nữ Hò Lan Anh - 27 tuổi, Nguyễn Gia Thiều, Huế. 28. Lê Thị Phái - 54 tuổi, 10 Yên Thái.'), ['Tôn Nữ Hò Lan Anh', 'Lê Thị Phái'])
  // The corpus has `vụ Lê Nguyễn Thị Ái Trâm`; the given name is changed here to one that is also a surname.
  assert.deepEqual(names('Nổi cộm là hai vụ Lê Nguyễn Thị Hồng Trâm bị khởi tố về tội buôn lậu.'), ['Lê Nguyễn Thị Hồng Trâm'])
})
