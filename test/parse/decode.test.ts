import assert from 'node:assert/strict'
import { test } from 'node:test'
import { decodeText } from '../../src/parse/decode.ts'

const text = 'Nghị quyết số 26-NQ/TW\nĐảng ủy'
const utf16 = (value: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(2 + value.length * 2)
  const view = new DataView(bytes.buffer)
  view.setUint16(0, 0xfeff, littleEndian)
  for (let i = 0; i < value.length; i++) view.setUint16(2 + i * 2, value.charCodeAt(i), littleEndian)
  return bytes
}

test('UTF-8 with and without BOM decode to the same text', () => {
  const plain = new TextEncoder().encode(text)
  assert.equal(decodeText(plain).text, text)
  assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...plain])).text, text)
})

test('UTF-16 LE and BE with BOM decode (VNTC ships UTF-16LE)', () => {
  assert.equal(decodeText(utf16(text, true)).text, text)
  assert.equal(decodeText(utf16(text, false)).text, text)
})

test('CRLF becomes LF, NFD becomes NFC, U+00D0 becomes Đ', () => {
  const decoded = decodeText(new TextEncoder().encode('Hoa\u0300ng \u00D0a\u0306ng Quang\r\nx\r')).text
  assert.equal(decoded, 'Hoàng Đăng Quang\nx\n')
})

test('bytes that are not UTF-8 are an error, not silent replacement characters', () => {
  assert.throws(() => decodeText(new Uint8Array([0x4e, 0x67, 0xe0, 0x79])))
})
