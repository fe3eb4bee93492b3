import { DATE_SOURCE } from './dates.ts'
import { DESIGN_NOUNS, DOCUMENT_TYPES, caseFlexibleAlternation } from './lexicon.ts'
import { SYMBOL_END, SYMBOL_TAIL_SOURCE } from './symbol.ts'

/**
 * The regexes of the document finder, compiled once. Type words match with either case of
 * their first letter; the finder checks case where it matters.
 */

/** Written type form (lower-cased first letter) → canonical type. */
export const TYPE_BY_WORD = new Map<string, string>()
for (const entry of DOCUMENT_TYPES) {
  for (const word of [entry.type, ...entry.aliases]) TYPE_BY_WORD.set(lowerFirst(word), entry.type)
}
export const TYPE_ENTRY = new Map(DOCUMENT_TYPES.map((entry) => [entry.type, entry]))
/** Type code in a symbol → canonical type; the first type listed with a code owns it (`TT` → Thông tư). */
export const TYPE_BY_CODE = new Map<string, string>()
for (const entry of DOCUMENT_TYPES) for (const code of entry.codes) if (!TYPE_BY_CODE.has(code)) TYPE_BY_CODE.set(code, entry.type)

/**
 * A full symbol standing alone, with its type code and issuer, and its year unless `số` leads
 * it (`các Thông tư sau: số 15/2014/TT-BXD ngày …; số 11/2009/TT-BXD`, `… và số 5890/QĐ-UBND`):
 * the code says what it is. A National Assembly symbol (`số 87/2015/QH13`) is a law's or a
 * resolution's: the type word before it says which. Named groups: number, tail, year, code,
 * assembly.
 */
export const STANDALONE_SYMBOL = new RegExp(
  `(?<![\\p{L}\\p{N}/.\\-])(?<number>\\d+)(?<tail>/(?:(?<year>(?:19|20)\\d\\d)/)?(?:(?<code>${[...TYPE_BY_CODE.keys()].join('|')})-\\p{Lu}[\\p{Lu}\\d&]*(?:[a-z]{1,2})?(?:-\\p{Lu}[\\p{Lu}\\d]*)*|(?<=/(?:19|20)\\d\\d/)(?<assembly>QH\\d{1,2})))(?![\\p{L}\\p{N}])`,
  'gu',
)
const TYPE_SOURCE = caseFlexibleAlternation(TYPE_BY_WORD.keys())

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])'
/** Up to six plain words between the type and `số` ("Luật thuế XNK số", "quyết định xử phạt vi phạm hành chính số"). */
const QUALIFIER_STOP = '(?:tại|theo|trong|với|và|hoặc|cho|từ|đến|là|các|những|phụ|lục|điều|Điều|khoản|Khoản|mục|kèm|này|đó|nêu|trên)'
/** A qualifier never runs into another type word: in "Chương trình … nhận định Nghị quyết số 26" the type is Nghị quyết. */
const QUALIFIER = `(?:[ \\u00a0]+(?!${QUALIFIER_STOP}[ \\u00a0]|(?:${TYPE_SOURCE})(?![\\p{L}]))[^\\s\\d,.;:()“”"\\/]+){1,6}?`

/**
 * TYPE [qualifier số | (số | số] NUMBER [symbol tail]. A letter may end a number before its
 * symbol (`30a/2008/NQ-CP`). Groups: 1 type, 2 `số` (with a qualifier), 3 `số` (direct), 4
 * number, 5 tail.
 */
export const DOCUMENT_REFERENCE = new RegExp(
  `${NOT_WORD_BEFORE}(${TYPE_SOURCE})(?:(${QUALIFIER}[ \\u00a0]+số[ \\u00a0]*)|[ \\u00a0]*(\\(?[ \\u00a0]*số[ \\u00a0]*|[ \\u00a0]))(\\d+(?:[a-c](?=[/-]))?)(?![\\d,.]\\d)(${SYMBOL_TAIL_SOURCE})?${SYMBOL_END}`,
  'gu',
)

