import { z } from 'zod'

/** Coerces YAML dates (parsed as Date) and strings alike to the text the writer meant. */
const dateText = z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))])

/**
 * What an article's front matter may say. Unknown keys are errors so that a typo
 * (`tittle`) is reported instead of silently ignored.
 */
export const frontMatterSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    date: dateText.pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO date such as 2021-05-25')).optional(),
    source: z.string().trim().min(1).optional(),
    outlet: z.string().trim().min(1).optional(),
    url: z.url().optional(),
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case ASCII words joined by "-"').optional(),
    people: z.array(z.string().trim().min(1)).optional(),
    documents: z.array(z.string().trim().min(1)).optional(),
  })
  .strict()

export type FrontMatter = z.infer<typeof frontMatterSchema>
