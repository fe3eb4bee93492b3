import { z } from 'zod'

/**
 * The machine-readable export in `dist/data/`: the contract tools and tests rely
 * on. Written as zod schemas so the build validates what it writes and publishes
 * the matching JSON Schema beside it.
 */
const isoOrPartialDate = z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/)
const siteUrl = z.string().regex(/^[a-z0-9/-]+\/$/)

/** `url` is null for people named only by a given name: they have no page of their own. */
export const exportedPersonMention = z.object({ name: z.string().min(1), titles: z.array(z.string()), url: siteUrl.nullable() })
export const exportedDocumentMention = z.object({
  key: z.string().min(1),
  type: z.string().min(1),
  number: z.string(),
  symbol: z.string().nullable(),
  issuer: z.string().nullable(),
  date: isoOrPartialDate.nullable(),
  url: siteUrl,
})

export const exportedArticle = z.object({
  source: z.string().min(1),
  url: siteUrl,
  title: z.string().min(1),
  date: isoOrPartialDate.nullable(),
  datePrecision: z.enum(['day', 'month', 'year', 'partial']).nullable(),
  outlet: z.string().nullable(),
  people: z.array(exportedPersonMention),
  documents: z.array(exportedDocumentMention),
})

const articleRef = z.object({ url: siteUrl, title: z.string(), date: isoOrPartialDate.nullable() })

export const exportedPerson = z.object({
  name: z.string().min(1),
  url: siteUrl,
  titles: z.array(z.object({ title: z.string(), date: isoOrPartialDate.nullable(), article: siteUrl })),
  articles: z.array(articleRef),
})

export const exportedDocument = z.object({
  id: z.string().min(1),
  key: z.string().min(1),
  label: z.string().min(1),
  type: z.string().min(1),
  number: z.string(),
  symbol: z.string().nullable(),
  issuer: z.string().nullable(),
  date: isoOrPartialDate.nullable(),
  term: z.string().nullable(),
  summary: z.string().nullable(),
  uncertain: z.boolean(),
  /** For an uncertain page: the documents its citations may mean. */
  candidates: z.array(siteUrl),
  url: siteUrl,
  articles: z.array(articleRef.extend({ sentence: z.string() })),
})

export const articlesFile = z.array(exportedArticle)
export const peopleFile = z.array(exportedPerson)
export const documentsFile = z.array(exportedDocument)
