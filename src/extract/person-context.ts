import {
  COMMON_NOUNS_ENDING_IN_ORGANISATION_WORDS,
  CONNECTIVES,
  COUNTRIES,
  FIRM_HEADS,
  HONORIFICS,
  KINSHIP,
  LEADER_TITLES,
  ORGANISATION_BEFORE,
  PEN_NAME_CUES,
  PERSON_CUES,
  PLACES,
  PLACE_MAX_WORDS,
  RANKS,
  ROYAL_CUES,
  SOMEONE,
  SURNAME_CUES,
  TITLE_HEADS,
  TRADE_HEADS,
  caseFlexibleAlternation,
  writtenAlternation,
} from './lexicon.ts'
import { nameCandidates } from './name-candidates.ts'

/**
 * The words around a name-shaped span that say whether it is a person: an honorific,
 * rank or profession right before it says yes; a street, school or organisation word
 * right before it, or a house number, says no.
 */

/** Only the end of `before` matters; a short tail keeps the anchored regexes cheap. */
const TAIL = 60

/** `đàn ông`, `đàn bà`: men and women, no honorific; `35 m.`: metres, not `M.` (Monsieur). */
const NOT_A_CUE_BEFORE = '(?<!(?:[Đđ]àn)[ \\u00a0]+)(?!m\\.(?<=\\d[ \\u00a0]*m\\.))'
// An abbreviation may keep its period (`BS. Lê Hiếu`); a word's period ends the sentence (`… lái xe. Trình Chính phủ …`).
const ABBREVIATED_CUES = PERSON_CUES.filter((cue) => /^\p{Lu}\p{L}{1,4}$/u.test(cue))
const PERSON_CUE = new RegExp(
  `(?<![\\p{L}\\p{M}])${NOT_A_CUE_BEFORE}(?:${caseFlexibleAlternation(PERSON_CUES)}|(?:${ABBREVIATED_CUES.join('|')})\\.)["”’]?[ \\u00a0]*:?[ \\u00a0]*$`,
  'u',
)
/** Where a clause starts: a capitalised `Anh`, `Ông`, `Bà` there is an honorific, elsewhere a name part or a country. */
export const CLAUSE_START = /(?:^|[.!?:;"“”(\-–][ \u00a0]*)$/u

const SINGLE_HONORIFICS = new Set(HONORIFICS.filter((h) => !h.includes(' ')))

/** A firm named after its professional: `Văn phòng luật sư Thiên Thanh`, `Công ty Luật Nguyễn Văn A`. */
const FIRM = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${writtenAlternation(FIRM_HEADS)})[ \\u00a0]+(?:${caseFlexibleAlternation([
    ...PERSON_CUES.filter((cue) => !HONORIFICS.includes(cue)),
    'luật',
  ])})[ \\u00a0]*$`,
  'u',
)

/** Whether the name after `before` names a firm after its lawyer, doctor …, not a person. */
export function isFirmBefore(before: string): boolean {
  return FIRM.test(before.slice(-TAIL))
}

/** Cues that say nothing of a profession (`tên`, `vụ án`), and words that go on a sentence rather than a description. */
const NOT_PROFESSIONS = ['tên', 'vụ án', 'cựu', 'M.']
const SENTENCE_WORDS = ['là', 'tại', 'ở', 'có', 'của', 'và', 'với', 'cho', 'từ', 'trong', 'về', 'như', 'được', 'bị', 'đã', 'sẽ', 'đang']
/**
 * A profession or title head, then up to two lower-case words and a nationality, right before a
 * foreign name: `đô đốc hải quân Vsevolod Rudnve`, `chuyên gia quân sự Nga Dmitri Litovkin`,
 * `họa sĩ nổi tiếng người Trung Quốc Chen Yifei`. A Latin-script run there is a person's name;
 * a Vietnamese-looking one may be a firm's or a place's (`giám đốc công ty …`).
 */
const CUE_AT_A_DISTANCE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${caseFlexibleAlternation([...PERSON_CUES.filter((cue) => !HONORIFICS.includes(cue) && !NOT_PROFESSIONS.includes(cue)), ...TITLE_HEADS])})` +
    `(?:[ \\u00a0]+(?!(?:${SENTENCE_WORDS.join('|')})(?![\\p{L}\\p{M}]))\\p{Ll}[\\p{Ll}\\p{M}]*){0,2}(?:[ \\u00a0]+(?:người[ \\u00a0]+)?(?:${caseFlexibleAlternation(COUNTRIES)}))?[ \\u00a0]*$`,
  'u',
)
export function isCuedFromAfar(before: string): boolean {
  return CUE_AT_A_DISTANCE.test(before.slice(-TAIL)) && !isOrganisationBefore(before)
}

