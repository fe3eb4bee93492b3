import documentTypes from './lexicon/document-types.json' with { type: 'json' }
import foreignGivenNames from './lexicon/foreign-given-names.json' with { type: 'json' }
import middleNames from './lexicon/middle-names.json' with { type: 'json' }
import nonNameWords from './lexicon/non-name-words.json' with { type: 'json' }
import organisationWords from './lexicon/organisation-words.json' with { type: 'json' }
import personCues from './lexicon/person-cues.json' with { type: 'json' }
import places from './lexicon/places.json' with { type: 'json' }
import surnames from './lexicon/surnames.json' with { type: 'json' }
import titles from './lexicon/titles.json' with { type: 'json' }

/**
 * The lexicons of `./lexicon/*.json` as Sets and Maps, built once at import so that
 * every lookup in the hot path is O(1). See `./lexicon/README.md` for provenance.
 */

/** Vietnamese and Sino-Vietnamese surnames. */
export const SURNAMES: ReadonlySet<string> = new Set([...surnames.vietnamese, ...surnames.chinese])
/** Surnames that are more often ordinary words or place parts: a name led by one needs a cue. */
export const WEAK_SURNAMES: ReadonlySet<string> = new Set(surnames.ambiguousSentenceStart)
/** Surnames that are also nouns for a group (`Đoàn`, a delegation): before a place they name the group. */
export const GROUP_SURNAMES: ReadonlySet<string> = new Set(surnames.groupNouns)
/** The Ê Đê and Jarai prefix `Y` and the Central Highlands clan names: the words after them need not be Vietnamese syllables. */
export const HIGHLAND_NAME_STARTS: ReadonlySet<string> = new Set(surnames.highlandNameStarts)
/** Two-word surnames of the Nguyễn royal clan (`Tôn Nữ`), written with a single space. */
export const ROYAL_SURNAMES: ReadonlySet<string> = new Set(surnames.royalSurnames)
/** Syllables that occur only inside a name (a name never ends with `Văn`, `Thị`). */
export const MIDDLE_ONLY: ReadonlySet<string> = new Set(middleNames.onlyMiddle)
/** Frequent middle names; a few are also sentence words (`Tất`, `Như`) and count as a name part only mid-name. */
export const MIDDLE_NAMES: ReadonlySet<string> = new Set(middleNames.common)
export const FOREIGN_GIVEN_NAMES: ReadonlySet<string> = new Set(foreignGivenNames.names)
/** Capitalised words that are never part of a name (sentence starters, heads of organisations). */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(nonNameWords.words)
/** Words that are never names except as the last word of a full name (`Nguyễn Trọng Hội`). */
/** Words that make one word with `thị` (`siêu thị`), and hall endings (`Duyệt Thị Đường`). */
export const THI_COMPOUNDS: ReadonlySet<string> = new Set(nonNameWords.thiCompounds)
export const HALLS: ReadonlySet<string> = new Set(nonNameWords.halls)
/** Landscape words after `Hồ` that make it a lake (`Hồ Núi Cốc`). */
export const LAKE_NAME_WORDS: ReadonlySet<string> = new Set(places.lakeNameWords)
export const ALSO_GIVEN_NAMES: ReadonlySet<string> = new Set(nonNameWords.alsoGivenNames)
/** Capitalised common nouns and ranks with a lower-case second syllable (`Đảng viên`, `Tài nhân`): their first word is no given name. */
export const COMMON_COMPOUNDS: ReadonlySet<string> = new Set(nonNameWords.commonCompounds)
/** Words just before a capitalised run that make it a place, street, school, prize or idea; each also with a capital first letter, as at the start of a sentence. */
export const ORGANISATION_BEFORE: ReadonlySet<string> = new Set(organisationWords.before.flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1)]))

/** Place names (joined by single spaces) that look like personal names. */
export const PLACES: ReadonlySet<string> = new Set([
  ...places.provinces,
  ...places.citiesAndDistricts,
  ...places.countriesAndRegions,
  ...places.ethnicGroups,
])
/** Real people's names that are far more often streets, schools or cities: need a cue. */
export const NAMES_USED_FOR_PLACES: ReadonlySet<string> = new Set(places.personNamesUsedForPlaces)
/** Longest place name in words, so that prefix matching stops early. */
export const PLACE_MAX_WORDS = Math.max(...[...PLACES, ...NAMES_USED_FOR_PLACES].map((p) => p.split(' ').length))
/** People's names that end the names of organisations more often than they follow a title (`Học viện Chính trị quốc gia Hồ Chí Minh`). */
export const NAMES_IN_ORGANISATION_NAMES: ReadonlySet<string> = new Set(places.namesInOrganisationNames)
export const YEAR_STEMS: ReadonlySet<string> = new Set(places.yearNamesStem)
export const YEAR_BRANCHES: ReadonlySet<string> = new Set(places.yearNamesBranch)

