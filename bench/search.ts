/**
 * npm run bench:search — the search stage on the shared corpus (6,000 articles) and on a
 * 30,000-article set made in memory by replicating it with renamed copies.
 *
 * Prints: indexing time (and its share of a build baseline measured in the same run),
 * bundle size, bytes a browser transfers for page load + first query and per further
 * query (gzip as served, and uncompressed), query latency in headless Chromium, relevance
 * on ../shared/gold/dev.jsonl, determinism, and the same figures for MiniSearch as the
 * alternative engine.
 */
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { tmpdir } from 'node:os'
import path from 'node:path'
import MiniSearch from 'minisearch'
import { loadDevCorpus, loadGold, replicate, type DevCorpus, type GoldLine } from '../src/search/dev-records.ts'
import { foldVietnamese, foldedWords } from '../src/search/fold.ts'
import type { SearchRecord } from '../src/search/build-search-index.ts'
import { buildTestSite, launchBrowser, serve, ROOT } from '../test/search/helpers.ts'
import type { Page } from 'playwright-core'

const SHARED = path.resolve(ROOT, '../shared')
const CORPUS = path.join(SHARED, 'corpus')
const GOLD = path.join(SHARED, 'gold/dev.jsonl')
const SEED = path.join(SHARED, 'seed')
const BUDGET = { firstKB: 150, furtherKB: 30, medianMs: 30, p95Ms: 100, relevance: 0.95 }

const FIRST_QUERY = 'hoang dang quang'
const FURTHER_QUERIES = [
  'nghi quyet 26', '26-NQ/TW', '26 nq tw', 'nq 26', 'dao tao boi duong can bo', 'nd 67', '67/2014/NĐ-CP',
  'Nguyễn Xuân Phúc', 'nguyen xuan phuc', 'thu tuong', 'dang', 'Đảng', 'hoa binh', 'quoc hoi', 'giao duc',
  'nong thon moi', 'tham nhung', 'chinh phu', 'bo tai chinh', 'ha noi', 'n', 'ng', 'ngh', 'nghi', 'nghi q', 'nghi quy',
  'nghi quyet', '"nghị quyết"', 'thuý', 'uỷ ban',
]

const kb = (n: number) => (n / 1024).toFixed(1)
const pct = (x: number) => `${(x * 100).toFixed(1)} %`
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]! : NaN
}
const ok = (good: boolean) => (good ? 'meets' : 'MISSES')

async function dirStats(dir: string): Promise<{ files: number; bytes: number; hash: string }> {
  const hash = createHash('sha256')
  let files = 0
  let bytes = 0
  async function walk(d: string): Promise<void> {
    for (const name of (await readdir(d)).sort()) {
      const p = path.join(d, name)
      if ((await stat(p)).isDirectory()) await walk(p)
      else {
        const b = await readFile(p)
        files++
        bytes += b.length
        hash.update(path.relative(dir, p)).update(b)
      }
    }
  }
  await walk(dir)
  return { files, bytes, hash: hash.digest('hex').slice(0, 16) }
}

async function seedRecord(): Promise<SearchRecord> {
  const file = (await readdir(SEED)).find((f) => f.endsWith('.txt'))!
  const lines = (await readFile(path.join(SEED, file), 'utf8')).split('\n').map((l) => l.trim()).filter(Boolean)
  return {
    url: 'bai-viet/dao-tao-boi-duong-can-bo/', title: lines[0]!, date: '2021-05-25', outlet: 'Techzvn', text: lines.slice(1).join('\n'),
    people: [{ name: 'Hoàng Đăng Quang', url: 'nguoi/hoang-dang-quang/' }, { name: 'Nguyễn Thị Tuyến', url: 'nguoi/nguyen-thi-tuyen/' }],
    documents: [{ key: '26-NQ/TW', label: 'Nghị quyết 26-NQ/TW', url: 'van-ban/26-nq-tw-2018/' }],
  }
}

/**
 * Types `q` into the search box and waits for the page to render it. Plain JavaScript in
 * a string: functions compiled by tsx carry a `__name` helper the page does not have.
 */
