/**
 * The facts a build learns about one article. They live on `file.data` while the
 * article moves through the pipeline; stages read and write only their own fields.
 */

/** How precisely an article's date is known. `partial` has a day and month but no year. */
export type DatePrecision = 'day' | 'month' | 'year' | 'partial'

export interface ArticleDate {
  /** ISO 8601: `2018-05-25`, `2018-05`, `2018`, or `--05-25` when the year is unknown. */
  iso: string
  precision: DatePrecision
  /** Where it came from: front matter or the text it was read from. */
  from: 'front-matter' | 'text'
}

/** A person named in one article, with the titles the article gives them. */
export interface PersonMention {
  name: string
  titles: string[]
  /** A military or police rank written before the name (`Đại tướng`); GUIDELINES.md counts ranks as no titles. */
  rank?: string
  /**
   * Taken for a person on the name's form alone: nothing in the article marks it as one (no
   * title, honorific, age, occupation or list with such a name). The link stage drops it
   * where the rest of the site writes the name only as a street's, school's or place's.
   */
  uncued?: true
}

/** A policy or legal document cited in one article. */
export interface DocumentMention {
  /** Canonical key, as in ../shared/gold/GUIDELINES.md: `26-NQ/TW`, `Nghị định 67`. */
  key: string
  /** `Nghị quyết`, `Nghị định`, … */
  type: string
  /** Number as written (`04`), empty for congress and plenum resolutions. */
  number: string
  /** Full symbol when the article gives one (`26-NQ/TW`). */
  symbol?: string
  /** Issuing body as written near the citation (`Hội nghị Trung ương 7 (khóa XII)`). */
  issuer?: string
  /** Date issued, ISO 8601, when written next to the citation. */
  date?: string
  /** Party congress term (Roman numeral) when written. */
  term?: string
  /** The "về …" clause that says what the document is about. */
  summary?: string
  /** Distinct surface forms in the article. */
  mentions: string[]
  /** The first sentence that cites it. */
  sentence: string
}

export type ArticleFormat = 'txt' | 'md' | 'html'

export type { FrontMatter } from './parse/front-matter-schema.ts'

declare module 'vfile' {
  interface DataMap {
    /** Front matter of Markdown files, and the metadata a saved HTML page carries. */
    frontMatter: import('./parse/front-matter-schema.ts').FrontMatter
    /** Path relative to the content folder, `/` separators. */
    source: string
    format: ArticleFormat
    title: string
    date: ArticleDate
    /** Latest year written in a full date in the text: the article is no older. */
    yearFloor: number
    /** Outlet or agency the article credits (`TTXVN`, `NLĐ`). */
    outlet: string
    url: string
    slug: string
    /** Scraping debris taken out of the body, kept so a build can show what it dropped. */
    removed: string[]
    /** Bylines and photo credits moved out of the body. */
    credits: string[]
    people: PersonMention[]
    /** Names the article writes as a street's, school's, place's or organisation's (`đường Ngô Gia Tự`). */
    placeNames: string[]
    documents: DocumentMention[]
  }
}
