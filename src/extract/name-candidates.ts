import {
  ALSO_GIVEN_NAMES,
  COUNTRIES,
  FOREIGN_GIVEN_NAMES,
  HALLS,
  HONORIFICS,
  LAKE_NAME_WORDS,
  MIDDLE_NAMES,
  MIDDLE_ONLY,
  NAMES_USED_FOR_PLACES,
  NON_NAME_WORDS,
  ORGANISATION_BEFORE,
  ORGANISATION_PHRASES,
  PERSON_CUES,
  TITLE_HEADS,
  PLACES,
  PLACE_MAX_WORDS,
  SURNAMES,
  THI_COMPOUNDS,
  WEAK_SURNAMES,
  GROUP_SURNAMES,
  HIGHLAND_NAME_STARTS,
  ROYAL_SURNAMES,
  YEAR_BRANCHES,
  YEAR_STEMS,
  caseFlexibleAlternation,
} from './lexicon.ts'
import { isVietnameseSyllable, titleCase } from './syllable.ts'

/** A capitalised span that has the shape of a personal name; context decides later. */
export interface NameCandidate {
  /** As written. */
  name: string
  start: number
  end: number
  kind: 'vietnamese' | 'foreign'
  words: number
  /** Written in capitals (`NGUYỄN TOÀN THIỆN`): headings and bylines look the same. */
  allCaps: boolean
  /** Led by a surname that is more often an ordinary word or a place part (`Văn`, `Kim`). */
  weakSurname: boolean
  /** A real person's name that is more often a street, school or city (`Hồ Chí Minh`, `Lê Lợi`). */
  placeLike: boolean
  /**
   * Two capitalised words with no surname that end a run right after a place (`Chủ tịch Hội
   * Nhà báo Việt Nam Thuận Hữu`): a pen name if a title ending in that place comes before it.
   */
  afterPlace?: boolean
  /** Formed because an honorific stands before it: a person whatever the case of the honorific. */
  honorific?: boolean
  /** Read through a place its first two words make (`Vũ Quang Duy`, the district Vũ Quang): a person only with a cue. */
  throughPlace?: boolean
}

interface Token {
  text: string
  start: number
  /** The last word of its run, with a comma, a bracket, a spaced dash or a sentence's period right after it: where a name may end. */
  closedBy?: 'comma' | 'bracket' | 'dash' | 'period'
}

/**
 * Capitalised words joined by single spaces, also right after a table's row number (`4Phạm Thị
 * Chi`); initials (`B.`, or glued to a surname: `Jack B.Weinstein`, `V.M.Misien`) and romanised
 * hyphenated syllables (`Jae-in`) for foreign names.
 */
const RUN = /(?:(?<![\p{L}\p{M}\p{N}])|(?<=(?:^|[ \u00a0\n])\d{1,3}))\p{Lu}(?:\.(?=[ \u00a0]\p{Lu})|(?:\.\p{Lu})*\.\p{Lu}\p{Ll}+|[\p{L}\p{M}]*(?:-(?:[A-Z][a-z]+|\p{Ll}+)(?![\p{L}\p{M}]))*)(?:[ \u00a0]\p{Lu}(?:\.(?=[ \u00a0]\p{Lu})|(?:\.\p{Lu})*\.\p{Lu}\p{Ll}+|[\p{L}\p{M}]*(?:-(?:[A-Z][a-z]+|\p{Ll}+)(?![\p{L}\p{M}]))*))*/gu
/** A word with the next sentence glued on, no space: `LongNăm`, `VânPhòng`, `BìnhChủ`, `MinhỦy`. */
const GLUED = /^(\p{Lu}[\p{Ll}\p{M}]+)(\p{Lu}[\p{L}\p{M}]*)$/u
const MAX_NAME_WORDS = 4
/**
 * An administrative unit word right before a run (`phường Sơn Kỳ`, `UBND tỉnh Bà Rịa - Vũng Tàu`):
 * the run starts with the unit's place name. Group 1 is the unit; a place already begun before a
 * hyphen (`tỉnh Bà Rịa - `) leaves group 2 set.
 */
const ADMIN_UNIT_BEFORE =
  /(?<![\p{L}\p{M}])(phường|xã|thị[ \u00a0]+trấn|thị[ \u00a0]+xã|quận|huyện|tỉnh|thành[ \u00a0]+phố|Phường|Xã|Thị[ \u00a0]+trấn|Thị[ \u00a0]+xã|Quận|Huyện|Tỉnh|Thành[ \u00a0]+phố|TP\.?|Tp\.?)(?:[ \u00a0]+|(?<=\.))((?:\p{Lu}[\p{L}\p{M}]*[ \u00a0])*\p{Lu}[\p{L}\p{M}]*[ \u00a0]*[-–][ \u00a0]*)?$/u