/** Title heads with an optional `nguyên`/`Quyền` modifier, for one regex alternation. */
export const TITLE_HEADS: readonly string[] = [...new Set(titles.heads)]
export const TITLE_MODIFIERS: readonly string[] = titles.modifiers
/** Heads of small units (`Đội trưởng`, `Tổ trưởng`): titles of a name something else marks as a person's, never its cue. */
export const UNIT_HEADS: readonly string[] = titles.unitHeads
/** Titles after which a foreign surname alone names the holder (`Tổng thống Putin`). */
export const LEADER_TITLES: readonly string[] = titles.leaders
/** Countries and regions, which may stand between such a title and the name (`Tổng thống Hoa Kỳ Truman`). */
export const COUNTRIES: readonly string[] = places.countriesAndRegions

/** Words before a name that say a person follows (honorifics, ranks, professions). */
export const PERSON_CUES: readonly string[] = [
  ...new Set([...personCues.honorifics, ...personCues.professions]),
]
/** Words before a profession that make `profession + name` a firm (`Văn phòng luật sư Thiên Thanh`), matched as written. */
export const FIRM_HEADS: readonly string[] = personCues.firmHeads
/** Honorifics only: after one of these a lone given name is a person (`chị Hương`). */
export const HONORIFICS: readonly string[] = personCues.honorifics
/** Royal and historical cues: a two-syllable reign or personal name after one is a person (`vua Tự Đức`, `hoàng đế Quang Trung`). */
export const ROYAL_CUES: readonly string[] = personCues.royal
/** Plural cues whose list is all people (`các ca sĩ …`), and kinship words (`vợ của …`). */
export const ARTIST_LISTS: readonly string[] = personCues.artistLists
/** Plural people nouns that, before `như`/`gồm`, lead a list of people (`nhiều nhà lãnh đạo … như Trần Phú, …`). */
export const PEOPLE_LISTS: readonly string[] = personCues.peopleLists
export const KINSHIP: readonly string[] = personCues.kinship
/** Honorifics that name a story's ordinary people, who often get no full name: a given name after one is a person. */
export const FAMILIAR_HONORIFICS: readonly string[] = personCues.familiarHonorifics
/** Military and police ranks (`Đại tướng`, `Thượng tá`), which are no titles. */
export const RANKS: readonly string[] = personCues.ranks
/** Words after `chị Hạnh, …` that say who she is. */
export const DESCRIPTORS: readonly string[] = personCues.descriptors
/** Nouns that, after `một`, say a person is meant: `Minh, một dân chơi khác`. */
export const SOMEONE: readonly string[] = personCues.someone
/** Writers and artists are named by pen or stage names that need not start with a surname (`nhà văn Nguyên Ngọc`, `NSND Thu Hà`). */
export const PEN_NAME_CUES: readonly string[] = personCues.penNameCues
/** Professions after which a foreign surname alone names the person (`kiến trúc sư Hermitte`). */
export const SURNAME_CUES: readonly string[] = personCues.surnameCues
/** Words that open a sentence before a comma as a given name would: `Song, Phó Thủ tướng cho rằng …`. */
export const CONNECTIVES: readonly string[] = personCues.connectives
/** Nicknames that name a person (`Năm Cam`): the nickname, or the full name when the article writes it. */
export const EPITHETS: ReadonlyArray<{ written: string; name: string; fullName: string }> = personCues.epithets
/** Set phrases in which an honorific before a name names no one (`ông Công ông Táo`). */
export const IDIOMS: readonly string[] = personCues.idioms
/** A surname after a title of respect that names Hồ Chí Minh without his name (`Bác Hồ`): no listed name. */
export const TITLE_FORMS: readonly string[] = personCues.titleForms
/** Legendary and fictional characters (`Tào Tháo`, `Chí Phèo`): no people, whatever the cue. */
export const LEGENDARY: ReadonlySet<string> = new Set(personCues.legendary)