export function hasPersonCueBefore(before: string): boolean {
  const tail = before.slice(-TAIL)
  const cue = PERSON_CUE.exec(tail)
  if (!cue || isFirmBefore(tail)) return false
  // The cue is the end of a longer organisation phrase: `Giải thưởng mang tên Hồ Chí Minh`.
  const organisation = ORGANISATION.exec(tail)
  if (organisation && organisation.index < cue.index + cue[0].length - cue[0].trimStart().length) return false
  const word = cue[0].trimStart()
  // A capitalised `Anh`, `Bà` alone inside a sentence is a name part (`Anh hùng Lao động` is a cue anywhere).
  const honorific = /^\p{Lu}\p{Ll}*$/u.exec(word.replace(/[\s"”’:]+$/u, ''))?.[0]
  if (!honorific || !SINGLE_HONORIFICS.has(honorific.toLowerCase())) return true
  return CLAUSE_START.test(tail.slice(0, cue.index + cue[0].length - word.length).trimEnd())
}

/**
 * Case as written: `Đoàn` (the Youth Union) is an organisation, `trưởng đoàn` is not. The last
 * part of an abbreviation (`Bộ TT&TT`, `Bộ VH-TT`) is no organisation word of its own. A
 * lower-case word after a capitalised one ends a proper noun (`Quốc hội`, `Chính phủ`), not
 * an organisation named after a person; at the start of a sentence it is no proper noun (`Tại
 * giao lộ Trần Cao Vân`). `như` may follow the word (`các tuyến đường như Trần Bình Trọng`).
 */
/** Units of local government: an acronym before one (`UBND tỉnh`) is the body, and the unit is part of its name. */
const UNIT = '(?:tỉnh|huyện|xã|phường|quận|thành[ \\u00a0]+phố|thị[ \\u00a0]+xã|thị[ \\u00a0]+trấn)(?![\\p{L}\\p{M}])'
const ORGANISATION = new RegExp(
  `(?<![\\p{L}\\p{M}&\\-])(?<!(?<!(?:^|[.!?:;"“”(][ \\u00a0]*))(?<![\\p{L}\\p{M}])(?:\\p{Lu}[\\p{Ll}\\p{M}]+|\\p{Lu}+(?=[ \\u00a0]${UNIT}))[ \\u00a0](?=\\p{Ll}))(?:${writtenAlternation(ORGANISATION_BEFORE)})(?:(?<=\\p{Lu})\\.)?(?:[ \\u00a0]+như)?[ \\u00a0]*$`,
  'u',
)
const COMMON_NOUN_END = new RegExp(`(?<![\\p{L}\\p{M}])(?:${caseFlexibleAlternation(COMMON_NOUNS_ENDING_IN_ORGANISATION_WORDS)})[ \\u00a0]*$`, 'u')
export function isOrganisationBefore(before: string): boolean {
  return (organisationTail(before) !== undefined || isTradeBefore(before)) && !endsWithPlace(before)
}
/** Lower-case words that start a new clause: a title never runs across them, nor does what a business does. */
const CLAUSE_WORDS = [
  'có', 'là', 'đã', 'đang', 'sẽ', 'được', 'cho', 'nói', 'cùng', 'gặp', 'thăm', 'khi', 'thì', 'mà',
  'nhưng', 'rằng', 'để', 'vì', 'do', 'bởi', 'nên', 'hỏi', 'gửi', 'trao', 'tặng', 'chất vấn', 'thay mặt',
  'bày tỏ', 'nêu rõ', 'giải trình', 'thông báo', 'trình bày', 'chia sẻ', 'hứa', 'kết thúc', 'chỉ rõ',
  'kiến nghị', 'phê bình', 'kỷ luật', 'cách chức', 'miễn nhiệm', 'bổ nhiệm', 'điều động', 'đình chỉ',
  'giữ chức', 'xung quanh', 'giới thiệu', 'nhận xét', 'bình luận', 'xác nhận', 'phân tích', 'khuyên',
  'lưu ý', 'kể', 'kết luận', 'hướng dẫn', 'lý giải', 'giải thích', 'trả lời', 'thừa nhận', 'tuyên bố',
  'cho hay', 'nhận định', 'tâm sự', 'trước', 'với', 'như', 'theo', 'chiều', 'ngày',
  'hôm', 'vừa', 'cũng', 'lúc', 'này', 'đó', 'chủ trì', 'phát biểu', 'nhấn mạnh', 'cho biết',
  'khẳng định', 'yêu cầu', 'đề nghị', 'ông', 'bà', 'anh', 'chị', 'nhằm', 'làm', 'vẫn', 'chưa', 'đến', 'tới',
  'đi', 'lên', 'xuống', 'từng', 'vào', 'ra', 'dẫn đầu', 'thẳng thắn', 'mong muốn', 'thuyết trình', 'tham gia',
  'lo ngại', 'chúc mừng', 'đề xuất', 'cảm ơn', 'triển khai', 'nhắc nhở', 'cảnh báo', 'nhìn nhận', 'bức xúc',
  'kiên quyết', 'ngỏ lời', 'đặt vấn đề', 'chân thành', 'vui mừng', 'lại', 'nhớ lại',
]
/**
 * Clause words that are also words of a body's name, told apart by the words around them: `dự` but not
 * `dự án`, `ký` but not `Thư ký`, `về` but not `Ban Chỉ đạo Nhà nước về …`, `và` only before a group of people.
 */
const CLAUSE_WORDS_IN_CONTEXT = [
  'dự(?![ \\u00a0]+(?:án|báo|toán|trữ|thảo|phòng|bị|thầu)(?![\\p{L}\\p{M}]))',
  'tiếp(?![ \\u00a0]+thị)',
  '(?<!(?:[Đđ]ăng|[Tt]hư)[ \\u00a0])ký',
  'từ(?![ \\u00a0]+thiện)',
  '(?<!(?:Nhà nước|Trung ương|hành chính|Hiệp hội|Chỉ đạo|chỉ đạo)[ \\u00a0])về',
  '(?<![Đđ]ổi[ \\u00a0])mới',
  '(?<![Bb]an[ \\u00a0])chỉ đạo',
  '(?<![Hh]àng[ \\u00a0])không',
  'báo cáo(?![ \\u00a0]+viên)',
  '(?<!(?:[Tt]hiết|[Cc]huẩn|[Dd]ự|[Tt]rang)[ \\u00a0])bị',
  'sau(?![ \\u00a0]+(?:đại[ \\u00a0]+học|ĐH|bán[ \\u00a0]+hàng)(?![\\p{L}\\p{M}]))',
  '(?<![Áá]nh[ \\u00a0])sáng(?![ \\u00a0]+(?:tạo|kiến|chế|lập)(?![\\p{L}\\p{M}]))',
  'tối(?![ \\u00a0]+cao(?![\\p{L}\\p{M}]))',
  '(?<!(?:[Ủủ]y[ \\u00a0]+ban|[Uu]ỷ[ \\u00a0]+ban|[Bb]an|[Tt]ổ|[Đđ]oàn)[ \\u00a0])kiểm tra',
  '(?<!(?:[Hh]ội đồng|[Tt]ổ)[ \\u00a0])đánh giá',
  'và(?=[ \\u00a0](?:đồng chí|sự|các|những|nhiều|một|mọi|đoàn|lãnh đạo|cán bộ|đại diện|ông|bà|anh|chị|người|nhân dân|bà con|phu nhân|gia đình|vợ|chồng|con|hai|ba|bốn|năm|đông đảo|toàn thể|tập thể|lực lượng|\\d)(?![\\p{L}\\p{M}]))',
]
export const BREAKER = new RegExp(`(?<![\\p{L}\\p{M}])(?:${[...CLAUSE_WORDS, ...CLAUSE_WORDS_IN_CONTEXT].join('|')})(?![\\p{L}\\p{M}])`, 'u')
const BREAKER_FROM = new RegExp(BREAKER.source, 'gu')
/** Where the first clause word at or after `from` starts, or -1; what comes before `from` still decides (`Ban chỉ đạo` is a body). */
export function breakFrom(text: string, from: number): number {
  BREAKER_FROM.lastIndex = from
  return BREAKER_FROM.exec(text)?.index ?? -1
}
/**
 * A business and what it makes or does: `xưởng chạm khắc gỗ`, `Nhà hát cải lương`. Not its owner or
 * head (`chủ cơ sở …`, `xưởng trưởng …`), nor a word of a proper noun (`Bí thư Đoàn cơ sở xuất sắc …`).
 */
const TRADE_END = new RegExp(
  `(?<![\\p{L}\\p{M}])(?<!(?:[Cc]hủ|\\p{Lu}[\\p{Ll}\\p{M}]*)[ \\u00a0]+)(?:${caseFlexibleAlternation(TRADE_HEADS)})((?:[ \\u00a0]+\\p{Ll}[\\p{Ll}\\p{M}]*){1,5})[ \\u00a0]*$`,
  'u',
)
const HEAD_WORD = /(?<![\p{L}\p{M}])(?:trưởng|phó|chủ)(?![\p{L}\p{M}])/u
/** An organisation word and up to three lower-case words saying what it does: `Trung tâm ngôn ngữ`, `Viện nghiên cứu`. */
export function isOrganisationDescribedBefore(before: string): boolean {
  const tail = before.trimEnd()
  return [1, 2, 3].some((words) => isOrganisationBefore(`${tail.replace(DESCRIBING_WORDS[words]!, '')} `))
}
function isTradeBefore(before: string): boolean {
  const trade = TRADE_END.exec(before.slice(-TAIL))
  return trade !== null && !BREAKER.test(trade[1]!) && !HEAD_WORD.test(trade[1]!)
}
/**
 * The end of `before` up to the organisation word it ends with, if it does. Its abbreviation in
 * brackets (`Tiểu học (TH) Lê Văn Sĩ`) and `như` before the examples it gives, after up to two
 * describing words (`các tuyến đường như …`, `các trục phố lớn như Cầu Đất, Trần Nguyên Hãn`),
 * do not end it.
 */
function organisationTail(before: string): string | undefined {
  const tail = before.slice(-TAIL).replace(ABBREVIATION_END, ' ').replace(COMPASS_END, ' ')
  const such = SUCH_AS_END.exec(tail)
  const tails = such ? [0, 1, 2].map((words) => tail.slice(0, such.index).replace(DESCRIBING_WORDS[words]!, ' ')) : [tail]
  return tails.find((t) => ORGANISATION.test(t) && !COMMON_NOUN_END.test(t))
}
/** A quarter of the place named after someone: `KDC Bắc Phan Bá Phiến`. */
const COMPASS_END = /(?<![Mm]iền[ \u00a0]|[Pp]hía[ \u00a0])(?<=[ \u00a0])(?:Bắc|Nam|Đông|Tây)[ \u00a0]*$/u
const ABBREVIATION_END = /[ \u00a0]*\([\p{Lu}&.-]{1,10}\)[ \u00a0]*$/u
const SUCH_AS_END = /[ \u00a0]+như[ \u00a0]*:?[ \u00a0]*$/u
/** The last `n` lower-case words of a text, `n` from 0 to 3. */
const DESCRIBING_WORDS = [0, 1, 2, 3].map((n) => new RegExp(`(?:[ \\u00a0]+\\p{Ll}[\\p{Ll}\\p{M}]*){${n}}$`, 'u'))

/**
 * A list whose first items are no names, right after an organisation or place word: `các
 * công viên Tao Đàn, Lê Văn Tám, 23/9`, `đường 3/2, Lý Thường Kiệt`. The items before a name
 * that is itself a candidate end the search (`Bộ trưởng Bộ Công an Tô Lâm, Nguyễn Văn A`).
 */
export function isListedAfterOrganisation(before: string): boolean {
  let rest = before.slice(-TAIL)
  for (let items = 0; items < 8 && LIST_SEPARATOR_END.test(rest); items++) {
    rest = rest.replace(LIST_SEPARATOR_END, '')
    const item = LIST_ITEM_END.exec(rest)
    if (!item || nameCandidates(item[0]).length > 0) return false
    rest = rest.slice(0, item.index)
    // `Chủ tịch xã Bình Trị, Nguyễn Văn Diên`, `bí thư Thành ủy TP.HCM, Nguyễn Đình Lộc`: the
    // organisation ends a title, the name is its holder.
    const organisation = organisationTail(rest)
    if (organisation !== undefined && !endsWithPlace(rest)) return !TITLE_IN_CLAUSE.test(organisation.slice(0, ORGANISATION.exec(organisation)!.index))
  }
  return false
}
const TITLE_IN_CLAUSE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${caseFlexibleAlternation(TITLE_HEADS)})(?![\\p{L}\\p{M}])[^,;]*$`, 'u')
const LIST_SEPARATOR_END = /[ \u00a0]*[,;][ \u00a0]*$/u
const LIST_ITEM_END = /(?<![\p{L}\p{M}\d])(?:\p{Lu}[\p{L}\p{M}]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}]*){0,4}|\d{1,4}(?:\/\d{1,2})?)$/u

/**
 * Whether `before` ends with a place of two or more words: then its last word is part of the
 * place, not an organisation word (`tỉnh Bà Rịa - Vũng Tàu Trần Minh Sanh`: `Tàu` is no ship).
 */
export function endsWithPlace(before: string): boolean {
  const words = before.slice(-TAIL).trimEnd().split(/[ \u00a0]+/u).slice(-PLACE_MAX_WORDS)
  for (let n = 2; n <= words.length; n++) if (PLACES.has(words.slice(-n).join(' '))) return true
  return false
}

/**
 * A degree or academic rank written before an author's name in a byline (`PGS.TS Bùi Đình
 * Phong`, `ThS. Nguyễn …`): a cue for a person, but not for one the article is about.
 */
const DEGREE = /(?<![\p{L}\p{M}])(?:(?:P?GS|TS|ThS|Th\.S|Ths|TSKH|NCS|BS|CN|KS|Ls)\.?[ \u00a0]?)+[ \u00a0]*$/u
/** A title without the degrees written between it and the name: `Thượng tướng GS.TS` is a `Thượng tướng`. */
export function withoutDegrees(title: string): string {
  const degree = DEGREE.exec(title)
  // `Cục trưởng … và TS`: the word that joined the degree goes with it.
  return degree && degree.index > 0 ? title.slice(0, degree.index).replace(/[ \u00a0]*(?:(?<![\p{L}\p{M}])và|[-–,])?[ \u00a0]*$/u, '') : title
}

/** Whether `text` is degrees and nothing else (`GS.TS`). */
export function isDegreesOnly(text: string): boolean {
  const degree = DEGREE.exec(text)
  return degree !== null && text.slice(0, degree.index).trim() === ''
}

/** `before` is a degree prefix standing at the start of the text or right after a sentence end. */
export function isDegreeOnlyBefore(before: string): boolean {
  const degree = DEGREE.exec(before.slice(-TAIL))
  if (!degree) return false
  const head = before.slice(0, before.length - before.slice(-TAIL).length + degree.index).trimEnd()
  return head === '' || /[.!?…"”)]$/u.test(head)
}

/** `số 5 Lê Lợi`, `59 Lý Thái Tổ`, `12 Bis Phan Kế Bính`, `số F4/26 Lại Hùng Cường` (not the train `E1 Bùi Thái Sơn`): an address. Years (`năm 2005 …`) are not house numbers. */
export function isHouseNumberBefore(before: string): boolean {
  const found = /(?:^|[ \u00a0,(])((?:[A-Z](?=\d{1,4}\/))?\d{1,4}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)*)(?:[ \u00a0]+[Bb]is)?[ \u00a0]*$/u.exec(before.slice(-TAIL))
  const number = found?.[1]
  // `học sinh lớp 5/3 Nguyễn Thị Ngọc Hưởng`: a class, not an address; `Tổ trưởng tổ 21 Lê Ngọc Thuận`,
  // `trưởng khu phố 1 Nguyễn Văn Mùi`: the head of a residents' group or quarter (`tổ 54 Tô Vĩnh Diện` is a street).
  if (!found || /(?<![\p{L}\p{M}])(?:lớp|[Tt]rưởng[ \u00a0]+(?:tổ|tổ dân phố|khu phố|khu vực|tiểu khu|thôn|ấp|khóm|xóm|đội))[ \u00a0]*$/u.test(before.slice(-TAIL).slice(0, found.index + found[0].indexOf(number!)))) return false
  return number !== undefined && !/^(?:19|20)\d\d$/.test(number)
}

/**
 * An honorific or profession and one or two capitalised words that no further capital
 * follows: `chị Hương`, `anh Sương`, `dược sĩ Điệp`, `chị Hồng Thúy`. Group 1 is the name.
 */
export const SHORT_REFERENCE = new RegExp(
  // Things bear names too: `mang tên Khu đô thị …`, `đặt tên Đá Bia`.
  `(?<![\\p{L}\\p{M}])${NOT_A_CUE_BEFORE}(?<!(?:[Mm]ang|[Đđ]ặt|[Ll]ấy)[ \\u00a0]+)(?:${caseFlexibleAlternation([...HONORIFICS, 'dược sĩ', 'bác sĩ', 'luật sư', 'nhà báo', 'tên', 'kỹ sư', 'cô giáo', 'thầy giáo', 'y sĩ', 'y tá', 'già làng', 'tự xưng là'])})[ \\u00a0]+(\\p{Lu}[\\p{Ll}\\p{M}]+(?:[ \\u00a0]\\p{Lu}[\\p{Ll}\\p{M}]+)?)(?![\\p{L}\\p{M}]|[ \\u00a0]\\p{Lu})`,
  'gu',
)

/**
 * A writer's or artist's pen or stage name: two capitalised words after `nhà văn`, `NSND` …
 * (`nhà văn Nguyên Ngọc`, `nhà thơ Xuân Quỳnh`), perhaps with what they play or write between
 * (`Nghệ sĩ dương cầm Bích Trà`) but not a place or a group (`nghệ nhân làng Trà Đông`); one word
 * is too often a group (`các nghệ sĩ Nhà hát …`). Group 1.
 */
const NOT_AN_ART = `(?:${[...SENTENCE_WORDS, 'thuộc', 'nhóm', 'ban', 'đoàn', 'nhà', 'các', 'những', 'làng', 'xã', 'huyện', 'tỉnh', 'phố', 'thôn', 'bản', 'vùng', 'miền'].join('|')})(?![\\p{L}\\p{M}])`
export const PEN_NAME_REFERENCE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${caseFlexibleAlternation([...PEN_NAME_CUES, ...RANKS])})(?:[ \\u00a0]+(?!${NOT_AN_ART})\\p{Ll}[\\p{Ll}\\p{M}]*){0,2}[ \\u00a0]+(\\p{Lu}[\\p{Ll}\\p{M}]+[ \\u00a0]\\p{Lu}[\\p{Ll}\\p{M}]+)(?![\\p{L}\\p{M}]|[ \\u00a0]\\p{Lu})`,
  'gu',
)

/**
 * A king's or emperor's name after a royal cue: `vua Tự Đức`, `hoàng đế Quang Trung`. Reign
 * names need not start with a surname; two words, as for pen names (`vua Hùng` is a dynasty). Group 1.
 */
export const ROYAL_REFERENCE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${caseFlexibleAlternation(ROYAL_CUES)})[ \\u00a0]+(\\p{Lu}[\\p{Ll}\\p{M}]+[ \\u00a0]\\p{Lu}[\\p{Ll}\\p{M}]+)(?![\\p{L}\\p{M}]|[ \\u00a0]\\p{Lu})`,
  'gu',
)

/**
 * A head of state or government, an envoy, a lawmaker or a judge named by a foreign surname
 * alone: `Tổng thống Putin`, `cố Tổng thống Mỹ Lincoln`, `Tổng thống Hoa Kỳ Truman`; so are a
 * monarch (`vua Beghra`, `hoàng hậu Udaymati`; not `chúa`, which names God too) and someone of a
 * profession or rank that names individuals (`kiến trúc sư Hermitte`, `đô đốc Ohier`). Group 1 is
 * the name; a country may come between.
 */
export const LEADER_REFERENCE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${caseFlexibleAlternation([...LEADER_TITLES, ...ROYAL_CUES.filter((cue) => cue !== 'chúa'), ...SURNAME_CUES, ...RANKS])})[ \\u00a0]+(?:(?:${[...COUNTRIES].sort((a, b) => b.length - a.length).join('|')})[ \\u00a0]+)?(\\p{Lu}\\p{Ll}{2,})(?![\\p{L}\\p{M}-]|[ \\u00a0]+(?:\\p{Lu}|(?:de|da|di|del|du|la|le|van|von)[ \\u00a0])|\\.\\p{Lu})`,
  'gu',
)

