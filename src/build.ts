import type { Root } from 'hast'
import type { VFile } from 'vfile'
import { findRepeatedText } from './clean/find-repeated-text.ts'
import type { SiteConfig } from './config/config-schema.ts'
import { loadConfig } from './config/load-config.ts'
import { discoverArticles } from './discover/discover-articles.ts'
import { buildSiteIndex, type SiteIndex } from './link/build-site-index.ts'
import { parseArticle } from './parse/parse-article.ts'
import { createTransformer, hasFailed, readArticle, transformArticle, type ProcessedArticle } from './pipeline.ts'
import { loadTemplates } from './render/load-templates.ts'
import { renderData } from './render/render-data.ts'
import { renderPages } from './render/render-pages.ts'
import { buildSearchIndex } from './search/build-search-index.ts'
import { searchInput } from './search/search-input.ts'
import { copyAssets, createStaging, discardStaging, swapIn, writeSiteFiles } from './write/write-site.ts'

export interface BuildOptions {
  contentDir: string
  outDir: string
  /** Config file; `policy-digest.config.json` in the working folder when it exists. */
  configFile?: string
  /** Overrides the config's `baseUrl`. */
  baseUrl?: string
  /** Any error fails the build and leaves `outDir` untouched. */
  strict?: boolean
  /** Search indexing can be skipped where only pages matter. Default true. */
  search?: boolean
}

export interface BuildResult {
  /** Every article file, with its messages. */
  files: VFile[]
  site: SiteIndex
  /** Articles that made it into the site. */
  built: number
  warnings: number
  errors: number
  /** Whether `outDir` now holds this build. */
  written: boolean
  /** Milliseconds per stage, in order. */
  timings: Array<[stage: string, ms: number]>
  /** Problems of the site as a whole rather than of one article (from the search stage). */
  notes: string[]
}

/**
 * One build: discover → read → parse → clean and extract → link → render →
 * search → write. Articles that fail are reported and left out; the rest of the
 * site is still built. Only a strict build with errors, or an error outside the
 * articles, leaves the previous site in place.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const timings: BuildResult['timings'] = []
  const time = async <T>(stage: string, work: () => Promise<T> | T): Promise<T> => {
    const start = performance.now()
    const result = await work()
    timings.push([stage, performance.now() - start])
    return result
  }

  const config: SiteConfig = await time('config', () =>
    loadConfig(options.configFile, options.baseUrl ? { baseUrl: options.baseUrl } : {}))
  const sources = await time('discover', () => discoverArticles(options.contentDir, config.ignore))
  const files = await time('read', () => Promise.all(sources.map((source) => readArticle(options.contentDir, source))))

  const parsed = await time('parse', () =>
    Promise.all(files.filter((file) => !hasFailed(file)).map(async (file) => ({ file, tree: await guard(file, () => parseArticle(file)) }))))
  const trees = parsed.filter((item): item is { file: VFile; tree: Root } => item.tree !== undefined)

  const processed = await time('clean+extract', async () => {
    const transformer = createTransformer({ repeated: findRepeatedText(trees.map(({ tree }) => tree)) })
    const results = await Promise.all(trees.map(({ file, tree }) => guard(file, () => transformArticle(transformer, tree, file))))
    return results.filter((article): article is ProcessedArticle => article !== undefined)
  })

  const site = await time('link', () => buildSiteIndex(processed, config))
  const templates = await time('templates', () => loadTemplates(config.templates))
  const pages = await time('render', () => new Map([...renderPages(site, templates, config), ...renderData(site)]))

  const errors = files.reduce((n, file) => n + file.messages.filter((m) => m.fatal === true).length, 0)
  const warnings = files.reduce((n, file) => n + file.messages.filter((m) => m.fatal === false).length, 0)
  const result: BuildResult = { files, site, built: processed.length, warnings, errors, written: false, timings, notes: [] }
  if (options.strict && errors > 0) return result

  const staging = await createStaging(options.outDir)
  try {
    await time('write', async () => {
      await writeSiteFiles(staging, pages)
      await copyAssets(staging, templates.folders)
    })
    if (options.search !== false) {
      const search = await time('search', () => buildSearchIndex({ outDir: staging, ...searchInput(site) }))
      result.notes.push(...search.messages.map((message) => `search: ${message}`))
    }
    await swapIn(staging, options.outDir)
    result.written = true
  } finally {
    if (!result.written) await discardStaging(staging)
  }
  return result
}

/** Runs one article's stage; a throw becomes a fatal message on that file, not a failed build. */
async function guard<T>(file: VFile, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work()
  } catch (error) {
    const message = file.message(`Cannot process article: ${(error as Error).message}`, {
      ruleId: 'process-failed',
      source: 'policy-digest',
      ...(error instanceof Error && { cause: error }),
    })
    message.fatal = true
    return undefined
  }
}
