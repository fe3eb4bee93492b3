import { parseArgs } from 'node:util'
import { reporter } from 'vfile-reporter'
import { build } from './build.ts'
import { ConfigError } from './config/load-config.ts'

const HELP = `Usage: policy-digest build [options]

Builds a static digest site from a folder of articles (.txt, .md, .html).

Options:
  --content DIR    folder of articles, searched recursively (default: content)
  --out DIR        folder the site is written to, replaced whole (default: dist)
  --config FILE    site config, JSON (default: policy-digest.config.json if present)
  --base-url URL   absolute URL the site is served from, e.g. https://example.org/digest/
  --strict         fail on any error and leave the previous site untouched
  --no-search      skip the search index (faster builds while editing)
  --quiet          print only problems and the summary
  -h, --help       show this help

Exit code: 0 when every article built, 1 when any article had an error
(the rest of the site is still written unless --strict), 2 on a usage or config error.`

/** Runs the command line; resolves with the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        content: { type: 'string', default: 'content' },
        out: { type: 'string', default: 'dist' },
        config: { type: 'string' },
        'base-url': { type: 'string' },
        strict: { type: 'boolean', default: false },
        'no-search': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    console.log(HELP)
    return 0
  }
  if (positionals[0] !== 'build' || positionals.length > 1) {
    console.error(positionals.length === 0 ? HELP : `Unknown command: ${positionals.join(' ')}\n\n${HELP}`)
    return 2
  }

  const started = performance.now()
  try {
    const result = await build({
      contentDir: values.content,
      outDir: values.out,
      ...(values.config && { configFile: values.config }),
      ...(values['base-url'] && { baseUrl: values['base-url'] }),
      strict: values.strict,
      search: !values['no-search'],
    })
    const report = reporter(result.files, { quiet: true })
    if (report) console.error(report)
    for (const note of result.notes) console.error(note)
    if (!values.quiet) {
      console.log(result.timings.map(([stage, ms]) => `${stage} ${ms.toFixed(0)} ms`).join(' · '))
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    const where = result.written ? `wrote ${values.out}/` : `${values.out}/ left unchanged`
    console.log(`${result.built} articles built, ${result.warnings} warnings, ${result.errors} errors; ${where} in ${seconds} s`)
    return result.errors > 0 ? 1 : 0
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      return 2
    }
    throw error
  }
}
