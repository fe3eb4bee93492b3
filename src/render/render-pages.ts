import { toHtml } from 'hast-util-to-html'
import type { SiteConfig } from '../config/config-schema.ts'
import type { ArticleEntry, DocumentEntry, PersonEntry, SiteIndex } from '../link/build-site-index.ts'
import { displayDate } from './display-date.ts'
import { linkMentions } from './link-mentions.ts'
import type { Templates } from './load-templates.ts'

/** Site files by path relative to the output folder. */
export type SiteFiles = Map<string, string>

/** Entities listed on the home page, per kind. */
const HOME_LIST = 10

/**
 * Renders every HTML page of the site. Pure: it returns the files instead of
 * writing them, so tests and a future dev server can use the same output.
 */
export function renderPages(site: SiteIndex, templates: Templates, config: SiteConfig): SiteFiles {
  const files: SiteFiles = new Map()
  const emit = (url: string, template: string, title: string, context: object, base = rootPrefix(url)) => {
    files.set(url.endsWith('.html') ? url : `${url}index.html`, templates.page(template, {
      site: { title: config.title, description: config.description },
      base,
      title: title === config.title ? title : `${title} · ${config.title}`,
      heading: title,
      canonical: config.baseUrl && !url.endsWith('404.html') ? new URL(url, config.baseUrl).href : undefined,
      ...context,
    }))
  }

  emit('', 'home', config.title, {
    latest: site.articles.slice(0, HOME_LIST).map(articleCard),
    // An uncertain page gathers mentions, not a document: it is no "most-cited document".
    documents: site.documents.filter((document) => !document.uncertain).slice(0, HOME_LIST).map(documentCard),
    people: site.people.slice(0, HOME_LIST).map(personCard),
    counts: { articles: site.articles.length, documents: site.documents.length, people: site.people.length },
  })

  for (const entry of site.articles) {
    const base = rootPrefix(entry.url)
    emit(entry.url, 'article', entry.article.title, {
      article: {
        ...articleCard(entry),
        body: toHtml(linkMentions(entry, (url) => `${base}${url}`)),
        credits: entry.article.credits,
        people: entry.people.map(({ person, titles }) => ({ ...personCard(person), titles })),
        unlisted: entry.unlisted,
        documents: entry.documents.map(({ document }) => documentCard(document)),
      },
    })
  }

  paginate(site.people, config.pageSize, 'nguoi/', (items, pagination, url) =>
    emit(url, 'people', 'Nhân vật', { people: items.map(personCard), pagination }))
  for (const person of site.people) {
    const view = {
      ...personCard(person),
      titles: personTitles(person),
      documents: person.documents.slice(0, HOME_LIST).map(({ document, count }) => ({ ...documentCard(document), count })),
    }
    paginate(person.articles, config.pageSize, person.url, (items, pagination, url) =>
      emit(url, 'person', person.name, { person: view, articles: items.map(articleCard), pagination }))
  }

  paginate(site.documents, config.pageSize, 'van-ban/', (items, pagination, url) =>
    emit(url, 'documents', 'Văn bản', { documents: items.map(documentCard), pagination }))
  for (const document of site.documents) {
    const { type, issuer, term, summary, symbol, uncertain } = document
    const inferred = document.citations.filter((citation) => citation.inferred).length
    const view = {
      ...documentCard(document),
      ...{ type, issuer, term, summary, symbol, uncertain, inferred },
      candidates: (document.candidates ?? []).map(documentCard),
      date: displayDate(document.date),
      timeline: timeline(document.citations.map(({ article }) => article)),
      people: document.people.slice(0, HOME_LIST).map(({ person, count }) => ({ ...personCard(person), count })),
    }
    paginate(document.citations, config.pageSize, document.url, (items, pagination, url) =>
      emit(url, 'document', document.label, {
        document: view,
        citations: items.map(({ article, sentence, inferred }) => ({ ...articleCard(article), sentence, inferred })),
        pagination,
      }))
  }

  emit('tim-kiem/', 'search', 'Tìm kiếm', {})
  // Hosts serve 404.html at whatever URL was missed, so its links must be absolute.
  emit('404.html', 'not-found', 'Không tìm thấy trang', {}, config.baseUrl ? new URL(config.baseUrl).pathname : '/')
  return files
}

/**
 * The relative prefix a page at `url` uses to reach the site root. Links are
 * relative so the site works under any base path, and from a plain folder.
 */
function rootPrefix(url: string): string {
  const depth = url.split('/').filter(Boolean).length - (url.endsWith('.html') ? 1 : 0)
  return depth === 0 ? './' : '../'.repeat(depth)
}

interface Pagination {
  current: number
  total: number
  previous?: string
  next?: string
  pages: Array<{ number: number; url: string; current: boolean }>
}

/** Splits a long list into pages: the first at `url`, the rest at `url/trang/N/`. */
function paginate<T>(items: readonly T[], size: number, url: string, render: (items: T[], pagination: Pagination | undefined, url: string) => void): void {
  const total = Math.max(1, Math.ceil(items.length / size))
  const pageUrl = (n: number) => (n === 1 ? url : `${url}trang/${n}/`)
  for (let n = 1; n <= total; n++) {
    const pagination: Pagination | undefined =
      total === 1
        ? undefined
        : {
            current: n,
            total,
            ...(n > 1 && { previous: pageUrl(n - 1) }),
            ...(n < total && { next: pageUrl(n + 1) }),
            pages: Array.from({ length: total }, (_, i) => ({ number: i + 1, url: pageUrl(i + 1), current: i + 1 === n })),
          }
    render(items.slice((n - 1) * size, n * size), pagination, pageUrl(n))
  }
}

function articleCard(entry: ArticleEntry) {
  return {
    title: entry.article.title,
    url: entry.url,
    date: displayDate(entry.article.date),
    outlet: entry.article.outlet,
    originalUrl: entry.article.url,
  }
}

function personCard(person: PersonEntry) {
  return { name: person.name, url: person.url, count: person.articles.length, latestTitle: person.titles[0]?.title }
}

function documentCard(document: DocumentEntry) {
  return { label: document.label, url: document.url, qualifier: document.qualifier, count: document.citations.length }
}

/** Each distinct title once, with the dates of the articles that give it, newest first. */
function personTitles(person: PersonEntry) {
  const byTitle = new Map<string, { title: string; dates: string[]; article: ReturnType<typeof articleCard> }>()
  for (const { title, article } of person.titles) {
    const seen = byTitle.get(title) ?? { title, dates: [], article: articleCard(article) }
    const date = displayDate(article.article.date)?.text
    if (date && !seen.dates.includes(date)) seen.dates.push(date)
    byTitle.set(title, seen)
  }
  return [...byTitle.values()].map(({ title, dates, article }) => ({ title, dates: dates.join(', '), article }))
}

/** Citing articles per year, oldest first; articles without a known year counted last. */
function timeline(articles: readonly ArticleEntry[]) {
  const counts = new Map<string, number>()
  for (const entry of articles) {
    const date = entry.article.date
    const year = date && date.precision !== 'partial' ? date.iso.slice(0, 4) : ''
    counts.set(year, (counts.get(year) ?? 0) + 1)
  }
  const max = Math.max(...counts.values())
  return [...counts]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : 1))
    .map(([year, count]) => ({ year: year || 'Không rõ năm', count, percent: Math.round((count / max) * 100) }))
}
