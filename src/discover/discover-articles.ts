import fg from 'fast-glob'

/** Extensions read as articles; anything else in the content folder is ignored. */
export const ARTICLE_GLOB = '**/*.{txt,md,markdown,html,htm}'

/**
 * Lists the article files under a content folder, relative to it with `/`
 * separators, in a stable order so that every build sees them alike.
 */
export async function discoverArticles(contentDir: string): Promise<string[]> {
  const paths = await fg(ARTICLE_GLOB, { cwd: contentDir, onlyFiles: true, caseSensitiveMatch: false, dot: false })
  return paths.sort(compareCodePoints)
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
