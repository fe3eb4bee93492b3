import { NAMES_IN_ORGANISATION_NAMES, PERSON_CUES, PLACES, RANKS, SURNAMES, TITLE_HEADS, TITLE_MODIFIERS, UNIT_HEADS, caseFlexibleAlternation } from './lexicon.ts'
import { nameCandidates } from './name-candidates.ts'
import { BREAKER, breakFrom, endsWithPlace, isOrganisationBefore, withoutDegrees } from './person-context.ts'

/**
 * Titles (positions) written next to a name, as written: before it ("Ủy viên Trung ương
 * Đảng, Phó Trưởng ban Tổ chức Trung ương Hoàng Đăng Quang") or after it in apposition
 * ("ông Vũ Văn Hải, Phó Vụ trưởng Vụ Pháp chế, Tổng cục Hải quan").
 */

const MODIFIER = `(?:(?:${caseFlexibleAlternation(TITLE_MODIFIERS)})[ \\u00a0]+)?`
const HEAD = `${MODIFIER}(?:${caseFlexibleAlternation([...TITLE_HEADS, ...UNIT_HEADS])})(?![\\p{L}\\p{M}])`
const UNIT_HEAD_AT_START = new RegExp(`^${MODIFIER}(?:${caseFlexibleAlternation(UNIT_HEADS)})(?![\\p{L}\\p{M}])`, 'u')
/** Whether a title marks the name it goes with as a person's: not one of a small unit's head (`đội trưởng Lò Chợ`). */
export const isCueTitle = (title: string) => !UNIT_HEAD_AT_START.test(title)
const HEAD_ANYWHERE = new RegExp(`(?<![\\p{L}\\p{M}])${HEAD}`, 'gu')
/** The same for a test: a global regex's `test` would move the `lastIndex` the next `matchAll` starts from. */
const HAS_HEAD = new RegExp(HEAD_ANYWHERE.source, 'u')
const HEAD_AT_START = new RegExp(`^${HEAD}`, 'u')
const MAX_TITLE_WORDS = 20
/** An administrative unit and its place, nothing more: `quận Tân Phú`, `tỉnh Bà Rịa - Vũng Tàu`, `quận 1`. */
const ADMIN_SEGMENT =
  /^(?:phường|xã|thị[ \u00a0]+trấn|thị[ \u00a0]+xã|quận|huyện|tỉnh|thành[ \u00a0]+phố|TP\.?)[ \u00a0]*(?:\d{1,2}|\p{Lu}[\p{L}\p{M}.]*(?:[ \u00a0]+(?:[-–][ \u00a0]+)?\p{Lu}[\p{L}\p{M}]*){0,3})$/u
/**
 * Words right before a title that make it another person's (`thừa ủy quyền của Thủ tướng
 * Chính phủ, Phó Thủ tướng …`, `trả lời chất vấn của Bộ trưởng …, Chủ tịch Quốc hội …`).
 * A bare `của` does not: `dưới sự chủ trì của Thứ trưởng, Tổng Giám đốc …` is one person.
 */
const OTHER_HOLDER = /(?<![\p{L}\p{M}])(?:[Ủủ]y quyền|[Uu]ỷ quyền|[Tt]hay mặt|chất vấn|gửi|với)(?:[ \u00a0]+của)?[ \u00a0]*$/u

/** Words that name a firm: a two-word name led by an ambiguous surname after one ends the firm's name (`Công ty … Đồng Hưng`). */
export const COMPANY =
  /(?<![\p{L}\p{M}])(?:[Cc]ông[ \u00a0]+ty|Cty|[Tt]ập[ \u00a0]+đoàn|DN|DNTN|[Dd]oanh[ \u00a0]+nghiệp(?:[ \u00a0]+tư[ \u00a0]+nhân)?|HTX|[Hh]ợp[ \u00a0]+tác[ \u00a0]+xã|[Nn]gân[ \u00a0]+hàng|[Kk]hách[ \u00a0]+sạn|[Nn]hà[ \u00a0]+máy|[Xx]í[ \u00a0]+nghiệp|[Cc]ửa[ \u00a0]+hàng|[Cc]ơ[ \u00a0]+sở)(?![\p{L}\p{M}])/u

