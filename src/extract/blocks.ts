import type { Element, Root } from 'hast'
import { toText } from 'hast-util-to-text'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

/** A block of running text (headline, paragraph, list item) and the node it came from. */
export interface TextBlock {
  text: string
  /** Absent for the headline once the clean stage has moved it to `file.data.title`. */
  node?: Element
}

const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'blockquote', 'figcaption', 'td', 'th', 'dd', 'dt'])

/**
 * The text blocks of an article in document order: the headline (from `file.data.title`
 * when the clean stage took the `h1` out of the body), then every block of the tree;
 * nested blocks are read once, by the innermost.
 */
export function textBlocks(tree: Root, file?: VFile): TextBlock[] {
  const blocks: TextBlock[] = []
  const title = file?.data.title?.trim()
  const hasHeading = tree.children.some((node) => node.type === 'element' && node.tagName === 'h1')
  if (title && !hasHeading) blocks.push({ text: title })
  visit(tree, 'element', (node) => {
    if (!BLOCKS.has(node.tagName)) return
    if (node.children.some((child) => child.type === 'element' && BLOCKS.has(child.tagName))) return
    const text = toText(node, { whitespace: 'pre' }).trim()
    if (text) blocks.push({ text, node })
  })
  return blocks
}
