import type { Root } from 'hast'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { DocumentMention, PersonMention } from '../../src/article.ts'
import findDocuments from '../../src/extract/find-documents.ts'
import findPeople from '../../src/extract/find-people.ts'
import { normalizeText } from '../../src/parse/decode.ts'
import parseTxt from '../../src/parse/parse-txt.ts'

const processor = unified().use(parseTxt).use(findDocuments).use(findPeople)

/** Runs the extract plugins on a plain-text article (first line = headline). */
export function extract(text: string): { people: PersonMention[]; documents: DocumentMention[]; file: VFile } {
  const file = new VFile({ value: normalizeText(text) })
  processor.runSync(processor.parse(file) as Root, file)
  return { people: file.data.people ?? [], documents: file.data.documents ?? [], file }
}

/** An article with a neutral headline around one body paragraph. */
export function article(body: string): string {
  return `Tin tức\n${body}\nKết thúc bài viết.`
}

export const names = (text: string) => extract(article(text)).people.map((p) => p.name)
export const namesAndTitles = (text: string) => extract(article(text)).people.map((p) => [p.name, p.titles])
export const keys = (text: string) => extract(article(text)).documents.map((d) => d.key)