/** Titles ending right before a name; `before` is the text of the clause up to the name. */
export function titlesBefore(before: string): string[] {
  // `Viện trưởng Viện Thú y - ông Trương Văn Dung`: a dash before the honorific works as a comma does.
  const clause = before.slice(lastClauseStart(before)).replace(/[ \u00a0]+[-–][ \u00a0]+(?=(?:ông|bà)[ \u00a0]*$)/u, ', ')
  const segments = clause.split(/,[ \u00a0]*/)
  let last = segments.pop() ?? ''
  // `Đỗ Tố, Chủ tịch UBND huyện và Lê Minh Dũng`: the title before `và` is the earlier person's.
  if (/(?<![\p{L}\p{M}])(?:và|cùng)[ \u00a0]*$/u.test(last)) return []
  // A rank or honorific of its own after the comma is the holder's: `Bộ trưởng Bộ Công an, Thượng
  // tướng Tô Lâm`, `Phó Giám đốc Sở NN&PTNT Bình Định, ông Trần Văn Phúc`.
  if (segments.length > 0 && RANK_OR_HONORIFIC_ONLY.test(last.trim())) {
    last = segments.pop()!
    if (isAnothersTitle(last, segments)) return []
  }
  // A body whose name holds a comma: `Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch`, `Cục trưởng Cục Xuất bản, In và Phát hành`.
  let found = titleInSegment(last, true)
  for (let joined = 0; !found && joined < 4 && segments.length > 0 && last.trim() && isBodyNamePart(last); joined++) {
    last = `${segments.pop()}, ${last}`
    found = titleInSegment(last, true)
  }
  // `giám đốc sáng tạo của Sensation Creation`: a title ending in a preposition goes on with its body, not its holder.
  if (!found || PREPOSITION_END.test(found.trimEnd())) return []
  const titles = withoutDegrees(found).replace(PLACE_ASIDE_END, '').replace(DASH_END, '').split(DASH_BEFORE_HEAD)
  // "… đoàn đại biểu già làng, trưởng bản tỉnh Gia Lai, nhân dịp … viếng Chủ tịch Hồ Chí Minh":
  // a chain is title after title; other words before the last title end it.
  if (found !== last.trim()) return titles
  // Earlier links of the chain: whole segments that are titles themselves.
  while (segments.length > 0) {
    const segment = segments.pop()!.trim().replace(/^(?:và|cùng)[ \u00a0]+/u, '')
    const title = titleInSegment(segment, true)
    if (!title) break
    // "thừa ủy quyền của Thủ tướng Chính phủ, Phó Thủ tướng …": someone else's title.
    if (title !== segment && OTHER_HOLDER.test(segment.slice(0, segment.length - title.length))) break
    titles.unshift(...title.split(DASH_BEFORE_HEAD))
    if (title !== segment) break // the chain started inside this segment
  }
  return titles
}
/** A dash the title ran up to, the words after it cut off: `Bí thư Tỉnh ủy Nghệ An -`. */
const DASH_END = /[ \u00a0]*[-–]$/u
/** A dash before a head parts two titles of one chain: `Ủy viên T.Ư Đảng - Phó Thủ tướng Chính phủ`. */
const DASH_BEFORE_HEAD = new RegExp(`[ \\u00a0]+[-–][ \\u00a0]+(?=${HEAD})`, 'u')

/**
 * A title over a list of its holders, counted or plural (`các Phó Thủ tướng: A, B`, `8 Phó Giám
 * đốc Sở Nội vụ gồm có ông A, B`, `4 thứ trưởng Bộ Công an là các ông A, B`): each of them holds it.
 * `before` ends right before the first holder's name.
 */
