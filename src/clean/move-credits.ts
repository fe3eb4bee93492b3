import type { Element, Root } from 'hast'
import type { VFile } from 'vfile'
import { blockText, cutText, paragraphs } from './block-text.ts'

/** An agency code in brackets: (TTXVN), (NLĐ), (VOV). */
const AGENCY = String.raw`\((\p{Lu}[\p{Lu}\p{N}.]{1,9})\)`
const LEADING_AGENCY = new RegExp(String.raw`^${AGENCY}\s*[-–—:]?\s*`, 'u')
const TRAILING_AGENCY = new RegExp(String.raw`\s*${AGENCY}\.?$`, 'u')
/** "Theo TTXVN", "Theo Đắc Thành/Vnexpress.net", "Nguồn: tinnhanhonline.vn": short, no commas. */
const SOURCE_LINE = /^(?:Theo|Nguồn\s*:)\s+([^,.;:!?]{2,60}?(?:\.(?:vn|net|com|org))?)\.?$/u
const GLUED_SOURCE = /(?<=[.!?…"”]\s)(?:Theo|Nguồn\s*:)\s+([^\s,;:!?]+(?:\s[^\s,;:!?]+){0,5})$/u
/** A name (2–4 capitalised words) alone on the last line, or glued after the last sentence. */
const BYLINE = /^(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,3})$/u
const GLUED_BYLINE = /(?<=[.!?…"”]\s)(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,3})$/u

/**
 * Bylines and agency credits are metadata, not body text: "(NLĐ) -" before the
 * lede and "(TTXVN)" after the last sentence give `file.data.outlet`; "Theo …"
 * and "Nguồn: …" lines give it too; an author's name on the last line goes to
 * `file.data.credits`.
 */
export default function moveCredits() {
  return (tree: Root, file: VFile) => {
    const credits: string[] = []
    // "Theo Minh Hiển/Baochinhphu.vn" and "Quốc Thanh (NNVN)" name the writer and the outlet.
    const setOutlet = (value: string) => {
      const split = /^(.+?)\s*(?:\/\s*(.+)|\((.+)\))$/u.exec(value.trim())
      if (split) credits.push(split[1]!)
      file.data.outlet ??= split ? (split[2] ?? split[3])!.trim() : value.trim()
    }
    // Front matter's `outlet` (or its synonym `source`) outranks what the text credits.
    const declared = file.data.frontMatter?.outlet ?? file.data.frontMatter?.source
    if (declared) setOutlet(declared)

    const first = paragraphs(tree)[0]
    if (first) take(first, LEADING_AGENCY, 'start', setOutlet)

    for (let round = 0; round < 3; round++) {
      const last = tree.children.at(-1)
      if (last?.type !== 'element' || last.tagName !== 'p') break
      const text = blockText(last)
      const whole = SOURCE_LINE.exec(text) ?? BYLINE.exec(text)
      if (whole && tree.children.length > 1) {
        if (whole[0].startsWith('Theo') || whole[0].startsWith('Nguồn')) setOutlet(whole[1]!)
        else credits.unshift(whole[1]!)
        tree.children.pop()
        continue
      }
      const took =
        take(last, TRAILING_AGENCY, 'end', setOutlet) ||
        take(last, GLUED_SOURCE, 'end', setOutlet) ||
        take(last, GLUED_BYLINE, 'end', (name) => credits.unshift(name))
      if (!took) break
    }
    if (credits.length > 0) file.data.credits = credits
  }
}

/** Cuts a credit matched at one end of a block and hands its captured value on. */
function take(node: Element, pattern: RegExp, from: 'start' | 'end', use: (value: string) => void): boolean {
  const text = blockText(node)
  const match = pattern.exec(text)
  if (!match || match[0].length >= text.length || !cutText(node, match[0].trimStart().length, from)) return false
  use(match[1]!)
  return true
}
