import { foldDiacritics, nameKey } from './fold.ts'

/** A spelling used once is a slip for one used in at least this many articles. */
const SLIP_OF = 5

/**
 * Vietnamese syllables that end in a stop (c, ch, p, t) carry the sắc or nặng tone, so a
 * name with `Đưc` or `Manh` next to `Đức`… cannot be what the writer meant: `Nông Đưc Manh`
 * is a slip for `Nông Đức Mạnh`.
 */
function impossible(syllable: string): boolean {
  const decomposed = syllable.normalize('NFD').toLowerCase()
  if (!/(?:c|ch|p|t)$/u.test(decomposed.replace(/\p{M}/gu, ''))) return false
  // The name must look Vietnamese: some mark on it, or foreign names (`Robert`) would count.
  if (!/\p{M}|đ/u.test(decomposed)) return false
  return !/[\u0301\u0323]/u.test(decomposed)
}

/** One written form of a name: in which article, with which titles and rank. */
export interface NameUse {
  name: string
  titles: readonly string[]
  rank?: string
  article: object
}

interface Spelling {
  name: string
  /** The name without marks: the spellings of one name share it. */
  letters: string
  impossible: boolean
  articles: Set<object>
  /** Its titles and ranks, by `nameKey`. */
  roles: Set<string>
}

/**
 * For each name (by `nameKey`) that is a slip of the pen, the spelling meant:
 * - a name spelled impossibly is the one possible spelling of the same letters;
 * - a name written in one article only, one syllable's marks away from a spelling used in
 *   {@link SLIP_OF} or more articles and sharing a title or rank with it (`Đại tướng Võ
 *   Nguyễn Giáp` beside `Đại tướng Võ Nguyên Giáp`), is that spelling.
 * A possible spelling with no title in common (`Nguyễn Minh Hiền`, a mediator, beside the
 * minister `Nguyễn Minh Hiển`) may be another person and stays.
 */
export function correctMisspelledNames(uses: Iterable<NameUse>): Map<string, string> {
  const spellings = new Map<string, Spelling>()
  for (const { name, titles, rank, article } of uses) {
    const key = nameKey(name)
    const spelling = spellings.get(key) ?? {
      name,
      letters: foldDiacritics(name).replace(/\s+/gu, ' ').trim(),
      impossible: name.split(/\s+/u).some(impossible),
      articles: new Set(),
      roles: new Set(),
    }
    spelling.articles.add(article)
    for (const role of rank ? [...titles, rank] : titles) spelling.roles.add(nameKey(role))
    spellings.set(key, spelling)
  }
  const byLetters = new Map<string, string[]>()
  for (const [key, { letters }] of spellings) byLetters.set(letters, [...(byLetters.get(letters) ?? []), key])
  const corrected = new Map<string, string>()
  for (const [key, spelling] of spellings) {
    const others = byLetters.get(spelling.letters)!.filter((other) => other !== key)
    const meant = spelling.impossible
      ? others.filter((other) => !spellings.get(other)!.impossible)
      : others.filter((other) => isSlipFor(spelling, key, spellings.get(other)!, other))
    if (meant.length === 1) corrected.set(key, spellings.get(meant[0]!)!.name)
  }
  return corrected
}

function isSlipFor(slip: Spelling, key: string, meant: Spelling, meantKey: string): boolean {
  if (slip.articles.size > 1 || meant.articles.size < SLIP_OF) return false
  const a = key.split(' ')
  const b = meantKey.split(' ')
  return a.filter((syllable, i) => syllable !== b[i]).length === 1 && [...slip.roles].some((role) => meant.roles.has(role))
}
