/**
 * Search records made straight from the raw corpus, for the search benchmark and tests
 * while (or where) the full build is not used: title = first non-empty line, text = the
 * rest. People and documents come from the gold annotations where an article has them,
 * otherwise from two crude patterns (a title word before a capitalised name; a document
 * type before a number). Good enough to exercise the index at full size; not an extractor.
 */
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import type { SearchEntity, SearchRecord } from './build-search-index.ts'
import { canonicalVietnamese, foldVietnamese } from './fold.ts'

export interface GoldLine {
  file: string
  people: Array<{ name: string; titles: string[] }>
  documents: Array<{ key: string; type: string; number: string; mentions: string[] }>
}

export function slugify(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x'
}

const OUTLETS: Record<string, string> = { VNE: 'VnExpress', TT: 'Tuổi Trẻ', TN: 'Thanh Niên', NLD: 'Người Lao Động' }
const DOC = /(Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Thông tư|Đề án)\s+(?:số\s*)?(\d+(?:[-/][\dA-ZĐƯa-z]+)*(?:[-/][A-ZĐƯ][A-Za-zĐƯ]*)*)/gu
const NAME = /(?:Thủ tướng|Phó Thủ tướng|Bộ trưởng|Thứ trưởng|Chủ tịch|Bí thư|Tổng Bí thư|Giám đốc|đồng chí|ông|bà)\s+((?:\p{Lu}\p{Ll}*\s){1,3}\p{Lu}\p{Ll}*)/gu
const NOT_NAME = /^(?:Hà Nội|Hồ Chí Minh|Quốc hội|Chính phủ|Nhà nước|Trung ương|Ủy ban|UBND|Việt Nam|Đảng)/u

export async function loadGold(goldFile: string): Promise<Map<string, GoldLine>> {
  const map = new Map<string, GoldLine>()
  for (const line of (await readFile(goldFile, 'utf8')).split('\n')) {
    if (!line.trim()) continue
    const g = JSON.parse(line) as GoldLine
    map.set(g.file, g)
  }
  return map
}

export interface DevCorpus {
  records: SearchRecord[]
  entities: SearchEntity[]
  /** corpus-relative file → record URL */
  urlOf: Map<string, string>
}

/** Reads `corpusDir` (the shared corpus) and makes records and entities. */
export async function loadDevCorpus(corpusDir: string, gold: Map<string, GoldLine>): Promise<DevCorpus> {
  const records: SearchRecord[] = []
  const urlOf = new Map<string, string>()
  const people = new Map<string, { name: string; urls: Set<string>; url: string }>()
  const docs = new Map<string, { label: string; aliases: Set<string>; urls: Set<string>; url: string }>()
  for (const set of (await readdir(corpusDir)).sort()) {
    const dir = path.join(corpusDir, set)
    let manifest: Map<string, { outlet?: string }>
    try {
      manifest = new Map(
        (await readFile(path.join(dir, 'manifest.jsonl'), 'utf8')).split('\n').filter(Boolean)
          .map((l) => JSON.parse(l) as { file: string; outlet?: string }).map((o) => [o.file, o]),
      )
    } catch { continue }
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort()) {
      const file = `${set}/${name}`
      const raw = canonicalVietnamese((await readFile(path.join(dir, name), 'utf8')).replace(/\r/g, ''))
      const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean)
      const title = lines[0] ?? name
      const text = lines.slice(1).join('\n')
      const url = `bai-viet/${set.slice(0, 6)}-${name.replace('.txt', '')}-${slugify(title).slice(0, 40)}/`
      urlOf.set(file, url)
      const m = text.match(/\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\b/)
      const date = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : undefined
      const code = manifest.get(name)?.outlet
      const outlet = code ? OUTLETS[code] ?? code : /\(TTXVN\)\s*$/.test(text) ? 'TTXVN' : 'Báo Mới'
      const g = gold.get(file)
      const personNames = g ? g.people.map((p) => p.name)
        : [...new Set([...text.matchAll(NAME)].map((x) => x[1]!).filter((n) => !NOT_NAME.test(n)))]
      const docKeys: Array<{ key: string; aliases: string[] }> = g
        ? g.documents.map((d) => ({ key: d.key, aliases: d.mentions }))
        : [...new Map([...text.matchAll(DOC)].map((x) => {
            const key = /[/]/.test(x[2]!) ? x[2]! : `${x[1]} ${x[2]}`
            return [key, { key, aliases: [`${x[1]} ${x[2]}`] }] as [string, { key: string; aliases: string[] }]
          })).values()]
      const rec: SearchRecord = { url, title, text, people: [], documents: [] }
      if (date) rec.date = date
      rec.outlet = outlet
      for (const p of personNames) {
        const k = foldVietnamese(p)
        let e = people.get(k)
        if (!e) people.set(k, (e = { name: p, urls: new Set(), url: `nguoi/${slugify(p)}/` }))
        e.urls.add(url)
        rec.people.push({ name: e.name, url: e.url })
      }
      for (const d of docKeys) {
        const k = foldVietnamese(d.key)
        let e = docs.get(k)
        if (!e) docs.set(k, (e = { label: d.key, aliases: new Set(), urls: new Set(), url: `van-ban/${slugify(d.key)}/` }))
        for (const a of d.aliases) e.aliases.add(a)
        e.urls.add(url)
        rec.documents.push({ key: d.key, label: e.label, url: e.url })
      }
      records.push(rec)
    }
  }
  const entities: SearchEntity[] = [
    ...[...people.values()].map((p) => ({ kind: 'person' as const, name: p.name, aliases: [], url: p.url, articleCount: p.urls.size })),
    ...[...docs.values()].map((d) => ({ kind: 'document' as const, name: d.label, aliases: [...d.aliases], url: d.url, articleCount: d.urls.size })),
  ]
  return { records, entities, urlOf }
}

/**
 * `copies` renamed copies of the records (and entities), for scale tests: copy n of
 * `bai-viet/x/` is `bai-viet/x-bn/`, and each copy's title gets a suffix.
 */
export function replicate(corpus: DevCorpus, copies: number): { records: SearchRecord[]; entities: SearchEntity[] } {
  const records: SearchRecord[] = []
  const entities: SearchEntity[] = []
  for (let n = 0; n < copies; n++) {
    const suffix = n === 0 ? '' : `-b${n}`
    const re = (u: string) => (n === 0 ? u : u.replace(/\/$/, `${suffix}/`))
    for (const r of corpus.records) {
      records.push({ ...r, url: re(r.url), title: n === 0 ? r.title : `${r.title} (bản ${n + 1})`,
        people: r.people.map((p) => ({ ...p, url: re(p.url) })), documents: r.documents.map((d) => ({ ...d, url: re(d.url) })) })
    }
    for (const e of corpus.entities) entities.push({ ...e, url: re(e.url) })
  }
  return { records, entities }
}
