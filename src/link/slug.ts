import slugify from '@sindresorhus/slugify'
import { foldDiacritics } from './fold.ts'

/** Longest slug kept, in characters; cut at a word boundary. */
const MAX_SLUG = 80

/** ASCII URL slug of Vietnamese text: `Nghị quyết 26-NQ/TƯ` → `nghi-quyet-26-nq-tu`. */
export function toSlug(text: string): string {
  // Fold first: the slug library's transliteration alone would spell đ as "d" but
  // other marks differently across versions; folding fixes one spelling.
  const slug = slugify(foldDiacritics(text), { decamelize: false })
  if (slug.length <= MAX_SLUG) return slug || 'x'
  const cut = slug.slice(0, MAX_SLUG + 1)
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_SLUG)
}

/**
 * Hands out slugs that never collide: the first claimant of a base slug (callers
 * claim in a stable order) keeps it, later ones get `-2`, `-3` …
 */
export class SlugRegistry {
  readonly #taken = new Set<string>()

  claim(base: string): string {
    let slug = base
    for (let n = 2; this.#taken.has(slug); n++) slug = `${base}-${n}`
    this.#taken.add(slug)
    return slug
  }
}
