import type { Root as MdastRoot } from 'mdast'
import type { VFile } from 'vfile'
import { isMap, isScalar, parseDocument } from 'yaml'
import { frontMatterSchema } from './front-matter-schema.ts'

/**
 * Reads the YAML block that remark-frontmatter leaves at the top of a Markdown tree,
 * validates it and puts it on `file.data.frontMatter`. Each problem is reported at the
 * line of the offending key; an invalid field is dropped, the rest is kept.
 */
export default function readFrontMatter() {
  return (tree: MdastRoot, file: VFile) => {
    const node = tree.children[0]
    if (node?.type !== 'yaml') return
    // The YAML text starts on the line after the opening `---`.
    const firstLine = (node.position?.start.line ?? 1) + 1
    const lineOf = (offset: number | undefined) =>
      firstLine + (offset === undefined ? 0 : node.value.slice(0, offset).split('\n').length - 1)

    const doc = parseDocument(node.value)
    for (const error of doc.errors) {
      file.message(`Front matter is not valid YAML: ${error.message.split('\n')[0]}`, {
        place: { line: lineOf(error.pos[0]), column: 1 },
        ruleId: 'front-matter-yaml',
        source: 'policy-digest',
      })
    }
    if (doc.errors.length > 0) return
    const value: unknown = doc.toJS() ?? {}

    const result = frontMatterSchema.safeParse(value)
    if (result.success) {
      file.data.frontMatter = result.data
      return
    }
    const invalid = new Set<string>()
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '')]
      for (const key of keys) {
        const reason = issue.code === 'unrecognized_keys'
          ? `Front matter field \`${key}\` is not one policy-digest knows (title, date, source, outlet, url, slug, people, documents)`
          : `Front matter field \`${issue.path.join('.')}\`: ${issue.message}`
        file.message(reason, { place: { line: lineOf(keyOffset(doc, key)), column: 1 }, ruleId: 'front-matter-schema', source: 'policy-digest' })
        invalid.add(key)
      }
    }
    // Keep the valid part: one bad field must not lose the title or date.
    const kept = Object.fromEntries(Object.entries(value as object).filter(([key]) => !invalid.has(key)))
    const retry = frontMatterSchema.safeParse(kept)
    if (retry.success) file.data.frontMatter = retry.data
  }
}

/** Where a top-level key starts in the YAML text, for messages that point at it. */
function keyOffset(doc: ReturnType<typeof parseDocument>, key: string): number | undefined {
  if (!isMap(doc.contents)) return undefined
  const pair = doc.contents.items.find((item) => isScalar(item.key) && String(item.key.value) === key)
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined
}
