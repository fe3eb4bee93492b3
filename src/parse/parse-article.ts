import type { Root } from 'hast'
import rehypeParse from 'rehype-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import type { ArticleFormat } from '../article.ts'
import normalizeBlocks from './normalize-blocks.ts'
import parseTxt from './parse-txt.ts'
import readFrontMatter from './read-front-matter.ts'
import selectMainContent from './select-main-content.ts'

/**
 * One parser per input format, each ending in the same shape: a hast root whose
 * children are the article's blocks, its headline an `h1`, and its front matter (or
 * the page's metadata) on `file.data.frontMatter`. Frozen once: processors are
 * stateless, so one instance serves every article of a build.
 */
const parsers: Record<ArticleFormat, (file: VFile) => Promise<Root>> = {
  txt: runner(unified().use(parseTxt).use(normalizeBlocks).freeze()),
  md: runner(
    unified()
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml'])
      .use(readFrontMatter)
      .use(remarkRehype)
      .use(normalizeBlocks)
      .freeze(),
  ),
  html: runner(unified().use(rehypeParse).use(selectMainContent).use(normalizeBlocks).freeze()),
}

/** Parses a decoded article into its block tree. */
export function parseArticle(file: VFile): Promise<Root> {
  return parsers[file.data.format ?? 'txt'](file)
}

/** The format an article is written in, from its file extension. */
export function formatOf(path: string): ArticleFormat | undefined {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase()
  if (extension === 'txt') return 'txt'
  if (extension === 'md' || extension === 'markdown') return 'md'
  if (extension === 'html' || extension === 'htm') return 'html'
  return undefined
}

function runner(processor: { parse(file: VFile): unknown; run(tree: never, file: VFile): Promise<unknown> }) {
  return async (file: VFile) => (await processor.run(processor.parse(file) as never, file)) as Root
}
