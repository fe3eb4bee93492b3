/**
 * Scores the extraction stage as ../shared/gold/GUIDELINES.md says: per article, the set
 * of people's names and the set of document keys, compared after NFC, case folding and
 * tone-placement folding, micro-averaged over articles. Gold sets, same scoring: dev
 * (../shared/gold/dev.jsonl, looked at while writing the rules) and every hand-annotated
 * held-out set in test/fixtures/ (heldout*.jsonl; each README says whether it is still blind).
 * The whole corpus is the site: every article is extracted first, and the people scored are
 * those the link stage keeps (place-named-people.ts needs the site). Titles, which no target
 * covers, get one pooled line: those of the people both the gold and the extractor list.
 * Last, the second annotations in test/fixtures/agreement/ are scored against the first ones
 * the same way: how far two annotators of the same articles agree.
 *
 *   npm run bench:extract                     precision, recall, F1 for every set
 *   npm run bench:extract -- --set heldout7   one set only
 *   npm run bench:extract -- --verbose        and every false positive / negative
 *   npm run bench:extract -- --corpus         and articles/s over the whole corpus
 */
import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import type { Root } from 'hast'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { DocumentMention, PersonMention } from '../src/article.ts'
import findDocuments from '../src/extract/find-documents.ts'
import findPeople from '../src/extract/find-people.ts'
import { nameKey } from '../src/link/fold.ts'
import { placeNamedPeople } from '../src/link/place-named-people.ts'
import { decodeText } from '../src/parse/decode.ts'
import parseTxt from '../src/parse/parse-txt.ts'

const shared = new URL('../../shared/', import.meta.url)
const corpus = new URL('corpus/', shared)
const argv = process.argv.slice(2)
const args = new Set(argv)
const only = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : undefined
const fixtures = new URL('../test/fixtures/', import.meta.url)
/** dev, then every hand-annotated held-out set in test/fixtures/, in the order they were made. */
const allSets = [
  { name: 'dev', url: new URL('gold/dev.jsonl', shared) },
  ...(await readdir(fixtures))
    .map((file) => /^(heldout(\d*))\.jsonl$/.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[2] || 1) - Number(b[2] || 1))
    .map(([file, name]) => ({ name: name!, url: new URL(file, fixtures) })),
]
const goldSets = allSets.filter((set) => !only || set.name === only)
if (goldSets.length === 0) throw new Error(`--set ${only}: expected one of ${allSets.map((set) => set.name).join(', ')}`)

interface GoldArticle {
  file: string
  people: PersonMention[]
  documents: DocumentMention[]
}
interface Extracted {
  people: PersonMention[]
  placeNames: string[]
  documents: DocumentMention[]
}
type Extract = (bytes: Uint8Array, source: string) => Promise<Extracted>

/** The project's pipeline when it loads; until then decode → parse-txt → the extract plugins. */
async function loadExtractor(): Promise<{ extract: Extract; route: string }> {
  if (existsSync(new URL('../src/pipeline.ts', import.meta.url))) {
    try {
      const pipeline = (await import('../src/pipeline.ts')) as {
        processArticle: (file: VFile) => Promise<Extracted>
      }
      return {
        route: 'src/pipeline.ts processArticle',
        extract: async (bytes, source) =>
          pipeline.processArticle(new VFile({ path: source, value: decodeText(bytes).text, data: { source, format: 'txt' } })),
      }
    } catch (error) {
      console.error(`src/pipeline.ts did not load (${(error as Error).message.split('\n')[0]}); using the fallback chain`)
    }
  }
  return { route: 'decode → parse-txt → find-documents → find-people', extract: fallback }
}

/** decode → parse-txt → find-documents → find-people: the extract plugins on their own. */
const processor = unified().use(parseTxt).use(findDocuments).use(findPeople)
const fallback: Extract = async (bytes, source) => {
  const file = new VFile({ path: source, value: decodeText(bytes).text })
  await processor.run(processor.parse(file) as Root, file)
  return { people: file.data.people ?? [], placeNames: file.data.placeNames ?? [], documents: file.data.documents ?? [] }
}

interface Tally {
  tp: number
  fp: number
  fn: number
  misses: string[]
}

function score(tally: Tally, source: string, gold: string[], found: string[]): void {
  const goldKeys = new Map(gold.map((g) => [nameKey(g), g]))
  const foundKeys = new Map(found.map((f) => [nameKey(f), f]))
  for (const [key, value] of foundKeys) {
    if (goldKeys.has(key)) tally.tp++
    else {
      tally.fp++
      tally.misses.push(`  FP ${source}  ${value}`)
    }
  }
  for (const [key, value] of goldKeys) {
    if (!foundKeys.has(key)) {
      tally.fn++
      tally.misses.push(`  FN ${source}  ${value}`)
    }
  }
}

