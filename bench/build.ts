/**
 * `npm run bench:build`: builds ../shared/corpus (6,000 articles) and reports the
 * time per stage, against a baseline measured in the same run: reading and
 * decoding every file, the least any build must do.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from '../src/build.ts'
import { configSchema } from '../src/config/config-schema.ts'
import { discoverArticles } from '../src/discover/discover-articles.ts'
import { decodeText } from '../src/parse/decode.ts'

const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))
const search = !process.argv.includes('--no-search')

const baselineStart = performance.now()
const sources = await discoverArticles(corpus, configSchema.parse({}).ignore)
for (const source of sources) decodeText(await readFile(path.join(corpus, source)))
const baseline = performance.now() - baselineStart

const outDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'policy-digest-bench-')), 'dist')
const start = performance.now()
const result = await build({ contentDir: corpus, outDir, search })
const total = performance.now() - start
const memory = process.memoryUsage()
await rm(path.dirname(outDir), { recursive: true, force: true })

console.log(`corpus: ${sources.length} files; built ${result.built} articles, ${result.errors} errors, ${result.warnings} warnings`)
console.log(`baseline (read + decode every file): ${baseline.toFixed(0)} ms`)
console.log(`build: ${total.toFixed(0)} ms = ${(total / baseline).toFixed(1)} × baseline; ${(result.built / (total / 1000)).toFixed(0)} articles/s`)
for (const [stage, ms] of result.timings) {
  console.log(`  ${stage.padEnd(14)} ${ms.toFixed(0).padStart(7)} ms  ${((ms / total) * 100).toFixed(1).padStart(5)} %`)
}
console.log(`memory: rss ${(memory.rss / 1048576).toFixed(0)} MB, heap used ${(memory.heapUsed / 1048576).toFixed(0)} MB`)
