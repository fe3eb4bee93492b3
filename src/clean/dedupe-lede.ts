import type { Root } from 'hast'
import { blockText, paragraphs } from './block-text.ts'

/**
 * Scraped pages print the lede (sapo) and then repeat it, whole or cut short with
 * "…", as the start of the body. When the next paragraph begins with the lede's
 * text, the lede is the copy: drop it and the body keeps every word.
 * The first remaining paragraph is marked as the lede for the templates.
 */
export default function dedupeLede() {
  return (tree: Root) => {
    const [lede, next] = paragraphs(tree)
    if (lede && next) {
      const head = blockText(lede).replace(/\s*(\.\.\.|…)$/u, '')
      if (head.length >= 20 && blockText(next).startsWith(head)) tree.children.splice(tree.children.indexOf(lede), 1)
    }
    const first = paragraphs(tree)[0]
    if (first) first.properties.className = ['lede']
  }
}
