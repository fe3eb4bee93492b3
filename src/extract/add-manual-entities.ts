import type { Root } from 'hast'
import { VFile } from 'vfile'
import { nameKey } from '../link/fold.ts'
import findDocuments from './find-documents.ts'
import { DOCUMENT_TYPES } from './lexicon.ts'

/**
 * Adds the people and documents an editor listed in front matter to what the
 * extractors found. A listed document is read by the same document finder, so
 * `35/NQ-CP` gets the same key, type and number as it would in running text; a
 * bare symbol takes its type from its code (NQ → Nghị quyết).
 */
export default function addManualEntities() {
  const find = findDocuments()
  return (_tree: Root, file: VFile) => {
    const { people: manualPeople = [], documents: manualDocuments = [] } = file.data.frontMatter ?? {}
    const people = (file.data.people ??= [])
    const known = new Set(people.map((person) => nameKey(person.name)))
    for (const name of manualPeople) {
      if (!known.has(nameKey(name))) people.push({ name, titles: [] })
      known.add(nameKey(name))
    }

    const documents = (file.data.documents ??= [])
    for (const written of manualDocuments) {
      const scratch = new VFile({ data: {} })
      find(paragraph(withType(written)), scratch)
      const found = scratch.data.documents?.[0]
      if (!found) {
        file.message(`Front matter document \`${written}\` is not a document reference this tool can read`, {
          place: { line: 1, column: 1 },
          ruleId: 'front-matter-document',
          source: 'policy-digest',
        })
        continue
      }
      if (!documents.some((document) => document.key === found.key)) documents.push({ ...found, mentions: [written], sentence: '' })
    }
  }
}

/** `35/NQ-CP` → `Nghị quyết 35/NQ-CP`; text that already names its type is kept. */
function withType(written: string): string {
  if (!/^\d/.test(written)) return written
  const code = /[-/]([\p{Lu}Đ]+[a-z]?)(?:[-/]|$)/u.exec(written)?.[1]
  const type = DOCUMENT_TYPES.find((entry) => entry.codes.includes(code ?? ''))?.type
  return type ? `${type} ${written}` : written
}

function paragraph(text: string): Root {
  return { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] }] }
}
