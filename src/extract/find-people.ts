import type { Root } from 'hast'
import type { VFile } from 'vfile'
import type { PersonMention } from '../article.ts'
import { foldDiacritics, nameKey, spacingKey } from '../link/fold.ts'
import { type TextBlock, textBlocks } from './blocks.ts'
import { maskCredits } from './credits.ts'
import {
  ARTIST_LISTS,
  COMMON_COMPOUNDS,
  COMPANY_KINDS,
  COUNTRIES,
  DESCRIPTORS,
  DOCUMENT_TYPES,
  EPITHETS,
  FOREIGN_GIVEN_NAMES,
  GENERIC_BODIES,
  FAMILIAR_HONORIFICS,
  HONORIFICS,
  IDIOMS,
  LEGENDARY,
  NAMES_USED_FOR_PLACES,
  NON_NAME_WORDS,
  OUTLETS,
  PEOPLE_LISTS,
  PERSON_CUES,
  PLACES,
  RANKS,
  ROYAL_CUES,
  SURNAMES,
  TITLE_FORMS,
  TITLE_HEADS,
  caseFlexibleAlternation,
  writtenAlternation,
} from './lexicon.ts'
import { type NameCandidate, nameCandidates } from './name-candidates.ts'
import {
  AGED_NAME,
  APPOSITION_NAME,
  CLAUSE_START,
  hasPersonCueBefore,
  endsWithPlace,
  isFirmBefore,
  isHonorificFirst,
  isDegreeOnlyBefore,
  isDegreesOnly,
  hasOccupationAfter,
  isCuedFromAfar,
  isDescribedAfter,
  isHouseNumberBefore,
  isListedAfterOrganisation,
  isOrganisationBefore,
  isOrganisationDescribedBefore,
  LEADER_REFERENCE,
  PEN_NAME_REFERENCE,
  ROYAL_REFERENCE,
  SHORT_REFERENCE,
} from './person-context.ts'
import { isVietnameseSyllable } from './syllable.ts'
import { COMPANY, endsWithBareHead, isBareTitle, isCueTitle, listTitleBefore, titlesAfter, titlesBefore } from './titles.ts'

export interface FindPeopleOptions {
  /** Also list people the article names only by a given name after an honorific (`chị Hương`). Default true. */
  shortOnly?: boolean
}

interface Judged extends NameCandidate {
  block: number
  /** Every title written with the name, those of small units' heads too (`Tổ trưởng Tổ công tác`). */
  titles: string[]
  /** Accepted outright; undecided two-word names may still be accepted as part of a list. */
  accepted: boolean
  rejected: boolean
  /** A reader signing a question: not listed, and neither is the answer's `anh Toàn`. */
  signature: boolean
  /** An honorific, rank or bare title right before it. */
  personCue: boolean
  /** Anything in the article that marks it a person: a cue, a title, an age, an occupation, or a list with such a name. */
  cued: boolean
  /** Right after an organisation, place or street word (`đường Phạm Đình Hổ`). */
  organisation: boolean
  /** Right after a company word (`Công ty Hoàng Gia Phát`). */
  firm: boolean
  /** Listed among streets (`Nguyễn Chí Thanh, Ngô Gia Tự, Lê Lợi`), so a street too. */
  listedPlace?: boolean
  rank?: string
  /** A title over the list this name starts (`các Phó Thủ tướng: A, B`): every holder listed has it. */
  listTitle?: string
}

/**
 * Finds the people an article names and sets `file.data.people`: each person once, under
 * the fullest form of the name written, with the titles written next to it. Short later
 * references (`ông Quang`, `Phó Thủ tướng Đam`) join the full name; places, streets,
 * schools and organisations named after people, bylines and photo credits are left out.
 */
export default function findPeople(options: FindPeopleOptions = {}) {
  const shortOnly = options.shortOnly ?? true
  return (tree: Root, file: VFile): void => {
    const blocks = textBlocks(tree, file).map((block) => ({ ...block, text: capitaliseMiddleNames(maskIdioms(maskCredits(block.text))) }))
    const judged = blocks.flatMap((block, index) => judgeBlock(block, index, blocks.length))
    rejectFirmNames(judged, blocks)
    rejectListedAfterOrganisation(judged, blocks)
    acceptListMembers(judged, blocks)
    rejectListedWithPlaces(judged, blocks)
    const accepted = judged.filter((c) => c.accepted)
    spreadCuesThroughLists(accepted, blocks)
    spreadListTitles(accepted, blocks)
    dropFirmNameEnd(accepted, blocks)
    dropPlaceBeforeForeignName(accepted)
    dropGluedFourthWord(accepted, blocks)
    joinCutNames(accepted, blocks)
    joinDoubleBarrelled(accepted, blocks)
    const placeNames = new Map(judged.filter((c) => c.organisation).map((c) => [nameKey(c.name), c.name]))
    // A name nothing marks as a person's, which the article also writes after `đường`, `trường` …, is that place again.
    const merged = mergePeople(accepted)
    // `ông Bình`, `chị Hương` …: read once, for the full names they shorten and the people named only so.
    const shortReferences = blocks.map(({ text }) => [...text.matchAll(SHORT_REFERENCE)])
    markShortened(merged, shortReferences)
    const people = merged.filter((p) => !(p.uncued && placeNames.has(nameKey(p.name))))
    file.data.placeNames = [...placeNames.values()]
    const signatures = judged.filter((c) => c.signature).map((c) => c.name)
    if (shortOnly) addShortOnly(people, blocks, shortReferences, [...signatures, ...nicknames(people, blocks)].map((name) => nameKey(name).split(' ')))
    if (shortOnly) addListedPeople(people, blocks)
    lengthenForeignShortForms(people, judged)
    addEpithets(people, blocks)
    addRegnalNames(people, blocks)
    addParticleNames(people, blocks)
    const aliases = codeNames(blocks)
    const real = joinWithoutMiddle(joinAbbreviated(joinMisspelt(joinKnownAs(people, blocks), blocks))).filter((p) => !LEGENDARY.has(p.name) && !aliases.has(nameKey(p.name)))
    file.data.people = withoutOthersTitles(real).map(withoutShortenedTitles)
  }
}

/** A foreign name one letter off another, word for word (`Sinzo Abe` of `Shinzo Abe`, `V.M.Misin` of `V.M.Misien`). */
function isForeignSlip(slip: string, meant: string): boolean {
  const a = foreignWords(slip)
  const b = foreignWords(meant)
  if (!a || !b || a.length !== b.length) return false
  const differing = a.flatMap((word, i) => (word === b[i] ? [] : [[word, b[i]!] as const]))
  return differing.length === 1 && differing[0]![0].length > 2 && oneLetterApart(...differing[0]!)
}
/** The same middle and given names after another Vietnamese surname, and no title `meant` lacks. */
function isSurnameSlip(slip: PersonMention, meant: PersonMention): boolean {
  const [a, b] = [slip.name.split(' '), meant.name.split(' ')]
  if (a.length < 3 || a.length !== b.length || a[0] === b[0] || !SURNAMES.has(a[0]!) || !SURNAMES.has(b[0]!)) return false
  return a.slice(1).join(' ') === b.slice(1).join(' ') && slip.titles.every((title) => meant.titles.includes(title))
}
/** One letter added, dropped or changed. */
function oneLetterApart(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (a === b || long.length - short.length > 1) return false
  let i = 0
  while (i < short.length && short[i] === long[i]) i++
  return short.slice(short.length === long.length ? i + 1 : i) === long.slice(i + 1)
}

/** `kept` is `gone` too: its titles join, and a mark that `gone` is a person's counts for `kept`. */
function absorb(kept: PersonMention, gone: PersonMention): void {
  for (const title of gone.titles) if (!kept.titles.includes(title)) kept.titles.push(title)
  if (!gone.uncued) delete kept.uncued
}

/**
 * Each person for whom `meantFor` finds another form of the same name, among those `other` lets it
 * choose (not the person, nor a form already joined), is joined to that form.
 */
function joinForms(people: PersonMention[], meantFor: (person: PersonMention, other: (p: PersonMention) => boolean) => PersonMention | undefined): PersonMention[] {
  const dropped = new Set<PersonMention>()
  for (const person of people) {
    const meant = meantFor(person, (p) => p !== person && !dropped.has(p))
    if (!meant) continue
    absorb(meant, person)
    dropped.add(person)
  }
  return people.filter((p) => !dropped.has(p))
}

/** How often the article writes a name, every block together. */
const timesWritten = (name: string, blocks: TextBlock[]) => blocks.reduce((count, { text }) => count + text.split(name).length - 1, 0)

/**
 * A foreign name written shorter, with initials or without a middle name, is the fuller one the article
 * writes with the same first and last names (`A. Tamugi` of `Abdullah Tamugi`, `G.Bush` of `G.W.Bush`,
 * `Erika E. Feller` of `Erika Elizabeth Feller`, `Ellen Sirleaf` of `Ellen Johnson Sirleaf`), and so is a
 * Vietnamese one with an initial (`Nguyễn V. Hùng` of `Nguyễn Văn Hùng`). Spellings that differ only in
 * spaces, periods or hyphens are one name, the one spaced out or else the one listed first (`John T.Lauer`
 * of `John T. Lauer`, `Kim Jong Un` and `Kim Jong-un`).
 */
function joinAbbreviated(people: PersonMention[]): PersonMention[] {
  const words = new Map(people.map((p) => [p, nameWords(p.name)]))
  const letters = new Map(people.map((p) => [p, spacingKey(p.name)]))
  const listed = new Map(people.map((p, at) => [p, at]))
  return joinForms(people, (short, other) => {
    const own = words.get(short)!
    // A Vietnamese name shortens another only with an initial for one of its words.
    const abbreviated = foreignWords(short.name) !== undefined || own.some((word) => /^\p{Lu}$/u.test(word))
    const respaced = (p: PersonMention) =>
      letters.get(p) === letters.get(short) && (p.name.length > short.name.length || (p.name.length === short.name.length && listed.get(p)! < listed.get(short)!))
    return people.find((p) => other(p) && ((abbreviated && shortens(own, words.get(p))) || respaced(p)))
  })
}
/** The words of a name, initials apart (`G.W.Bush`: G, W, Bush). */
const nameWords = (name: string) => name.split(/[ \u00a0.]+/u).filter(Boolean)
/**
 * A Vietnamese name written without its `Thị` or `Văn` is the one the article writes with it: `chị
 * Hoàng Na Hương` of `chị Hoàng Thị Na Hương`, `Phạm Ngọc Hương` of `Phạm Thị Ngọc Hương`.
 */
function joinWithoutMiddle(people: PersonMention[]): PersonMention[] {
  return joinForms(people, (short, other) => {
    const words = short.name.split(' ')
    if (words.length < 2 || !SURNAMES.has(words[0]!)) return undefined
    return people.find((p) => other(p) && ['Thị', 'Văn'].some((middle) => p.name === [words[0], middle, ...words.slice(1)].join(' ')))
  })
}
/** The words of a foreign name, initials apart, or undefined for a Vietnamese one. */
function foreignWords(name: string): string[] | undefined {
  const words = nameWords(name)
  return words.length >= 2 && words.some((w) => w.length > 1 && !isVietnameseSyllable(w)) ? words : undefined
}
/** `short` keeps the first and last of `full`'s words and, in order, some of the others, an initial standing for a word. */
function shortens(short: string[], full: string[] | undefined): boolean {
  if (!full || full.join('').length <= short.join('').length) return false
  const same = (a: string, b: string) => a === b || (a.length === 1 && b.startsWith(a))
  if (!same(short[0]!, full[0]!) || short.at(-1) !== full.at(-1)) return false
  let at = 1
  for (const word of short.slice(1, -1)) {
    while (at < full.length - 1 && !same(word, full[at]!)) at++
    if (at === full.length - 1) return false
    at++
  }
  return true
}

