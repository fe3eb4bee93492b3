import type { DocumentMention, PersonMention } from '../article.ts'
import type { SiteConfig } from '../config/config-schema.ts'
import type { ProcessedArticle } from '../pipeline.ts'
import { compareText } from '../util/compare-text.ts'
import { createCatalogue } from './catalogue.ts'
import { groupDocuments } from './group-documents.ts'
import { groupPeople } from './group-people.ts'
import { nameKey } from './fold.ts'
import { SlugRegistry, toSlug } from './slug.ts'

/**
 * The cross-article index: every article with its URL, every person and every
 * document once, each linked to the articles that name it. The only stage that
 * sees the whole build; everything before it is per article.
 */
export interface SiteIndex {
  /** Newest first; articles without a year after dated ones. */
  articles: ArticleEntry[]
  /** Most-mentioned first. */
  people: PersonEntry[]
  /** Most-cited first. */
  documents: DocumentEntry[]
}

export interface ArticleEntry {
  article: ProcessedArticle
  slug: string
  /** Site-relative URL, ending in `/`. */
  url: string
  people: Array<{ person: PersonEntry; titles: string[] }>
  /** People named only by a given name: shown on the article, with no page of their own. */
  unlisted: PersonMention[]
  documents: Array<{ document: DocumentEntry; mention: DocumentMention }>
}

export interface PersonEntry {
  id: string
  name: string
  slug: string
  url: string
  /** Every title seen, with the article and its date, in date order. */
  titles: Array<{ title: string; article: ArticleEntry }>
  articles: ArticleEntry[]
  /** Documents cited in the articles naming this person, most frequent first. */
  documents: Array<{ document: DocumentEntry; count: number }>
}

export interface DocumentEntry {
  id: string
  key: string
  type: string
  number: string
  label: string
  slug: string
  url: string
  symbol?: string
  issuer?: string
  date?: string
  term?: string
  summary?: string
  /** Term or year that tells it from namesakes (`khóa XII`, `2017`). */
  qualifier?: string
  /**
   * Not one document: citations that give too little to tell which document they
   * mean (a bare "Nghị quyết 19"). The page says so and shows no facts.
   */
  uncertain: boolean
  /** For an uncertain page: the certain documents of the same type and number its citations may mean. */
  candidates?: DocumentEntry[]
  /** Citing articles, in date order, with the sentence that cites it; `inferred` when the citation gave no full identity and was matched on evidence. */
  citations: Array<{ article: ArticleEntry; sentence: string; inferred: boolean }>
  /** People named in the citing articles, most frequent first. */
  people: Array<{ person: PersonEntry; count: number }>
}

export function buildSiteIndex(processed: readonly ProcessedArticle[], config: Partial<Pick<SiteConfig, 'people' | 'catalogue'>> = {}): SiteIndex {
  const articleSlugs = new SlugRegistry()
  const articles: ArticleEntry[] = [...processed]
    .sort((a, b) => compareText(a.source, b.source))
    .map((article) => {
      const slug = articleSlugs.claim(article.slug ?? toSlug(article.title))
      return { article, slug, url: `bai-viet/${slug}/`, people: [], unlisted: [], documents: [] }
    })
  const people = groupPeople(articles, config)
  const documents = groupDocuments(articles, createCatalogue(config.catalogue))

  articles.sort(byDateThenTitle)
  for (const person of people) {
    person.articles.sort(byDateThenTitle)
    person.titles.sort((a, b) => byDateThenTitle(b.article, a.article))
    person.documents = tally(person.articles.flatMap((article) => article.documents.map((d) => d.document)), 'document')
  }
  for (const document of documents) {
    document.citations.sort((a, b) => byDateThenTitle(b.article, a.article))
    document.people = tally(document.citations.flatMap(({ article }) => article.people.map((p) => p.person)), 'person')
  }

  const sortedPeople = [...people].sort((a, b) => b.articles.length - a.articles.length || compareText(a.id, b.id))
  const sortedDocuments = [...documents].sort((a, b) => b.citations.length - a.citations.length || compareText(a.id, b.id))
  assignSlugs(sortedPeople, 'nguoi', (person) => toSlug(person.name), () => undefined)
  assignSlugs(sortedDocuments, 'van-ban', (document) => toSlug(document.label), (document) => document.qualifier)
  return { articles, people: sortedPeople, documents: sortedDocuments }
}

/**
 * Slugs for entities, collision-free. An entity whose base slug is unique keeps it
 * bare (`nghi-quyet-26-nq-tw`); namesakes all take their qualifier
 * (`…-khoa-x`, `…-khoa-xii`); what still collides gets `-2`, `-3` in list order, so
 * the most-mentioned of two same-named people keeps the plain slug.
 */
function assignSlugs<T extends { slug: string; url: string; id: string }>(
  entities: T[],
  prefix: string,
  base: (entity: T) => string,
  qualifier: (entity: T) => string | undefined,
): void {
  const counts = new Map<string, number>()
  for (const entity of entities) counts.set(base(entity), (counts.get(base(entity)) ?? 0) + 1)
  const registry = new SlugRegistry()
  for (const entity of entities) {
    const plain = base(entity)
    const extra = (counts.get(plain) ?? 0) > 1 ? qualifier(entity) : undefined
    entity.slug = registry.claim(extra ? `${plain}-${toSlug(extra)}` : plain)
    entity.url = `${prefix}/${entity.slug}/`
  }
}

function tally<T extends { id: string }, K extends string>(items: T[], field: K): Array<{ [P in K]: T } & { count: number }> {
  const counts = new Map<T, number>()
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1)
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || compareText(a.id, b.id))
    .map(([item, count]) => ({ [field]: item, count }) as { [P in K]: T } & { count: number })
}

/** Newest first by ISO date; partial (yearless) and undated articles last; then by title. */
export function byDateThenTitle(a: ArticleEntry, b: ArticleEntry): number {
  const da = sortableDate(a)
  const db = sortableDate(b)
  return da !== db ? (da < db ? 1 : -1) : compareText(a.article.title, b.article.title) || compareText(a.article.source, b.article.source)
}

function sortableDate(entry: ArticleEntry): string {
  const date = entry.article.date
  return date && date.precision !== 'partial' ? date.iso : ''
}