const SINGLE_HONORIFICS: ReadonlySet<string> = new Set(HONORIFICS.filter((h) => !h.includes(' ')))
const LOWER_HONORIFIC_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${[...SINGLE_HONORIFICS].join('|')})[ \\u00a0]+$`, 'u')
/** The words before `Đoàn` that make it a Youth Union. */
const UNION_BEFORE = /(?<![\p{L}\p{M}])(?:Tỉnh|Thành|T\.?Ư|TW|[Tt]rung[ \u00a0]+ương|Ương)[ \u00a0]+$/u
/** A comma or a spaced dash right after a run: an apposition follows, not a sentence glued on. */
const APPOSITION_START = /^(?:,|[ \u00a0][-–][ \u00a0])/u
/** What closes a run: `ông Nguyễn Xuân Qua, Phó cục trưởng`, `ĐB Đoàn Thiện Các (Hưng Yên)`, `Ông Dương Thành Thị - chủ tịch quận`, `người mẫu Hứa Vĩ Văn.` */
function closedBy(after: string): Token['closedBy'] {
  if (after.startsWith(',')) return 'comma'
  if (/^[ \u00a0]?\(/u.test(after)) return 'bracket'
  if (/^\.(?:[ \u00a0\n]|$)/u.test(after)) return 'period'
  return /^[ \u00a0][-–][ \u00a0]/u.test(after) ? 'dash' : undefined
}
/** Nothing before a run but the end of a sentence, a colon or an opening quote. */
const CLAUSE_OPENS = /(?:^|[.!?:;"“(][ \u00a0]*|\n)$/u
const HONORIFIC_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${caseFlexibleAlternation(SINGLE_HONORIFICS)})[ \\u00a0]+$`, 'u')
/** Units of which the lexicon knows every place (`tỉnh`, `thành phố`): a run it does not know there is read as a name (`Chủ tịch UBND TP Nguyễn Văn Đua`). */
const LISTED_UNITS = /^(?:tỉnh|thành[ \u00a0]+phố|Tỉnh|Thành[ \u00a0]+phố|TP\.?|Tp\.?)$/u

/** Name-shaped spans of `text`, in order; places that look like names are skipped here. */
export function nameCandidates(text: string): NameCandidate[] {
  const found: NameCandidate[] = []
  for (const run of text.matchAll(RUN)) {
    const tokens: Token[] = []
    let offset = run.index
    for (const word of run[0].split(/[ \u00a0]/)) {
      const glued = gluedSentence(word)
      if (glued) {
        // The run ends inside this word: keep its first syllable, drop the glued sentence start.
        tokens.push({ text: glued, start: offset })
        break
      }
      tokens.push({ text: word.replace(/\.$/, (dot) => (word.length === 2 ? dot : '')), start: offset })
      offset += word.length + 1
    }
    const last = tokens.at(-1)
    const closer = last && tokens.length >= 3 ? closedBy(text.slice(last.start + last.text.length)) : undefined
    if (closer) last!.closedBy = closer
    const place = adminPlaceLength(tokens, text.slice(Math.max(0, run.index - 60), run.index))
    const honorific = place === 0 && HONORIFIC_BEFORE.test(text.slice(Math.max(0, run.index - 12), run.index))
    const name = place === 0 && cuedFullName(tokens, text.slice(Math.max(0, run.index - 30), run.index), APPOSITION_START.test(text.slice(run.index + run[0].length)))
    if (name) found.push(candidate(tokens, name.from, tokens.length, text, 'vietnamese', {}))
    else readRun(place > 0 ? tokens.slice(place) : tokens, text, found, honorific)
  }
  return found
}

/**
 * Words at the start of a run that name the place of an administrative unit written right
 * before it: the known place (`tỉnh Bà Rịa - Vũng Tàu Trần Minh Sanh`, `TP Hà Nội …`); for
 * wards, communes and districts, which the lexicon cannot list, the words before a name of
 * two or more words that starts with a surname (`xã Thới Thuận Lê Mạnh Hùng`, two place words
 * preferred, then three, then one), or the whole run (`phường Sơn Kỳ`, `xã Phạm Văn Hai`).
 * Provinces and cities are listed, so after `tỉnh`/`TP` an unknown run is only split before a
 * three-word name (`TP Đông Hà Nguyễn Chiến Thắng`) and otherwise read as written
 * (`Chủ tịch UBND TP Nguyễn Văn Đua`).
 */
