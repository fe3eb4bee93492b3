/**
 * Plenum resolutions in the forms the blind held-out check found missing
 * (test/fixtures/heldout.README.md), on real sentences of ../shared/corpus/.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { keys } from './run-extract.ts'

test('"Nghị quyết TW4" with no space before the plenum number (baomoi 000055)', () => {
  assert.deepEqual(keys('Khắc phục sửa chữa hạn chế, thiếu sót sau kiểm điểm phê bình và tự phê bình theo tinh thần Nghị quyết TW4: “Một số vấn đề cấp bách về xây dựng Đảng hiện nay”.'), [
    'Nghị quyết Trung ương 4',
  ])
})

test('the plenum named number first: "Nghị quyết Hội nghị lần thứ 4 Ban chấp hành Trung ương khóa XII" (baomoi 001028)', () => {
  assert.deepEqual(
    keys('nhất là tuyên truyền Nghị quyết Hội nghị lần thứ 4 Ban chấp hành Trung ương khóa XII về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái.'),
    ['Nghị quyết Trung ương 4 khóa XII'],
  )
})

test('a plenum number in words: "lần thứ chín … (Khóa XI)" (baomoi 000569), "Hội nghị Trung ương tám" (baomoi 000294)', () => {
  assert.deepEqual(
    keys('trọng tâm là Nghị quyết số 23-NQ/TW của Bộ Chính trị (Khóa X) về tiếp tục xây dựng và phát triển văn học, nghệ thuật trong thời kỳ mới, Nghị quyết Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng (Khóa XI) về xây dựng và phát triển văn hóa.'),
    ['23-NQ/TW', 'Nghị quyết Trung ương 9 khóa XI'],
  )
  assert.deepEqual(keys('Được sự dẫn dắt bởi tư tưởng Hồ Chí Minh, Nghị quyết Hội nghị Trung ương tám với sự đóng góp to lớn về trí tuệ của đồng chí Trường Chinh.'), [
    'Nghị quyết Trung ương 8',
  ])
})

test('trap: a year after "Hội nghị Trung ương năm" is not a plenum number', () => {
  assert.deepEqual(keys('Nghị quyết Hội nghị Trung ương năm 2017 đã được triển khai.'), [])
})
