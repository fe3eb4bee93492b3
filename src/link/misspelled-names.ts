import { foldDiacritics, nameKey } from './fold.ts'

/**
 * Vietnamese syllables that end in a stop (c, ch, p, t) carry the sắc or nặng tone, so a
 * name with `Đưc` or `Manh` next to `Đức`… cannot be what the writer meant: `Nông Đưc Manh`
 * is a slip for `Nông Đức Mạnh`. Only such impossible spellings are corrected; a name
 * spelled possibly (`Lê Văn Thanh` beside `Lê Văn Thành`) may be another person and stays.
 */
function impossible(syllable: string): boolean {
  const decomposed = syllable.normalize('NFD').toLowerCase()
  if (!/(?:c|ch|p|t)$/u.test(decomposed.replace(/\p{M}/gu, ''))) return false
  // The name must look Vietnamese: some mark on it, or foreign names (`Robert`) would count.
  if (!/\p{M}|đ/u.test(decomposed)) return false
  return !/[\u0301\u0323]/u.test(decomposed)
}

/**
 * For each name (by `nameKey`) spelled impossibly, the one possible spelling of the same
 * letters among `names`, when there is exactly one.
 */
export function correctMisspelledNames(names: Iterable<string>): Map<string, string> {
  const possible = new Map<string, Map<string, string>>()
  const misspelled: string[] = []
  for (const name of names) {
    if (name.split(/\s+/u).some(impossible)) misspelled.push(name)
    else {
      const folded = foldDiacritics(name)
      const spellings = possible.get(folded) ?? new Map<string, string>()
      if (!spellings.has(nameKey(name))) spellings.set(nameKey(name), name)
      possible.set(folded, spellings)
    }
  }
  const corrected = new Map<string, string>()
  for (const name of misspelled) {
    const spellings = possible.get(foldDiacritics(name))
    if (spellings?.size === 1) corrected.set(nameKey(name), [...spellings.values()][0]!)
  }
  return corrected
}