function adminPlaceLength(tokens: Token[], before: string): number {
  const unit = ADMIN_UNIT_BEFORE.exec(before)
  if (!unit) return 0
  const known = phraseLength(tokens, 0, PLACES)
  // After a hyphen only a known place goes on (`Bà Rịa - Vũng Tàu`); `xã Hòa Phú - Nguyễn Văn A` starts a name.
  if (known > 0 || unit[2]) return known
  // An abbreviation (`TP.HCM`, `TP HN`) is the place on its own.
  const first = tokens[0]!.text
  if (first.length > 1 && first === first.toUpperCase()) return 1
  const listed = LISTED_UNITS.test(unit[1]!)
  // A whole run that reads as a full name is the holder, the place left unsaid (`Chủ tịch UBND
  // xã Mai Khắc Tám cho biết`, `phó chủ tịch UBND huyện Nguyễn Văn Khỏe`); places named after
  // people are in the lexicon (`phường Phạm Ngũ Lão`) and judged as such.
  if (tokens.length >= 3 && isSurname(first) && readVietnameseName(tokens, 0) === tokens.length) return 0
  const minName = listed ? 3 : 2
  for (const words of [2, 3, 1]) {
    const rest = tokens.length - words
    if (rest < (words === 1 ? 3 : minName) || !isSurname(tokens[words]!.text)) continue
    if (readVietnameseName(tokens, words) - words >= minName) return words
  }
  return listed ? 0 : tokens.length
}

/**
 * After an honorific, a run of exactly three Vietnamese syllables is a full name though the
 * lexicon does not know its surname (`ông Thượng Thanh Hải`, `Em Lăng Vinh Tôn nói`) or it
 * begins with a place's words (`Ông Vũ Quang Tâm`, the district Vũ Quang); so is a run of two
 * to four led by a surname that a comma or a dash ends, whatever words it holds (`ông Phạm Từ,
 * Phó tổng cục trưởng`, `ông Nguyễn Hữu Có - nguyên trung tướng`: no next sentence is glued on). The honorific
 * is in lower case before the run, or opens it at the start of a clause (`Bà Rịa Vũng Tàu`
 * inside a sentence is the province). Returns where the name starts.
 */
function cuedFullName(tokens: Token[], before: string, appositionAfter: boolean): { from: number } | undefined {
  const opens = SINGLE_HONORIFICS.has(tokens[0]!.text.toLowerCase()) && tokens.length >= 3 && CLAUSE_OPENS.test(before)
  const from = opens ? 1 : 0
  if (!opens && !LOWER_HONORIFIC_BEFORE.test(before)) return undefined
  const words = tokens.slice(from).map((t) => t.text)
  if (!words.every((w) => isNamePart(w, false)) || MIDDLE_ONLY.has(words.at(-1)!)) return undefined
  const notPlace = phraseLength(tokens, from, PLACES) < words.length && phraseLength(tokens, from, NAMES_USED_FOR_PLACES) < words.length
  const unknownSurname = words.length === 3 && words.every((w) => !NON_NAME_WORDS.has(w))
  const endedByComma = appositionAfter && words.length >= 2 && words.length <= 4 && SURNAMES.has(words[0]!)
  return notPlace && (unknownSurname || endedByComma) ? { from } : undefined
}

/**
 * The first syllable of a word that is two glued together (`LongNăm` → `Long`), or undefined.
 * The glued part is a Vietnamese syllable or an abbreviation (`ĐT`); `McCain`, `MacLeod`,
 * `LaSalle`, `DiCaprio` are names.
 */
function gluedSentence(word: string): string | undefined {
  const parts = GLUED.exec(word)
  if (!parts) return undefined
  const [, first = '', rest = ''] = parts
  if (!isVietnameseSyllable(first)) return undefined
  return isVietnameseSyllable(rest) || rest === rest.toUpperCase() ? first : undefined
}