/**
 * A name written once that differs only in its marks from one the article writes at least twice
 * is a slip for it (`Vũ Tiễn Lộc` beside `Vũ Tiến Lộc`, `Trương Đình Đưc` beside `Trương Đình Đức`):
 * one person, spelt as the article mostly spells it; so is another surname before the same middle
 * and given names, with no title the other lacks (`Nguyễn Quốc Trung` beside `bị cáo Đinh Quốc
 * Trung`; not `Phó Tổng Giám đốc Vũ Mạnh Hùng` beside `anh Nguyễn Mạnh Hùng`). Vietnamese names a
 * mark apart, each written once, may be two people (`Nguyễn Văn Hiến`, `Nguyễn Văn Hiện` in one
 * list). A foreign name a mark or a letter off is one with the form written more often, or as often
 * but first (`Shah Jahan` twice beside `Shâh Jahân` three times, `Dorothy McRae` then `Dorothy
 * MacRae`), unless both have titles and none in common. A given name alone is only a slip for a
 * full name's last word.
 */
function joinMisspelt(people: PersonMention[], blocks: TextBlock[]): PersonMention[] {
  const uses = new Map(people.map((p) => [p.name, timesWritten(p.name, blocks)]))
  const folded = new Map(people.map((p) => [p, foldDiacritics(p.name)]))
  const once = (p: PersonMention) => uses.get(p.name) === 1
  const often = (p: PersonMention) => uses.get(p.name)! >= 2
  // The form the article prefers: written more often, or as often and earlier.
  const preferred = (p: PersonMention, slip: PersonMention) =>
    uses.get(p.name)! > uses.get(slip.name)! || (uses.get(p.name) === uses.get(slip.name) && firstWritten(p.name, blocks) < firstWritten(slip.name, blocks))
  return joinForms(people, (slip, other) => {
    const foreign = foreignWords(slip.name) !== undefined
    if (!once(slip) && !foreign) return undefined
    const letters = folded.get(slip)!
    if (slip.name.includes(' ')) {
      const respelt = (p: PersonMention) => folded.get(p) === letters || (foreign && isForeignSlip(slip.name, p.name))
      return people.find(
        (p) =>
          other(p) &&
          p.name !== slip.name &&
          ((once(slip) && often(p) && (respelt(p) || isSurnameSlip(slip, p))) || (foreign && respelt(p) && preferred(p, slip) && !haveOtherTitles(p, slip))),
      )
    }
    // A given name alone is a slip for the last word of a full name the article writes twice or more (`Bà Tiên` after
    // `Bộ trưởng Nguyễn Thị Kim Tiến`), or of the only one that ends so, its given name never written alone (`Chị Huơng`
    // after `chị Nguyễn Thị Hương`; not `Cô Dung` beside `Trần Ngọc Dũng` and `Ông Dũng`).
    const meant = people.filter((p) => {
      const given = p.name.split(' ').at(-1)!
      return other(p) && once(slip) && p.name.includes(' ') && given !== slip.name && foldDiacritics(given) === letters && (often(p) || timesWritten(given, blocks) === uses.get(p.name))
    })
    return meant.length === 1 ? meant[0] : undefined
  })
}
/** Where the article first writes a name: its block, then its place there. */
function firstWritten(name: string, blocks: TextBlock[]): number {
  const block = blocks.findIndex(({ text }) => text.includes(name))
  return block < 0 ? Infinity : block * 1e7 + blocks[block]!.text.indexOf(name)
}
/** Both titled, and no title in common. */
const haveOtherTitles = (a: PersonMention, b: PersonMention) => a.titles.length > 0 && b.titles.length > 0 && !a.titles.some((t) => b.titles.includes(t))
/**
 * A title that ends in another person's name of the article is that person's, read past the end of
 * the apposition (`Hà Thị Khiết, Bí thư T.Ư Đoàn Nông Quốc Tuấn`, `Phan Văn Khải, Quốc vương Sihamoni`).
 */
function withoutOthersTitles(people: PersonMention[]): PersonMention[] {
  // Only a holder of titles of their own, and not a name places bear (`Thành phố Hồ Chí Minh`); one
  // word only if it is foreign (`Quốc vương Sihamoni`), as a Vietnamese one may end a body's name.
  const names = people
    .filter((p) => (p.name.includes(' ') || !isVietnameseSyllable(p.name)) && p.titles.length > 0 && !NAMES_USED_FOR_PLACES.has(p.name))
    .map((p) => p.name.toLowerCase())
  return people.map((person) => {
    const own = person.name.toLowerCase()
    const titles = person.titles.filter((title) => !names.some((name) => name !== own && title.toLowerCase().endsWith(` ${name}`)))
    return titles.length === person.titles.length ? person : { ...person, titles }
  })
}

/**
 * A title the article also writes in full for the same person is that one (`Bộ trưởng` beside
 * `Bộ trưởng Bộ Y tế`); one written again in other capitals is listed once, as first written.
 */
function withoutShortenedTitles(person: PersonMention): PersonMention {
  const lower = person.titles.map((title) => title.toLowerCase())
  const titles = person.titles.filter((_, i) => !lower.some((other, j) => other.startsWith(`${lower[i]} `) || (j < i && other === lower[i])))
  return titles.length === person.titles.length ? person : { ...person, titles }
}

/** `Đào văn Tuấn`, `Trịnh đức Bồng`: a middle name written in lower case between a surname and a given name. */
const LOWER_MIDDLE_NAME = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:văn|thị|đức)(?=[ \\u00a0]\\p{Lu}\\p{Ll})(?<=(?<![\\p{L}\\p{M}])(?:${[...SURNAMES].join('|')})[ \\u00a0](?:văn|thị|đức))`,
  'gu',
)
/** Capitalises it in place, so the name is read whole and listed as names are written (`Đào Văn Tuấn`); offsets stay as they were. */
const capitaliseMiddleNames = (text: string) => text.replace(LOWER_MIDDLE_NAME, (middle) => middle[0]!.toUpperCase() + middle.slice(1))

const IDIOM = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(?:${caseFlexibleAlternation(IDIOMS)})(?![\\p{L}\\p{M}])|(?:${caseFlexibleAlternation(TITLE_FORMS)})(?![\\p{L}\\p{M}]|[ \\u00a0]+\\p{Lu}))`,
  'gu',
)
/** Blanks out set phrases and title forms in which no one is named (`ông Công ông Táo`, `Bác Hồ`); offsets stay as they were. */
const maskIdioms = (text: string) => text.replace(IDIOM, (idiom) => ' '.repeat(idiom.length))

/** Each epithet as written, not as the start of a longer name. */
const EPITHET_PATTERNS = EPITHETS.map((epithet) => ({
  ...epithet,
  pattern: new RegExp(`(?<![\\p{L}\\p{M}])${caseFlexibleAlternation([epithet.written])}(?![\\p{L}\\p{M}]|[ \\u00a0]+\\p{Lu})`, 'u'),
}))
/**
 * A nickname by which the press names one person (`Năm Cam`, the gang leader Trương Văn Cam):
 * listed by the full name when the article writes it, as every name, else by the nickname.
 */
function addEpithets(people: PersonMention[], blocks: TextBlock[]): void {
  for (const { pattern, name, fullName } of EPITHET_PATTERNS) {
    if (!blocks.some(({ text }) => pattern.test(text))) continue
    const full = blocks.some(({ text }) => text.includes(fullName))
    const listed = new Set(people.map((p) => nameKey(p.name)))
    if (listed.has(nameKey(fullName)) || listed.has(nameKey(name))) continue
    people.push({ name: full ? fullName : name, titles: [] })
  }
}

/**
 * A monarch or pope named with a regnal number after the cue and perhaps the country: `vua Charles
 * IX`, `Nhà vua Na Uy Harald V`, `Giáo hoàng Benedict XVI`, `vua Henri 2`, `Hoàng đế Napoléon đệ tam`, `vua Alexander Đại đế`. The number or epithet is part of the name.
 */
const REGNAL_NAME = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${caseFlexibleAlternation([...ROYAL_CUES, 'nhà vua', 'quốc vương', 'giáo hoàng'])})[ \\u00a0]+(?:(?:${caseFlexibleAlternation(COUNTRIES)})[ \\u00a0]+)?(\\p{Lu}[\\p{Ll}\\p{M}]+(?:[ \\u00a0]\\p{Lu}[\\p{Ll}\\p{M}]+)?[ \\u00a0](?:[IVX]{1,5}|\\d{1,2}|đệ[ \\u00a0]+\\p{Ll}+|Đại[ \\u00a0]+đế))(?![\\p{L}\\p{M}\\d])`,
  'gu',
)

/**
 * Lists every name `pattern` finds after its cue (group 1) that `keep` accepts, unless already listed;
 * a shorter form of it the article listed on its own (`shortForms`) is that person and gives way to it.
 */
function addCuedNames(people: PersonMention[], blocks: TextBlock[], pattern: RegExp, shortForms: (name: string) => string[], keep = (_name: string) => true): void {
  for (const { text } of blocks) {
    for (const [, name = ''] of text.matchAll(pattern)) {
      if (!keep(name) || people.some((p) => nameKey(p.name) === nameKey(name))) continue
      const short = new Set(shortForms(name).map(nameKey))
      const shorter = people.findIndex((p) => short.has(nameKey(p.name)))
      if (shorter >= 0) people.splice(shorter, 1)
      people.push({ name, titles: [] })
    }
  }
}

/** The number joins the bare name the article listed on its own (`Charles` of `vua Charles IX`). */
const addRegnalNames = (people: PersonMention[], blocks: TextBlock[]) =>
  addCuedNames(people, blocks, REGNAL_NAME, (name) => {
    const cut = name.replace(/[ \u00a0]+\S+$/u, '')
    return [cut, cut.replace(/[ \u00a0]+(?:đệ|Đại)$/u, '')]
  })

/**
 * A foreign name with a particle (`Alexandre de Rhodes`, `Leonardo da Vinci`) after a person cue or
 * title (`cố đạo`, `nhà danh họa`, `đô đốc`, `đại sứ Thụy Sĩ`): places have them too (`Rio de
 * Janeiro`), so only the cue says it is a person. The particle is part of the name.
 */
const PARTICLE_NAME = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${caseFlexibleAlternation([...PERSON_CUES, ...HONORIFICS, ...TITLE_HEADS])})[ \\u00a0]+(?:(?:${caseFlexibleAlternation(COUNTRIES)})[ \\u00a0]+)?(\\p{Lu}\\p{Ll}+(?:[ \\u00a0]\\p{Lu}\\p{Ll}+)?[ \\u00a0](?:de|da|di|del|du|van|von|la|le)[ \\u00a0]\\p{Lu}[\\p{Ll}\\p{M}]+)(?![\\p{L}\\p{M}]|[ \\u00a0]\\p{Lu})`,
  'gu',
)

