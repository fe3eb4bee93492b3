import type { Root } from 'hast'
import type { VFile } from 'vfile'
import { blockText } from './block-text.ts'

/**
 * Takes the headline out of the body: front matter's `title` wins, else the first
 * `h1`. Its text goes to `file.data.title`; the `h1` leaves the body either way,
 * since the page template prints the title once.
 */
export default function readTitle() {
  return (tree: Root, file: VFile) => {
    const index = tree.children.findIndex((node) => node.type === 'element' && node.tagName === 'h1')
    const heading = index >= 0 ? blockText(tree.children[index]!) : undefined
    if (index >= 0) tree.children.splice(index, 1)
    const title = file.data.frontMatter?.title ?? heading
    if (title) file.data.title = title
    else file.message('Article has no title: give it a first line, an `h1` or a `title` in front matter', {
      place: { line: 1, column: 1 },
      ruleId: 'missing-title',
      source: 'policy-digest',
    })
  }
}
