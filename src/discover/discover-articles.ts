import fg from 'fast-glob'
import { compareText } from '../util/compare-text.ts'

/** Extensions read as articles; anything else in the content folder is ignored. */
export const ARTICLE_GLOB = '**/*.{txt,md,markdown,html,htm}'

/**
 * Lists the article files under a content folder, relative to it with `/`
 * separators, in a stable order so that every build sees them alike. Documentation
 * beside the articles (a folder's README) is left out by the `ignore` globs.
 */
export async function discoverArticles(contentDir: string, ignore: readonly string[] = []): Promise<string[]> {
  const paths = await fg(ARTICLE_GLOB, { cwd: contentDir, onlyFiles: true, caseSensitiveMatch: false, dot: false, ignore: [...ignore] })
  return paths.sort(compareText)
}
