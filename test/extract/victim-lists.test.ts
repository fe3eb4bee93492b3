/**
 * Lists of victims, patients and candidates, as news sites print them: numbered lines run
 * together, ages and occupations after a dash, `Thị` cut to its initial, tables flattened with
 * the row number glued to the name. From heldout30/31's errors (read after their blind
 * scoring); real lines of ../shared/corpus/vntc-chinh-tri-xa-hoi/ (002732 is the E1 train crash).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { names } from './run-extract.ts'

test('an age after a dash marks a name, and `Thị` after an ambiguous surname makes one at a line’s start', () => {
  assert.deepEqual(names('Đỗ Minh Hải - 21 tuổi, chùa Từ Hiếu, Huế.4. Cao Thị Hải Yến - 68 tuổi, Đồng Văn, Duy Tiên, TT-Huế.'), ['Đỗ Minh Hải', 'Cao Thị Hải Yến'])
})

test('`Thị` cut to its initial stays in the name, and a row number glued to a name does not hide it', () => {
  assert.deepEqual(
    names('Người bị thương STT Họ và tên Địa chỉ Ghi chú 1Trần Ngọc Toàn - 41 tuổi Phòng mổ BV Đà Nẵng 2Lê T. Thu Trang - 3 tuổi Bắc Ninh Ngoại thần kinh'),
    ['Trần Ngọc Toàn', 'Lê T. Thu Trang'],
  )
})

test('an occupation after a dash describes the name before it (vntc 000114, 003293)', () => {
  assert.deepEqual(names('Dự thi vào ĐH Giao thông vận tải TP HCM, Đặng Phương - thí sinh Hải Phòng - chỉ được 15 điểm.'), ['Đặng Phương'])
})