function line(label: string, { tp, fp, fn }: Tally): string {
  const precision = tp / (tp + fp || 1)
  const recall = tp / (tp + fn || 1)
  const f1 = (2 * precision * recall) / (precision + recall || 1)
  return `${label.padEnd(28)} P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`
}

const { extract, route } = await loadExtractor()
console.log(`extract bench via ${route}`)
const sources: string[] = []
for (const dir of await readdir(corpus, { withFileTypes: true })) {
  if (!dir.isDirectory()) continue
  for (const name of await readdir(new URL(`${dir.name}/`, corpus))) if (name.endsWith('.txt')) sources.push(`${dir.name}/${name}`)
}
sources.sort()
const contents = await Promise.all(sources.map((s) => readFile(new URL(s, corpus))))
const site = new Map<string, Extracted>()
for (let i = 0; i < sources.length; i++) site.set(sources[i]!, await extract(contents[i]!, sources[i]!))
const isPlace = placeNamedPeople([...site.values()])

const readGold = async (url: URL) =>
  (await readFile(url, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((json) => JSON.parse(json) as GoldArticle)

function report(label: string, people: Tally, documents: Tally): void {
  console.log(line(`${label} people`, people))
  console.log(line(`${label} documents`, documents))
  if (args.has('--verbose')) {
    for (const miss of people.misses) console.log(miss.replace('  ', '  person '))
    for (const miss of documents.misses) console.log(miss.replace('  ', '  document '))
  }
}

/** Titles are not among the targets; they are scored, for information, on the people both sides list. */
const titles: Tally = { tp: 0, fp: 0, fn: 0, misses: [] }
let titledArticles = 0
for (const set of goldSets) {
  const golds = await readGold(set.url)
  const people: Tally = { tp: 0, fp: 0, fn: 0, misses: [] }
  const documents: Tally = { tp: 0, fp: 0, fn: 0, misses: [] }
  for (const gold of golds) {
    const found = site.get(gold.file)
    if (!found) throw new Error(`${set.name}: ${gold.file} is not in ../shared/corpus/`)
    const kept = found.people.filter((person) => !isPlace(found, person))
    score(people, gold.file, gold.people.map((p) => p.name), kept.map((p) => p.name))
    score(documents, gold.file, gold.documents.map((d) => d.key), found.documents.map((d) => d.key))
    const keptByKey = new Map(kept.map((person) => [nameKey(person.name), person]))
    for (const person of gold.people) {
      const ours = keptByKey.get(nameKey(person.name))
      if (ours) score(titles, `${gold.file} ${person.name}:`, person.titles, ours.titles)
    }
  }
  titledArticles += golds.length
  report(`${set.name} (${golds.length})`, people, documents)
}
if (goldSets.length > 1) console.log(line(`all sets (${titledArticles}) titles`, titles), 'of the people found in both, as written (folded)')

/**
 * Second, independent annotations of some sets (test/fixtures/agreement/, README there), scored
 * against the first as the extractor is: how far two annotators agree on the same articles.
 */
const agreement = new URL('agreement/', fixtures)
if (!only && existsSync(agreement)) {
  for (const file of (await readdir(agreement)).filter((name) => name.endsWith('.second.jsonl')).sort()) {
    const name = file.replace('.second.jsonl', '')
    const first = new Map((await readGold(new URL(`${name}.jsonl`, fixtures))).map((gold) => [gold.file, gold]))
    const people: Tally = { tp: 0, fp: 0, fn: 0, misses: [] }
    const documents: Tally = { tp: 0, fp: 0, fn: 0, misses: [] }
    const seconds = await readGold(new URL(file, agreement))
    for (const second of seconds) {
      const gold = first.get(second.file)
      if (!gold) throw new Error(`agreement/${file}: ${second.file} is not in ${name}.jsonl`)
      score(people, gold.file, gold.people.map((p) => p.name), second.people.map((p) => p.name))
      score(documents, gold.file, gold.documents.map((d) => d.key), second.documents.map((d) => d.key))
    }
    report(`agreement ${name} (${seconds.length})`, people, documents)
  }
}

if (args.has('--corpus')) {
  const time = async (label: string, run: Extract) => {
    let mentions = 0
    const start = performance.now()
    for (let i = 0; i < sources.length; i++) {
      const found = await run(contents[i]!, sources[i]!)
      mentions += found.people.length + found.documents.length
    }
    const seconds = (performance.now() - start) / 1000
    console.log(
      `corpus, ${label}: ${sources.length} articles in ${seconds.toFixed(2)} s (${Math.round(sources.length / seconds)} articles/s), ${mentions} people + documents`,
    )
  }
  // The extract plugins alone (decode, parse-txt, find-documents, find-people), then the whole pipeline.
  await time('extract plugins', fallback)
  if (extract !== fallback) await time(route, extract)
}