/** `honorific`: an honorific stands right before the run (`ông Teddy Trương Thưởng`); one inside it counts too (`… Ông Teddy …`). */
function readRun(tokens: Token[], text: string, found: NameCandidate[], honorific: boolean): void {
  let i = 0
  // Where the words passed over start (no candidate, place or cue took them): a foreign name may begin among them.
  let unread = 0
  let passedOver = false
  while (i < tokens.length) {
    if (!passedOver) unread = i
    passedOver = false
    const placeLike = phraseLength(tokens, i, NAMES_USED_FOR_PLACES)
    if (placeLike > 0) {
      found.push(candidate(tokens, i, i + placeLike, text, 'vietnamese', { placeLike: true }))
      i += placeLike
      continue
    }
    // `Ông Tạ Công Tâm`: an honorific and a full name, not the place `Ông Tạ`.
    if (i + 1 < tokens.length && SINGLE_HONORIFICS.has(tokens[i]!.text.toLowerCase()) && leadsName(tokens, i + 1) && readVietnameseName(tokens, i + 1) - (i + 1) >= 3) {
      i++
      continue
    }
    // A one-word place before `Thị` and a given name is a surname: `Âu Thị Mai` (Âu: Europe).
    const place = tokens[i + 1]?.text === 'Thị' && i + 2 < tokens.length ? 0 : phraseLength(tokens, i, PLACES)
    const through = place > 0 ? nameThroughPlace(tokens, i, place, unread) : undefined
    if (through !== undefined) {
      found.push(candidate(tokens, through, through + 3, text, 'vietnamese', { throughPlace: true }))
      return
    }
    if (place > 0) {
      i += place
      if (i === tokens.length - 2 && isPenNameAfterPlace(tokens, i)) {
        found.push(candidate(tokens, i, i + 2, text, 'vietnamese', { afterPlace: true }))
        return
      }
      continue
    }
    const word = tokens[i]!.text
    // `Tỉnh Đoàn`, `Thành Đoàn`, `T.Ư Đoàn`, `Trung ương Đoàn`: a Youth Union, not the surname Đoàn.
    if (word === 'Đoàn' && UNION_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 12), tokens[i]!.start))) {
      i++
      continue
    }
    // Unaccented syllables that run on into a foreign word are a foreign name (`Kim Dong Hae`).
    let runsForeign = false
    if (leadsName(tokens, i)) {
      const end = readVietnameseName(tokens, i)
      // `Vương` (king) after a capitalised word passed over ends a royal title, not a surname:
      // `Hưng Đạo Vương Trần Quốc Tuấn`, `Bố Cái Đại Vương Phùng Hưng`; so does an ambiguous surname
      // before a plain one and a full name, which ends a place: `Kiểm lâm Quế Sơn Lê Quang Kim`.
      const endsPassedOver =
        word === 'Vương' ? end - i >= 3 : end - i >= 4 && WEAK_SURNAMES.has(titleCase(word)) && !WEAK_SURNAMES.has(titleCase(tokens[i + 1]!.text))
      if (endsPassedOver && unread < i && isSurname(tokens[i + 1]!.text) && readVietnameseName(tokens, i + 1) === end) {
        i++
        passedOver = true
        continue
      }
      // A surname-like word with a country after it, glued to a capitalised word passed over (not an
      // abbreviation: `ĐB Dương Trung Quốc`), is part of a firm's or a place's name: `Công ty Cổ phần Ánh
      // Dương Việt Nam`, `chùa Thiếu Lâm Trung Quốc`.
      if (unread < i && /^\p{Lu}\p{Ll}+$/u.test(tokens[i - 1]!.text) && end - i === 3 && isCountryAt(tokens, i + 1)) {
        i = end
        continue
      }
      runsForeign = tokens[end] !== undefined && isForeignWord(tokens[end]!.text) && tokens.slice(i, end).every((t) => /^[A-Za-z]+$/u.test(t.text))
      if (end - i >= 2 && !runsForeign && !isYearName(tokens, i, end) && !isOrganisation(tokens, i, end, text)) {
        found.push(candidate(tokens, i, end, text, 'vietnamese', { weakSurname: WEAK_SURNAMES.has(titleCase(word)) }))
        i = end
        continue
      }
    }
    // A foreign name: from a foreign word, or from initials or an unaccented syllable before one (`Kim Tae Hyun`,
    // `J. Kennedy`, `N. P. Singh Ajad`).
    let next = i + 1
    while (/^\p{Lu}\.$/u.test(word) && /^\p{Lu}\.$/u.test(tokens[next]?.text ?? '')) next++
    if (runsForeign || isForeignWord(withoutInitial(word)) || (leadsForeignName(word) && tokens[next] !== undefined && isForeignWord(tokens[next]!.text))) {
      // Unaccented syllables passed over before it begin it (`Tan Thiam Soon`, `Che Sung Woo`).
      let from = i
      while (from > unread && /^[A-Z][a-z]+$/.test(tokens[from - 1]!.text) && leadsForeignName(tokens[from - 1]!.text)) from--
      const afterHonorific = from === 0 ? honorific : SINGLE_HONORIFICS.has(tokens[from - 1]!.text.toLowerCase())
      const end = readForeignName(tokens, i, afterHonorific)
      if (end - from >= 2 || (end > from && word !== withoutInitial(word))) {
        // Only an honorific lets a foreign word lead a Vietnamese name (`Ông Teddy Trương Thưởng`): it marks a person.
        const ledByGivenName = afterHonorific && isSurname(tokens[from + 1]?.text ?? '') && !FOREIGN_GIVEN_NAMES.has(tokens[from]!.text)
        found.push(candidate(tokens, from, end, text, 'foreign', ledByGivenName ? { honorific: true } : {}))
        i = end
        continue
      }
    }
    i++
    passedOver = true
  }
}

