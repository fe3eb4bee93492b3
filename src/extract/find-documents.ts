import type { Root } from 'hast'
import type { VFile } from 'vfile'
import type { DocumentMention } from '../article.ts'
import { textBlocks } from './blocks.ts'
import { type CitationFacts, readCitationTail } from './citation-tail.ts'
import {
  COORDINATED_PLENUM,
  CONGRESS_RESOLUTION,
  DESIGN_BEFORE,
  DESIGN_REFERENCE,
  DOCUMENT_REFERENCE,
  LIST_CONTINUATION,
  PLENUM_MEETING,
  PLENUM_MEETING_ORDINAL,
  PLENUM_RESOLUTION,
  PLENUM_RESOLUTION_ORDINAL,
  STANDALONE_SYMBOL,
  TYPE_BY_CODE,
  TYPE_ENTRY,
  canonicalType,
  plenumNumber,
} from './document-patterns.ts'
import { NOT_DOCUMENTS, NOT_QUANTITIES, NUMBER_UNITS, caseFlexibleAlternation } from './lexicon.ts'
import { termAsRoman } from './roman.ts'
import { previousSentenceStart, sentenceAt } from './sentences.ts'
import { SYMBOL_TAIL_SOURCE, type SymbolParts, normalizeSymbolTail } from './symbol.ts'

export interface FindDocumentsOptions {
  /** Also read `TYPE NUMBER` references whose type word is lower case (`nghị định 15`). Default true. */
  lowercase?: boolean
}

/** One citation as found, before citations of the same document are joined. */
interface Citation extends CitationFacts {
  kind: 'numbered' | 'congress' | 'plenum'
  type: string
  number: string
  symbol?: SymbolParts
  /** Plenum number for plenum resolutions. */
  plenum?: string
  /** The symbol written in parentheses after a plenum resolution's name: `… (Nghị quyết số 12-NQ/TW)`. */
  symbolKey?: string
  surface: string
  sentence: string
  /** Position in the article, for keeping the article's order. */
  at: number
}

/**
 * Finds the policy and legal documents an article cites and sets `file.data.documents`:
 * numbered documents with or without a symbol, congress and plenum resolutions. Citations
 * of one document are joined into one entry keyed as in the gold guidelines.
 */
export default function findDocuments(options: FindDocumentsOptions = {}) {
  const lowercase = options.lowercase ?? true
  return (tree: Root, file: VFile): void => {
    const citations: Citation[] = []
    for (const [index, { text, node }] of textBlocks(tree, file).entries()) {
      const base = index * 1e6
      // Cheap tests first: most blocks cite nothing.
      const numbered = /\d/.test(text) ? numberedCitations(text, lowercase) : []
      const party = /[Nn]ghị[ \u00a0]+[Qq]uyết/u.test(text) ? partyResolutions(text) : []
      for (const citation of [...numbered, ...party]) {
        citations.push({ ...citation, at: base + citation.at })
      }
      const incomplete = /\d+\/(?:\d{4}\/)?\p{Lu}{1,4}-(?![\p{L}\d])/u.exec(text)
      if (incomplete) {
        file.message(`Incomplete document symbol \`${incomplete[0]}\`: read without its issuer code`, {
          ...(node?.position && { place: node.position }),
          ruleId: 'document-symbol-incomplete',
          source: 'policy-digest',
        })
      }
    }
    // A type and number the article also writes as a design (`Đề án tàu ngầm 877`) is that design wherever it is cited.
    const designs = new Set(
      textBlocks(tree, file).flatMap(({ text }) => [...text.matchAll(DESIGN_REFERENCE)].map((m) => `${canonicalType(m[1] ?? '')} ${m[2]}`)),
    )
    const documents = designs.size === 0 ? citations : citations.filter((c) => c.symbol?.hasCode || !designs.has(`${c.type} ${c.number}`))
    file.data.documents = joinCitations(documents, fullerSymbols(documents))
  }
}

/**
 * Keys the article writes in full elsewhere: a plenum resolution it also gives by its symbol
 * (`… (Nghị quyết số 12-NQ/TW)`), a symbol without its year next to the same with it
 * (`07/NĐ-CP` and `07/2017/NĐ-CP`, when only one such year is written), a number without
 * its leading zero next to the same with it (`4-KH/TW` and `04-KH/TW`).
 */
