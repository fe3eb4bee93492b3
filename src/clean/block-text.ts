import type { Element, Nodes, Root, Text } from 'hast'
import { toString } from 'hast-util-to-string'

/** Text of a block with runs of white space collapsed, as readers and extractors see it. */
export function blockText(node: Nodes): string {
  return toString(node).replace(/\s+/g, ' ').trim()
}

/** The body's blocks that carry running text (paragraphs, not headings or figures). */
export function paragraphs(tree: Root): Element[] {
  return tree.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'p')
}

/**
 * Cuts `length` characters of visible text off the end (or start) of a block, when
 * they all sit in its last (or first) text node: the edit never reaches into
 * markup it does not understand. Returns whether it cut.
 */
export function cutText(node: Element, length: number, from: 'start' | 'end'): boolean {
  const children = node.children
  const text = from === 'end' ? children.at(-1) : children[0]
  if (text?.type !== 'text') return false
  const value = from === 'end' ? text.value.trimEnd() : text.value.trimStart()
  if (value.length < length) return false
  text.value = from === 'end' ? value.slice(0, value.length - length).trimEnd() : value.slice(length).trimStart()
  return true
}

/** A new paragraph or caption block with a single text child. */
export function textBlock(tagName: string, value: string, className?: string): Element {
  const child: Text = { type: 'text', value }
  return { type: 'element', tagName, properties: className ? { className: [className] } : {}, children: [child] }
}

/** Whether a text ends like a sentence rather than like a label, menu item or footer. */
export function endsSentence(text: string): boolean {
  return /[.!?…:;"”»)]$/u.test(text.trim())
}