/** Whether a text holds a particle between capitals at all: the cue pattern is long, so it runs only then. */
const PARTICLE = /[ \u00a0](?:de|da|di|del|du|van|von|la|le)[ \u00a0]\p{Lu}/u

/** The first name alone, or the surname alone, listed before is the same person; a Vietnamese word makes the run no foreign name. */
const addParticleNames = (people: PersonMention[], blocks: TextBlock[]) =>
  addCuedNames(
    people,
    blocks.filter(({ text }) => PARTICLE.test(text)),
    PARTICLE_NAME,
    (name) => [name.split(/[ \u00a0]+/u)[0]!, name.split(/[ \u00a0]+/u).at(-1)!],
    (name) => !name.split(/[ \u00a0]+/u).some((word) => isVietnameseSyllable(word) && /^\p{Lu}/u.test(word)),
  )

/**
 * `Minh Béo (tức Hồng Quang Minh)`, `Chí Trung tên đầy đủ là Phạm Chí Trung`; a bracket with an honorific
 * and the full name gives the real one too (`anh Út Khánh (ông Võ Minh Khánh, đại tá …)`, `ông Sáu Dân
 * (tên gọi thân mật ông Võ Văn Kiệt)`), and so does a bare one (`anh Năm Hạ (Nguyễn Minh Hạ, phó giám đốc …)`).
 * Groups: the name used, the bare bracket, the real name.
 */