const IN_PAGE_QUERY = `async (q) => {
  const input = document.getElementById('search-q')
  const rendered = new Promise((resolve) => {
    const on = (e) => {
      if (e.detail.q === q.trim()) { window.removeEventListener('search:rendered', on); resolve(e.detail) }
    }
    window.addEventListener('search:rendered', on)
  })
  const t0 = performance.now()
  input.value = q
  input.dispatchEvent(new Event('input'))
  const d = await rendered
  // Latency as the reader sees it, less the page's fixed 60 ms typing debounce.
  const ms = performance.now() - t0 - 60
  const urls = [...document.querySelectorAll('.search-result__title a')].map((a) => a.pathname)
  const entities = [...document.querySelectorAll('.search-entity a')].map((a) => a.pathname)
  return { ms: Math.max(ms, d.ms), count: d.count, urls, entities }
}`

async function query(page: Page, q: string): Promise<{ ms: number; count: number; urls: string[]; entities: string[] }> {
  return page.evaluate(`(${IN_PAGE_QUERY})(${JSON.stringify(q)})`) as Promise<{ ms: number; count: number; urls: string[]; entities: string[] }>
}

interface BrowserFigures { firstBytes: number; firstRaw: number; furtherBytes: number[]; furtherRaw: number[]; latencies: number[]; firstMs: number }

async function browse(site: string, queries: string[]): Promise<BrowserFigures> {
  const served = await serve(site, '/digest/')
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage()
    await page.goto(served.url + 'tim-kiem/')
    await page.waitForFunction(() => document.getElementById('search-app')?.dataset.state === 'ready')
    const first = await query(page, FIRST_QUERY)
    await page.waitForLoadState('networkidle')
    const firstBytes = served.requests.reduce((a, r) => a + r.bytes, 0)
    const firstRaw = served.requests.reduce((a, r) => a + r.rawBytes, 0)
    const furtherBytes: number[] = []
    const furtherRaw: number[] = []
    const latencies: number[] = []
    for (const q of queries) {
      const before = served.requests.length
      const r = await query(page, q)
      const reqs = served.requests.slice(before)
      furtherBytes.push(reqs.reduce((a, x) => a + x.bytes, 0))
      furtherRaw.push(reqs.reduce((a, x) => a + x.rawBytes, 0))
      latencies.push(r.ms)
    }
    return { firstBytes, firstRaw, furtherBytes, furtherRaw, latencies, firstMs: first.ms }
  } finally {
    await browser.close()
    await served.close()
  }
}

interface GoldQuery { q: string; kind: 'person' | 'document'; folded: boolean; articles: Set<string> }

function goldQueries(gold: Map<string, GoldLine>, corpus: DevCorpus): GoldQuery[] {
  const byKey = new Map<string, { kind: 'person' | 'document'; name: string; articles: Set<string> }>()
  for (const g of gold.values()) {
    const url = corpus.urlOf.get(g.file)
    if (!url) continue
    for (const [kind, name] of [...g.people.map((p) => ['person', p.name] as const), ...g.documents.map((d) => ['document', d.key] as const)]) {
      const k = `${kind}:${name}`
      if (!byKey.has(k)) byKey.set(k, { kind, name, articles: new Set() })
      byKey.get(k)!.articles.add('/digest/' + url)
    }
  }
  const out: GoldQuery[] = []
  for (const { kind, name, articles } of byKey.values()) {
    out.push({ q: name, kind, folded: false, articles })
    const folded = foldVietnamese(name)
    if (folded !== name.toLowerCase()) out.push({ q: folded, kind, folded: true, articles })
  }
  return out
}

async function relevance(site: string, queries: GoldQuery[]): Promise<{ hits: number; entityHits: number; misses: string[] }> {
  const served = await serve(site, '/digest/')
  const browser = await launchBrowser()
  let hits = 0
  let entityHits = 0
  const misses: string[] = []
  try {
    const page = await browser.newPage()
    await page.goto(served.url + 'tim-kiem/')
    await page.waitForFunction(() => document.getElementById('search-app')?.dataset.state === 'ready')
    for (const g of queries) {
      const r = await query(page, g.q)
      if (r.urls.slice(0, 5).some((u) => g.articles.has(u))) hits++
      else misses.push(g.q)
      if (r.entities.length) entityHits++
    }
  } finally {
    await browser.close()
    await served.close()
  }
  return { hits, entityHits, misses }
}

