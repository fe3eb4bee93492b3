import type { DocumentMention } from '../article.ts'
import { compareText } from '../util/compare-text.ts'
import { mostFrequent } from './most-frequent.ts'
import type { ArticleEntry, DocumentEntry } from './build-site-index.ts'
import type { Catalogue } from './catalogue.ts'
import { articleTime, documentIdentity, isSymbol, type ArticleTime } from './document-identity.ts'
import { resolveVague, YEAR_KEY } from './resolve-vague.ts'
import { SubjectProfiles } from './subject-words.ts'
import { unresolvedPages, type Unresolved } from './unresolved-pages.ts'

interface Citation {
  entry: ArticleEntry
  mention: DocumentMention
  time: ArticleTime
  text: string
}

/**
 * Groups every citation of the build into documents. First each citation gets the
 * identity its own article supports; then a citation that stays vague (a bare
 * "Nghị định 67", a Party symbol with no term) joins a certain document only where
 * the evidence settles which one (`resolveVague`). What is left is not a document:
 * its page says its identity is uncertain, shows no facts, and lists the certain
 * documents it may be.
 */
export function groupDocuments(articles: readonly ArticleEntry[], catalogue: Catalogue): DocumentEntry[] {
  const documents = new Map<string, DocumentEntry>()
  const vague: Citation[] = []
  const facts = new Map<DocumentEntry, FactVotes>()
  const known = new Set<DocumentEntry>()
  const certainTexts = new Map<DocumentEntry, string[]>()
  // How certain citations write each document's key: one document may be written `35/NQ-CP` and `35/2016/NQ-CP`.
  const keys = new Map<DocumentEntry, string[]>()
  for (const entry of articles) {
    const time = articleTime(entry.article.date, Math.max(entry.article.yearFloor ?? 0, ...entry.article.documents.map(yearOf)) || undefined)
    for (const mention of entry.article.documents) {
      const text = citationText(entry, mention)
      const identity = documentIdentity(mention, time, catalogue)
      if (identity.uncertain || (!isSymbol(mention.key) && YEAR_KEY.test(mention.key))) {
        vague.push({ entry, mention, time, text })
        continue
      }
      const document = documentFor(documents, identity.id, identity.known?.symbol ?? mention.key, mention, identity.qualifier, false)
      if (identity.known) fill(document, identity.known)
      if (identity.known) known.add(document)
      cite(document, entry, mention, identity.inferred, facts)
      keys.set(document, [...(keys.get(document) ?? []), mention.key])
      certainTexts.set(document, [...(certainTexts.get(document) ?? []), text])
    }
  }

  settleFacts(facts, known)
  const certain = [...documents.values()]
  const profiles = new SubjectProfiles(new Map(certain.map((d) => [d, { ...(d.summary && { summary: d.summary }), texts: certainTexts.get(d) ?? [] }])))
  const left: Array<Unresolved & Citation & { candidates: DocumentEntry[] }> = []
  for (const citation of vague) {
    const { entry, mention, time, text } = citation
    const { document, candidates } = resolveVague(mention, text, time, certain, profiles)
    if (document) cite(document, entry, mention, true, facts)
    else left.push({ ...citation, source: entry.article.source, ...(time.year !== undefined && { year: time.year }), candidates })
  }
  const pages = unresolvedPages(left)
  const unresolved = new Map<DocumentEntry, Set<DocumentEntry>>()
  for (const citation of left) {
    const { id, qualifier } = pages.get(citation)!
    const page = documentFor(documents, id, citation.mention.key, citation.mention, qualifier, true)
    unresolved.set(page, new Set([...(unresolved.get(page) ?? []), ...citation.candidates]))
    cite(page, citation.entry, citation.mention, false)
  }
  settleFacts(facts, known)
  for (const [document, votes] of keys) {
    const key = known.has(document) ? undefined : mostFrequent(votes)
    if (key) Object.assign(document, { key, label: labelOf(key, document.type) })
  }
  for (const [page, candidates] of unresolved) page.candidates = [...candidates].sort((a, b) => compareText(a.id, b.id))
  return [...documents.values()]
}

/**
 * What a citation says about its document: the sentence, its "về …" clause, and the
 * article's title, without the citation itself ("theo Nghị định 67" names, it does not describe).
 */
function citationText(entry: ArticleEntry, mention: DocumentMention): string {
  const text = [entry.article.title, mention.sentence, mention.summary ?? ''].join('\n')
  return [...mention.mentions, mention.type].reduce((rest, surface) => rest.split(surface).join('\n'), text)
}

/** What most citing articles say wins over what the first one happened to say; the catalogue wins over both. */
function settleFacts(facts: Map<DocumentEntry, FactVotes>, known: ReadonlySet<DocumentEntry>): void {
  for (const [document, votes] of facts) {
    for (const field of FACTS) {
      const value = mostFrequent(votes[field])
      if (value !== undefined && !(known.has(document) && document[field] !== undefined)) document[field] = value
    }
  }
}

const FACTS = ['symbol', 'issuer', 'date', 'term', 'summary'] as const
type FactVotes = Record<(typeof FACTS)[number], string[]>

/** The year a citation dates itself to, from its own date or a year in its key; 0 when none. */
function yearOf(mention: DocumentMention): number {
  return Number(mention.date?.slice(0, 4) ?? /(?:19|20)\d{2}/u.exec(mention.key)?.[0] ?? 0)
}

function documentFor(
  documents: Map<string, DocumentEntry>,
  id: string,
  key: string,
  mention: DocumentMention,
  qualifier: string | undefined,
  uncertain: boolean,
): DocumentEntry {
  let document = documents.get(id)
  if (!document) {
    document = {
      id,
      key,
      type: mention.type,
      number: mention.number,
      label: labelOf(key, mention.type),
      slug: '',
      url: '',
      ...(qualifier && { qualifier }),
      uncertain,
      citations: [],
      people: [],
    }
    documents.set(id, document)
  }
  return document
}

function labelOf(key: string, type: string): string {
  return key.startsWith(type) ? key : `${type} ${key}`
}

/** Records a citation; its facts count as votes only on a document whose identity is settled. */
function cite(document: DocumentEntry, entry: ArticleEntry, mention: DocumentMention, inferred: boolean, facts?: Map<DocumentEntry, FactVotes>): void {
  if (facts) {
    let votes = facts.get(document)
    if (!votes) facts.set(document, (votes = { symbol: [], issuer: [], date: [], term: [], summary: [] }))
    for (const field of FACTS) {
      const value = mention[field]
      if (value !== undefined) votes[field].push(value)
    }
  }
  document.citations.push({ article: entry, sentence: mention.sentence, inferred })
  entry.documents.push({ document, mention })
}

/** The catalogue's facts outrank what an article happens to say. */
function fill(document: DocumentEntry, known: NonNullable<ReturnType<Catalogue['get']>>[number]): void {
  document.date = known.date
  if (known.term) document.term = known.term
  if (known.issuer) document.issuer = known.issuer
  if (known.summary) document.summary = known.summary
  document.symbol ??= known.symbol
}