export function listTitleBefore(before: string): string | undefined {
  const counted = COUNTED_TITLE.exec(before)
  const title = counted?.[1]?.trim()
  return title && titleInSegment(title, true) === title && !/(?<![\p{L}\p{M}])(?:và|cùng|với)$/u.test(title) ? withoutDegrees(title) : undefined
}
const COUNT = '[Cc]ác|[Nn]hững|\\d{1,2}|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười'
const HONORIFIC_PAIR = '(?:ông|bà)(?:[ \\u00a0]*,[ \\u00a0]*(?:ông|bà))?'
const COUNTED_TITLE = new RegExp(
  `(?<![\\p{L}\\p{M}\\d])(?:${COUNT})[ \\u00a0]+(${HEAD}(?:[^,.;:!?()"“”]|\\.(?=\\p{L}))*?)[ \\u00a0]*(?:(?:gồm(?:[ \\u00a0]+có)?|là)[ \\u00a0]+)?(?:các[ \\u00a0]+)?(?:${HONORIFIC_PAIR}[ \\u00a0]*)?:?[ \\u00a0]*$`,
  'u',
)

/**
 * Whether the title in `segment`, before `, ông …` or `, Thượng tướng …`, is someone else's: a name
 * before it in its segment or the one before (`ông A - Chủ tịch X, ông B`, `ông A, Chủ tịch X, ông B`);
 * a dash, an opening bracket or only empty segments before it, as where the look-back starts at the previous name; a word
 * that makes it an object (`công điện của Thủ tướng Chính phủ, ông …`, `Phát biểu trước Thủ tướng, ông …`) or what
 * someone before it is made (`bổ nhiệm ông A làm Thứ trưởng Bộ Tài chính, ông B …`).
 */