function fullerSymbols(citations: Citation[]): Map<string, string> {
  const fuller = new Map(citations.filter((c) => c.symbolKey).map((c) => [ownKey(c), c.symbolKey!]))
  const dated = new Map<string, Set<string>>()
  for (const c of citations) {
    if (!c.symbol?.hasCode || !c.symbol.year) continue
    const undated = `${c.number}${c.symbol.tail.replace(`/${c.symbol.year}`, '')}`
    dated.set(undated, (dated.get(undated) ?? new Set()).add(ownKey(c)))
  }
  for (const [undated, keys] of dated) if (keys.size === 1 && !fuller.has(undated)) fuller.set(undated, [...keys][0]!)
  // `4-KH/TW` beside `04-KH/TW`: the number padded as the issuer writes it.
  const coded = new Set(citations.filter((c) => c.symbol?.hasCode).map(ownKey))
  for (const key of coded) {
    const padded = `0${key}`
    if (/^[1-9]/.test(key) && coded.has(padded) && !fuller.has(key)) fuller.set(key, padded)
  }
  return fuller
}

/** `TYPE [số] NUMBER[symbol]` references, and list continuations (`Thông tư 02, 03/2017/TT-BNV`). */
function numberedCitations(text: string, lowercase: boolean): Citation[] {
  const found: Citation[] = []
  /** Where typed references and their lists were read: a standalone symbol there is one of them. */
  const read: Array<[number, number]> = []
  for (const match of text.matchAll(DOCUMENT_REFERENCE)) {
    const [surface, typeWord = '', qualifiedSign, directSign, number = '', tail] = match
    const type = canonicalType(typeWord)
    if (!type) continue
    const entry = TYPE_ENTRY.get(type)
    const symbol = tail ? normalizeSymbolTail(tail) : undefined
    const hasSign = Boolean(qualifiedSign) || /số/.test(directSign ?? '')
    const end = match.index + surface.length
    const isLower = typeWord[0] !== typeWord[0]?.toUpperCase()
    const facts = readCitationTail(text.slice(end))
    // `quyết định 04 ngày 17-1-2006 của UBND TP`: a date or an issuer makes the verb a document.
    const dated = facts.date !== undefined || facts.issuer !== undefined
    if (isLower && (!lowercase || (entry?.needsSymbolWhenLowercase && !symbol?.hasCode && !/số/.test(directSign ?? '') && !dated))) continue
    if (!symbol && !hasSign && entry?.needsNumberSign) continue
    if (!symbol && !isDocumentNumber(number, hasSign, text.slice(end))) continue
    // `tàu ngầm Kilo Đề án 877`: a design, not a document.
    if (!symbol?.hasCode && !hasSign && DESIGN_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index))) continue
    const citation: Citation = {
      kind: 'numbered',
      type,
      number,
      surface: surface.trim(),
      sentence: sentenceAt(text, match.index),
      at: match.index,
      ...facts,
    }
    if (symbol) citation.symbol = symbol
    found.push(citation)
    // Further numbers of the same type in a list.
    let rest = text.slice(end)
    for (let more = LIST_CONTINUATION.exec(rest); more; more = LIST_CONTINUATION.exec(rest)) {
      const [moreSurface, moreNumber = '', moreTail] = more
      rest = rest.slice(moreSurface.length)
      const moreSymbol = moreTail ? normalizeSymbolTail(moreTail) : undefined
      if (!moreSymbol && !isDocumentNumber(moreNumber, true, rest)) break
      const listed: Citation = { kind: 'numbered', type, number: moreNumber, surface: `${typeWord} ${moreNumber}${moreTail ?? ''}`, sentence: citation.sentence, at: end + 1 }
      if (moreSymbol) listed.symbol = moreSymbol
      found.push(listed)
    }
    read.push([match.index, text.length - rest.length])
  }
  for (const match of text.matchAll(STANDALONE_SYMBOL)) {
    const [surface] = match
    const { number = '', tail = '', year, code = '', assembly } = match.groups ?? {}
    if (read.some(([from, to]) => match.index >= from && match.index < to)) continue
    if (!year && !/(?<![\p{L}\p{M}])số[ \u00a0]*$/u.test(text.slice(0, match.index))) continue
    if (NOT_DOCUMENT_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue
    const type = assembly ? assemblyType(text.slice(Math.max(0, match.index - 200), match.index)) : TYPE_BY_CODE.get(code)!
    found.push({
      kind: 'numbered',
      type,
      number,
      symbol: normalizeSymbolTail(tail),
      surface,
      sentence: sentenceAt(text, match.index),
      at: match.index,
      ...readCitationTail(text.slice(match.index + surface.length)),
    })
  }
  return found
}