/**
 * Occupations in lower case as written (`nhân viên`, `sinh viên`): a capitalised `Bố` after a
 * comma is a place (`Bố Trạch`). Ranks either way: `Vi Văn Mạn, Thiếu tướng, Chính ủy …`.
 */
const APPOSITION_OCCUPATIONS = writtenAlternation(['nhân viên', ...RANKS, ...PERSON_CUES.filter((cue) => !HONORIFICS.includes(cue) && /^\p{Ll}/u.test(cue))])
/** The first word is an honorific, not part of the name: `Anh Tuấn, lái xe du lịch` is `anh Tuấn`. */
const HONORIFIC_FIRST = new RegExp(`^(?:${caseFlexibleAlternation(HONORIFICS.filter((h) => !h.includes(' ')))})[ \\u00a0]`, 'u')
export function isHonorificFirst(name: string): boolean {
  return HONORIFIC_FIRST.test(name)
}
/**
 * An apposition that says what the person does: `Đinh Tuấn, thí sinh quê Thái Bình, cho hay`.
 * A ruler's cue starts the next person instead (`Taj Mahal, vua Shah Jahan …`), and kinship
 * says whose relative follows (`… B4 Khương Thượng, vợ của CCB …`).
 */
const OCCUPATION_AFTER = new RegExp(
  `^[ \\u00a0]*(?:,|[-–](?=[ \\u00a0]))[ \\u00a0]*(?!(?:${caseFlexibleAlternation([...ROYAL_CUES, ...KINSHIP])})[ \\u00a0])(?:${APPOSITION_OCCUPATIONS})(?![\\p{L}\\p{M}])`,
  'u',
)
export function hasOccupationAfter(after: string): boolean {
  return OCCUPATION_AFTER.test(after)
}

