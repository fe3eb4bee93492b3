import { z } from 'zod'
import { catalogueEntry } from '../link/catalogue.ts'

const personRule = z
  .object({
    /** Other spellings or names that are this person. */
    aliases: z.array(z.string().min(1)).optional(),
    /** Namesakes told apart by title: label → phrases found in that person's titles. */
    split: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)).optional(),
    /** Never split this name into namesakes, whatever its titles say. */
    together: z.boolean().optional(),
  })
  .strict()

/** A site's `policy-digest.config.json`: every key optional, unknown keys refused. */
export const configSchema = z
  .object({
    /** Site name in the header and page titles. */
    title: z.string().min(1).default('Policy Digest'),
    description: z.string().default('Điểm tin chính sách: bài viết, văn bản và nhân vật.'),
    /** Absolute URL the site is served from, for canonical links: `https://example.org/digest/`. */
    baseUrl: z.url().optional(),
    /** A folder of templates that override the built-in ones by file name. */
    templates: z.string().min(1).optional(),
    /** Globs, relative to the content folder, of files that are not articles. */
    ignore: z.array(z.string().min(1)).default(['**/README.md', '**/SOURCE.md']),
    /** Items per page on list pages before they paginate. */
    pageSize: z.number().int().min(5).max(1000).default(50),
    /** Known documents added to the built-in catalogue (inline, or a JSON file's path in the file). */
    catalogue: z.array(catalogueEntry).default([]),
    /** Per-person rules for what name matching cannot decide. */
    people: z.record(z.string().min(1), personRule).default({}),
  })
  .strict()

export type SiteConfig = z.infer<typeof configSchema>
