import type { SiteConfig } from '../config/config-schema.ts'
import { mostFrequent } from './most-frequent.ts'
import type { ArticleEntry, PersonEntry } from './build-site-index.ts'
import { nameKey, spacingKey } from './fold.ts'
import { correctMisspelledNames } from './misspelled-names.ts'
import { placeNamedPeople } from './place-named-people.ts'
import tiers from './title-tiers.json' with { type: 'json' }

type Tier = 'leadership' | 'private'

/**
 * One page per person. Names are compared by `nameKey` (case, Unicode form and tone
 * placement do not matter), so title chains and spellings merge. These keep a name
 * from being one page:
 * - a name without a surname ("ông Minh" alone) says nothing across articles, so it
 *   stays on its article's page and gets none of its own;
 * - namesakes whose titles clearly conflict — public leadership in some articles, a
 *   company, school or village in others, never both in one mention, and not a
 *   career where every private title comes before the first office — become two
 *   people, the rarer one labelled with its title;
 * - a name taken for a person on its form alone, which the rest of the site writes as a
 *   street's or school's, is that street or school (see place-named-people.ts);
 * - a slip of the pen is the spelling meant (see misspelled-names.ts): `Nông Đưc Manh`,
 *   which Vietnamese cannot spell, is `Nông Đức Mạnh`; `Đại tướng Võ Nguyễn Giáp`, once,
 *   is the `Đại tướng Võ Nguyên Giáp` of many articles;
 * - spellings that differ only in spaces, periods or hyphens are one name (`Jack B.Weinstein`,
 *   `Jack B. Weinstein`), written as the site mostly writes it;
 * - the config: `aliases` fold other names into one person, `split` sends mentions
 *   whose titles contain a phrase to a labelled namesake, `together` turns the
 *   automatic split off for a name.
 */
export function groupPeople(articles: readonly ArticleEntry[], config: Partial<Pick<SiteConfig, 'people'>>): PersonEntry[] {
  const canonical = new Map<string, string>()
  for (const [name, rule] of Object.entries(config.people ?? {})) {
    for (const alias of [name, ...(rule.aliases ?? [])]) canonical.set(nameKey(alias), name)
  }

  const isPlace = placeNamedPeople(articles.map((entry) => entry.article))
  const kept = new Map(articles.map((entry) => [entry, entry.article.people.filter((mention) => canonical.has(nameKey(mention.name)) || !isPlace(entry.article, mention))]))
  const mentionsOf = (entry: ArticleEntry) => kept.get(entry) ?? []
  const misspelled = correctMisspelledNames(articles.flatMap((entry) => mentionsOf(entry).map((mention) => ({ ...mention, article: entry }))))

  // Mentions by name first: whether a name is two people needs all of its mentions.
  const byName = new Map<string, { names: string[]; mentions: Array<{ entry: ArticleEntry; titles: string[] }> }>()
  for (const entry of articles) {
    for (const mention of mentionsOf(entry)) {
      if (!mention.name.includes(' ')) {
        entry.unlisted.push(mention)
        continue
      }
      const written = canonical.get(nameKey(mention.name)) ?? mention.name
      const name = misspelled.get(nameKey(written)) ?? written
      const key = spacingKey(name)
      const group = byName.get(key) ?? { names: [], mentions: [] }
      group.names.push(name)
      group.mentions.push({ entry, titles: mention.titles })
      byName.set(key, group)
    }
  }

  const people = new Map<string, PersonEntry>()
  for (const { names, mentions } of byName.values()) {
    // The spelling the site writes most often names the page; on a tie the one spaced out (`Jack B. Weinstein`).
    const uses = new Map<string, number>()
    for (const spelling of names) uses.set(spelling, (uses.get(spelling) ?? 0) + 1)
    const name = [...uses].sort(([a, m], [b, n]) => n - m || b.length - a.length)[0]![0]
    const id = nameKey(name)
    const rule = config.people?.[name]
    const label = labeller(mentions, rule)
    for (const { entry, titles } of mentions) {
      const variant = label(titles)
      const personId = variant ? `${id}#${nameKey(variant)}` : id
      let person = people.get(personId)
      if (!person) {
        person = { id: personId, name: variant ? `${name} (${variant})` : name, slug: '', url: '', titles: [], articles: [], documents: [] }
        people.set(personId, person)
      }
      if (person.articles.at(-1) === entry) continue
      person.articles.push(entry)
      for (const title of titles) person.titles.push({ title, article: entry })
      entry.people.push({ person, titles })
    }
  }
  return [...people.values()]
}

/** Decides, per mention, which labelled namesake (if any) its titles belong to. */
function labeller(
  mentions: ReadonlyArray<{ entry: ArticleEntry; titles: string[] }>,
  rule: NonNullable<SiteConfig['people']>[string] | undefined,
): (titles: readonly string[]) => string | undefined {
  const configured = Object.entries(rule?.split ?? {}).map(([label, phrases]) => [label, phrases.map((p) => p.toLowerCase())] as const)
  const byConfig = (titles: readonly string[]) =>
    configured.find(([, phrases]) => phrases.some((phrase) => titles.some((title) => title.toLowerCase().includes(phrase))))?.[0]
  if (configured.length > 0 || rule?.together) return byConfig

  const tiered = mentions.map(({ titles }) => tierOf(titles))
  const count = (tier: Tier) => tiered.filter((t) => t === tier).length
  if (tiered.includes('both') || count('leadership') === 0 || count('private') === 0) return () => undefined
  // A rector who later became minister is one person: every private title before office.
  const years = (tier: Tier) => mentions.filter((_, i) => tiered[i] === tier).map(({ entry }) => yearOf(entry))
  const [before, after] = [years('private'), years('leadership')]
  if (!before.includes(undefined) && !after.includes(undefined) && Math.max(...(before as number[])) < Math.min(...(after as number[]))) {
    return () => undefined
  }
  // The rarer side is the namesake; it is named by its most frequent title.
  const minor: Tier = count('private') <= count('leadership') ? 'private' : 'leadership'
  const label = mostFrequent(mentions.filter((_, i) => tiered[i] === minor).flatMap(({ titles }) => titles))
  return (titles) => (tierOf(titles) === minor ? label : undefined)
}

function tierOf(titles: readonly string[]): Tier | 'both' | undefined {
  const lowered = titles.map((title) => title.toLowerCase())
  const has = (tier: Tier) => tiers[tier].some((phrase) => lowered.some((title) => title.includes(phrase)))
  const leadership = has('leadership')
  const other = has('private')
  return leadership && other ? 'both' : leadership ? 'leadership' : other ? 'private' : undefined
}

/** When an article was written, as far as it says: its year, else the latest year it writes in full. */
function yearOf(entry: ArticleEntry): number | undefined {
  const date = entry.article.date
  return date && date.precision !== 'partial' ? Number(date.iso.slice(0, 4)) : entry.article.yearFloor
}