const DESIGN_SOURCE = `(?<![\\p{L}\\p{M}])(?:${caseFlexibleAlternation(DESIGN_NOUNS)})(?:[ \\u00a0]+\\p{Lu}[\\p{L}\\p{M}-]*)*`
/**
 * A hardware noun and its class name right before a type word: `tàu ngầm Kilo Đề án 877`
 * (the Russian `Project 877`), `lớp Charlie (Đề án 670)`, a design, not a document. Tested on
 * the text before a citation.
 */
export const DESIGN_BEFORE = new RegExp(`${DESIGN_SOURCE}[ \\u00a0]*\\(?[ \\u00a0]*$`, 'u')
/** A type word, a hardware noun, then a number without `số`: `Đề án tàu ngầm 877`. Groups: 1 type, 2 number. */
export const DESIGN_REFERENCE = new RegExp(`${NOT_WORD_BEFORE}(${TYPE_SOURCE})[ \\u00a0]+${DESIGN_SOURCE}[ \\u00a0]+(\\d+)(?![\\d\\p{L}])`, 'gu')

/** A further number in a list after a reference: `, 05/2016/TT-BNV`, ` và 25`. */
export const LIST_CONTINUATION = new RegExp(
  `^(?:[ \\u00a0]*,[ \\u00a0]*|[ \\u00a0]+(?:và|hoặc)[ \\u00a0]+)(?:số[ \\u00a0]*)?(\\d+)(?![\\d,.]\\d)(${SYMBOL_TAIL_SOURCE})?${SYMBOL_END}`,
  'u',
)

const ROMAN = '[IVXLC]+'
/** Resolution of a national Party congress (`ĐH` for Đại hội only before `lần thứ`). Groups: 1 term (Roman or Arabic). */
export const CONGRESS_RESOLUTION = new RegExp(
  `${NOT_WORD_BEFORE}[Nn]ghị[ \\u00a0]+[Qq]uyết[ \\u00a0]+(?:của[ \\u00a0]+)?(?:[Đđ]ại[ \\u00a0]+[Hh]ội|ĐH(?=[ \\u00a0]+lần))[ \\u00a0]+(?:[Đđ]ảng[ \\u00a0]+(?:[Cc]ộng[ \\u00a0]+sản[ \\u00a0]+Việt[ \\u00a0]+Nam[ \\u00a0]+)?)?(?:(?:đại[ \\u00a0]+biểu[ \\u00a0]+)?toàn[ \\u00a0]+quốc[ \\u00a0]+)?(?:lần[ \\u00a0]+(?:thứ[ \\u00a0]+)?)?(${ROMAN}|\\d{1,2})(?![\\p{L}\\d])(?![ \\u00a0]+(?:[Đđ]ảng[ \\u00a0]+bộ|[Cc]ông[ \\u00a0]+đoàn|Đoàn|Hội|[Mm]ặt[ \\u00a0]+trận))`,
  'gu',
)

/** A plenum number in words (`lần thứ tư`, `Hội nghị Trung ương tám`). */
const NUMBER_WORD = 'mười[ \\u00a0]+(?:một|hai|ba|bốn|lăm)|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười'
const CENTRAL = '(?:[Tt]rung[ \\u00a0]+ương(?:[ \\u00a0]+Đảng)?[ \\u00a0]+|(?:TƯ|TW|T\\.Ư|T\\.W)(?:[ \\u00a0]+Đảng)?[ \\u00a0]*)'
/** A plenum number: digits, or a number word after `lần thứ` / `Hội nghị Trung ương` (not `… năm 2017`). */
const PLENUM_NUMBER = `(?:(?<number>\\d{1,2})(?![\\d/\\-]|[ \\u00a0]?[/\\-–][ \\u00a0]?\\p{Lu})|(?<=(?:lần[ \\u00a0]+thứ|[Hh]ội[ \\u00a0]+nghị[ \\u00a0]+${CENTRAL})[ \\u00a0]*)(?<word>${NUMBER_WORD})(?![\\p{L}\\p{M}])(?![ \\u00a0]+(?:19|20)\\d\\d))`
const PLENUM_TERM = `(?:[ \\u00a0]*\\(?[ \\u00a0]*[Kk]h(?:óa|oá)[ \\u00a0]+\\(?(?<term>${ROMAN})\\)?)?`

