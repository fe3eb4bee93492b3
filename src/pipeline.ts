import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Root } from 'hast'
import rehypeSanitize from 'rehype-sanitize'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { ArticleDate, ArticleFormat, DocumentMention, PersonMention } from './article.ts'
import dedupeLede from './clean/dedupe-lede.ts'
import type { RepeatedText } from './clean/find-repeated-text.ts'
import markCaptions from './clean/mark-captions.ts'
import moveCredits from './clean/move-credits.ts'
import readDate from './clean/read-date.ts'
import readTitle from './clean/read-title.ts'
import removeScrapingDebris from './clean/remove-scraping-debris.ts'
import addManualEntities from './extract/add-manual-entities.ts'
import findDocuments from './extract/find-documents.ts'
import findPeople from './extract/find-people.ts'
import { decodeText } from './parse/decode.ts'
import { formatOf, parseArticle } from './parse/parse-article.ts'

/** Files above this size are refused: no news article is this long, and one must not stall a build. */
export const MAX_ARTICLE_BYTES = 4 * 1024 * 1024

/** What one article becomes: plain data, so the work can move to a worker thread. */
export interface ProcessedArticle {
  source: string
  format: ArticleFormat
  title: string
  date?: ArticleDate
  /** The article is no older than this year (see read-date). */
  yearFloor?: number
  outlet?: string
  url?: string
  slug?: string
  credits: string[]
  people: PersonMention[]
  /** Names the article writes as a street's, school's, place's or organisation's (see find-people). */
  placeNames: string[]
  documents: DocumentMention[]
  /** The cleaned body: sanitised hast blocks. */
  body: Root
}

export interface TransformOptions {
  /** Footer text that recurs across the build (`findRepeatedText`). */
  repeated?: RepeatedText
}

/**
 * Reads and decodes one article. Problems (unreadable, too large, not text) are
 * fatal messages on the returned file, which the build then leaves out.
 */
export async function readArticle(contentDir: string, source: string): Promise<VFile> {
  const fullPath = path.join(contentDir, source)
  const file = new VFile({ path: fullPath, cwd: contentDir, data: { source, format: formatOf(source) ?? 'txt' } })
  try {
    const { size } = await stat(fullPath)
    if (size > MAX_ARTICLE_BYTES) {
      fatal(file, `File is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1048576} MB limit for an article`, 'file-too-large')
      return file
    }
    file.value = decodeText(await readFile(fullPath)).text
  } catch (error) {
    const reason = error instanceof TypeError ? 'File is not valid UTF-8 or UTF-16 text' : `Cannot read file: ${(error as Error).message}`
    fatal(file, reason, 'unreadable', error)
  }
  return file
}

/** Whether an earlier stage gave up on this file. */
export function hasFailed(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true)
}

/** Clean and extract: the per-article stages after parsing, as one unified chain. */
export function createTransformer(options: TransformOptions = {}) {
  return unified()
    .use(rehypeSanitize)
    .use(readTitle)
    .use(removeScrapingDebris, { ...(options.repeated && { repeated: options.repeated }) })
    .use(moveCredits)
    .use(markCaptions)
    .use(dedupeLede)
    .use(readDate)
    .use(findDocuments)
    .use(findPeople)
    .use(addManualEntities)
    .freeze()
}

export type Transformer = ReturnType<typeof createTransformer>

/** Runs the clean and extract stages on a parsed article and collects its facts. */
export async function transformArticle(transformer: Transformer, tree: Root, file: VFile): Promise<ProcessedArticle> {
  const body = (await transformer.run(tree, file)) as Root
  const { data } = file
  return {
    source: data.source ?? file.path,
    format: data.format ?? 'txt',
    title: data.title ?? path.basename(file.path),
    ...(data.date && { date: data.date }),
    ...(data.yearFloor && { yearFloor: data.yearFloor }),
    ...(data.outlet && { outlet: data.outlet }),
    ...(data.frontMatter?.url && { url: data.frontMatter.url }),
    ...(data.frontMatter?.slug && { slug: data.frontMatter.slug }),
    credits: data.credits ?? [],
    people: data.people ?? [],
    placeNames: data.placeNames ?? [],
    documents: data.documents ?? [],
    body,
  }
}

/** Parse, clean and extract one decoded article: the whole per-article pipeline. */
export async function processArticle(file: VFile, options: TransformOptions = {}): Promise<ProcessedArticle> {
  return transformArticle(createTransformer(options), await parseArticle(file), file)
}

function fatal(file: VFile, reason: string, ruleId: string, cause?: unknown): void {
  const message = file.message(reason, { ruleId, source: 'policy-digest', ...(cause instanceof Error && { cause }) })
  message.fatal = true
}
