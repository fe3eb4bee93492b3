import type { Element, ElementContent, Root } from 'hast'
import { toString } from 'hast-util-to-string'

/** Blocks an article body is made of after parsing, whatever its format. */
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'figure', 'blockquote', 'ul', 'ol', 'table', 'pre'])

/**
 * Flattens wrappers (`div`, `section`, `header`, …) so the body is a flat list of
 * blocks with no whitespace between them: every later stage can then walk
 * `tree.children` as the article's paragraphs. Loose text becomes a paragraph, a
 * bare image a figure, and blocks with no text and no image are dropped.
 */
export default function normalizeBlocks() {
  return (tree: Root) => {
    const blocks: Element[] = []
    const pushLoose = (nodes: ElementContent[]) => {
      const paragraph: Element = { type: 'element', tagName: 'p', properties: {}, children: nodes }
      if (toString(paragraph).trim()) blocks.push(paragraph)
    }
    const walk = (children: readonly (ElementContent | Root['children'][number])[]) => {
      let loose: ElementContent[] = []
      for (const child of children) {
        if (child.type === 'element' && (BLOCKS.has(child.tagName) || child.tagName === 'img')) {
          pushLoose(loose)
          loose = []
          if (child.tagName === 'img') blocks.push({ type: 'element', tagName: 'figure', properties: {}, children: [child] })
          else if (toString(child).trim() || child.tagName === 'figure') blocks.push(child)
        } else if (child.type === 'element' && !isInline(child)) {
          pushLoose(loose)
          loose = []
          walk(child.children)
        } else if (child.type === 'text' || child.type === 'element') {
          loose.push(child)
        }
      }
      pushLoose(loose)
    }
    walk(tree.children)
    tree.children = blocks
  }
}

const INLINE = new Set(['a', 'abbr', 'b', 'br', 'cite', 'code', 'em', 'i', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'mark'])

function isInline(node: Element): boolean {
  return INLINE.has(node.tagName)
}