export interface DocumentTypeEntry {
  type: string
  codes: string[]
  aliases: string[]
  needsSymbolWhenLowercase?: boolean
  needsNumberSign?: boolean
}
export const DOCUMENT_TYPES: readonly DocumentTypeEntry[] = documentTypes.types
/** Words after a bare number that make it a quantity, not a document number. */
export const NUMBER_UNITS: ReadonlySet<string> = new Set(documentTypes.numberUnits)
/** Numbered papers that are no policy documents (`Tờ trình số 338/TT-ĐC`). */
export const NOT_DOCUMENTS: readonly string[] = documentTypes.notDocuments
/** Compounds led by a unit word that are no quantity (`đồng loạt`). */
export const NOT_QUANTITIES: ReadonlySet<string> = new Set(documentTypes.notQuantities)
/** Lower-case words and pairs that continue an issuing body's name (`Ủy ban nhân dân tỉnh`, `Bộ Giao thông vận tải`). */
export const ISSUER_LOWERCASE_PHRASES: ReadonlySet<string> = new Set(documentTypes.issuerLowercasePhrases)
/** Lower-case words that end an issuing body's name: what follows is the sentence (`Chính phủ quy định …`, `UBND TP do … ký`). */
export const ISSUER_STOP_WORDS: ReadonlySet<string> = new Set(documentTypes.issuerStopWords)
/** Hardware nouns: a type word and number next to one name a design (`tàu ngầm Kilo Đề án 877`), not a document. */
export const DESIGN_NOUNS: readonly string[] = documentTypes.designNouns

export const ORGANISATION_PHRASES: ReadonlySet<string> = new Set(organisationWords.phrases)
/** Words of a company's kind between `Công ty` and its name (`TNHH`, `thương mại`). */
export const COMPANY_KINDS: readonly string[] = organisationWords.companyKinds
/** Newspapers and stations that follow a reporter's cue as a pen name would (`PV Tuổi Trẻ`), title-cased. */
export const OUTLETS: ReadonlySet<string> = new Set(organisationWords.outlets)
/** Bodies named by their kind alone (`bệnh viện`, `vườn quốc gia`), as written: a full name after one ending a title is the holder's. */
export const GENERIC_BODIES: readonly string[] = organisationWords.genericBodies
/** Businesses and houses named after a person after what they make or do (`Nhà máy chế biến sắn Lương An Trà`). */
export const TRADE_HEADS: readonly string[] = organisationWords.tradeHeads
/** Common nouns that end in an organisation word (`nông thôn`). */
export const COMMON_NOUNS_ENDING_IN_ORGANISATION_WORDS: readonly string[] = organisationWords.commonNouns

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function caseFlexibleWord(word: string): string {
  const escaped = escape(word)
  if (/\p{Lu}/u.test(word.slice(1)) || !/^\p{L}/u.test(word)) return escaped
  return `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${escaped.slice(1)}`
}

/**
 * Old and new tone placement put the mark of a syllable-final `oa`, `oe`, `uy` on one vowel or the
 * other (hòa/hoà, thủy/thuỷ); not after `q` (`quý`), nor where a final consonant or another mark follows (`hoàng`, `luật`).
 */
const TONE_PAIR = /(?<![qQ])([oOuU])([\u0300\u0301\u0303\u0309\u0323])?([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])?(?![\p{L}\p{M}])/gu
function otherTonePlacement(word: string): string {
  return word
    .normalize('NFD')
    .replace(TONE_PAIR, (pair, first: string, onFirst?: string, second?: string, onSecond?: string) =>
      onFirst && !onSecond ? `${first}${second}${onFirst}` : onSecond && !onFirst ? `${first}${onSecond}${second}` : pair,
    )
    .normalize('NFC')
}

/** Regex source matching any of `words` exactly as written, longest first, spaces flexible (`bệnh viện`, `BV`). */
export function writtenAlternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escape(phrase).replace(/ /g, '[ \\u00a0]+'))
    .join('|')
}

/**
 * Regex source matching any of `words`, longest first, spaces flexible, the first letter of
 * each word in either case (`nghị định` also matches `Nghị Định`), or of the first word only
 * (`firstWordOnly`: `cầu thủ`, not the bridge `cầu Thủ Thiêm`), and the tone of `oa`, `oe`, `uy`
 * on either vowel (`Ủy viên` also matches `Uỷ viên`, `khóa` `khoá`). Words written with
 * capitals after their first letter (`NQ`, `GS.TS`, `ThS`) match only as written.
 */
export function caseFlexibleAlternation(words: Iterable<string>, { firstWordOnly = false } = {}): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      phrase
        .split(' ')
        .map((word, index) => {
          const spellings = [...new Set([word, otherTonePlacement(word)])].map(firstWordOnly && index > 0 ? escape : caseFlexibleWord)
          return spellings.length === 1 ? spellings[0]! : `(?:${spellings.join('|')})`
        })
        .join('[ \\u00a0]+'),
    )
    .join('|')
}
