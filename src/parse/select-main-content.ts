import type { Element, Root, RootContent } from 'hast'
import { select, selectAll } from 'hast-util-select'
import { toString } from 'hast-util-to-string'
import type { VFile } from 'vfile'

/** Elements that are never article text, wherever they sit. */
const CHROME = 'script, style, noscript, template, nav, aside, footer, form, iframe, button, [hidden], [aria-hidden=true]'

/**
 * Reduces a saved web page to its article: the `article` or `main` element when the
 * page has one, else the element that holds the most paragraph text. The page's
 * title and publication date become front matter, so every format is read alike.
 */
export default function selectMainContent() {
  return (tree: Root, file: VFile) => {
    const title = metaContent(tree, 'meta[property="og:title"]') ?? text(select('title', tree))
    const date = metaContent(tree, 'meta[property="article:published_time"]') ?? attribute(select('time[datetime]', tree), 'dateTime')

    const main = select('article', tree) ?? select('main, [role=main]', tree) ?? densest(tree)
    if (!main) {
      file.message('No article text found in this page', { ruleId: 'html-no-content', source: 'policy-digest' })
      tree.children = []
      return
    }
    const heading = select('h1', main)
    for (const node of selectAll(CHROME, main)) detach(main, node)
    tree.children = main.children as RootContent[]

    const frontMatter: NonNullable<VFile['data']['frontMatter']> = {}
    const headingText = text(heading)
    if (!headingText && title) frontMatter.title = title
    if (date && /^\d{4}-\d{2}-\d{2}/.test(date)) frontMatter.date = date.slice(0, 10)
    file.data.frontMatter = { ...frontMatter, ...file.data.frontMatter }
  }
}

/** The element whose direct `p` children carry the most text: the usual article column. */
function densest(tree: Root): Element | undefined {
  let best: Element | undefined
  let bestLength = 0
  for (const candidate of selectAll('body, div, section, td', tree)) {
    const length = candidate.children.reduce(
      (sum, child) => sum + (child.type === 'element' && child.tagName === 'p' ? toString(child).length : 0),
      0,
    )
    if (length > bestLength) [best, bestLength] = [candidate, length]
  }
  return best
}

function detach(root: Element, target: Element): void {
  const stack: Element[] = [root]
  for (let parent = stack.pop(); parent; parent = stack.pop()) {
    const index = parent.children.indexOf(target)
    if (index >= 0) {
      parent.children.splice(index, 1)
      return
    }
    for (const child of parent.children) if (child.type === 'element') stack.push(child)
  }
}

function metaContent(tree: Root, selector: string): string | undefined {
  return attribute(select(selector, tree), 'content')
}

function attribute(node: Element | undefined, name: string): string | undefined {
  const value = node?.properties[name]
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

function text(node: Element | undefined): string | undefined {
  const value = node ? toString(node).replace(/\s+/g, ' ').trim() : ''
  return value || undefined
}
