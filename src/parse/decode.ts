import { TextDecoder } from 'node:util'

/**
 * Turns a file's bytes into the text every later stage sees: BOM-aware UTF-8 or
 * UTF-16 LE/BE, LF line ends, NFC, and U+00D0 (Ð, Icelandic eth) read as Đ, which
 * Vietnamese keyboards and legacy encodings produce for the same letter.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const encoding = sniffEncoding(bytes)
  // fatal: invalid bytes become an error the caller reports, not silent U+FFFD.
  const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes)
  return { text: normalizeText(text), encoding }
}

/** Line ends, Unicode form and the Ð/Đ confusion, for text from any source. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC').replace(/\u00D0/g, 'Đ')
}

function sniffEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return 'utf-8'
}
