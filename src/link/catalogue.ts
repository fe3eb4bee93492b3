import { z } from 'zod'
import builtin from './catalogue.json' with { type: 'json' }

/** One known document: what its page shows, and what tells it from namesakes. */
export const catalogueEntry = z
  .object({
    symbol: z.string().min(1),
    aliases: z.array(z.string()).optional(),
    type: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    term: z.string().regex(/^[IVXLC]+$/).optional(),
    issuer: z.string().optional(),
    summary: z.string().optional(),
    evidence: z.string().optional(),
  })
  .strict()

export const catalogueFile = z.object({ $comment: z.string().optional(), documents: z.array(catalogueEntry) }).strict()

export type CatalogueEntry = z.infer<typeof catalogueEntry>

/** Known documents by symbol (and alias), oldest first: namesakes share a symbol. */
export type Catalogue = ReadonlyMap<string, readonly CatalogueEntry[]>

export function createCatalogue(extra: readonly CatalogueEntry[] = []): Catalogue {
  const entries = [...catalogueFile.parse(builtin).documents, ...extra].sort((a, b) => (a.date < b.date ? -1 : 1))
  const map = new Map<string, CatalogueEntry[]>()
  for (const entry of entries) {
    for (const symbol of [entry.symbol, ...(entry.aliases ?? [])]) map.set(symbol, [...(map.get(symbol) ?? []), entry])
  }
  return map
}