const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRIES)
/** Two words from `at` that name a country (`Việt Nam`, `Trung Quốc`). */
const isCountryAt = (tokens: Token[], at: number) => COUNTRY_SET.has(`${tokens[at]?.text} ${tokens[at + 1]?.text}`)

/**
 * Where a full name of three words starts that a two-word place at `at` runs through, the run going
 * no further, or undefined. The place led by a surname and ended by one given name (`Vũ Quang Minh`,
 * the district Vũ Quang), or ending a run whose only word before it, `unread` then, is an ambiguous
 * surname (`Tiến sĩ Mai Hồng Bàng`, the district Hồng Bàng; not `Hội Nhà Văn Hà Nội`, a longer run):
 * a full name, or a heading glued to the next sentence (`ở Hàn Quốc Dư luận …`, `Đồng Việt Nam`), so a cue must say which.
 */
function nameThroughPlace(tokens: Token[], at: number, place: number, unread: number): number | undefined {
  if (place !== 2) return undefined
  if (at === 1 && unread === 0 && tokens.length === 3) return WEAK_SURNAMES.has(titleCase(tokens[0]!.text)) && !isCountryAt(tokens, 1) ? 0 : undefined
  if (at + 3 !== tokens.length) return undefined
  const [surname, given] = [tokens[at]!.text, tokens[at + 2]!.text]
  return isSurname(surname) && !isCountryAt(tokens, at) && isNamePart(given, false) && !NON_NAME_WORDS.has(given) && phraseLength(tokens, at + 2, PLACES) === 0 ? at : undefined
}

/** Two Vietnamese given-name syllables, the first no surname (a surname-led pair is read as a name anyway), and no place. */
function isPenNameAfterPlace(tokens: Token[], at: number): boolean {
  const words = [tokens[at]!.text, tokens[at + 1]!.text]
  if (!words.every((w) => /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(w) && isVietnameseSyllable(w) && !NON_NAME_WORDS.has(w))) return false
  if (isSurname(words[0]!) || MIDDLE_ONLY.has(words[1]!)) return false
  return phraseLength(tokens, at, PLACES) === 0 && phraseLength(tokens, at, NAMES_USED_FOR_PLACES) === 0
}

function candidate(
  tokens: Token[],
  from: number,
  to: number,
  text: string,
  kind: NameCandidate['kind'],
  flags: { placeLike?: boolean; weakSurname?: boolean; afterPlace?: boolean; honorific?: boolean; throughPlace?: boolean },
): NameCandidate {
  const first = tokens[from]!
  const last = tokens[to - 1]!
  const start = first.start
  const end = last.start + last.text.length
  const name = text.slice(start, end)
  return {
    name,
    start,
    end,
    kind,
    words: to - from,
    allCaps: name === name.toUpperCase() && /\p{Lu}{2}/u.test(name),
    weakSurname: flags.weakSurname ?? false,
    placeLike: flags.placeLike ?? false,
    ...(flags.afterPlace && { afterPlace: true }),
    ...(flags.honorific && { honorific: true }),
    ...(flags.throughPlace && { throughPlace: true }),
  }
}

function isSurname(word: string): boolean {
  return SURNAMES.has(word) || (word.length > 1 && word === word.toUpperCase() && SURNAMES.has(titleCase(word)))
}

/**
 * `Thi` is a surname (`Thi Văn Tám`) but mostly the unaccented `Thị` of `Nguyen Thi …`: only
 * `Văn` after it settles it. A rare surname the lexicon lacks is one before `Thị` and a given
 * name (`bà Phú Thị Cẩm`, `Thượng Thị Phượng`), unless the two make a word (`Siêu Thị`, `Đô Thị`).
 */