/**
 * Right after a plenum resolution, another of the same sentence: `Nghị quyết Trung ương 4 và
 * Trung ương 5 khóa XII` (the term is both's), `Nghị quyết Trung ương 4 khóa XI, khóa XII` and
 * `… Trung ương 4 (Khóa XI, XII)` (the same plenum number of the next term). Groups: plenum
 * (absent for the same plenum), term.
 */
const KHOA = '[Kk]h(?:óa|oá)[ \\u00a0]+'
export const COORDINATED_PLENUM = new RegExp(
  `^[ \\u00a0]*(?:,|và)[ \\u00a0]*(?:(?:${CENTRAL})(?<plenum>\\d{1,2})(?![\\d/\\-])[ \\u00a0]*\\(?[ \\u00a0]*${KHOA}|${KHOA}|(?=${ROMAN}[ \\u00a0]*\\)))(?<term>${ROMAN})(?![\\p{L}\\d])\\)?`,
  'u',
)
/**
 * Resolution of a Central Committee plenum: `Nghị quyết Trung ương 4 khóa XII`, `Nghị quyết
 * TW4`, `Nghị quyết Hội nghị Trung ương tám`. Named groups: number or word (the plenum), term.
 */
export const PLENUM_RESOLUTION = new RegExp(
  `${NOT_WORD_BEFORE}[Nn]ghị[ \\u00a0]+[Qq]uyết[ \\u00a0]+(?:[Hh]ội[ \\u00a0]+nghị[ \\u00a0]+)?(?:(?:của[ \\u00a0]+)?Ban[ \\u00a0]+[Cc]hấp[ \\u00a0]+hành[ \\u00a0]+)?${CENTRAL}(?:lần[ \\u00a0]+(?:thứ[ \\u00a0]+)?)?${PLENUM_NUMBER}${PLENUM_TERM}`,
  'gu',
)

/**
 * The plenum named number first: `Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng
 * (khóa XII)`, `… lần thứ 4 BCH TW khóa XII`. Same named groups.
 */
export const PLENUM_RESOLUTION_ORDINAL = new RegExp(
  `${NOT_WORD_BEFORE}[Nn]ghị[ \\u00a0]+[Qq]uyết[ \\u00a0]+[Hh]ội[ \\u00a0]+nghị[ \\u00a0]+lần[ \\u00a0]+thứ[ \\u00a0]+${PLENUM_NUMBER}[ \\u00a0]+(?:của[ \\u00a0]+)?(?:Ban[ \\u00a0]+[Cc]hấp[ \\u00a0]+hành|BCH)[ \\u00a0]+(?:Trung[ \\u00a0]+ương|TƯ|TW|T\\.Ư|T\\.W)(?:[ \\u00a0]+Đảng)?${PLENUM_TERM}`,
  'gu',
)

/**
 * The plenum itself, named with its term (`Hội nghị Trung ương tám khóa I`, `Hội nghị lần thứ
 * 4 Ban Chấp hành Trung ương Đảng (khóa XII)`): a resolution of it cited nearby without a term
 * takes this one. Same named groups; the term is required.
 */
const PLENUM_TERM_REQUIRED = `[ \\u00a0]*,?[ \\u00a0]*\\(?[ \\u00a0]*[Kk]h(?:óa|oá)[ \\u00a0]+(?<term>${ROMAN}|\\d{1,2})(?![\\p{L}\\d])`
export const PLENUM_MEETING = new RegExp(
  `${NOT_WORD_BEFORE}[Hh]ội[ \\u00a0]+nghị[ \\u00a0]+(?:(?:của[ \\u00a0]+)?Ban[ \\u00a0]+[Cc]hấp[ \\u00a0]+hành[ \\u00a0]+)?${CENTRAL}(?:lần[ \\u00a0]+(?:thứ[ \\u00a0]+)?)?${PLENUM_NUMBER}${PLENUM_TERM_REQUIRED}`,
  'gu',
)
/** The same, number first: `Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng (khóa XII)`. */
export const PLENUM_MEETING_ORDINAL = new RegExp(
  `${NOT_WORD_BEFORE}[Hh]ội[ \\u00a0]+nghị[ \\u00a0]+lần[ \\u00a0]+thứ[ \\u00a0]+${PLENUM_NUMBER}[ \\u00a0]+(?:của[ \\u00a0]+)?(?:Ban[ \\u00a0]+[Cc]hấp[ \\u00a0]+hành|BCH)[ \\u00a0]+(?:Trung[ \\u00a0]+ương|TƯ|TW|T\\.Ư|T\\.W)(?:[ \\u00a0]+Đảng)?${PLENUM_TERM_REQUIRED}`,
  'gu',
)