const SOMEONE_AFTER_ONE = writtenAlternation(SOMEONE)
const SOMEONE_ALONE = writtenAlternation(SOMEONE.filter((noun) => noun.includes(' ') || noun === 'chủ'))
/** After a comma or a dash: who the person is, not a relative (`Cha, mẹ, người chăm sóc`) nor the next ruler (`Taj Mahal, vua Shah Jahan`). */
const WHO_AFTER =
  `[ \\u00a0]*(?:,|[ \\u00a0][-–](?=[ \\u00a0]))[ \\u00a0]*(?!(?:${caseFlexibleAlternation([...KINSHIP, ...ROYAL_CUES])})(?![\\p{L}\\p{M}]))` +
  `(?=(?:(?:nguyên[ \\u00a0]+)?(?:${caseFlexibleAlternation([...TITLE_HEADS])}|${APPOSITION_OCCUPATIONS})|một[ \\u00a0]+(?:${SOMEONE_AFTER_ONE})|(?:${SOMEONE_ALONE})|người[ \\u00a0]+\\p{Ll}[\\p{Ll}\\p{M}]*(?<!dân|ta|này|đó|ấy|nhà)|quê(?:[ \\u00a0]+ở)?(?=[ \\u00a0]+\\p{Lu}))(?![\\p{L}\\p{M}]))`