function leadsName(tokens: Token[], at: number): boolean {
  const word = tokens[at]!.text
  // `Bộ Y Tế Nguyễn Thị Kim Tiến`: the ministry, not the Ê Đê prefix `Y`.
  if (word === 'Y' && /^(?:Tế|TẾ)$/u.test(tokens[at + 1]?.text ?? '')) return false
  // `Hồ Núi Cốc`, `Hồ Suối Hai`: a lake, not the surname Hồ.
  if (word === 'Hồ' && LAKE_NAME_WORDS.has(tokens[at + 1]?.text ?? '')) return false
  if (isSurname(word) || (word === 'Thi' && tokens[at + 1]?.text === 'Văn')) return true
  // `Phó` heads deputies' titles (`Phó Chủ tịch`) but is a surname before a middle name: `nhạc sĩ Phó Đức Phương`.
  if (word === 'Phó' && MIDDLE_NAMES.has(tokens[at + 1]?.text ?? '') && isNamePart(tokens[at + 2]?.text ?? '', false)) return true
  const given = tokens[at + 2]?.text ?? ''
  return (
    tokens[at + 1]?.text === 'Thị' &&
    /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(word) &&
    isVietnameseSyllable(word) &&
    !NON_NAME_WORDS.has(word) &&
    !THI_COMPOUNDS.has(word.toLowerCase()) &&
    !ORGANISATION_BEFORE.has(word) &&
    // `Duyệt Thị Đường`: a hall of the citadel, not a woman.
    !HALLS.has(given) &&
    isNamePart(given, false) &&
    !NON_NAME_WORDS.has(given)
  )
}

/** Surname plus up to three syllables of the same case (four after two surnames), stopping before words that are never names. */
function readVietnameseName(tokens: Token[], from: number): number {
  const caps = tokens[from]!.text === tokens[from]!.text.toUpperCase() && tokens[from]!.text.length > 1
  let end = from + 1
  // Ê Đê and Jarai names after the male prefix `Y` or a clan name of the Central Highlands keep words that are
  // no Vietnamese syllable (`Y Nhuận Ybă`, `bà Rơ Chăm Khir`, `ĐB Rơ Mah Hlý`).
  const ethnic = HIGHLAND_NAME_STARTS.has(tokens[from]!.text)
  // Two surnames before `Thị`/`Văn`, or a royal clan's, make five words (`Lê Nguyễn Thị Ái Trâm`, `Tôn Nữ Hò Lan Anh`).
  const twoSurnames =
    (isSurname(tokens[from + 1]?.text ?? '') && MIDDLE_ONLY.has(titleCase(tokens[from + 2]?.text ?? ''))) || ROYAL_SURNAMES.has(`${tokens[from]!.text} ${tokens[from + 1]?.text}`)
  const maxWords = twoSurnames ? MAX_NAME_WORDS + 1 : MAX_NAME_WORDS
  while (end < tokens.length && end - from < maxWords) {
    const word = tokens[end]!.text
    // `Nguyễn T. Hồng Minh`, `Lê V. Tám`: `Thị` or `Văn` cut to its initial in a list of names.
    const middleInitial = end === from + 1 && /^[TV]\.$/u.test(word) && isNamePart(tokens[end + 1]?.text ?? '', caps)
    if (!isNamePart(word, caps) && !middleInitial && !(ethnic && /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(word))) break
    // After `Thị`/`Văn` the given name is still to come, whatever it looks like (`Nguyễn Thị Hồng Hà`, `Vũ Văn Viện`).
    const givenNameDue = end - 1 > from && MIDDLE_ONLY.has(titleCase(tokens[end - 1]!.text))
    // A middle name that is also a sentence word (`Phạm Tất Thắng`, `Lê Như Tiến`) counts only with a name part after it;
    // a given name that is also one only with a comma or a bracket right after it (`Nguyễn Xuân Qua, Phó cục trưởng`, `ĐB Đoàn Thiện Các (Hưng Yên)`).
    const lastGivenName = end - from >= 1 && end === tokens.length - 1 && ALSO_GIVEN_NAMES.has(titleCase(word))
    // A second surname that is also a word (`Đoàn`: a delegation) in a run of three: `ông Huỳnh Đoàn San`.
    const secondSurname = end === from + 1 && tokens.length - from === 3 && isSurname(word) && isNamePart(tokens[end + 1]!.text, caps)
    const closed = tokens[end]!.closedBy === 'comma' || tokens[end]!.closedBy === 'bracket'
    const nameWord =
      (givenNameDue && !CUE_WORDS.has(word.toLowerCase())) || (MIDDLE_NAMES.has(titleCase(word)) && isMiddle(tokens, end, caps)) || closed || lastGivenName || secondSurname
    if (NON_NAME_WORDS.has(titleCase(word)) && !nameWord) break
    // A place glued after a full name: "… Nguyễn Văn A Hà Nội"; after an ambiguous surname it is no name at all
    // (`Đồng Việt Nam`), nor after one that names a group (`Đoàn Sóc Trăng`, the delegation).
    // After a surname and a middle name the given name is still to come, even place-like (`Nguyễn Gia Thái Bình`).
    const middleBefore = end - from === 2 && (MIDDLE_NAMES.has(titleCase(tokens[from + 1]!.text)) || isSurname(tokens[from + 1]!.text))
    const surname = titleCase(tokens[from]!.text)
    if ((end - from >= 2 || WEAK_SURNAMES.has(surname) || GROUP_SURNAMES.has(surname)) && !givenNameDue && !middleBefore && phraseLength(tokens, end, PLACES) >= 2) break
    // A second full name glued after a three-word one (a repeated heading: "Hà Văn Thắm Hà Văn Thắm"), not
    // where `Thị`/`Văn` after two surnames leaves the given name due (`Lê Nguyễn Thị Hồng Lan`).
    if (end - from >= 3 && !givenNameDue && isSurname(word) && readVietnameseName(tokens, end) - end >= 2) break
    end++
  }
  // `Văn` or `Thị` ending a run is a middle name whose given name was cut off, unless punctuation closes a name of
  // three words there (`Ông Lại Hoàng Văn, chủ tịch UBND xã`, `Ông Dương Thành Thị - chủ tịch quận`, `Hứa Vĩ Văn.`).
  while (end - from > 1 && MIDDLE_ONLY.has(titleCase(tokens[end - 1]!.text)) && !(end - from >= 3 && tokens[end - 1]!.closedBy)) end--
  return end
}