const KNOWN_AS =
  /(\p{Lu}[\p{Ll}\p{M}]*(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]*){0,3})[ \u00a0]*(?:(?:\([ \u00a0]*|,[ \u00a0]*)?(?:tức|tên thật(?:[ \u00a0]+là)?|tên đầy đủ(?:[ \u00a0]+là)?|tên khai sinh(?:[ \u00a0]+là)?)[ \u00a0]+|\([ \u00a0]*(?:tên gọi thân mật(?:[ \u00a0]+của)?[ \u00a0]+)?(?:ông|bà|anh|chị)[ \u00a0]+|(\()[ \u00a0]*)(\p{Lu}[\p{Ll}\p{M}]*(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]*){1,3})/gu

const wordCount = (name: string) => name.split(/[ \u00a0]+/).length

/**
 * Names the article calls someone's code or pen name (`Dương Hoài Nam (bí danh của đại tướng Võ Nguyên Giáp)`,
 * `Mai Hồng Quế là bí danh mới mà đồng chí Bảy Khang …`, `dưới bút danh giả nữ là Đào Thị Loan`): another
 * name of a person, no one of their own.
 */
const ALIAS_NAME = '\\p{Lu}[\\p{Ll}\\p{M}]*(?:[ \\u00a0]\\p{Lu}[\\p{Ll}\\p{M}]*){1,3}'
const ALIAS = '(?:bí|bút)[ \\u00a0]+danh'
const CODE_NAME = new RegExp(`(${ALIAS_NAME})[ \\u00a0]*(?:\\(|,|là)[ \\u00a0]*${ALIAS}|${ALIAS}(?:[ \\u00a0]+\\p{Ll}[\\p{Ll}\\p{M}]*){0,3}?[ \\u00a0]+(?:là[ \\u00a0]+)?(${ALIAS_NAME})`, 'gu')
const HAS_ALIAS = new RegExp(ALIAS, 'u')
function codeNames(blocks: TextBlock[]): Set<string> {
  // The pattern tries every capital; most articles name no alias at all.
  return new Set(blocks.filter(({ text }) => HAS_ALIAS.test(text)).flatMap(({ text }) => [...text.matchAll(CODE_NAME)].map((m) => nameKey(m[1] ?? m[2]!))))
}

/** A stage or pen name the article gives with the real name is that person, listed by the real name; a second full name, by the one the article uses. */
function joinKnownAs(people: PersonMention[], blocks: TextBlock[]): PersonMention[] {
  const byKey = new Map(people.map((p) => [nameKey(p.name), p]))
  const dropped = new Set<PersonMention>()
  for (const { text } of blocks) {
    for (const [, used = '', bareBracket, real = ''] of text.matchAll(KNOWN_AS)) {
      // A bare bracket says nothing by itself: the full name in it must end as the name used does (`anh Năm Hạ (Nguyễn Minh Hạ, …)`).
      if (bareBracket && nameKey(used).split(' ').at(-1) !== nameKey(real).split(' ').at(-1)) continue
      const person = byKey.get(nameKey(real))
      // The name used is the tail of the run before `tức` (`diễn viên Minh Béo`).
      const alias = [...byKey.entries()].find(([key, p]) => p !== person && nameKey(used).endsWith(key))?.[1]
      if (!person || !alias) continue
      // Two full names (`Trần Xuân Bách (tên khai sinh Vũ Thiện Tuấn)`, `Nguyễn Tuân tên thật là Nguyễn Kim
      // Thành`): the article goes by the one it uses; the other, written only there, is no one else.
      const twoFullNames = SURNAMES.has(alias.name.split(/[ \u00a0]/)[0] ?? '') && wordCount(alias.name) >= 2
      if (twoFullNames && timesWritten(real, blocks) !== 1) continue
      const [kept, gone] = twoFullNames ? [alias, person] : [person, alias]
      absorb(kept, gone)
      dropped.add(gone)
    }
  }
  return people.filter((p) => !dropped.has(p))
}

/**
 * A verb of saying right after the name: `Allyson Keane bảo`, `Raymont Burhadt nói rằng`. Not
 * after a place preposition or `của`, `với` (`người phụ trách … tại Children Hub cho biết`: someone
 * there speaks; an apposition after `của` still describes its name), nor after an organisation word
 * and what it does (`Trung tâm ngôn ngữ Golden Key cũng cho biết`).
 */
const SPEAKS_AFTER = /^[ \u00a0]+(?:(?:đã|cũng|vừa|thì)[ \u00a0]+)?(?:nói|bảo|kể|cho biết|cho rằng|khẳng định|kết luận|nhấn mạnh|phát biểu|chia sẻ|tâm sự|giải thích|thừa nhận|tuyên bố)(?![\p{L}\p{M}])/u
const PLACE_PREPOSITION_BEFORE = /(?<![\p{L}\p{M}])(?:tại|ở|của|từ|trong|với)[ \u00a0]*$/u
const speaks = (before: string, after: string) =>
  SPEAKS_AFTER.test(after) && !PLACE_PREPOSITION_BEFORE.test(before) && !isOrganisationDescribedBefore(before)
/** A work and `của` before its author: `bài Đàn chim Việt cũng của Văn Cao`, `(Bản dịch của Quách Tấn)`. */
const WORK_OF_BEFORE =
  /(?<![\p{L}\p{M}])(?:bài(?:[ \u00a0]+(?:hát|thơ|báo|viết))?|ca[ \u00a0]+khúc|tác[ \u00a0]+phẩm|cuốn|sách|bản[ \u00a0]+dịch|tập[ \u00a0]+thơ|truyện|tiểu[ \u00a0]+thuyết|bộ[ \u00a0]+phim|vở[ \u00a0]+kịch|bức[ \u00a0]+tranh|ký[ \u00a0]+sự|tiểu[ \u00a0]+luận|câu[ \u00a0]+nói|nhân[ \u00a0]+vật|ngụ[ \u00a0]+ngôn|tường[ \u00a0]+thuật)(?![\p{L}\p{M}])[^.;:!?()]{0,60}?[ \u00a0]của[ \u00a0]+$/iu
/** A verb right before a name makes it an object, which `là` after it does not describe (`bổ nhiệm Bùi Tiến Dũng là Bộ trưởng`). */
const OBJECT_BEFORE = /(?<![\p{L}\p{M}])(?:bổ[ \u00a0]+nhiệm|đề[ \u00a0]+xuất|đề[ \u00a0]+cử|chỉ[ \u00a0]+định|giới[ \u00a0]+thiệu|bầu|cử|thay)[ \u00a0]+(?:(?:ông|bà|anh|chị)[ \u00a0]+)?$/u
/** A title set off by a comma before a foreign name: `Cựu thủ tướng Thái Lan kiêm Đại sứ thiện chí của UNICEF, Anand Panyarachun`. */
const isTitledBeforeComma = (before: string) => /,[ \u00a0]*$/u.test(before) && titlesBefore(before.replace(/[ \u00a0]*,[ \u00a0]*$/u, '')).some(isCueTitle)

/** Candidates of one block with the context that decides them. */
function judgeBlock(block: TextBlock, index: number, blockCount: number): Judged[] {
  const { text } = block
  const judged: Judged[] = []
  let clauseFrom = 0
  for (const candidate of nameCandidates(text)) {
    // A title chain is at most a few hundred characters; a longer look-back only costs time.
    const before = text.slice(Math.max(clauseFrom, candidate.start - 240), candidate.start)
    const after = text.slice(candidate.end)
    clauseFrom = candidate.end
    const writtenBefore = titlesBefore(before)
    const listTitle = listTitleBefore(before)
    const titles = [...(writtenBefore.length === 0 && listTitle ? [listTitle] : writtenBefore), ...titlesAfter(after, !OBJECT_BEFORE.test(before))]
    // The titles that mark the name as a person's; a small unit's head is only written with it.
    const titlesBeforeName = writtenBefore.filter(isCueTitle)
    const cueTitles = titles.filter(isCueTitle)
    // "Chủ tịch Hồ Chí Minh" is the person; "Hiệu trưởng Trường Nguyễn Đình Chiểu" is a school.
    const bareTitle = titlesBeforeName.length > 0 && (isBareTitle(titlesBeforeName.at(-1)!) || endsWithBareHead(before))
    const personCue = hasPersonCueBefore(before) || bareTitle
    const aged = AGE_AFTER.test(after)
    // What is said of the person after the name; a foreign name may also have its cue a few words back.
    const saidOf =
      candidate.kind === 'vietnamese'
        ? hasOccupationAfter(after) || isDescribedAfter(before, after)
        : (isCuedFromAfar(before) && !CUT_BEFORE_CAPITAL.test(after)) || isDescribedAfter(before, after) || isTitledBeforeComma(before) || speaks(before, after)
    const cue = personCue || cueTitles.length > 0 || aged || saidOf || WORK_OF_BEFORE.test(before)
    // `Phó Chủ tịch UBND TP Phạm Văn Dũng`: a full name after a title ending in its unit is the
    // holder, the place left unsaid; cities named after people are `placeLike`.
    const afterUnit = titlesBeforeName.length > 0 && UNIT_END.test(before)
    const unitNamed = afterUnit && placeFollows(after)
    const holderOfUnit =
      ((afterUnit && !unitNamed) || (titlesBeforeName.length > 0 && GENERIC_BODY_END.test(before) && !candidate.placeLike)) &&
      candidate.words >= 3 &&
      !endsWithPlace(candidate.name)
    // A reader's signature after an online question: `…được không? (vo duy hoang phu, 20 tuổi, …)`,
    // `… năm 2004, 2005 (Trương Lê Khánh, 19 tuổi, Nam, 36/9 Nguyễn Khuyến, …)`, `(Huỳnh Mai, 23 tuổi, dhuynhmai@)`.
    const signature =
      (QUESTION_SIGNED.test(before) || (SIGNATURE_OPENS.test(before) && SIGNATURE_AFTER.test(after))) ||
      // A letter or column signed with an e-mail address: `Trương Điện Thắng (dienthang@thanhnien.com.vn)`.
      /^[ \u00a0]*\([ \u00a0]*[\w.-]+@[\w.-]+[ \u00a0]*\)/u.test(after) ||
      // A vox-pop signed after the statement: `… trong vài năm gần đây. (Trần Hồng Phúc, 25 tuổi, kỹ sư in)`.
      (/[.!?…"”][ \u00a0]*\([ \u00a0]*$/u.test(before) && /^[ \u00a0]*,[ \u00a0]*\d{1,3}[ \u00a0]*tuổi/u.test(after)) ||
      // A reader's name and place or class right after the question: `… xin việc làm ở đâu ? Trần Mỹ Trâm (Lớp 12C …)`.
      (/\?[ \u00a0]*$/u.test(before) && /^[ \u00a0]*\([^()]{1,80}\)/u.test(after)) ||
      // A letter's signature before the answer: `Nguyễn Văn Nam (huyện Ba Vì) Trả lời …`, `Bạn đọc Trương Minh Sơn (Thanh Hóa) hỏi:`.
      /^[ \u00a0]*\([^()]{1,60}\)[ \u00a0]*(?:Trả lời|TRẢ LỜI|Hỏi|Đáp)(?![\p{L}\p{M}])/u.test(after) ||
      // A vox pop signed on a line of its own, the next paragraph run on in the scraped text: `… bừa bãi. Cô giáo
      // Nguyễn Võ Uyên Mi (đường số 9, phường 16, quận Gò Vấp) Phường có thể …`.
      (SIGNATURE_LINE_OPENS.test(before) && /^[ \u00a0]*\([^()]{3,100}\)[ \u00a0]*\p{Lu}\p{Ll}/u.test(after)) ||
      (/(?<![\p{L}\p{M}])(?:[Bb]ạn[ \u00a0]+đọc|[Đđ]ộc[ \u00a0]+giả)[ \u00a0]*$/u.test(before) && /^[ \u00a0]*(?:\([^()]{1,60}\)[ \u00a0]*)?(?:hỏi|viết|gửi|:)(?![\p{L}\p{M}])/u.test(after)) ||
      // A letter or an answer signed in brackets that close the paragraph or come before the next sentence:
      // `… (Ông Nguyễn Vinh Sơn – trú tại phố Lò Sũ)`, `… hậu quả. (Luật sư Đặng Văn Sơn - Đoàn Luật sư TP Hà Nội) Khi …`.
      (BRACKET_SIGNATURE_BEFORE.test(before) && /^[ \u00a0]*[-–,][^()]{1,80}\)[ \u00a0.]*(?:$|\p{Lu})/u.test(after)) ||
      // A testimonial signed after the quote: `… tiếp thu kiến thức dễ dàng.” - Trần Thị Nhật Hoàn “Tôi rất quý …`.
      (/[”"][ \u00a0]*[-–][ \u00a0]*$/u.test(before) && /^[ \u00a0]*(?:[“"]|$)/u.test(after))
    // `ngã tư Nam Kỳ Khởi Nghĩa - Lý Chính Thắng`, `ô phố Hàng Bạc - Mã Mây - Tạ Hiền`: streets of a crossing or block.
    const organisation =
      !personCue &&
      !holderOfUnit &&
      (isOrganisationBefore(before) || CROSSING_BEFORE.test(before.slice(-80)) || STREET_SEGMENT_AFTER.test(after) || WARD_AFTER.test(after) || (!cue && (isListedAfterOrganisation(before) || ADDRESS_AFTER.test(after) || isListedBesidePlace(before, after))))
    const rejected =
      organisation ||
      (unitNamed && !personCue) ||
      // `Tài xế xe 53M 4321 Phan Văn Trí, SN 1976`, `Hiệu phó ĐH Nông nghiệp 1 Nguyễn Văn Muôn`:
      // an age, or a title the number ends, says the number was no house's.
      (isHouseNumberBefore(before) && !aged && writtenBefore.length === 0) ||
      isFirmBefore(before) ||
      // A body's foreign name in brackets after its own: `Hãng Hàng không TQ (Air China) tại VN`.
      (candidate.kind === 'foreign' && /\p{Lu}[\p{L}\p{M}]*[ \u00a0]*\([ \u00a0]*$/u.test(before) && /^[ \u00a0]*\)/u.test(after) && titlesBeforeName.length > 0) ||
      // `Ông Mai Trần Thanh Hoàng, Giám đốc Công ty TNHH TM và DV Hoàng Phước Minh`: the title is
      // the earlier name's, so the name after the firm's kind is the firm's.
      (!personCue && titlesBeforeName.length > 0 && FIRM_END.test(before) && isApposition(before, titlesBeforeName[0]!, true)) ||
      // An anonymised name: `ông Nguyễn Xuân Đ., chủ xưởng …`, `Nguyễn Thị Thu H. (ngụ …)`:
      // a single capital and a period after the last word hide the given name.
      /^[ \u00a0]\p{Lu}\.(?![\p{L}\p{M}\d]|[ \u00a0]*\p{Lu}[\p{Ll}\p{M}])/u.test(after) ||
      // The given name cut to its initial, or a letter as in an example: `anh Nguyễn Xuân A. (35 tuổi`,
      // `Con trai của ông Đỗ Văn Y. phải là Đỗ Văn X.`; after `Văn` or `Thị` any letter but `Y`, a given
      // name too, is the stand-in of the law textbook, period or not (`Ông Lê Văn A, Hiệu trưởng …`).
      (candidate.kind === 'vietnamese' && /[ \u00a0]\p{Lu}$/u.test(candidate.name) && /^\.(?![\p{L}\p{M}\d])/u.test(after)) ||
      /(?<![\p{L}\p{M}])(?:Văn|Thị)[ \u00a0][A-XZ]$/u.test(candidate.name) ||
      // A clan, not a person: `Hội đồng Trị sự Nguyễn Phước Tộc`, `họ Nguyễn Phúc tộc`.
      /^[ \u00a0]+[Tt]ộc(?![\p{L}\p{M}])/u.test(after) ||
      // A kind of person the name stands for: `sẽ tiếp tục có những Bùi Tiến Dũng khác`.
      (/(?<![\p{L}\p{M}])những[ \u00a0]+$/u.test(before) && /^[ \u00a0]+khác(?![\p{L}\p{M}])/u.test(after)) ||
      // Glued after a word or number and a hyphen, part of a longer name: `Công ty cổ phần Bê Tông 620-Châu Thới`, `(12-Nguyễn Viết Xuân-Đà Lạt)`.
      /[\p{L}\p{N}][-–/]$/u.test(before) ||
      // A title in quotes that the name fills: `cuốn “Hoàng Lê Nhất Thống Chí”`, `về "Lâm Gia Trang" (các nhà nghỉ …)`.
      (!personCue && QUOTE_OPENS.test(before) && QUOTE_CLOSES.test(after)) ||
      signature ||
      // The writer's address after the age in a signature: `(Nguyễn Lan Anh, 23 tuổi, Nữ, 118, Lê Đình Lý, TP Đà Nẵng)`.
      /\([^()]*\d{1,3}[ \u00a0]*tuổi[^()]*$/u.test(text.slice(Math.max(0, candidate.start - 240), candidate.start)) ||
      // `Giám đốc Bảo tàng Phú Yên Phan Đình Phùng`, `Trưởng tàu E1 Nguyễn Đình Chiểu`: a title ending in its place or
      // its unit's code names its holder. A title in apposition after it (`Võ Văn Kiệt, nguyên Ủy viên Bộ Chính trị`) is said of no street.
      (candidate.placeLike && !personCue && cueTitles.length === titlesBeforeName.length && !(titlesBeforeName.length > 0 && (endsWithPlace(before) || UNIT_CODE_END.test(before)))) ||
      isByline(candidate, text, index, blockCount, cue, cueTitles.length > 0)
    // At the start of a clause a capitalised ordinary word can pass for a surname.
    const startsClause = CLAUSE_START.test(text.slice(0, candidate.start).trimEnd())
    // A pen name after a place counts only as the name a title ending in that place leads to,
    // with the sentence or the list going on after it (`Chủ tịch Hội nhà báo Việt Nam Thuận Hữu;`).
    const accepted = candidate.afterPlace
      ? !rejected && titlesBeforeName.length > 0 && !bareTitle && !isApposition(before, titlesBeforeName[0]!) && /^(?:[ \u00a0]*(?:[;,.:)]|$)|[ \u00a0]+\p{Ll})/u.test(after)
      : !rejected && decide(candidate, cue, startsClause) && !endsCompanyName(candidate, personCue, titlesBeforeName, before)
    const rank = rankBefore(before, titlesBeforeName)
    judged.push({ ...candidate, block: index, titles, accepted, rejected, signature, personCue, cued: cue, organisation, firm: !personCue && titlesBeforeName.length === 0 && FIRM_END.test(before), ...(rank && { rank }), ...(listTitle && { listTitle }) })
  }
  return judged
}

const RANK = new RegExp(`(?<![\\p{L}\\p{M}])(?:${caseFlexibleAlternation(RANKS)})(?![\\p{L}\\p{M}])`, 'gu')
const squeeze = (text: string) => text.replace(/[\s,]+/gu, '')

/**
 * The rank written before a name, before its degrees or its title chain: `Thượng tướng GS.TS
 * Tô Lâm`, `Đại tướng Tổng Tư lệnh Võ Nguyên Giáp`, `Thượng tướng, Bộ trưởng … Tô Lâm`.
 */
function rankBefore(before: string, titles: string[]): string | undefined {
  const tail = before.slice(-240)
  const found = [...tail.matchAll(RANK)].at(-1)
  if (!found) return undefined
  const gap = tail.slice(found.index + found[0].length).trim().replace(/^,[ \u00a0]*/u, '')
  if (gap !== '' && !isDegreesOnly(gap) && squeeze(gap) !== squeeze(titles.join(','))) return undefined
  return RANKS.find((rank) => rank.toLowerCase() === found[0].toLowerCase())
}

/**
 * The title is an apposition of the words before it (`ông Phúc Tiến, Giám đốc Trung tâm … Việt
 * Nam Hợp Điểm`); `ofName`: of a name, which ends right before the comma (`before` starts
 * where the previous name ended).
 */
function isApposition(before: string, firstTitle: string, ofName = false): boolean {
  const at = before.lastIndexOf(firstTitle)
  return at > 0 && (ofName ? /(?:^|\p{Lu}[\p{Ll}\p{M}]*)[ \u00a0]*,[ \u00a0]*$/u : /,[ \u00a0]*$/u).test(before.slice(0, at))
}

/**
 * A two-word name after a title that names a firm, with no honorific: the end of the firm's
 * name when led by an ambiguous surname (`Giám đốc Công ty TNHH Dịch vụ kế toán Đồng Hưng`),
 * or right after the firm's kind (`Giám đốc Công ty TNHH Lê Thành`, `Công ty Địa ốc Hoàng Quân`).
 */
function endsCompanyName(c: NameCandidate, personCue: boolean, titlesBeforeName: string[], before: string): boolean {
  if (c.words >= 3 || personCue) return false
  return (c.weakSurname && COMPANY.test(titlesBeforeName.at(-1) ?? '')) || FIRM_END.test(before)
}

function decide(c: NameCandidate, cue: boolean, startsClause: boolean): boolean {
  if (c.throughPlace) return cue
  // `Cao Thị Hải Yến` opening a clause: `Thị` after an ambiguous surname makes it a woman's name.
  const woman = c.words >= 3 && c.name.split(/[ \u00a0]/u)[1] === 'Thị'
  if (c.allCaps || (c.weakSurname && (c.words < 3 || (startsClause && !woman)))) return cue
  if (c.kind === 'foreign') return cue || c.honorific === true || FOREIGN_GIVEN_NAMES.has(c.name.split(/[ \u00a0]/)[0] ?? '')
  return c.words >= 3 || cue
}

/**
 * A name alone at the end of the article, or alone on one of its last lines, is the
 * author's byline, not a person the article is about; so is one there after a degree alone
 * (`… của chúng ta. PGS.TS Bùi Đình Phong`), which is a cue anywhere else.
 */
function isByline(c: NameCandidate, text: string, block: number, blockCount: number, cue: boolean, titled: boolean): boolean {
  if (block < blockCount - 2) return false
  if (SIGNATURE_LINE.test(text.trim())) return true
  // The author with a co-author, an affiliation or an outlet, and nothing more, on a line of its
  // own or ending the article: `Vũ Vân Anh - Nguyễn Quang`, `… quốc gia”. Bùi Xuân Việt, Học
  // viện Chính trị Quốc gia Hồ Chí Minh`, `Hà Tùng Long/Dân Trí`.
  const head = text.slice(0, c.start)
  const opens = head.trim()
  const rest = text.slice(c.end)
  if ((opens === '' || (block === blockCount - 1 && /[.!?…"”]$/u.test(opens))) && AUTHOR_LINE_REST.test(rest) && lowerCaseWords(rest) <= 3 && !titled) return true
  const nothingAfter = rest.replace(/[\s.,;)\-–]+/gu, '') === ''
  if (cue) return !titled && isDegreeOnlyBefore(head) && nothingAfter
  return nothingAfter && (opens === '' || /[.!?…"”)]$|[-–]$/u.test(opens) || c.allCaps)
}

/** A bracket opened after a sentence, with an honorific or `Luật sư` at most before the name. */
const BRACKET_SIGNATURE_BEFORE = /[.!?…"”][ \u00a0]*\([ \u00a0]*(?:(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Ll]uật[ \u00a0]+sư|LS\.?)[ \u00a0]+)?$/u
/** Right after a reader's question, the bracket of its signature: `… nhận lại tiền? (Ông Nguyễn Chí Tín, 617/33 …`. */
const QUESTION_SIGNED = /\?[ \u00a0]*\([ \u00a0]*(?:(?:[ÔôBb]à|[Ôô]ng|[Aa]nh|[Cc]hị)[ \u00a0]+|(?:KS|TS|ThS|BS|GV|SV)\.?[ \u00a0]*)?$/u
const SIGNATURE_BRACKET = /\?[ \u00a0]*\([^()]*$/u
/** Readers signing their letters at the end: `Nguyễn Văn Phương (TPHCM)`, `Nguyễn Xuân Sơn (Q.Tân Bình - TPHCM); Minh Châu (TPHCM)`. */
const SIGNATURE_LINE = /^(?:\p{Lu}[\p{L}\p{M}]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}]*){1,4}[ \u00a0]*\([^()]{1,40}\)[ \u00a0]*[;,.]?[ \u00a0]*)+$/u
/** An affiliation is names, with three words in lower case at most (`Học viện Chính trị Quốc gia …`); more is a sentence. */
const lowerCaseWords = (text: string) => text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu)?.length ?? 0
const AUTHOR_LINE_REST = /^[ \u00a0]*[,–/-][ \u00a0]*\p{Lu}[^.!?;:"“”()]{0,100}\.?[ \u00a0]*$/u
/** A street with the stretch meant: `Nguyễn Thị Nhỏ (đoạn từ Lãnh Binh Thăng đến 3 Tháng 2)`, `Đỗ Ngọc Thạnh (Trần Quý đến Xóm Đất)`. */
const STREET_SEGMENT_AFTER = /^[ \u00a0]*\((?:đoạn[ \u00a0]+)?(?:từ[ \u00a0]+)?[^()]{1,40}[ \u00a0]đến[ \u00a0][^()]{1,40}\)/u
/** A street in an address, its ward or district after a comma: `53C, Huỳnh Khương Ninh, Phường Đa Kao, Quận 1` (with nothing that marks a person; not `…, phường đội trưởng`). */
const ADDRESS_AFTER = /^[ \u00a0]*,[ \u00a0]*(?:[Pp]hường|P\.|[Qq]uận|Q\.)[ \u00a0]*(?:\p{Lu}|\d)/u
/** A quotation opening right before a name, and closing after it or a word or two more. */
const QUOTE_OPENS = /[“"][ \u00a0]*$/u
const QUOTE_CLOSES = /^(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}]*){0,2}[ \u00a0]*[”"]/u
/** A unit's code (`tàu E1`, `Cục C67`): no street is written after one. */
const UNIT_CODE_END = /(?<![\p{L}\p{M}])\p{Lu}{1,3}\d{1,4}[ \u00a0]+$/u
/** A school or street with its ward's number in brackets: `Nguyễn Viết Xuân (P3)`, `Lê Thị Hồng Gấm (P.10)`. */
const WARD_AFTER = /^[ \u00a0]*\((?:P\.?|[Pp]hường[ \u00a0]+)[ \u00a0]*\d{1,2}\)/u
/** Streets chained by dashes after a crossing's or street's word; not after `thành phố` (`thành phố Sài Gòn - Trần Văn Trà`). */
const CROSSING_BEFORE =
  /(?<![\p{L}\p{M}])(?:[Nn]gã (?:tư|ba|sáu)|[Nn]út giao|[Đđ]iểm giao|[Gg]iao lộ|[Hh]ành lang|(?<!thành[ \u00a0])phố|đường)(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}]*){1,5}(?:[ \u00a0]*[-–](?:[ \u00a0]+\p{Lu}[\p{L}\p{M}]*){1,5})*[ \u00a0]*[-–][ \u00a0]*$/u
/** An age or a year of birth right after a name: `, 45 tuổi`, `(sinh năm 1980)`, `, SN 1976`, `, 1934, ngụ …`, `- 68 tuổi`. */
const AGE_AFTER = /^[ \u00a0]*[,(–-][ \u00a0]*(?:\d{1,3}[ \u00a0]*tuổi|sinh[ \u00a0]+năm|SN|(?:19|20)\d\d[ \u00a0]*,[ \u00a0]*(?:ngụ|trú|thường[ \u00a0]+trú|quê))/u
/** A sentence's end, then perhaps an honorific or rank: where a line of its own may have begun. */
const SIGNATURE_LINE_OPENS = /[.!?…"”][ \u00a0]*(?:\p{Lu}\S*(?:[ \u00a0]+\p{Ll}\S*)?[ \u00a0]+)?$/u
/** A signature's bracket, perhaps with words of the name the run did not take (`(Võ-Tòng Anh, 42 tuổi, …`, `(Nguỵễn Kim Châu, …`, `(Nguyen Thi Kim Dao, …`). */
const SIGNATURE_OPENS = /\([ \u00a0]*(?:\p{Lu}[\p{L}\p{M}]*[ \u00a0-]+){0,3}$/u
/** The form fields of a reader's question: age, then sex or an e-mail address. */
const SIGNATURE_AFTER = /^[ \u00a0]*,[ \u00a0]*\d{1,3}[ \u00a0]*tuổi[ \u00a0]*,[ \u00a0]*(?:(?:Nam|Nữ)[ \u00a0]*,|[^()@]{0,60}@)/u
/** A list item: capitalised words between commas. */
const ITEM = '\\p{Lu}[\\p{L}\\p{M}]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}\\p{M}]*){0,4}'
const ITEM_BEFORE = new RegExp(`(?:^|[,;:(][ \\u00a0]*)(${ITEM})[ \\u00a0]*,[ \\u00a0]*$`, 'u')
const ITEM_AFTER = new RegExp(`^[ \\u00a0]*,[ \\u00a0]*(${ITEM})(?=[ \\u00a0]*(?:[,;.)]|và(?![\\p{L}\\p{M}])|$))`, 'u')
/** Listed next to a known place: `Thiên Đàn, Vạn Lý Trường Thành, Vương Phủ Tỉnh, thành phố ngầm Bắc Kinh`. */
function isListedBesidePlace(before: string, after: string): boolean {
  const previous = ITEM_BEFORE.exec(before)?.[1]
  const next = ITEM_AFTER.exec(after)?.[1]
  return (previous !== undefined && PLACES.has(previous)) || (next !== undefined && PLACES.has(next))
}
/** `huyện Hoàng Su Phì, Hà Giang`: the province after a comma says the run was the district. */
function placeFollows(after: string): boolean {
  const next = /^[ \u00a0]*,[ \u00a0]*(?:tỉnh[ \u00a0]+|TP\.?[ \u00a0]*|thành[ \u00a0]+phố[ \u00a0]+)?(\p{Lu}[\p{Ll}\p{M}]*(?:[ \u00a0]+\p{Lu}[\p{Ll}\p{M}]*){0,3})/u.exec(after)?.[1]
  if (!next) return false
  const words = next.split(/[ \u00a0]+/u)
  return words.some((_, n) => PLACES.has(words.slice(0, n + 1).join(' ')))
}

/** A run cut before a capitalised word that ends no name (`Ngee Ann Polytechnic`) was a firm's or a school's. */
const CUT_BEFORE_CAPITAL = /^[ \u00a0]+\p{Lu}/u
/**
 * A unit of local government ending a title (`Chủ tịch UBND TP`, `Cục Thuế TP`, `cựu Chủ tịch
 * xã`, `Bí thư Tỉnh Đoàn`); a capitalised `Tỉnh` alone leads `Tỉnh Đoàn`.
 */
const UNIT_END = /(?<![\p{L}\p{M}])(?:TP\.?|[Tt]hành[ \u00a0]+phố|tỉnh|huyện|quận|thị[ \u00a0]+xã|xã|phường|(?:Tỉnh|Thành|T\.Ư|TƯ|TW|Trung[ \u00a0]+ương)[ \u00a0]+[Đđ]oàn)[ \u00a0]*$/u
/**
 * A body named by its kind alone, in lower case, at the end of a title: `giám đốc bệnh viện`, `Giám
 * đốc công ty`, `chỉ huy trưởng công trường`. A full name after it is the holder's; a body's own
 * name is written with a capital (`Giám đốc Công ty Hoàng Gia Phát`).
 */
const GENERIC_BODY_END = new RegExp(`(?<![\\p{L}\\p{M}])(?:${writtenAlternation(GENERIC_BODIES)})[ \\u00a0]*$`, 'u')
/** A company word and the words of its kind (`Công ty TNHH thương mại xuất nhập khẩu`). */
const FIRM_END = new RegExp(`${COMPANY.source}(?:[ \\u00a0]+(?:${caseFlexibleAlternation(COMPANY_KINDS)}))*[ \\u00a0]*$`, 'u')

/**
 * A name the article writes right after a company word elsewhere names that company wherever
 * no honorific or bare title marks a person, a title ending in the company word being none (`giám đốc Công ty Thương mại - Xuất nhập khẩu
 * Hoàng Gia Phát` after `Công ty Hoàng Gia Phát nói`). Schools and streets are named after
 * people the same article may name too; companies seldom are.
 */
function rejectFirmNames(judged: Judged[], blocks: TextBlock[]): void {
  const firms = new Set(judged.filter((c) => c.firm).map((c) => nameKey(c.name)))
  for (const c of judged) {
    if (!firms.has(nameKey(c.name))) continue
    // An owner's title ending in the company word is no mark of a person: `bà Trương Thị Minh, chủ doanh nghiệp Võ Minh`.
    if (c.personCue && !FIRM_END.test(blocks[c.block]!.text.slice(Math.max(0, c.start - 60), c.start))) continue
    c.accepted = false
    c.rejected = true
  }
}

/** What separates the members of a list: `, `, `; `, ` và `, ` - `. */
const LIST_GAP = /^[ \u00a0]*(?:[,;]?[ \u00a0]*(?:và|hoặc)?|[-–](?=[ \u00a0]))[ \u00a0]*$/u
/**
 * The same after a short aside: in a list of people, a comma or a semicolon (`Đại biểu Nguyễn
 * Ngọc Phương (Quảng Bình); Cao Thị Xuân`); in a list of schools or streets, a comma only
 * (`TH Bành Văn Trân (P7), Phan Đình Phùng (P7)`; `Trường THCS Ngô Sĩ Liên (Q. Tân Bình); Mạch
 * Bảo Long` goes on to a pupil).
 */
const ASIDE = '\\([^()]{1,40}\\)'
const ASIDE_THEN_PERSON = new RegExp(`^[ \\u00a0]*${ASIDE}[ \\u00a0]*[,;][ \\u00a0]*$`, 'u')
/**
 * Between two streets or schools of one list: an aside, and list items that are no names
 * (`đường Lê Hồng Phong (từ …), Nơ Trang Long (Bình Thạnh), Đinh Đức Thiện`), then a comma or
 * `và` (`các trường Nguyễn Du (quận 1) và Ngô Sỹ Liên`).
 */
const ASIDE_THEN_PLACE = new RegExp(
  `^[ \\u00a0]*(?:${ASIDE}[ \\u00a0]*)?(?:,[ \\u00a0]*\\p{Lu}[\\p{L}\\p{M}]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}\\p{M}]*){0,3}[ \\u00a0]*(?:${ASIDE}[ \\u00a0]*)?)*(?:,|và)[ \\u00a0]*$`,
  'u',
)
const listGap = (text: string, from: Judged, to: Judged, aside: RegExp) => {
  const gap = from.end <= to.start ? text.slice(from.end, to.start) : text.slice(to.end, from.start)
  return (LIST_GAP.test(gap) && gap.trim() !== '') || aside.test(gap)
}

/**
 * Names listed right after one an organisation or street word leads name more of the same,
 * unless a cue or title marks them as people: `các đường Nguyễn Thị Nhỏ, Phạm Đình Hổ, Lê
 * Quang Sung`, `giao lộ Trần Cao Vân - Phùng Khắc Khoan`.
 */
function rejectListedAfterOrganisation(judged: Judged[], blocks: TextBlock[]): void {
  for (let i = 0; i < judged.length; i++) {
    if (!judged[i]!.organisation) continue
    for (let j = i + 1; j < judged.length; j++) {
      const [c, previous] = [judged[j]!, judged[j - 1]!]
      if (c.block !== previous.block || c.personCue || c.titles.some(isCueTitle) || !listGap(blocks[c.block]!.text, previous, c, ASIDE_THEN_PLACE)) break
      c.accepted = false
      c.rejected = true
      c.organisation = true
    }
  }
}

/** A company word and the capitalised words of its name (`Cty TNHH MTV Nam `). */
const FIRM_NAME_END = new RegExp(`${COMPANY.source}(?:[ \\u00a0]+\\p{Lu}[\\p{L}\\p{M}]*)+[ \\u00a0]+$`, 'u')

/** Two-word names without a cue count when they stand in a list with accepted names. */
function acceptListMembers(judged: Judged[], blocks: TextBlock[]): void {
  spreadThroughLists(judged, blocks, (c) => c.accepted, (c) => !(c.rejected || c.placeLike || c.allCaps || c.afterPlace), (c) => (c.accepted = true))
}

/**
 * A name nothing marks as a person's, listed next to a street or place, is one too: `Nơ Trang Long
 * (Bình Thạnh), Đinh Đức Thiện, Tân Sơn Nhì`, `Lê Thánh Tôn - Tôn Đức Thắng - Huỳnh Tấn Phát`.
 */
function rejectListedWithPlaces(judged: Judged[], blocks: TextBlock[]): void {
  spreadThroughLists(
    judged,
    blocks,
    (c) => (c.placeLike && !c.accepted && !c.organisation) || c.listedPlace === true,
    // What follows the last of the list may be the next clause's subject (`…, Châu Văn Liêm, tài xế ung dung …`): only a cue before the name holds.
    (c) => c.accepted && !c.personCue && !c.titles.some(isCueTitle),
    (c) => {
      c.accepted = false
      c.rejected = true
      c.organisation = true
      c.listedPlace = true
    },
  )
}

/** A name listed next to one the article marks as a person is marked too: `cụ Huỳnh Thúc Kháng, Trần Huy Liệu`. */
function spreadCuesThroughLists(accepted: Judged[], blocks: TextBlock[]): void {
  spreadThroughLists(accepted, blocks, (c) => c.cued, () => true, (c) => (c.cued = true))
}

/** Between holders of a title over a list: `, `, ` và `, an aside, an honorific (`… Phùng Minh Sơn và bà Nguyễn Thị Thùy`). */
const HOLDER_GAP = /^[ \u00a0]*(?:\([^()]{1,40}\)[ \u00a0]*)?(?:[,;][ \u00a0]*)?(?:(?:và|cùng)[ \u00a0]+)?(?:(?:ông|bà|đồng[ \u00a0]+chí)[ \u00a0]+)?$/u

/**
 * Titles several people hold in one body: a deputy's, a member's, a delegate's. `2 Bộ trưởng Công
 * nghiệp Hoàng Trung Hải và Trần Thị Trung Chiến` names the second minister's ministry no more.
 */
const SHARED_TITLE = /^(?:[Pp]hó|[Ủủ]y[ \u00a0]+viên|[Uu]ỷ[ \u00a0]+viên|[Tt]hứ[ \u00a0]+trưởng|[Đđ]ại[ \u00a0]+biểu|ĐB|[Tt]hành[ \u00a0]+viên)(?![\p{L}\p{M}])/u

/** The holders listed after the first under a title over the list hold it too, unless they have titles of their own. */
function spreadListTitles(accepted: Judged[], blocks: TextBlock[]): void {
  for (let i = 1; i < accepted.length; i++) {
    const [previous, c] = [accepted[i - 1]!, accepted[i]!]
    const title = previous.listTitle
    if (!title || !(isBareTitle(title) || SHARED_TITLE.test(title)) || c.block !== previous.block || c.titles.length > 0) continue
    const gap = blocks[c.block]!.text.slice(previous.end, c.start)
    if (!gap.trim() || !HOLDER_GAP.test(gap)) continue
    c.titles = [title]
    c.listTitle = title
  }
}

/** Gives `mark` to every name that `may` take it and stands in a list next to one that `has` it, until nothing changes. */
function spreadThroughLists(
  names: Judged[],
  blocks: TextBlock[],
  has: (c: Judged) => boolean,
  may: (c: Judged) => boolean,
  mark: (c: Judged) => void,
): void {
  let changed = true
  while (changed) {
    changed = false
    for (let i = 0; i < names.length; i++) {
      const c = names[i]!
      if (has(c) || !may(c)) continue
      const neighbours = [names[i - 1], names[i + 1]].filter((n): n is Judged => n?.block === c.block && has(n))
      if (neighbours.some((n) => listGap(blocks[c.block]!.text, n, c, ASIDE_THEN_PERSON))) {
        mark(c)
        changed = true
      }
    }
  }
}

/**
 * A foreign name listed by one word, its cue's (`hoàng hậu Mumtaz`, `hoàng hậu Deri`), is the fuller
 * name the article also writes without a cue, when one holds that word: `Mumtaz Mahal`, `nàng Rudba Deri`.
 */
function lengthenForeignShortForms(people: PersonMention[], judged: Judged[]): void {
  for (const person of people) {
    if (person.name.includes(' ')) continue
    const fuller = judged.find((c) => c.kind === 'foreign' && c.words >= 2 && !c.accepted && !c.rejected && c.name.split(/[ \u00a0]+/u).includes(person.name))
    if (fuller && !people.some((p) => nameKey(p.name) === nameKey(fuller.name))) person.name = fuller.name
  }
}

/** A full name and, in a bracket of its own, the name the person went by: `chị Trương Thị Kim Liên (Sáu Phú)`. */
const NICKNAME_AFTER = /(\p{Lu}[\p{Ll}\p{M}]*(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]*){1,4})[ \u00a0]*\([ \u00a0]*(\p{Lu}[\p{Ll}\p{M}]*(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]*){1,2})[ \u00a0]*\)/gu
/** A southern name by birth order and given name: `Sáu Giàu`, `Mười Cúc`. */
const BIRTH_ORDER_NAME = /(?<![\p{L}\p{M}])(?:Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười|Út)[ \u00a0](\p{Lu}[\p{Ll}\p{M}]*)(?![\p{L}\p{M}]|[ \u00a0]\p{Lu})/gu
/**
 * The names people listed by their full names went by, so that `chị Sáu` later is `Sáu Phú` again, no
 * one new: one in a bracket after the full name, and one by birth order with the full name's given name
 * (`ông Sáu Giàu`, `thầy Giàu` of `Trần Văn Giàu`).
 */
function nicknames(people: PersonMention[], blocks: TextBlock[]): string[] {
  const listed = new Set(people.map((p) => nameKey(p.name)))
  const givenNames = new Set(people.filter((p) => wordCount(p.name) >= 3).map((p) => p.name.split(' ').at(-1)))
  // The run before the bracket may begin with a capitalised honorific or a title's last words: a tail of it is the name.
  const endsInListed = (run: string) => nameKey(run).split(' ').some((_, i, words) => listed.has(words.slice(i).join(' ')))
  return blocks.flatMap(({ text }) => [
    ...[...text.matchAll(NICKNAME_AFTER)].filter(([, run = '', nickname = '']) => endsInListed(run) && !PLACES.has(nickname)).map(([, , nickname = '']) => nickname),
    ...[...text.matchAll(BIRTH_ORDER_NAME)].filter(([, given]) => givenNames.has(given)).map(([nickname]) => nickname),
  ])
}

/** A later `ông Bình`, `bà Trang` marks the full name it shortens as a person's. */
function markShortened(people: PersonMention[], shortReferences: RegExpExecArray[][]): void {
  const shortened = shortReferences.flat().map((m) => nameKey(m[1] ?? '').split(' '))
  for (const person of people) {
    const words = nameKey(person.name).split(' ')
    if (person.uncued && shortened.some((short) => endsWith(words, short))) delete person.uncued
  }
}

/**
 * A foreign name glued to the place of the title before it (`Phó Thị trưởng Toronto Mike Feldman`)
 * is the name the article writes elsewhere on its own (`ông Mike Feldman`): keep that tail.
 */
function dropPlaceBeforeForeignName(accepted: Judged[]): void {
  const names = new Set(accepted.map((c) => nameKey(c.name)))
  for (const c of accepted) {
    if (c.kind !== 'foreign' || c.words < 3) continue
    const words = c.name.split(/[ \u00a0]+/u)
    const tail = words.slice(1).join(' ')
    if (!names.has(nameKey(tail))) continue
    c.start += c.name.length - tail.length
    c.name = tail
    c.words--
  }
}

/**
 * A four-word name that goes on a firm's capitalised name took its last word: `Phó Tổng Giám đốc
 * Cty TNHH MTV Nam Triệu Bùi Hữu Hùng` is Bùi Hữu Hùng of the shipyard Nam Triệu, when the
 * three words after it begin with a surname.
 */
function dropFirmNameEnd(accepted: Judged[], blocks: TextBlock[]): void {
  for (const c of accepted) {
    if (c.kind !== 'vietnamese' || c.words !== 4) continue
    const [, second = ''] = c.name.split(/[ \u00a0]/u)
    if (!SURNAMES.has(second) || !FIRM_NAME_END.test(blocks[c.block]!.text.slice(0, c.start))) continue
    const cut = c.name.indexOf(second, c.name.indexOf(' '))
    c.name = c.name.slice(cut)
    c.start += cut
    c.words = 3
  }
}

/**
 * A four-word name whose first three words the article also writes as a name on their own
 * took the first word of a glued next sentence (`Nguyễn Minh Hiển Trao đổi với …`); so did one
 * whose last word starts a common compound (`Nguyễn Tấn Dũng Huân chương Ixala …`): keep the three words.
 */
function dropGluedFourthWord(accepted: Judged[], blocks: TextBlock[]): void {
  const keys = new Set(accepted.map((c) => nameKey(c.name)))
  for (const c of accepted) {
    if (c.kind !== 'vietnamese' || c.words !== 4) continue
    const cut = c.name.replace(/[ \u00a0]+\S+$/u, '')
    const next = /^[ \u00a0]+(\p{Ll}+)/u.exec(blocks[c.block]!.text.slice(c.end))?.[1]
    if (!keys.has(nameKey(cut)) && !COMMON_COMPOUNDS.has(`${c.name.slice(cut.length).trim()} ${next}`)) continue
    c.name = cut
    c.end = c.start + cut.length
    c.words = 3
  }
}

/** What may follow a name's last word: punctuation, a lower-case word, the end. */
const NAME_ENDS = /^(?:[ \u00a0]*[,.;:()]|[ \u00a0]\p{Ll}|[ \u00a0]*$)/u
/**
 * A name cut before a given name that is also a sentence word (`chị Nguyễn Kim Để còn rất
 * mệt` after `chị Nguyễn Kim Để, …`) is the full name the article writes elsewhere; one cut
 * before a given name no Vietnamese syllable spells goes on to it after an honorific.
 */
function joinCutNames(accepted: Judged[], blocks: TextBlock[]): void {
  const keys = new Set(accepted.map((c) => nameKey(c.name)))
  for (const c of accepted) {
    if (c.kind !== 'vietnamese' || c.words < 2 || c.words > 3) continue
    const after = blocks[c.block]!.text.slice(c.end)
    const next = /^[ \u00a0](\p{Lu}[\p{Ll}\p{M}]*)(?![\p{L}\p{M}])/u.exec(after)?.[1]
    // After an honorific, a given name no Vietnamese syllable spells ends the run: `anh Trần Đình Zét (dạy môn hóa)`.
    // Not an initial cut short (`chị Trần Thị Thu Th. (SN 1970)`, anonymised): a vowel, three letters or more.
    const foreignGivenName =
      c.personCue && next !== undefined && next.length >= 3 && /[aeiouy]/u.test(foldDiacritics(next)) && !isVietnameseSyllable(next) && NAME_ENDS.test(after.slice(next.length + 1))
    if (!next || !(keys.has(nameKey(`${c.name} ${next}`)) || foreignGivenName)) continue
    c.name = `${c.name} ${next}`
    c.end += next.length + 1
    c.words++
  }
}

/**
 * A double-barrelled foreign name written with a space after its hyphen (`cô Kate Sherriff- Smith`,
 * `bà Ang Lee- Na`) is one name, as written; not a title after it (`Boris Struk- Giám đốc …`).
 * A spaced hyphen joins two names (`Putin - Medvedev`), but not a full name and one foreign word that
 * ends the run: `Laura Mayne - Kerbrat (ban nhạc Natie)`; a Vietnamese word there starts a title
 * (`bà Claire Collingwood - Cán bộ tuyển sinh`).
 */
const SECOND_BARREL = /^-[ \u00a0]+\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}-])/u
const SPACED_SECOND_BARREL = /^[ \u00a0]+-[ \u00a0]+(\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}\d-]|[ \u00a0]*(?:\p{Lu}|\d|-))/u
function joinDoubleBarrelled(accepted: Judged[], blocks: TextBlock[]): void {
  for (const c of accepted) {
    if (c.kind !== 'foreign') continue
    const after = blocks[c.block]!.text.slice(c.end)
    const spaced = c.words >= 2 ? SPACED_SECOND_BARREL.exec(after) : null
    const rest = SECOND_BARREL.exec(after)?.[0] ?? (spaced && !isVietnameseSyllable(spaced[1]!) && !PLACES.has(spaced[1]!) ? spaced[0] : undefined)
    if (!rest || titlesAfter(after).length > 0) continue
    c.name += rest
    c.end += rest.length
  }
}

/** One entry per person: a name that is the tail of a longer accepted name joins it. */
function mergePeople(accepted: Judged[]): PersonMention[] {
  const byKey = new Map<string, PersonMention>()
  const ordered = [...accepted].sort((a, b) => b.words - a.words)
  const entries: Array<{ key: string; person: PersonMention; words: string[] }> = []
  /** The person a name is the full form, a tail or an abbreviation of. */
  const ownerOf = (name: string) => {
    const key = nameKey(name)
    const words = key.split(' ')
    return byKey.get(key) ?? entries.find((e) => endsWith(e.words, words) || abbreviates(words, e.words))?.person
  }
  for (const c of ordered) {
    const key = nameKey(c.name)
    const words = key.split(' ')
    const owner = ownerOf(c.name)
    if (owner) {
      for (const title of c.titles) if (!owner.titles.includes(title)) owner.titles.push(title)
      if (c.rank) owner.rank ??= c.rank
      if (c.cued) delete owner.uncued
      continue
    }
    const person: PersonMention = { name: c.name, titles: [...new Set(c.titles)], ...(c.rank && { rank: c.rank }), ...(!c.cued && { uncued: true }) }
    byKey.set(key, person)
    entries.push({ key, person, words })
  }
  // The article's order of first mention.
  const first = new Map<PersonMention, number>()
  for (const c of accepted) {
    const person = ownerOf(c.name)
    if (person && !first.has(person)) first.set(person, c.block * 1e6 + c.start)
  }
  return entries.map((e) => e.person).sort((a, b) => (first.get(a) ?? 0) - (first.get(b) ?? 0))
}

/** Whether `words` is `full` with its given name cut to the initial (`h.martin` of `henri martin`). */
function abbreviates(words: string[], full: string[]): boolean {
  const initial = /^(\p{Ll})\.(\p{L}.*)$/u.exec(words[0] ?? '')
  if (!initial || full.length !== words.length + 1 || !full[0]!.startsWith(initial[1]!)) return false
  return [initial[2]!, ...words.slice(1)].every((w, i) => full[i + 1] === w)
}

/** The surname of a folded full name after its initials: `marine` of `michael w.marine`. */
const surnameOf = (full: string[]) => full.at(-1)?.replace(/^(?:\p{L}\.)+/u, '')

/** Whether `words` is a strict tail of `full` (`Đam` of `Vũ Đức Đam`, `Đức Đam`). */
function endsWith(full: string[], words: string[]): boolean {
  if (words.length >= full.length) return false
  return words.every((w, i) => full[full.length - words.length + i] === w)
}

/**
 * Given names after an honorific (`chị Hương`, `ông Hân`): they join a full name ending
 * in them, or a name written but not listed (`unlisted`: readers signing a question); one that joins
 * nothing is a person the article names only that way.
 */
function addShortOnly(people: PersonMention[], blocks: TextBlock[], shortReferences: RegExpExecArray[][], unlisted: string[][]): void {
  const known = [...people.map((p) => nameKey(p.name).split(' ')), ...unlisted]
  const added = new Set<string>()
  const references = blocks.flatMap(({ text }, block) =>
    [SHORT_REFERENCE, PEN_NAME_REFERENCE, ROYAL_REFERENCE, LEADER_REFERENCE, APPOSITION_NAME, AGED_NAME].flatMap((pattern) =>
      (pattern === SHORT_REFERENCE ? shortReferences[block]! : [...text.matchAll(pattern)]).map((match) => ({
        text,
        match,
        at: block * 1e6 + match.index,
        apposition: pattern === APPOSITION_NAME || pattern === AGED_NAME,
        royal: pattern === ROYAL_REFERENCE,
        leader: pattern === LEADER_REFERENCE,
        described: pattern !== SHORT_REFERENCE || isDescribed(match, text),
      })),
    ),
  )
  // `ông Tiến cũng cho hay …` and nothing more says who he is: only a given name that something
  // identifies somewhere is a person of the article (`bà Xuyến, chủ sạp`, `bác sĩ Điệp`), or one
  // after an honorific that names a story's ordinary people (`bà Liên trích tiền …`, `bé Thủy`).
  const described = new Set(references.filter((r) => r.described).map((r) => nameKey(r.match[1] ?? '')))
  // Two-word forms first, so `anh Đô` joins `Anh Minh Đô` wherever the article writes each;
  // the people found are listed in the article's order all the same.
  references.sort((a, b) => wordCount(b.match[1] ?? '') - wordCount(a.match[1] ?? ''))
  const found: Array<{ at: number; person: PersonMention }> = []
  for (const { text, match, at, apposition, royal, leader, described: describedHere } of references) {
    // A ruler is named by the fullest form the article writes: `Vua Tuyên Vương` and `Tề Tuyên Vương`.
    const short = (royal && fullerRoyalName(match[1] ?? '', blocks)) || (match[1] ?? '')
    if (apposition && isHonorificFirst(short)) continue
    const end = match.index + match[0].length
    if (isFirmBefore(text.slice(0, match.index + match[0].length - short.length))) continue
    // Readers signing a question: `… tiền SDĐ đã nộp? (Ông Phùng, ông Luyện, ông Bản, 6D …)`.
    if (SIGNATURE_BRACKET.test(text.slice(0, match.index))) continue
    // A capitalised `Ông`/`Bà` inside a sentence is part of a proper name (`ngã ba Ông Đồn`, `Bà Rịa`),
    // and so is one glued to an abbreviation (`P.Cô Giang`: the ward); an abbreviation (`NSND`) is capitalised anywhere.
    const head = text.slice(0, match.index)
    if (!leader && /^\p{Lu}\p{Ll}/u.test(match[0]) && (!CLAUSE_START.test(head.trimEnd()) || /\p{Lu}\.$/u.test(head))) continue
    const words = short.split(/[ \u00a0]/)
    if (words.length === 2 && SURNAMES.has(words[0]!)) continue // a full two-word name: judged above
    if (words.length > 2 && !royal) continue
    // A foreign surname alone after an honorific (`đồng chí Zasepilin`, `bà Pelouze`) says who it is: no
    // ordinary word looks like it. Not a piece of a hyphenated name (`chị Bri-ghít`) nor an initial (`chị Th.`: three letters at least).
    const cue = match[0].slice(0, match[0].length - (match[1] ?? '').length).trim()
    const honorific = cue.toLowerCase()
    const honorificLed = HONORIFICS.includes(honorific)
    // So does a foreign name with an apposition that says who it is (`Anuchai Kanin, du khách …`).
    const foreign =
      (apposition
        ? words.some((w) => !isVietnameseSyllable(w)) && words.every((w) => w.length >= 3 && !NON_NAME_WORDS.has(w))
        : words.length === 1 &&
          (leader || honorificLed) &&
          short.length >= 3 &&
          !isVietnameseSyllable(short) &&
          !NON_NAME_WORDS.has(short) &&
          !text.slice(end).startsWith('-'))
    if (!foreign && (leader || words.some((w) => !isVietnameseSyllable(w) || NON_NAME_WORDS.has(w)))) continue
    // A capitalised common noun, rank or document type, not a given name: `đồng chí Đảng viên mới`,
    // `bà Tài nhân họ Lê`, `cái tên Đề án 636.3`.
    const next = apposition ? undefined : /^[ \u00a0]+(\p{Ll}[\p{Ll}\p{M}]*)/u.exec(text.slice(end))?.[1]
    const compound = next && `${words.at(-1)} ${next}`
    if (compound && (COMMON_COMPOUNDS.has(compound) || HEAD_OR_DOCUMENT_WORDS.has(compound.toLowerCase()))) continue
    // A law's name after `em`: `bán rượu cho trẻ em Luật Trẻ em số 102/2016/QH13`.
    if (words.length > 1 && DOCUMENT_TYPE_WORDS.has(words[0]!)) continue
    // A place is no given name (`chị Lào`), unless an honorific leads it and what follows says who the person is: `anh Đức, một chủ hiệu`.
    const placeAsGivenName = describedHere && honorificLed && isVietnameseSyllable(short) && !HONORIFICS.includes(short.toLowerCase())
    if ((PLACES.has(short) && !placeAsGivenName) || OUTLETS.has(short) || PLACES.has(`${match[0].split(/[ \u00a0]/)[0]} ${short}`)) continue
    const key = nameKey(short)
    const keyWords = key.split(' ')
    if (known.some((full) => endsWith(full, keyWords) || (keyWords.length === 1 && (full.includes(key) || surnameOf(full) === key)))) continue
    const familiar = !apposition && FAMILIAR_HONORIFICS.includes(honorific)
    if (known.some((full) => full.join(' ') === key) || added.has(key) || !(foreign || familiar || describedHere || described.has(key))) continue
    added.add(key)
    known.push(keyWords)
    // A ruler's or a leader's cue is the title (`vua`, `Tổng thống Mỹ`); a profession or rank is none.
    const titles = apposition ? titlesAfter(`, ${text.slice(end)}`) : royal ? [cue] : leader ? titlesBefore(`${cue} `) : []
    found.push({ at, person: { name: short, titles } })
  }
  people.push(...found.sort((a, b) => a.at - b.at).map((f) => f.person))
}

/** Two-word title heads and document types, lower-cased: after an honorific or profession they are no given name (`bác sĩ Giám đốc`, `tên Đề án`). */
const HEAD_OR_DOCUMENT_WORDS: ReadonlySet<string> = new Set(
  [...TITLE_HEADS, ...DOCUMENT_TYPES.map(({ type }) => type)].filter((words) => words.split(' ').length === 2).map((words) => words.toLowerCase()),
)

/** Document types of one word (`Luật`). */
const DOCUMENT_TYPE_WORDS: ReadonlySet<string> = new Set(DOCUMENT_TYPES.map(({ type }) => type).filter((type) => !type.includes(' ')))

/** Only the first letter may be a capital: `cầu Thủ Thiêm` is a bridge. */
const ARTIST_CUES = caseFlexibleAlternation(ARTIST_LISTS, { firstWordOnly: true })
/** `các ca sĩ Thanh Thảo, Đan Trường, …`, `ca sĩ Hồ Ngọc Hà, Phương Thanh`, `các nghệ sĩ như …`: every name of the list is one. */
const ARTIST_LIST = new RegExp(
  // `các ca sĩ Thanh Thảo, Đan Trường`, `các ca sĩ: Nguyên Vũ, Thanh Thảo`, `các ca sĩ của TP.HCM như: Thanh Thảo, Nghi Văn`
  `(?<![\\p{L}\\p{M}])(?:(?:các|những)[ \\u00a0]+)?(?:${ARTIST_CUES})(?:[ \\u00a0]*:)?[ \\u00a0]+(?:(?:của|ở|tại|đến từ)[ \\u00a0]+[^,;:()…]{1,30}?[ \\u00a0]+(?=như|gồm))?(?:(?:như|gồm)[ \\u00a0]*:?[ \\u00a0]*)?(\\p{Lu}[^.;:()…]*)`,
  'gu',
)
/**
 * `nhiều nhà lãnh đạo xuất sắc của Đảng ta như Trần Phú, …`, `những tên tuổi lớn như: Mai Hắc Đế, …`,
 * `các ca sĩ đang được giới trẻ hâm mộ như Siu Black, Đoan Trang`:
 * so is every name of this one, unless another plural starts before `như` (`các nhà khoa học còn phát
 * hiện nhiều loài thú mới như: Sao La`).
 */
const PEOPLE_LIST = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:các|những|nhiều|\\d+)[ \\u00a0]+(?:${caseFlexibleAlternation([...PEOPLE_LISTS, ...ARTIST_LISTS])})(?:[ \\u00a0]+(?!(?:các|những|nhiều|một)[ \\u00a0])[^ \\u00a0,;:()…]+){0,6}?[ \\u00a0]+(?:như|gồm)[ \\u00a0]*:?[ \\u00a0]*(\\p{Lu}[^.;:()…]*)`,
  'gu',
)
const LISTED_NAME = /^\p{Lu}[\p{Ll}\p{M}]+(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]+){1,3}$/u

/**
 * Artists, players and the great of history named in a list after their plural cue, stage names
 * without a surname and names that streets bear included; a member that is a place or ordinary
 * words (`các nghệ sĩ Pháp`, `các cầu thủ Thụy Điển`) is none.
 */
function addListedPeople(people: PersonMention[], blocks: TextBlock[]): void {
  const known = new Set(people.map((p) => nameKey(p.name)))
  for (const { text } of blocks) {
    for (const [, list = ''] of [...text.matchAll(ARTIST_LIST), ...text.matchAll(PEOPLE_LIST)]) {
      for (const item of list.split(/[ \u00a0]*(?:,|[ \u00a0][-–][ \u00a0]|[ \u00a0]và[ \u00a0])[ \u00a0]*/u)) {
        // The last item runs on into the sentence: `… Nguyễn Huệ để đặt tên cho …`.
        const name = item.trim().replace(/[ \u00a0]+\p{Ll}.*$/u, '')
        // A place, or a team named after one (`các cầu thủ Hoàng Anh Gia Lai`), is no one.
        if (!LISTED_NAME.test(name) || PLACES.has(name) || endsWithPlace(name)) continue
        const words = name.split(/[ \u00a0]/u)
        if (words.some((w) => !isVietnameseSyllable(w) || NON_NAME_WORDS.has(w))) continue
        const key = nameKey(name)
        // A pen name the article also writes in full (`nhạc sĩ Duy Cường` of `Vũ Duy Cường`) is that person.
        if (known.has(key) || [...known].some((full) => endsWith(full.split(' '), key.split(' ')))) continue
        known.add(key)
        people.push({ name, titles: [] })
      }
    }
  }
}

/**
 * A short reference that says who the person is: after a profession rather than an honorific
 * (`dược sĩ Điệp`, `tên Toàn`), or with an apposition (`bà Xuyến, chủ sạp`, `anh Ba (tên thân
 * mật …)`, `ông Hùng, thôn Mông Phụ`, `anh Hoàng nhà ở phường …`), or owning something (`phản thịt
 * của chị Xuyến`).
 */
function isDescribed(match: RegExpMatchArray, text: string): boolean {
  const cue = match[0].slice(0, match[0].length - (match[1] ?? '').length).trim().toLowerCase()
  if (!HONORIFICS.includes(cue)) return true
  // `phản thịt của chị Xuyến`: what is hers says who she is.
  if (/(?<![\p{L}\p{M}])của[ \u00a0]*$/u.test(text.slice(0, match.index))) return true
  return DESCRIPTION.test(text.slice((match.index ?? 0) + match[0].length))
}
/**
 * After the name: an aside, a head or deputy of something after a comma (`ông Đại, trưởng ga Hạ
 * Long`, `ông Mười, hạt phó`; `trưởng thành` is to grow up), or (after a comma or not) words that say who the person is.
 */
const DESCRIPTION = new RegExp(
  `^[ \\u00a0]*(?:\\(|[-–][ \\u00a0]*(?:\\p{Ll}|\\d{1,3}[ \\u00a0]*tuổi)|,[ \\u00a0]*\\d|,[ \\u00a0]*(?:(?:trưởng|phó)[ \\u00a0]+(?!thành)\\p{Ll}|\\p{Ll}+[ \\u00a0]+(?:trưởng|phó)(?![\\p{L}\\p{M}]))|(?:[,–-][ \\u00a0]*)?(?:${caseFlexibleAlternation([...DESCRIPTORS, ...PERSON_CUES, ...TITLE_HEADS])})(?![\\p{L}\\p{M}])|\\d{1,3}[ \\u00a0]*tuổi)`,
  'u',
)

/**
 * The name `short` with one capitalised word before it, as the article writes it elsewhere
 * (`Tề Tuyên Vương` for `vua Tuyên Vương`): not a royal cue, not a word that is never a name,
 * and not the tail of a longer capitalised run.
 */
function fullerRoyalName(short: string, blocks: TextBlock[]): string | undefined {
  const escaped = short.replace(/[ \u00a0]/gu, '[ \\u00a0]')
  const longer = new RegExp(`(?<![\\p{L}\\p{M}]|\\p{Lu}[\\p{L}\\p{M}]*[ \\u00a0])(\\p{Lu}[\\p{Ll}\\p{M}]+)[ \\u00a0]${escaped}(?![\\p{L}\\p{M}])`, 'gu')
  for (const { text } of blocks) {
    for (const match of text.matchAll(longer)) {
      const first = match[1]!
      if (!isVietnameseSyllable(first) || NON_NAME_WORDS.has(first) || ROYAL_CUE_WORDS.has(first.toLowerCase())) continue
      return `${first} ${short}`
    }
  }
  return undefined
}
const ROYAL_CUE_WORDS: ReadonlySet<string> = new Set(ROYAL_CUES.flatMap((cue) => cue.split(' ')))