const NUMBER_WORDS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, lăm: 5 }

/** `4` → `4`; `tư` → `4`; `mười hai` → `12`. */
export function plenumNumber(groups: { number?: string | undefined; word?: string | undefined }): string {
  if (groups.number) return groups.number
  const words = (groups.word ?? '').split(/[ \u00a0]+/)
  if (words.length === 2) return String(10 + (NUMBER_WORDS[words[1]!] ?? 0))
  return String(NUMBER_WORDS[words[0] ?? ''] ?? '')
}

/** A term right after a citation: `(khóa XII)`, `khóa XII`, `khoá 12`. Group 1. */
export const TERM_AFTER = new RegExp(`^[ \\u00a0]*,?[ \\u00a0]*\\(?[Kk]h(?:óa|oá)[ \\u00a0]+(${ROMAN}|\\d{1,2})(?![\\p{L}\\d])\\)?`, 'u')
/** A date right after a citation: `, ngày 19/5/2018,`. */
export const DATE_AFTER = new RegExp(`^[ \\u00a0]*,?[ \\u00a0]*(?:ban hành[ \\u00a0]+)?(?:ngày|ngày[ \\u00a0]+ký)[ \\u00a0]+(${DATE_SOURCE})`, 'u')
/** The year of a short reference: `Nghị quyết 19 năm 2017`. Group 1. */
export const YEAR_AFTER = /^[ \u00a0]+năm[ \u00a0]+((?:19|20)\d\d)(?!\d)/u
/** `của <issuer>` right after a citation (and its date/term). Group 1 is the issuer as written. */
export const ISSUER_AFTER =
  /^[ \u00a0]*,?[ \u00a0]*(?:do[ \u00a0]+|của[ \u00a0]+|tại[ \u00a0]+(?=(?:Hội[ \u00a0]+nghị|Đại[ \u00a0]+hội)[ \u00a0]))(\p{Lu}[^,.;:!?“”"]*?(?:\([^)]{1,40}\))?)(?=[ \u00a0]*(?:[,.;:!?“”"]|$|[ \u00a0](?:về|ngày|đã|đang|sẽ|là|được|thì|nhằm|để|với|trong|cho|có|và|quy định|hướng dẫn|ban hành|tại|năm|nêu|đề ra|xác định|khẳng định|yêu cầu|chỉ rõ|vào|cũng|vừa|mới|đều|nhằm|từ)(?![\p{L}])))/u
/** The subject clause: `về …` up to the end of the sentence, a colon, a closing quote or a clause after a comma (`, theo …`, `, hiện …`). Group 1. */
export const SUMMARY_AFTER = /^[ \u00a0]*,?[ \u00a0]*(về[ \u00a0]+(?:[“"][^”"]{3,300}[”"]|[^.;:!?“”"]{3,200}?(?=[.;:!?]|$|[ \u00a0](?:là|đã|và các|nhằm|nên|thì|mà|để|cũng|vừa|được|sẽ|có hiệu lực)[ \u00a0]|,[ \u00a0](?:trong đó|theo đó|theo|đồng thời|nhất là|đặc biệt|hiện|nhưng|song|tuy nhiên|vì vậy|do đó|khi|nếu|quy định)[ \u00a0,])))/u

function lowerFirst(word: string): string {
  return word === word.toUpperCase() ? word : (word[0] ?? '').toLowerCase() + word.slice(1)
}

/** Canonical type of a written type word (`nghị định`, `Văn bản`, `NĐ`). */
export function canonicalType(written: string): string | undefined {
  const plain = written.replace(/[ \u00a0]+/g, ' ')
  return TYPE_BY_WORD.get(lowerFirst(plain)) ?? TYPE_BY_WORD.get(lowerFirst(plain.toLowerCase()))
}
