import type { Root as MdastRoot } from 'mdast'
import type { VFile } from 'vfile'
import { isMap, parseDocument, type Node as YamlNode } from 'yaml'
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
      const key = String(issue.path[0] ?? '')
      const keyNode = isMap(doc.contents) ? doc.contents.items.find((pair) => String((pair.key as YamlNode & { value?: unknown })?.value ?? '') === key) : undefined
      const offset = (keyNode?.key as YamlNode | undefined)?.range?.[0]
      file.message(`Front matter field \`${issue.path.join('.') || key}\`: ${issue.message}`, {
        place: { line: lineOf(offset), column: 1 },
        ruleId: 'front-matter-schema',
        source: 'policy-digest',
      })
      if (key) invalid.add(key)
      for (const unknown of (issue as { keys?: string[] }).keys ?? []) invalid.add(unknown)
    }
    // Keep the valid part: one bad field must not lose the title or date.
    const kept = Object.fromEntries(Object.entries(value as object).filter(([key]) => !invalid.has(key)))
    const retry = frontMatterSchema.safeParse(kept)
    if (retry.success) file.data.frontMatter = retry.data
  }
}
