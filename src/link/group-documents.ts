import type { DocumentMention } from '../article.ts'
import { mostFrequent } from './most-frequent.ts'
import type { ArticleEntry, DocumentEntry } from './build-site-index.ts'
import type { Catalogue } from './catalogue.ts'
import { articleTime, documentIdentity, isSymbol, type ArticleTime } from './document-identity.ts'

/** A key with a year but no issuer code: `Nghị định 24/2014`. */
const YEAR_KEY = /\/(?:19|20)\d{2}$/u

interface Citation {
  entry: ArticleEntry
  mention: DocumentMention
  time: ArticleTime
}

/**
 * Groups every citation of the build into documents. First each citation gets the
 * identity its own article supports; then a citation that stays vague (a bare
 * "Nghị định 67", a Party symbol with no term) joins a document the site knows for
 * certain, if exactly one fits and it is no younger than the article. What is left
 * keeps a page of its own that says its identity is uncertain.
 */
export function groupDocuments(articles: readonly ArticleEntry[], catalogue: Catalogue): DocumentEntry[] {
  const documents = new Map<string, DocumentEntry>()
  const vague: Citation[] = []
  const facts = new Map<DocumentEntry, FactVotes>()
  const known = new Set<DocumentEntry>()
  for (const entry of articles) {
    const time = articleTime(entry.article.date, Math.max(entry.article.yearFloor ?? 0, ...entry.article.documents.map(yearOf)) || undefined)
    for (const mention of entry.article.documents) {
      const identity = documentIdentity(mention, time, catalogue)
      if (identity.uncertain || (!isSymbol(mention.key) && YEAR_KEY.test(mention.key))) {
        vague.push({ entry, mention, time })
        continue
      }
      const document = documentFor(documents, identity.id, mention, identity.qualifier, false)
      if (identity.known) fill(document, identity.known)
      if (identity.known) known.add(document)
      cite(document, entry, mention, identity.inferred, facts)
    }
  }

  settleFacts(facts, known)
  const certain = [...documents.values()]
  for (const citation of vague) {
    const { entry, mention, time } = citation
    const fits = certain.filter((document) => evidenceFor(document, mention, time))
    if (fits.length === 1) {
      cite(fits[0]!, entry, mention, true, facts)
      continue
    }
    const identity = documentIdentity(mention, time, catalogue)
    cite(documentFor(documents, identity.id, mention, identity.qualifier, identity.uncertain), entry, mention, false, facts)
  }
  settleFacts(facts, known)
  return [...documents.values()]
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



/**
 * Whether a vague citation is, on the evidence, this certain document: the same
 * symbol and the article no older than it; or the same type and number with the
 * same subject ("Nghị định 67 về một số chính sách phát triển thủy sản"), or a bare
 * number that carries the document's year or comes from an article no older than it.
 */
function evidenceFor(document: DocumentEntry, mention: DocumentMention, time: ArticleTime): boolean {
  if (document.key === mention.key) return issuedBy(document, time)
  const year = YEAR_KEY.exec(mention.key)?.[0].slice(1)
  const sameNumber =
    document.type === mention.type && document.number === mention.number && isSymbol(document.key) && (year === undefined || document.key.includes(year))
  if (!sameNumber) return false
  if (sameSubject(document.summary, mention.summary)) return true
  return !isSymbol(mention.key) && (year !== undefined || issuedBy(document, time))
}

/** Two "về …" clauses name the same subject when their first words agree. */
function sameSubject(a: string | undefined, b: string | undefined): boolean {
  const head = (text: string) => text.toLowerCase().replace(/^về\s+/u, '').split(/\s+/u).slice(0, SUBJECT_WORDS).join(' ')
  return a !== undefined && b !== undefined && head(a).split(' ').length === SUBJECT_WORDS && head(a) === head(b)
}

const SUBJECT_WORDS = 5

/** The document existed when the article was written, as far as anything says. */
function issuedBy(document: DocumentEntry, time: ArticleTime): boolean {
  const year = document.date ? Number(document.date.slice(0, 4)) : Number(/(?:19|20)\d{2}/u.exec(document.key)?.[0] ?? NaN)
  return time.floor !== undefined && !Number.isNaN(year) && year <= time.floor
}

function documentFor(documents: Map<string, DocumentEntry>, id: string, mention: DocumentMention, qualifier: string | undefined, uncertain: boolean): DocumentEntry {
  let document = documents.get(id)
  if (!document) {
    document = {
      id,
      key: mention.key,
      type: mention.type,
      number: mention.number,
      label: mention.key.startsWith(mention.type) ? mention.key : `${mention.type} ${mention.key}`,
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

function cite(document: DocumentEntry, entry: ArticleEntry, mention: DocumentMention, inferred: boolean, facts: Map<DocumentEntry, FactVotes>): void {
  let votes = facts.get(document)
  if (!votes) facts.set(document, (votes = { symbol: [], issuer: [], date: [], term: [], summary: [] }))
  for (const field of FACTS) {
    const value = mention[field]
    if (value !== undefined) votes[field].push(value)
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