/**
 * A given or pen name of one or two words opening a clause (block start, after `,` or `:`, or a
 * sentence) with an apposition right after it, after a comma or a dash, that names a position,
 * an occupation or someone: `Ủy viên T.Ư Đảng: Thuận Hữu, Tổng Biên tập Báo Nhân Dân`, `Mất gần
 * 300.000 đồng, Thu Hải, nhân viên khách sạn Kim Liên`, `Minh, một dân chơi khác`, `Thành - một
 * gã xe ôm`, `Sơn, người làm thuê cho …`, `Nhơn, du khách đến từ Phú Yên`. Foreign names too
 * (`Anuchai Kanin, du khách đến từ …`). After `với`, `là`, `gặp` too (`đầu dây bên kia là Tài, sinh viên …`).
 * Group 1 is the name; the apposition follows the match.
 */
export const APPOSITION_NAME = new RegExp(
  // Not after an initial (`K. Peters, tác giả …`).
  `(?:^|[,:;][ \\u00a0]*|(?<!(?:^|[^\\p{L}\\p{M}])\\p{Lu}\\p{Ll}?)[.!?][ \\u00a0]+|(?<![\\p{L}\\p{M}])(?:với|là|gặp)[ \\u00a0]+)(?!(?:${CONNECTIVES.join('|')})[ \\u00a0]*[,–-])(\\p{Lu}[\\p{Ll}\\p{M}]+(?:[ \\u00a0]\\p{Lu}[\\p{Ll}\\p{M}]+)?)${WHO_AFTER}`,
  'gu',
)
const WHO_AFTER_NAME = new RegExp(`^${WHO_AFTER}`, 'u')
/** Whether what follows a name says who the person is: `…, một người Pháp sống lâu năm ở Ai Cập`, `… - người được phân công`. */
export function isDescribedAfter(before: string, after: string): boolean {
  return WHO_AFTER_NAME.test(after) && !VISITORS_AFTER.test(after) && !PLACE_PREPOSITION_END.test(before) && !isOrganisationBefore(before)
}
/** `… lịch sử của Taj Mahal, du khách có thể …`: after a sight, visitors start the next clause. */
const VISITORS_AFTER = /^[ \u00a0]*,[ \u00a0]*du[ \u00a0]+khách/u
/** `Tại Brooke House, học sinh …`: what follows the comma is the clause the place opens. */
const PLACE_PREPOSITION_END = /(?<![\p{L}\p{M}])(?:[Tt]ại|[Ởở]|[Tt]ừ|[Tt]rong|[Đđ]ến|[Vv]ề|[Xx]uất[ \u00a0]+khẩu|địa[ \u00a0]+hạt|phố[ \u00a0]+cổ)[ \u00a0]*$/u

/**
 * A given name alone at the start of a sentence or clause, followed by an age or a year of birth:
 * `Tùng, 13 tuổi, sau khi hỏi mẹ …`, `Trong khi đó, Thu - 30 tuổi, quê Thanh Hóa`, `Minh Thái (32 tuổi)`,
 * `Duyên, sinh năm 1987`. The age says it is a person, as an honorific would. Group 1.
 */
export const AGED_NAME =
  /(?:^|[.!?:;,"“”][ \u00a0]*)(\p{Lu}[\p{Ll}\p{M}]+(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]+)?)[ \u00a0]*(?:,|[ \u00a0][-–]|\()[ \u00a0]*(?:\d{1,3}[ \u00a0]*tuổi|sinh[ \u00a0]+năm[ \u00a0]+(?:19|20)\d\d)(?![\p{L}\p{M}\d])/gu
