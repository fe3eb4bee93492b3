import { z } from 'zod'

const personRule = z
  .object({
    /** Other spellings or names that are this person. */
    aliases: z.array(z.string().min(1)).optional(),
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
    /** Items per page on list pages before they paginate. */
    pageSize: z.number().int().min(5).max(1000).default(50),
    /** Per-person rules for what name matching cannot decide. */
    people: z.record(z.string().min(1), personRule).default({}),
  })
  .strict()

export type SiteConfig = z.infer<typeof configSchema>