/** MiniSearch over the same records: whole index in one JSON file, folded terms, prefix + fuzzy. */
function miniSearchFigures(records: SearchRecord[], queries: GoldQuery[], urlPrefix: string) {
  const t0 = performance.now()
  const ms = new MiniSearch<{ id: string; title: string; text: string }>({
    fields: ['title', 'text'],
    storeFields: [],
    tokenize: (s) => foldedWords(s),
    processTerm: (t) => t,
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: (term) => (term.length > 4 ? 1 : 0), combineWith: 'AND' },
  })
  ms.addAll(records.map((r) => ({ id: r.url, title: r.title, text: r.text })))
  const indexMs = performance.now() - t0
  const json = JSON.stringify(ms)
  const raw = Buffer.byteLength(json)
  const gz = gzipSync(json, { level: 9 }).length
  const lat: number[] = []
  let hits = 0
  for (const g of queries) {
    const s = performance.now()
    const res = ms.search(g.q)
    lat.push(performance.now() - s)
    if (res.slice(0, 5).some((x) => g.articles.has(urlPrefix + String(x.id)))) hits++
  }
  return { indexMs, raw, gz, hits, median: quantile(lat, 0.5), p95: quantile(lat, 0.95) }
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'bench-search-'))
  const lines: string[] = []
  const say = (s = '') => { lines.push(s); console.log(s) }
  try {
    say('== search bench ==')
    // Baseline: what the build spends without search — reading and preparing the corpus.
    const t0 = performance.now()
    const gold = await loadGold(GOLD)
    const corpus = await loadDevCorpus(CORPUS, gold)
    corpus.records.push(await seedRecord())
    const baselineMs = performance.now() - t0
    say(`corpus: ${corpus.records.length} articles, ${corpus.entities.length} entities; baseline (read + prepare records) ${baselineMs.toFixed(0)} ms`)

    // The build's own time, when the full build exists: the search stage's share of it.
    const buildModule = path.join(ROOT, 'src/build.ts')
    if (await stat(buildModule).catch(() => null)) {
      const { build } = (await import(buildModule)) as {
        build: (o: { contentDir: string; outDir: string; baseUrl?: string }) => Promise<{ built: number; timings: Array<[string, number]> }>
      }
      const b = await build({ contentDir: CORPUS, outDir: path.join(work, 'full'), baseUrl: 'https://example.org/digest/' })
      const total = b.timings.reduce((a, [, ms]) => a + ms, 0)
      const searchMs = b.timings.find(([stage]) => stage === 'search')?.[1] ?? NaN
      say(`full build of the corpus (src/build.ts): ${b.built} articles in ${(total / 1000).toFixed(1)} s; search stage ${(searchMs / 1000).toFixed(1)} s = ${pct(searchMs / total)} of the build, ${(searchMs / (total - searchMs)).toFixed(2)}× the rest of the build`)
      await rm(path.join(work, 'full'), { recursive: true, force: true })
    }

    const site6 = path.join(work, 's6k')
    let t = performance.now()
    const r6 = await buildTestSite(site6, corpus.records, corpus.entities, '/digest/')
    const index6 = performance.now() - t
    const b6 = await dirStats(path.join(site6, 'pagefind'))
    say(`6k  index: ${(index6 / 1000).toFixed(1)} s = ${(index6 / baselineMs).toFixed(1)}× baseline, ${pct(index6 / (index6 + baselineMs))} of baseline+index; bundle ${b6.files} files, ${(b6.bytes / 1048576).toFixed(1)} MB; messages ${r6.messages.length}`)

    const big = replicate(corpus, 5)
    const site30 = path.join(work, 's30k')
    t = performance.now()
    await buildTestSite(site30, big.records, big.entities, '/digest/')
    const index30 = performance.now() - t
    const b30 = await dirStats(path.join(site30, 'pagefind'))
    say(`30k index: ${(index30 / 1000).toFixed(1)} s = ${(index30 / index6).toFixed(2)}× the 6k index (${big.records.length} articles); bundle ${b30.files} files, ${(b30.bytes / 1048576).toFixed(1)} MB`)

    const again = path.join(work, 's6k-again')
    await buildTestSite(again, corpus.records, corpus.entities, '/digest/')
    const b6b = await dirStats(path.join(again, 'pagefind'))
    say(`determinism: 6k bundle hash ${b6.hash} vs rebuild ${b6b.hash} → ${b6.hash === b6b.hash ? 'byte-identical' : 'DIFFERENT'}`)
    await rm(again, { recursive: true, force: true })

    for (const [name, site] of [['6k', site6], ['30k', site30]] as const) {
      const f = await browse(site, FURTHER_QUERIES)
      const maxFurther = Math.max(...f.furtherBytes)
      say(`${name} bytes: page load + first query ("${FIRST_QUERY}") ${kb(f.firstBytes)} kB gzip (${kb(f.firstRaw)} kB uncompressed) = ${(f.firstBytes / 1024 / BUDGET.firstKB).toFixed(2)}× budget → ${ok(f.firstBytes / 1024 <= BUDGET.firstKB)}`)
      say(`${name} further queries (${f.furtherBytes.length}): median ${kb(quantile(f.furtherBytes, 0.5))} kB, p95 ${kb(quantile(f.furtherBytes, 0.95))} kB, max ${kb(maxFurther)} kB gzip (max ${kb(Math.max(...f.furtherRaw))} kB uncompressed); ${f.furtherBytes.filter((b) => b / 1024 <= BUDGET.furtherKB).length}/${f.furtherBytes.length} within ${BUDGET.furtherKB} kB → ${ok(maxFurther / 1024 <= BUDGET.furtherKB)}`)
      const med = quantile(f.latencies, 0.5)
      const p95 = quantile(f.latencies, 0.95)
      say(`${name} latency after first query: median ${med.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (first query ${f.firstMs.toFixed(0)} ms) → ${ok(med <= BUDGET.medianMs && p95 <= BUDGET.p95Ms)}`)
    }

    const gq = goldQueries(gold, corpus)
    const rel = await relevance(site6, gq)
    say(`relevance: ${gq.length} gold queries (${gq.filter((g) => !g.folded).length} as written, ${gq.filter((g) => g.folded).length} without diacritics): ${rel.hits}/${gq.length} = ${pct(rel.hits / gq.length)} have a gold article in the top 5 → ${ok(rel.hits / gq.length >= BUDGET.relevance)}; entity offered first for ${rel.entityHits}`)
    const byKind = (k: string, folded: boolean) => {
      const qs = gq.filter((g) => g.kind === k && g.folded === folded)
      const miss = qs.filter((g) => rel.misses.includes(g.q)).length
      return `${qs.length - miss}/${qs.length}`
    }
    say(`  people ${byKind('person', false)} as written, ${byKind('person', true)} folded; documents ${byKind('document', false)} as written, ${byKind('document', true)} folded`)
    say(`  misses (first 15): ${rel.misses.slice(0, 15).join(' | ')}`)

    const mini = miniSearchFigures(corpus.records, gq, '/digest/')
    say(`alternative MiniSearch (6k, whole index, folded terms, prefix+fuzzy): index ${(mini.indexMs / 1000).toFixed(1)} s = ${(mini.indexMs / index6).toFixed(2)}× Pagefind; index file ${kb(mini.raw)} kB (${kb(mini.gz)} kB gzip = ${(mini.gz / 1024 / BUDGET.firstKB).toFixed(1)}× the first-query budget); query median ${mini.median.toFixed(2)} ms, p95 ${mini.p95.toFixed(2)} ms (Node); relevance ${mini.hits}/${gq.length} = ${pct(mini.hits / gq.length)}`)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

await main()
