import { blockText } from '../clean/block-text.ts'
import type { DocumentEntry, SiteIndex } from '../link/build-site-index.ts'
import type { SearchEntity, SearchRecord } from './build-search-index.ts'

/** What the search stage indexes: each article's text and links, and each entity. */
export function searchInput(site: SiteIndex): { records: SearchRecord[]; entities: SearchEntity[] } {
  const records = site.articles.map((entry): SearchRecord => ({
    url: entry.url,
    title: entry.article.title,
    ...(entry.article.date && { date: entry.article.date.iso }),
    ...(entry.article.outlet && { outlet: entry.article.outlet }),
    text: entry.article.body.children.map((node) => blockText(node)).filter(Boolean).join('\n'),
    people: entry.people.map(({ person }) => ({ name: person.name, url: person.url })),
    documents: entry.documents.map(({ document }) => ({ key: document.key, label: documentName(document), url: document.url })),
  }))
  const entities: SearchEntity[] = [
    ...site.people.map((person): SearchEntity => ({ kind: 'person', name: person.name, aliases: [], url: person.url, articleCount: person.articles.length })),
    ...site.documents.map((document): SearchEntity => ({
      kind: 'document',
      name: documentName(document),
      aliases: [...new Set(document.citations.flatMap(({ article }) => article.documents.filter((d) => d.document === document).flatMap((d) => d.mention.mentions)))],
      url: document.url,
      articleCount: document.citations.length,
    })),
  ]
  return { records, entities }
}

/** Namesakes (`26-NQ/TW` of two terms) must read differently in results and facets. */
function documentName(document: DocumentEntry): string {
  return document.qualifier ? `${document.label} (${document.qualifier})` : document.label
}
