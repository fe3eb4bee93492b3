import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { VFile } from 'vfile'
import { decodeText } from '../../src/parse/decode.ts'
import { formatOf } from '../../src/parse/parse-article.ts'
import { processArticle, type ProcessedArticle, type TransformOptions } from '../../src/pipeline.ts'
import { blockText } from '../../src/clean/block-text.ts'

/** Runs one file, or text given inline, through the whole per-article pipeline. */
export async function processText(text: string, name = 'article.txt', options: TransformOptions = {}): Promise<{ article: ProcessedArticle; file: VFile; blocks: string[] }> {
  const file = new VFile({ path: name, value: text, data: { source: name, format: formatOf(name) ?? 'txt' } })
  const article = await processArticle(file, options)
  return { article, file, blocks: article.body.children.map((node) => blockText(node)) }
}

export async function processPath(fullPath: string, options: TransformOptions = {}) {
  return processText(decodeText(await readFile(fullPath)).text, path.basename(fullPath), options)
}
