import { z } from 'zod'
import type { ArticleEntry, SiteIndex } from '../link/build-site-index.ts'
import { articlesFile, documentsFile, peopleFile } from './data-schema.ts'
import type { SiteFiles } from './render-pages.ts'

/**
 * Writes the site's data as JSON under `data/`, each file checked against its
 * schema before it is written and the schema published beside it.
 */
export function renderData(site: SiteIndex): SiteFiles {
  const articles = site.articles.map((entry) => ({
    source: entry.article.source,
    url: entry.url,
    title: entry.article.title,
    date: entry.article.date?.iso ?? null,
    datePrecision: entry.article.date?.precision ?? null,
    outlet: entry.article.outlet ?? null,
    people: [
      ...entry.people.map(({ person, titles }) => ({ name: person.name, titles, url: person.url })),
      ...entry.unlisted.map(({ name, titles }) => ({ name, titles, url: null })),
    ],
    documents: entry.documents.map(({ document, mention }) => ({
      key: mention.key,
      type: mention.type,
      number: mention.number,
      symbol: mention.symbol ?? null,
      issuer: mention.issuer ?? document.issuer ?? null,
      date: mention.date ?? document.date ?? null,
      url: document.url,
    })),
  }))
  const people = site.people.map((person) => ({
    name: person.name,
    url: person.url,
    titles: person.titles.map(({ title, article }) => ({ title, date: article.article.date?.iso ?? null, article: article.url })),
    articles: person.articles.map(articleRef),
  }))
  const documents = site.documents.map((document) => ({
    id: document.id,
    key: document.key,
    label: document.label,
    type: document.type,
    number: document.number,
    symbol: document.symbol ?? null,
    issuer: document.issuer ?? null,
    date: document.date ?? null,
    term: document.term ?? null,
    summary: document.summary ?? null,
    uncertain: document.uncertain,
    candidates: (document.candidates ?? []).map((candidate) => candidate.url),
    url: document.url,
    articles: document.citations.map(({ article, sentence }) => ({ ...articleRef(article), sentence })),
  }))

  const files: SiteFiles = new Map()
  for (const [name, schema, value] of [
    ['articles', articlesFile, articles],
    ['people', peopleFile, people],
    ['documents', documentsFile, documents],
  ] as const) {
    files.set(`data/${name}.json`, `${JSON.stringify((schema as z.ZodType).parse(value), null, 2)}\n`)
    files.set(`data/${name}.schema.json`, `${JSON.stringify(z.toJSONSchema(schema), null, 2)}\n`)
  }
  return files
}

function articleRef(entry: ArticleEntry) {
  return { url: entry.url, title: entry.article.title, date: entry.article.date?.iso ?? null }
}