function isNamePart(word: string, caps: boolean): boolean {
  const sameCase = caps ? word === word.toUpperCase() : /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(word)
  return sameCase && isVietnameseSyllable(word)
}

function isMiddle(tokens: Token[], at: number, caps: boolean): boolean {
  const next = tokens[at + 1]?.text
  return next !== undefined && isNamePart(next, caps) && !NON_NAME_WORDS.has(titleCase(next))
}

/** `Kokkoris` of `C.Kokkoris`, `Misien` of `V.M.Misien`. */
function withoutInitial(word: string): string {
  return word.replace(/^(?:\p{Lu}\.)+(?=\p{Lu})/u, '')
}

/** A clan prefix before a capital (`McRae`, `O'Brien`), and hyphenated romanised syllables after a word (`Jae-in`, `Tae-Sung`). */
const CLAN_PREFIX = `(?:Mc|Mac|O['’]|D['’])?`
const HYPHENATED = `(?:-(?:[A-Z][a-z]+|\\p{Ll}+))*`
const FOREIGN_WORD = new RegExp(`^${CLAN_PREFIX}\\p{Lu}\\p{Ll}+${HYPHENATED}$`, 'u')
/** A word of a foreign name or an initial: `Lawrence`, `H.`, `B.Weinstein`. */
const FOREIGN_NAME_WORD = new RegExp(`^(?:\\p{Lu}\\.)*${CLAN_PREFIX}\\p{Lu}(?:\\p{Ll}+${HYPHENATED}|\\.)$`, 'u')

/** A foreign word: capitalised, lower case after the first letter (or a clan prefix), and not a Vietnamese syllable. */
function isForeignWord(word: string): boolean {
  return FOREIGN_WORD.test(word) && !isVietnameseSyllable(word) && !NON_NAME_WORDS.has(word)
}

/**
 * A word that can start a foreign name although it looks Vietnamese: an initial (`J.`) or a
 * syllable written without Vietnamese marks (`Kim`, `Lim`, `Dong`), not `Ngài`, `Cô`, `Điển`.
 */
