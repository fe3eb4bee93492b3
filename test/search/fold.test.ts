import { test } from 'node:test'
import assert from 'node:assert/strict'
import * as ts from '../../src/search/fold.ts'

test('đ and Đ fold to d explicitly; tone marks fold away', () => {
  assert.equal(ts.foldVietnamese('Đảng'), 'dang')
  assert.equal(ts.foldVietnamese('Hoàng Đăng Quang'), 'hoang dang quang')
  assert.equal(ts.foldVietnamese('ĐỒNG ĐỘI'), 'dong doi')
  assert.equal(ts.foldToken('đảng'), 'dang')
  // U+00D0 (Icelandic eth) is read as Đ.
  assert.equal(ts.canonicalVietnamese('\u00d0ảng'), 'Đảng')
})

test('old and new tone placement become one form', () => {
  assert.equal(ts.canonicalVietnamese('hoà'), 'hòa')
  assert.equal(ts.canonicalVietnamese('Thuý'), 'Thúy')
  assert.equal(ts.canonicalVietnamese('uỷ ban'), 'ủy ban')
  assert.equal(ts.canonicalVietnamese('khoẻ'), 'khỏe')
  assert.equal(ts.canonicalVietnamese('HOÀ'), 'HÒA')
  // qu is a consonant: quý keeps its tone on y; closed syllables are untouched.
  assert.equal(ts.canonicalVietnamese('quý Quỳnh hoàng thuyền'), 'quý Quỳnh hoàng thuyền')
  assert.deepEqual(ts.tokenize('hoà thuý'), ts.tokenize('hòa thúy'))
})

test('NFD input gives the same tokens as NFC', () => {
  for (const word of ['Nghị quyết', 'Hoàng Đăng Quang', 'thuý', 'Ủy viên']) {
    assert.deepEqual(ts.tokenize(word.normalize('NFD')), ts.tokenize(word))
  }
})

test('tokens keep the exact form beside the folded one', () => {
  assert.deepEqual(ts.tokenize('Đảng bộ, dạng'), [
    { exact: 'đảng', folded: 'dang' }, { exact: 'bộ', folded: 'bo' }, { exact: 'dạng', folded: 'dang' },
  ])
})

test('document symbols are tidied, then split into the parts readers type', () => {
  assert.equal(ts.tidySymbols('Nghị quyết 23 – NQ/TƯ'), 'Nghị quyết 23-NQ/TW')
  assert.equal(ts.tidySymbols('số31-QĐ/TW'), 'số 31-QĐ/TW')
  assert.equal(ts.tidySymbols('56/ 2015/ NĐ - CP'), '56/2015/NĐ-CP')
  assert.equal(ts.tidySymbols('1722/ QĐ-TTg'), '1722/QĐ-TTg')
  assert.equal(ts.tidySymbols('tỷ lệ 2/3 dân số'), 'tỷ lệ 2/3 dân số')
  assert.deepEqual(ts.foldedWords('Nghị quyết 26-NQ/TW'), ['nghi', 'quyet', '26', 'nq', 'tw'])
  assert.deepEqual(ts.foldedWords('67/2014/NĐ-CP'), ['67', '2014', 'nd', 'cp'])
  assert.deepEqual(ts.foldedWords('Nghị quyết 23 – NQ/TƯ'), ['nghi', 'quyet', '23', 'nq', 'tw'])
  // Typed forms of the same symbol share their words with it.
  for (const typed of ['26 nq tw', 'nq 26', '26-nq/tw']) {
    for (const w of ts.foldedWords(typed)) assert.ok(ts.foldedWords('26-NQ/TW').includes(w), `${typed}: ${w}`)
  }
  for (const typed of ['nd 67', '67/2014/nd-cp', '67 nđ cp']) {
    for (const w of ts.foldedWords(typed)) assert.ok(ts.foldedWords('67/2014/NĐ-CP').includes(w), `${typed}: ${w}`)
  }
})