const NOT_DOCUMENT_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${caseFlexibleAlternation(NOT_DOCUMENTS)})[ \\u00a0]*\\(?[ \\u00a0]*(?:số[ \\u00a0]*)?$`, 'u')

/** A law (`Luật … số 87/2015/QH13`) unless the last type word before the symbol is `Nghị quyết`. */
function assemblyType(before: string): string {
  return /[Nn]ghị[ \u00a0]+quyết(?!.*[Ll]uật)[^.;]*$/su.test(before) ? 'Nghị quyết' : 'Luật'
}

/**
 * A bare number is a document number unless it is a quantity (`Kế hoạch 5 năm`) or a
 * year written without `số` (`Luật 2005`).
 */
function isDocumentNumber(number: string, hasSign: boolean, after: string): boolean {
  if (!hasSign && /^(19[4-9]\d|20[0-3]\d)$/.test(number)) return false
  const [, next, word] = /^[ \u00a0]*([\p{L}%]+)(?:[ \u00a0]+([\p{L}]+))?/u.exec(after) ?? []
  if (!next || !NUMBER_UNITS.has(next) || NOT_QUANTITIES.has(`${next} ${word}`)) return true
  // "… 19 năm 2017", "… 112 ngày 25/7/2001": a year or a date, not a quantity.
  return /^[ \u00a0]*(?:năm[ \u00a0]+(?:19|20)\d\d(?!\d)|ngày[ \u00a0]+\d{1,2}[/.\-]\d{1,2})/u.test(after)
}

/** Later in the same sentence, the resolution's symbol in parentheses. Groups: number, tail. */
const NAMED_SYMBOL = new RegExp(`^[^.!?()“”]{0,300}\\([ \\u00a0]*(?:Nghị[ \\u00a0]+quyết|NQ)[ \\u00a0]+(?:số[ \\u00a0]*)?(\\d+)(${SYMBOL_TAIL_SOURCE})[ \\u00a0]*\\)`, 'u')

function partyResolutions(text: string): Citation[] {
  const found: Citation[] = []
  for (const match of text.matchAll(CONGRESS_RESOLUTION)) {
    const term = termAsRoman(match[1] ?? '')
    if (!term) continue
    found.push({
      kind: 'congress',
      type: 'Nghị quyết',
      number: '',
      term,
      surface: match[0],
      sentence: sentenceAt(text, match.index),
      at: match.index,
    })
  }
  for (const match of [...text.matchAll(PLENUM_RESOLUTION), ...text.matchAll(PLENUM_RESOLUTION_ORDINAL)]) {
    const facts = readCitationTail(text.slice(match.index + match[0].length))
    const groups = match.groups ?? {}
    const plenum = plenumNumber(groups)
    const term = (groups.term && termAsRoman(groups.term)) || facts.term || meetingTerm(text, match.index, plenum)
    const citation: Citation = {
      kind: 'plenum',
      type: 'Nghị quyết',
      number: '',
      plenum,
      surface: match[0].trim(),
      sentence: sentenceAt(text, match.index),
      at: match.index,
      ...facts,
    }
    if (term) citation.term = term
    else delete citation.term
    const named = NAMED_SYMBOL.exec(text.slice(match.index + match[0].length))
    if (named) citation.symbolKey = `${named[1]}${normalizeSymbolTail(named[2]!).tail}`
    found.push(citation)
    const end = match.index + match[0].length
    const next = COORDINATED_PLENUM.exec(text.slice(end))
    if (!next?.groups?.term) continue
    const nextTerm = termAsRoman(next.groups.term)
    if (!nextTerm || (!next.groups.plenum && !citation.term)) continue
    citation.term ??= nextTerm
    const surface = next[0].replace(/^[ \u00a0]*(?:,|và)[ \u00a0]*/u, '').trim()
    found.push({ ...citation, plenum: next.groups.plenum ?? plenum, term: nextTerm, surface, at: end + next[0].indexOf(surface) })
  }
  return found
}

/**
 * The term of the plenum `plenum` where the same or the previous sentence names it with one
 * (`… Hội nghị Trung ương tám khóa I (5-1941) … Nghị quyết Hội nghị Trung ương tám …`).
 */
function meetingTerm(text: string, at: number, plenum: string): string | undefined {
  const window = text.slice(previousSentenceStart(text, at), at)
  if (!/[Hh]ội[ \u00a0]+nghị/u.test(window)) return undefined
  let term: string | undefined
  for (const match of [...window.matchAll(PLENUM_MEETING), ...window.matchAll(PLENUM_MEETING_ORDINAL)]) {
    const groups = match.groups ?? {}
    if (plenumNumber(groups) !== plenum) continue
    const found = termAsRoman(groups.term ?? '')
    // Two plenums of the same number in different terms: no carry-over.
    if (found && term && found !== term) return undefined
    term = found || term
  }
  return term
}

/**
 * One entry per document: full symbols first, then year-only and bare references join
 * the single full one of the same type and number (year permitting), else stand alone.
 */
function joinCitations(citations: Citation[], symbolOf: ReadonlyMap<string, string>): DocumentMention[] {
  const byKey = new Map<string, DocumentMention>()
  const add = (key: string, citation: Citation) => {
    let doc = byKey.get(key)
    if (!doc) {
      doc = { key, type: citation.type, number: citation.number, mentions: [], sentence: citation.sentence }
      byKey.set(key, doc)
    }
    if (!doc.mentions.includes(citation.surface)) doc.mentions.push(citation.surface)
    if (!doc.number) doc.number = citation.number
    if (citation.symbol?.hasCode && !doc.symbol) doc.symbol = key
    for (const fact of ['issuer', 'date', 'term', 'summary'] as const) {
      const value = citation[fact]
      if (value && !doc[fact]) doc[fact] = value
    }
    if (!doc.date && citation.symbol?.year) doc.date = citation.symbol.year
    if (!doc.date && citation.year) doc.date = citation.year
  }
  const rank = (c: Citation) => (c.symbol?.hasCode ? 0 : c.symbol?.year ? 1 : c.kind === 'plenum' && c.term ? 0 : 2)
  const ordered = [...citations].sort((a, b) => rank(a) - rank(b) || a.at - b.at)
  const firstAt = new Map<DocumentMention, number>()
  const mentionAt = new Map<string, number>()
  for (const c of ordered) {
    const key = symbolOf.get(ownKey(c)) ?? joinTarget(c, byKey) ?? ownKey(c)
    add(key, c)
    const doc = byKey.get(key)!
    firstAt.set(doc, Math.min(c.at, firstAt.get(doc) ?? c.at))
    mentionAt.set(`${key}\u0000${c.surface}`, Math.min(c.at, mentionAt.get(`${key}\u0000${c.surface}`) ?? c.at))
  }
  // The article's order, for documents and for each one's mentions and first sentence.
  const docs = [...byKey.values()].sort((a, b) => firstAt.get(a)! - firstAt.get(b)!)
  for (const doc of docs) {
    const at = (surface: string) => mentionAt.get(`${doc.key}\u0000${surface}`) ?? 0
    doc.mentions.sort((a, b) => at(a) - at(b))
    doc.sentence = ordered.find((c) => c.surface === doc.mentions[0] && at(c.surface) === c.at)?.sentence ?? doc.sentence
  }
  return docs
}

function ownKey(c: Citation): string {
  if (c.kind === 'congress') return `Nghị quyết Đại hội ${c.term ?? ''}`.trim()
  if (c.kind === 'plenum') return `Nghị quyết Trung ương ${c.plenum ?? ''}${c.term ? ` khóa ${c.term}` : ''}`
  if (c.symbol?.hasCode) return `${c.number}${c.symbol.tail}`
  if (c.symbol?.year) return `${c.type} ${c.number}/${c.symbol.year}`
  return `${c.type} ${c.number}`
}

/** The key of an already-found fuller entry this citation refers to, if exactly one fits. */
function joinTarget(c: Citation, byKey: Map<string, DocumentMention>): string | undefined {
  if (c.kind === 'congress' || c.symbol?.hasCode) return undefined
  const prefix = c.kind === 'plenum' ? `Nghị quyết Trung ương ${c.plenum ?? ''} khóa ` : undefined
  const year = c.symbol?.year ?? c.year
  const candidates = [...byKey.values()].filter((doc) => {
    if (prefix !== undefined) return !c.term && doc.key.startsWith(prefix)
    if (doc.type !== c.type || doc.number !== c.number || doc.key === ownKey(c)) return false
    return year === undefined || doc.key.includes(year) || doc.date?.startsWith(year) === true
  })
  return candidates.length >= 1 ? candidates[0]?.key : undefined
}
