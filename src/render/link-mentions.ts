import type { Element, Root } from 'hast'
import { defaultIgnore, findAndReplace } from 'hast-util-find-and-replace'
import type { ArticleEntry } from '../link/build-site-index.ts'

/**
 * Returns a copy of an article's body where each person's name and each document's
 * written forms link to their pages. Longest forms are matched first, so
 * "Nghị quyết số 26-NQ/TW" wins over "Nghị quyết 26"; text inside links is left alone.
 */
export function linkMentions(entry: ArticleEntry, hrefOf: (url: string) => string): Root {
  const body = structuredClone(entry.article.body)
  const targets = new Map<string, string>()
  for (const { person } of entry.people) targets.set(person.name, person.url)
  for (const { document, mention } of entry.documents) {
    for (const form of mention.mentions) if (!targets.has(form)) targets.set(form, document.url)
  }
  if (targets.size === 0) return body

  const forms = [...targets.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  findAndReplace(
    body,
    [
      pattern,
      (value: string): Element => ({
        type: 'element',
        tagName: 'a',
        properties: { href: hrefOf(targets.get(value)!) },
        children: [{ type: 'text', value }],
      }),
    ],
    { ignore: [...defaultIgnore, 'a'] },
  )
  return body
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
