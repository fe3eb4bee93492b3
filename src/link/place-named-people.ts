import type { PersonMention } from '../article.ts'
import { nameKey } from './fold.ts'

/** Where other articles also mark the name as a person's, at least this many must write it as a place's. */
const PLACE_ARTICLES = 2

/** One article's evidence: the people it names, and the names it gives streets, schools and places. */
export interface NameEvidence {
  people: readonly PersonMention[]
  placeNames: readonly string[]
}

/**
 * A name an article takes for a person on its form alone (`uncued`: three words, and no title
 * or honorific anywhere) is the street, school or place again where other articles of the site
 * write it after `đường`, `trường`, `xã` … and never mark it as a person's, or write it so in
 * at least two articles and twice as often as they mark it as a person's: `các tuyến đường như
 * Võ Văn Tần, Điện Biên Phủ, Trần Quốc Thảo`, `giao lộ Trần Cao Vân - Phùng Khắc Khoan`, `học
 * bổng Nguyễn Thái Bình`. One article cannot tell; the site can. A name given a cue anywhere in
 * the article stays.
 *
 * Returns whether a mention of an article is such a place.
 */
export function placeNamedPeople<A extends NameEvidence>(articles: readonly A[]): (article: A, mention: PersonMention) => boolean {
  const places = articlesPerName(articles, (article) => article.placeNames)
  const people = articlesPerName(articles, (article) => article.people.filter((p) => !p.uncued).map((p) => p.name))
  return (article, mention) => {
    if (!mention.uncued) return false
    const key = nameKey(mention.name)
    const elsewhere = (counts: Map<string, Set<A>>) => {
      const found = counts.get(key)
      return found ? found.size - (found.has(article) ? 1 : 0) : 0
    }
    const asPlace = elsewhere(places)
    const asPerson = elsewhere(people)
    return asPlace > 0 && (asPerson === 0 || (asPlace >= PLACE_ARTICLES && asPlace >= 2 * asPerson))
  }
}

function articlesPerName<A>(articles: readonly A[], names: (article: A) => readonly string[]): Map<string, Set<A>> {
  const byName = new Map<string, Set<A>>()
  for (const article of articles) {
    for (const name of names(article)) {
      const key = nameKey(name)
      byName.set(key, (byName.get(key) ?? new Set()).add(article))
    }
  }
  return byName
}
