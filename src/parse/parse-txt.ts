import { decodeHTML } from 'entities'
import type { Element, Root } from 'hast'
import type { Plugin } from 'unified'
import type { Point } from 'unist'

/**
 * Parser for articles scraped as plain text: the first non-empty line is the
 * headline (an `h1`), every other non-empty line a paragraph. Aggregator dumps put
 * a whole body on one line with paragraphs joined by two spaces; those split too.
 * Scrapers leave HTML character references in the text (`Bộ NN&amp;PTNT`): they are
 * decoded, so a page shows `&` once. Every node keeps its source position so messages
 * can point at it.
 */
const parseTxt: Plugin<[], string, Root> = function () {
  this.parser = (text) => {
    const children: Element[] = []
    let offset = 0
    text.split('\n').forEach((line, index) => {
      const lineNumber = index + 1
      for (const piece of splitParagraphs(line)) {
        const start = offset + piece.column - 1
        const node: Element = {
          type: 'element',
          tagName: children.length === 0 ? 'h1' : 'p',
          properties: {},
          children: [{ type: 'text', value: decodeHTML(piece.text) }],
          position: {
            start: point(lineNumber, piece.column, start),
            end: point(lineNumber, piece.column + piece.text.length, start + piece.text.length),
          },
        }
        children.push(node)
      }
      offset += line.length + 1
    })
    return { type: 'root', children }
  }
}

export default parseTxt

/**
 * Trimmed non-empty pieces of a line. A run of two or more spaces splits only where
 * a sentence ends before it or a capital starts after it, so a stray double space
 * inside a sentence does not cut it in two.
 */
function splitParagraphs(line: string): Array<{ text: string; column: number }> {
  const pieces: Array<{ text: string; column: number }> = []
  const boundary = /(?<=[.!?:…"”)\]])[ \t\u00a0]{2,}(?=\S)|[ \t\u00a0]{2,}(?=\p{Lu})/gu
  let start = 0
  for (const match of [...line.matchAll(boundary), null]) {
    const end = match ? match.index : line.length
    const raw = line.slice(start, end)
    const text = raw.trim()
    if (text) pieces.push({ text, column: start + raw.indexOf(text) + 1 })
    if (match) start = match.index + match[0].length
  }
  return pieces
}

function point(line: number, column: number, offset: number): Point {
  return { line, column, offset }
}