function isAnothersTitle(segment: string, earlier: string[]): boolean {
  const found = titleInSegment(segment, true)
  const said = found === undefined ? segment : segment.slice(0, segment.length - found.length)
  const afterName = /^[ \u00a0]*[-–(]/u.test(segment) || (earlier.length > 0 && earlier.every((text) => !text.trim()))
  const nameBefore = hasName(said) || (found === segment.trim() && earlier.length > 0 && hasName(earlier.at(-1)!))
  return afterName || nameBefore || OBJECT_END.test(said)
}
const OBJECT_END = /(?<![\p{L}\p{M}])(?:của|trước|với|gặp|tiếp|thăm|theo|mời|tặng|gửi|cho|lên|về|làm|chức|vụ|nhiệm)[ \u00a0]*$/u

/**
 * The rest of a body's name after a comma: a few capitalised words, no clause word, head or
 * person's cue (`Thể thao và Du lịch`; not `Thượng tướng` in `Bộ trưởng Bộ Công an, Thượng tướng Tô Lâm`);
 * after a dash, `lowerCase`, also a few words in lower case (`Sở Tài nguyên - môi trường`).
 */
function isBodyNamePart(segment: string, lowerCase = false): boolean {
  const words = segment.trim()
  return (/^\p{Lu}/u.test(words) || (lowerCase && LOWER_BODY_PART.test(words))) && wordCount(words) <= 8 && !BREAKER.test(words) && !HAS_HEAD.test(words) && !PERSON_CUE.test(words) && !namesPerson(words)
}
/** The second half of a body's name in lower case, two to six words (`Sở Tài nguyên - môi trường`, `Vụ Đại học - sau đại học`), not who or what someone is (`- người phụ trách`). */
const LOWER_BODY_PART = /^(?!(?:người|nơi|một|những|các|đơn vị|cơ quan|hiện|nay|năm|ngày|trong|ngoài|trên|dưới|với|tại|ở|khi|vì|do|để|theo|từ|sau|trước|cùng|của)(?![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}]*(?:[ \u00a0]+[\p{L}\p{M}&.-]+){1,5}$/u
const RANK_OR_HONORIFIC_ONLY = new RegExp(`^(?:${caseFlexibleAlternation([...RANKS, 'ông', 'bà'])})$`, 'u')
const PERSON_CUE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${caseFlexibleAlternation([...PERSON_CUES, ...RANKS])})(?![\\p{L}\\p{M}])`, 'u')

const ALSO_HOLDS = new RegExp(
  `^[ \\u00a0]*(?:kiêm|đồng[ \\u00a0]+thời(?:[ \\u00a0]+cũng)?(?:[ \\u00a0]+(?:là|kiêm|giữ[ \\u00a0]+chức(?:[ \\u00a0]+vụ)?))?)[ \\u00a0]+(?=${HEAD})`,
  'u',
)
/** A preposition the title broke off before its object: `phó giám đốc Sở Khoa học công nghệ từ [năm …]`. */
const PREPOSITION_END = /[ \u00a0]+(?:từ|của|tại|ở|với|về|cho)$/u
const PREDICATE =
  /^[ \u00a0]*(?:\([^()]{1,40}\)[ \u00a0]*)?(?:(?:đã|sẽ|vừa|hiện|đang|từng|nay|được|trước đó|trước đây|nguyên)[ \u00a0]+)*(là|làm|giữ[ \u00a0]+chức(?:[ \u00a0]+vụ)?|(?:được[ \u00a0]+)?bổ[ \u00a0]+nhiệm(?:[ \u00a0]+(?:làm|giữ[ \u00a0]+chức))?|nhận[ \u00a0]+nhiệm[ \u00a0]+vụ|đảm[ \u00a0]+(?:nhận|nhiệm))[ \u00a0]+/u
const ASIDE_BEFORE_APPOSITION = /^[ \u00a0]*\(([^()]{1,30})\)(?=[ \u00a0]*(?:,|[-–][ \u00a0]))/u

/** Titles in apposition after a name: `, Phó Giám đốc Sở …`, ` - Hiệu trưởng …`, ` (Phó chủ nhiệm …)`. */
export function titlesAfter(written: string, subject = true): string[] {
  // What the holder is or becomes: `ông Trần Ngọc Chính làm Thứ trưởng Bộ Xây dựng`, `Đặng Văn Hiếu là Chánh văn phòng Bộ Công an`;
  // not after a name that is an object (`bổ nhiệm Bùi Tiến Dũng là Bộ trưởng`: the minister appointed him).
  const predicate = PREDICATE.exec(written)
  if (predicate && (subject || predicate[1] !== 'là') && HEAD_AT_START.test(written.slice(predicate[0].length))) return titlesAfter(`, ${written.slice(predicate[0].length)}`)
  // An aside that holds no title comes before it: `bà Phan Thị Thu Hiền (ảnh), Vụ trưởng …`, `(SN 1986) - huyện ủy viên`.
  const aside = ASIDE_BEFORE_APPOSITION.exec(written)
  const after = aside && !HAS_HEAD.test(aside[1]!) ? written.slice(aside[0].length) : written
  const opening = /^[ \u00a0]*(?:,|--?|–|—|\(|:)[ \u00a0]*/u.exec(after)
  if (!opening) return []
  const span = appositionSpan(after.slice(opening[0].length))
  const titles: string[] = []
  for (const piece of span.split(/,[ \u00a0]*/)) {
    // A second office: `Lê Minh Anh, kiêm Trưởng Ban …`, `…, đồng thời cũng giữ chức phó tổng giám đốc …`.
    const raw = piece.replace(ALSO_HOLDS, '')
    const segment = cutAfterPlace(cutAtBreaker(raw)).trim()
    if (!segment) break
    // "Đỗ Tố, Chủ tịch UBND huyện và Lê Minh Dũng": the title ends where the next person starts.
    const next = NEXT_PERSON.exec(segment)
    if (next && HEAD_AT_START.test(segment) && startsWithName(segment.slice(next.index + next[0].length))) {
      titles.push(segment.slice(0, next.index))
      break
    }
    // "…, Chủ tịch nước Trần Đức Lương, …": the next person of a list, with their own title.
    if (namesPerson(segment)) break
    if (HEAD_AT_START.test(segment)) titles.push(segment)
    else if (titles.length > 0 && /^\p{Lu}/u.test(segment) && segment === raw.trim() && !startsWithName(segment)) {
      // An organisation continuing the title: "Phó Vụ trưởng Vụ Pháp chế, Tổng cục Hải quan".
      titles[titles.length - 1] += `, ${segment}`
    } else if (titles.length > 0 && ADMIN_SEGMENT.test(segment) && segment === raw.trim()) {
      // The unit above the one of the title: "Phó Chủ tịch UBND phường Sơn Kỳ, quận Tân Phú".
      titles[titles.length - 1] += `, ${segment}`
    } else break
    if (segment !== raw.trim()) break
  }
  // A list number glued on after the title: "Bộ trưởng Bộ Tài Chính12. Nguyễn …"; the next person's
  // degree: "Hiệu trưởng ĐH FPT TS. Lê Trường Tùng".
  return titles.map((t) => withoutDegrees(t.replace(GLUED_LIST_NUMBER_END, '').replace(PREPOSITION_END, '')).replace(DASH_END, '')).map(withinLength).filter((t) => wordCount(t) <= MAX_TITLE_WORDS).flatMap((t) => t.split(DASH_BEFORE_HEAD))
}

/** A title too long to be one is cut before its first `và` (`Chi cục Quản lý công trình thủy lợi và …`), or dropped. */
const withinLength = (title: string) => (wordCount(title) <= MAX_TITLE_WORDS ? title : title.split(/[ \u00a0]+và[ \u00a0]+/u)[0]!)

/** Where a list number glued to the word before it starts (`Bộ Tài Chính12.`, `khóa IX13`); not a unit's code (`tàu E1`, `Cục C67`). */
const GLUED = '(?<=\\p{Ll}|(?<![\\p{L}\\p{M}])[IVXL]+)'
const GLUED_LIST_NUMBER_END = new RegExp(`${GLUED}\\d+$`, 'u')
const SPAN_END = new RegExp(`\\.(?![\\p{L}\\d])|[;:!?()"“”]|[ \\u00a0][-–—][ \\u00a0]|${GLUED}\\d{1,3}(?=\\.?[ \\u00a0])|$`, 'u')
const SPACED_DASH = /^[ \u00a0][-–—][ \u00a0]+/u

/**
 * The text of an apposition: up to a sentence end, a bracket or a spaced dash, unless the dash joins
 * the parts of a body's name (`Bộ Lao động - Thương binh và Xã hội`, `Sở Tài nguyên - Môi trường TPHCM`).
 */
function appositionSpan(text: string): string {
  let end = spanEnd(text)
  for (let dash = SPACED_DASH.exec(text.slice(end)); dash; dash = SPACED_DASH.exec(text.slice(end))) {
    const next = text.slice(end + dash[0].length)
    const nextEnd = spanEnd(next)
    const piece = next.slice(0, nextEnd).split(',')[0]!
    const cut = breakFrom(piece, 0)
    if (!isBodyNamePart((cut < 0 ? piece : piece.slice(0, cut)).trim(), true)) break
    end += dash[0].length + nextEnd
  }
  return text.slice(0, end)
}

/** Where the text of an apposition ends, past the period of a city's abbreviation before the city (`đại biểu HĐND TP. Hồ Chí Minh`, not `HĐND TP. Ông Lâm`). */
function spanEnd(text: string): number {
  let end = text.search(SPAN_END)
  while (text[end] === '.' && CITY_ABBREVIATION_END.test(text.slice(0, end)) && startsWithPlace(text.slice(end + 1))) end += 1 + text.slice(end + 1).search(SPAN_END)
  return end
}
const CITY_ABBREVIATION_END = /(?<![\p{L}\p{M}])(?:TP|Tp|TX)$/u
function startsWithPlace(text: string): boolean {
  const words = /^[ \u00a0]*(\p{Lu}[\p{L}\p{M}]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}]*)*)/u.exec(text)?.[1]?.split(/[ \u00a0]+/u) ?? []
  return words.some((_, n) => PLACES.has(words.slice(0, n + 1).join(' ')))
}

