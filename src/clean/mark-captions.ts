import type { Element, Root } from 'hast'
import { blockText, endsSentence, textBlock } from './block-text.ts'

/** Longest caption, in characters: captions are a line, paragraphs are longer. */
const CAPTION_MAX = 300
const PHOTO_LABEL = /(?:^|(?<=[.!?…"”]\s))(Ảnh\s*:|Ảnh minh h(?:ọa|oạ)\b\.?(?:\s*(?:Nguồn|Ảnh)\s*:)?)/u

/**
 * Photo captions become `figure > figcaption`, not body text: "Ảnh: …" lines, a
 * short caption under a lower-case image alt text (scrapers keep both), and
 * captions glued onto the start of a paragraph ("… tại hội trường. Ảnh: TTXVN Theo đó, …").
 */
export default function markCaptions() {
  return (tree: Root) => {
    const blocks = tree.children
    for (let index = 0; index < blocks.length; index++) {
      const node = blocks[index]!
      if (node.type !== 'element' || node.tagName !== 'p') continue
      const text = blockText(node)
      const next = blocks[index + 1]
      const nextText = next?.type === 'element' && next.tagName === 'p' ? blockText(next) : ''

      if (isAltText(text) && nextText && nextText.length <= CAPTION_MAX && !endsSentence(nextText)) {
        blocks.splice(index, 2, figure(nextText, text))
        continue
      }
      const split = node.children.length === 1 ? splitCaption(text) : undefined
      if (!split) continue
      const replacement: Element[] = [figure(split.caption)]
      if (split.before) replacement.unshift(textBlock('p', split.before))
      if (split.rest) replacement.push(textBlock('p', split.rest))
      blocks.splice(index, 1, ...replacement)
      index += replacement.length - 1
    }
  }
}

/** Scrapers keep an image's alt text as a line: lower case, a few words, no punctuation. */
function isAltText(text: string): boolean {
  return text.length <= 80 && !/[\p{Lu}.,:;!?]/u.test(text) && text.split(' ').length <= 10
}

/**
 * Finds a photo label near the start of a paragraph and splits the paragraph into
 * the caption (the sentence before the label, the label and its credit) and the
 * text around it. The credit runs until a new sentence starts: a capitalised word
 * followed by a lower-case one or a number, or a lower-case word after a name.
 */
export function splitCaption(text: string): { before: string; caption: string; rest: string } | undefined {
  const match = PHOTO_LABEL.exec(text)
  if (!match || match.index > CAPTION_MAX) return undefined
  const labelEnd = match.index + match[0].length
  const words = text.slice(labelEnd).trim().split(' ').filter(Boolean)
  const credit: string[] = []
  if (match[1]!.includes(':')) {
    for (let i = 0; i < words.length && credit.length < 8; i++) {
      const word = words[i]!
      // `Ngày 19-5, …`, `Theo ông …` start the text; so does a lower-case word after a named credit.
      const startsSentence = /^\p{Lu}/u.test(word) && /^[\p{Ll}\d]/u.test(words[i + 1] ?? '')
      const afterName = /^\p{Ll}/u.test(word) && !/^(?:và|[-–/])$/u.test(word) && credit.some((w) => /^\p{Lu}/u.test(w))
      if (credit.length > 0 && (startsSentence || afterName)) break
      credit.push(word)
      if (/[.!?]$/u.test(word)) break
    }
  }
  const rest = words.slice(credit.length).join(' ')
  const head = text.slice(0, match.index).trim()
  // "Ảnh: credit" follows the caption sentence; "Ảnh minh họa" stands alone.
  // Anything before that stays body text.
  const boundaries = [...head.matchAll(/[.!?…"”]\s+(?=\p{Lu})/gu)]
  const last = boundaries.at(-1)
  const sentenceStart = !/^Ảnh\s*:/u.test(match[1]!) ? head.length : last ? last.index + last[0].length : 0
  const before = head.slice(0, sentenceStart).trim()
  const captionHead = head.slice(sentenceStart)
  const caption = [captionHead, match[1]!.trim(), credit.join(' ')].filter(Boolean).join(' ')
  if (caption.length > CAPTION_MAX) return undefined
  return { before, caption, rest }
}

function figure(caption: string, alt?: string): Element {
  const node: Element = { type: 'element', tagName: 'figure', properties: {}, children: [textBlock('figcaption', caption)] }
  if (alt) node.properties.dataAlt = alt
  return node
}