function leadsForeignName(word: string): boolean {
  return (
    (/^\p{Lu}\.$/u.test(word) || /^[A-Z][a-z]+$/.test(word)) && !NON_NAME_WORDS.has(word) && !CUE_WORDS.has(word.toLowerCase())
  )
}
/** One-word titles and person cues (`Vua Juan Carlos`, `Cha …`): they precede a name, never start one. */
const CUE_WORDS: ReadonlySet<string> = new Set(
  [...PERSON_CUES, ...TITLE_HEADS].filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()),
)

/** Foreign names: two to four capitalised words or initials, at least one not Vietnamese. */
function readForeignName(tokens: Token[], from: number, afterHonorific: boolean): number {
  let end = from
  while (end < tokens.length && end - from < MAX_NAME_WORDS) {
    const word = tokens[end]!.text
    // A middle initial written without its period (`Edilberto C De Jesus`, `George W Bush`) inside the name.
    const bareInitial = end > from && /^\p{Lu}$/u.test(word) && FOREIGN_NAME_WORD.test(tokens[end + 1]?.text ?? '')
    if (!bareInitial && (!FOREIGN_NAME_WORD.test(word) || NON_NAME_WORDS.has(word))) break
    if (end > from && phraseLength(tokens, end, PLACES) > 0) break
    // A Vietnamese name after a brand (`Sawaco Tô Trung Dũng`) is read on its own, unless given names
    // lead it (`Tony Lê Đình Tuấn`), or one word right after an honorific does (`ông Teddy Trương Thưởng`).
    if (end > from && isSurname(word) && readVietnameseName(tokens, end) - end >= 2) {
      const givenName = tokens.slice(from, end).every((t) => FOREIGN_GIVEN_NAMES.has(t.text)) || (afterHonorific && end - from === 1)
      if (!givenName) break
      return readVietnameseName(tokens, end)
    }
    end++
  }
  // A Vietnamese word glued after the name (`Guy Doughty Giám đốc …`) is not part of it, unless a
  // Vietnamese surname ends a Western given name (`ông David Dương`, `Anthony Nguyễn`).
  const westernGiven = FOREIGN_GIVEN_NAMES.has(tokens[from]!.text) && end - from === 2 && isSurname(tokens[end - 1]!.text)
  while (!westernGiven && end - from > 1 && isVietnameseSyllable(tokens[end - 1]!.text) && /[^\x00-\x7f]/.test(tokens[end - 1]!.text)) end--
  const words = tokens.slice(from, end).map((t) => t.text)
  if (words.at(-1)?.endsWith('.')) end--
  return words.some((w) => isForeignWord(withoutInitial(w))) ? end : from
}

/** Can-chi year names (`Đinh Dậu`, `Giáp Ngọ`) look like surname + given name. */
function isYearName(tokens: Token[], from: number, to: number): boolean {
  return to - from === 2 && YEAR_STEMS.has(tokens[from]!.text) && YEAR_BRANCHES.has(tokens[from + 1]!.text)
}

const ORGANISATION_PHRASES_FOLDED: ReadonlySet<string> = new Set([...ORGANISATION_PHRASES].map((phrase) => phrase.toLowerCase()))
/** `Đoàn Thanh niên`, `Hội Nông dân`: an organisation whose first words look like a name. */
function isOrganisation(tokens: Token[], from: number, to: number, text: string): boolean {
  const last = tokens[to - 1]!
  const name = text.slice(tokens[from]!.start, last.start + last.text.length)
  const next = /^[ \u00a0]+(\p{Ll}+)/u.exec(text.slice(last.start + last.text.length))?.[1]
  // Any case after the first word: `Đoàn Thanh Niên` is the `Đoàn Thanh niên`; one may go on (`Hội đồng Thẩm Định Giáo dục`).
  const known = (phrase: string) => ORGANISATION_PHRASES_FOLDED.has(phrase.toLowerCase())
  const words = name.split(/[ \u00a0]+/u)
  return known(name) || (next !== undefined && known(`${name} ${next}`)) || words.slice(2).some((_, i) => known(words.slice(0, i + 2).join(' ')))
}

/** Length in words of the longest phrase of `set` starting at token `from`, or 0. */
function phraseLength(tokens: Token[], from: number, set: ReadonlySet<string>): number {
  let phrase = ''
  let best = 0
  for (let n = 1; n <= PLACE_MAX_WORDS && from + n <= tokens.length; n++) {
    const word = tokens[from + n - 1]!.text
    phrase = n === 1 ? word : `${phrase} ${word}`
    if (set.has(phrase) || (word === word.toUpperCase() && set.has(phrase.split(' ').map(titleCase).join(' ')))) best = n
  }
  return best
}