/** The title in the last segment before a name: from the earliest head with no clause break after it. */
function titleInSegment(segment: string, endsAtName: boolean): string | undefined {
  for (const match of segment.matchAll(HEAD_ANYWHERE)) {
    const title = segment.slice(match.index).trim()
    // The head itself may hold a clause word (`Tổng thư ký`, `Ủy viên dự khuyết`); only what follows it breaks the title.
    const rest = title.slice(match[0].length)
    if (breakFrom(title, match[0].length) < 0 && !ANOTHER_TITLE.test(rest) && !VERB_THEN_HEAD.test(rest) && wordCount(title) <= MAX_TITLE_WORDS && !namesPerson(title))
      return endsAtName ? title : undefined
  }
  return undefined
}

/** A bare head, a few lower-case words and another head: what the first did to the second (`Thủ tướng quay sang Bí thư Tỉnh ủy Hà Nam`). */
const VERB_THEN_HEAD = new RegExp(`^[ \\u00a0]*[-–]?[ \\u00a0]*(?!(?:kiêm|và|cùng|của)(?![\\p{L}\\p{M}]))\\p{Ll}[\\p{Ll}\\p{M}]*(?:[ \\u00a0]+\\p{Ll}[\\p{Ll}\\p{M}]*){0,2}[ \\u00a0]+(?=${HEAD})`, 'u')
const NEXT_PERSON = /[ \u00a0]+(?:và|cùng)[ \u00a0]+(?=\p{Lu})/u

