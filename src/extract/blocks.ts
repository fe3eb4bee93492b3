import type { Element, Root } from 'hast'
import { toText } from 'hast-util-to-text'
import { visit } from 'unist-util-visit'

/** A block of running text (headline, paragraph, list item) and the node it came from. */
export interface TextBlock {
  text: string
  node: Element
}

const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'blockquote', 'figcaption', 'td', 'th', 'dd', 'dt'])

/** The text blocks of a tree in document order; nested blocks are read once, by the innermost. */
export function textBlocks(tree: Root): TextBlock[] {
  const blocks: TextBlock[] = []
  visit(tree, 'element', (node) => {
    if (!BLOCKS.has(node.tagName)) return
    if (node.children.some((child) => child.type === 'element' && BLOCKS.has(child.tagName))) return
    const text = toText(node, { whitespace: 'pre' }).trim()
    if (text) blocks.push({ text, node })
  })
  return blocks
}
