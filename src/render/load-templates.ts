import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Handlebars from 'handlebars'

/** The templates that ship with policy-digest. */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url))

export type Template = (context: object) => string

export interface Templates {
  /** Renders a page template by name (`article`, `person` …) inside the layout. */
  page(name: string, context: object): string
  /** Folders whose `assets/` are copied to the site, built-in first. */
  folders: string[]
}

/**
 * Compiles the built-in templates and a site's overrides (same file name wins) in a
 * Handlebars environment of their own, so two builds in one process never share
 * partials or helpers.
 */
export async function loadTemplates(overrideDir?: string): Promise<Templates> {
  const folders = overrideDir ? [BUILTIN_TEMPLATES, overrideDir] : [BUILTIN_TEMPLATES]
  const handlebars = Handlebars.create()
  handlebars.registerHelper('href', function (this: unknown, url: unknown, options: Handlebars.HelperOptions) {
    return `${(options.data.root as { base: string }).base}${typeof url === 'string' ? url : ''}`
  })
  handlebars.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean))
  handlebars.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean))

  const pages = new Map<string, Template>()
  for (const folder of folders) {
    for (const [name, source] of await readTemplates(path.join(folder, 'partials'))) handlebars.registerPartial(name, source)
    for (const [name, source] of await readTemplates(folder)) pages.set(name, handlebars.compile(source, { strict: false }))
  }
  const layout = pages.get('layout')
  if (!layout) throw new Error(`No layout.hbs in ${folders.join(' or ')}`)

  return {
    folders,
    page(name, context) {
      const template = pages.get(name)
      if (!template) throw new Error(`No template "${name}.hbs" in ${folders.join(' or ')}`)
      return layout({ ...context, content: template(context) })
    },
  }
}

async function readTemplates(folder: string): Promise<Array<[string, string]>> {
  let names: string[]
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith('.hbs')).sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  return Promise.all(names.map(async (name) => [name.slice(0, -4), await readFile(path.join(folder, name), 'utf8')] as [string, string]))
}