function cutAtBreaker(text: string): string {
  const lead = text.length - text.trimStart().length
  const from = lead + (HEAD_AT_START.exec(text.slice(lead))?.[0].length ?? 0)
  const another = text.slice(from).search(ANOTHER_TITLE)
  const found = [breakFrom(text, from), another < 0 ? -1 : from + another].filter((at) => at >= 0)
  const cut = found.length > 0 ? text.slice(0, Math.min(...found)) : text
  return cut.replace(/[ \u00a0]+và[ \u00a0]*$/u, '')
}
/**
 * A title ends with the place it is of: lower-case words after it say what the holder does
 * (`Phó Giám đốc Sở VHTTDL tỉnh Yên Bái xác nhận`, `… tỉnh Lâm Đồng thẳng thắn nhìn nhận`), unless
 * they go on to a unit or say where or whose (`… Việt Nam tại Hà Nội`, `… xã Mỹ An huyện Mang Thít`).
 */
function cutAfterPlace(text: string): string {
  for (const gap of text.matchAll(/[ \u00a0]+(?=(\p{Ll}[\p{Ll}\p{M}]*(?:[ \u00a0]+\p{Ll}[\p{Ll}\p{M}]*)?))/gu)) {
    if (endsWithPlace(text.slice(0, gap.index)) && !PLACE_GOES_ON.test(gap[1]!)) return text.slice(0, gap.index)
  }
  return text
}
const PLACE_GOES_ON = /^(?:tại|ở|thuộc|trực[ \u00a0]+thuộc|của|khóa|khoá|nhiệm[ \u00a0]+kỳ|phường|xã|thị[ \u00a0]+trấn|thị[ \u00a0]+xã|quận|huyện|tỉnh|thành[ \u00a0]+phố|và|cũ|mới)(?![\p{L}\p{M}])/u

/** `và` before a title head starts another title, or another holder's (`Hiệu trưởng … và hiệu phó Đỗ Thanh Hân`). */
const ANOTHER_TITLE = new RegExp(`[ \\u00a0]và[ \\u00a0]+(?=${HEAD})`, 'u')

/** A place in brackets that ends a title, no body's name: `(Thạch Hà)`, `(Khánh Hòa)`, not `(Bộ Công Thương)`. */
const PLACE_ASIDE_END = /[ \u00a0]*\((?!(?:Bộ|Sở|Tổng|Cục|Ban|Vụ|Viện)[ \u00a0])\p{Lu}[\p{Ll}\p{M}]+(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]+){0,2}\)(?=[ \u00a0]*$)/u

/** The period of a place's abbreviation ends no clause: `Chủ tịch UBND TP. Hà Nội Nguyễn Đức Chung`. */
const CLAUSE_BREAK = new RegExp(`(?:(?<!(?<![\\p{L}\\p{M}])(?:TP|Tp|TX|TT|Q|P))\\.|[;:!?"“”()])[.;:!?"“”()]*[ \\u00a0]+|${GLUED}\\d{1,3}\\.?[ \\u00a0]+`, 'gu')

/**
 * Start of the clause a name sits in: after the last sentence end, quote, colon, semicolon or
 * bracket, or a list number glued to the previous entry (`… tỉnh Quảng Trị104 Nguyễn Xuân Phúc`).
 */
function lastClauseStart(text: string): number {
  let start = 0
  // An acronym in brackets goes with the name before it (`Tổ chức Sở hữu trí tuệ thế giới (WIPO) Francis Gurry`).
  // So does the body above a title's in brackets (`Cục trưởng Cục Viễn thông (Bộ Thông tin - Truyền thông)`).
  // So does the place of a commune or district in brackets (`Phó Chủ tịch UBND xã Thạch Ngọc (Thạch Hà) Nguyễn Hồng Thanh`).
  const plain = text
    .replace(/\([\p{Lu}\d&.-]{2,12}(?:[ \u00a0][\p{Lu}\d&.-]{2,12})?\)|\((?:Bộ|Tổng cục|Sở|UBND)[ \u00a0][^()]{1,40}\)/gu, (aside) => '_'.repeat(aside.length))
    .replace(PLACE_ASIDE_END, (aside) => '_'.repeat(aside.length))
  for (const match of plain.matchAll(CLAUSE_BREAK)) start = match.index + match[0].length
  return start
}

/** Words, not the dashes between a body's parts (`Bộ Lao động - Thương binh và Xã hội`). */
function wordCount(text: string): number {
  return text.split(/[ \u00a0]+/).filter((word) => /[\p{L}\d]/u.test(word)).length
}

/** A title that is a head alone (`Chủ tịch`, `vua`), with no organisation after it. */
export function isBareTitle(title: string): boolean {
  return HEAD_AT_START.exec(title)?.[0].length === title.trim().length
}

const HEAD_AT_END = new RegExp(`(?<![\\p{L}\\p{M}])${HEAD}[ \\u00a0]*$`, 'u')
/** Whether a head alone ends `before`, right before a name (`… công lao của Chủ tịch Hồ Chí Minh`). */
export function endsWithBareHead(before: string): boolean {
  return HEAD_AT_END.test(before)
}

/**
 * Whether a title-like span names a person (`Chủ tịch nước Trần Đức Lương`): then it is that
 * person's title, not one of the name being read. Organisations and places named after a
 * person (`Hiệu trưởng Trường Nguyễn Đình Chiểu`, `Bí thư Thành ủy TP Hồ Chí Minh`) do not count.
 * Foreign names count only right after a bare head: a foreign firm ends many titles.
 */
function namesPerson(span: string): boolean {
  // A bare head before a foreign name: `Chủ tịch Cayxỏn Phômvihản`, another leader of a list.
  const head = HEAD_AT_START.exec(span)?.[0]
  if (head && nameCandidates(span.slice(head.length)).some((c) => c.kind === 'foreign' && c.start === 1 && c.words >= 2)) return true
  return nameCandidates(span).some(
    (c) =>
      c.kind === 'vietnamese' &&
      c.words >= 2 &&
      !c.afterPlace &&
      // `Giám đốc Công ty … Đồng Hưng`: an ambiguous surname and one word more after a firm ends the firm's name.
      !(c.weakSurname && c.words < 3 && COMPANY.test(span.slice(0, c.start))) &&
      !(c.placeLike && NAMES_IN_ORGANISATION_NAMES.has(c.name)) &&
      !isOrganisationBefore(span.slice(0, c.start)),
  )
}

/** Whether a full name stands in the text: `ông Phạm Hùng - `. */
const hasName = (text: string) => nameCandidates(text).some((c) => c.words >= 2)

/** `Nguyễn Quang Thường - Giám đốc …`: the next person of a list, not an organisation. */
function startsWithName(segment: string): boolean {
  const [first = '', second = ''] = segment.split(/[ \u00a0]+/)
  return SURNAMES.has(first) && /^\p{Lu}\p{Ll}/u.test(second)
}
