import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, readdir, stat } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { buildSearchIndex, documentAliases, yearOf, type SearchEntity, type SearchRecord } from '../../src/search/build-search-index.ts'
import { tempDir } from '../helpers/temp-dir.ts'

const hdq = { name: 'Hoàng Đăng Quang', url: 'nguoi/hoang-dang-quang/' }
const nq26 = { key: '26-NQ/TW', label: 'Nghị quyết 26-NQ/TW', url: 'van-ban/26-nq-tw/' }
const records: SearchRecord[] = [
  { url: 'bai-viet/b/', title: 'Đảng bộ tổng kết', date: '2017-05-25', outlet: 'Báo Mới', text: 'Nghị quyết số 26 – NQ/TƯ.\nĐoạn hai có Hoàng Đăng Quang.',
    people: [hdq], documents: [nq26] },
  { url: 'bai-viet/a/', title: 'Hoà bình', date: '--05-25', text: 'Không có năm. Hoàng Đăng Quang dự.', people: [hdq], documents: [] },
]
const entities: SearchEntity[] = [
  { kind: 'person', name: hdq.name, aliases: [], url: hdq.url, articleCount: 2 },
  { kind: 'document', name: nq26.label, aliases: ['Nghị quyết số 26-NQ/TW'], url: nq26.url, articleCount: 1 },
]

async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  async function walk(d: string): Promise<void> {
    for (const name of (await readdir(d)).sort()) {
      const p = path.join(d, name)
      if ((await stat(p)).isDirectory()) await walk(p)
      else out.set(path.relative(dir, p), createHash('sha256').update(await readFile(p)).digest('hex'))
    }
  }
  await walk(dir)
  return out
}

/** Finds a key the way the browser does: the last shard starting at or before it. */
async function lookup(dir: string, key: string): Promise<unknown> {
  const m = JSON.parse(await readFile(path.join(dir, 'search/index.json'), 'utf8')) as { shards: string[] }
  const i = m.shards.findLastIndex((first) => first <= key)
  const shard = JSON.parse(await readFile(path.join(dir, `search/s/${i}.json`), 'utf8')) as Record<string, unknown>
  return shard[key]
}

test('documents are offered under the forms readers type', () => {
  const forms = documentAliases({ kind: 'document', name: 'Nghị quyết 26-NQ/TW', aliases: [], url: 'x', articleCount: 1 })
  for (const f of ['nghi quyet 26 nq tw', '26 nq tw', 'nq 26']) assert.ok(forms.includes(f), `${f}: ${forms.join(' | ')}`)
  const nd = documentAliases({ kind: 'document', name: 'Nghị định 67/2014/NĐ-CP', aliases: ['NĐ 67'], url: 'x', articleCount: 1 })
  for (const f of ['67 2014 nd cp', 'nd 67', 'nghi dinh 67 2014 nd cp']) assert.ok(nd.includes(f), `${f}: ${nd.join(' | ')}`)
  assert.equal(yearOf('--05-25'), undefined)
  assert.equal(yearOf('2017-05-25'), '2017')
})

test('buildSearchIndex writes a small static index under outDir/search, byte-identical for any input order', async () => {
  const a = await tempDir('search-a-')
  const b = await tempDir('search-b-')
  const ra = await buildSearchIndex({ outDir: a, records, entities })
  assert.deepEqual(ra.messages, [])
  await buildSearchIndex({ outDir: b, records: [...records].reverse(), entities: [...entities].reverse() })
  const ta = await tree(a)
  assert.deepEqual(ta, await tree(b))
  assert.deepEqual([...ta.keys()].filter((k) => !k.startsWith('search/')), [], 'nothing outside search/')
  for (const needed of ['search/index.json', 'search/f.json', 'search/e/0.json', 'search/d/0/0.json', 'search/d/0/1.json']) assert.ok(ta.has(needed), needed)

  // Documents are numbered newest year first: the dated one is 0.
  const doc0 = JSON.parse(await readFile(path.join(a, 'search/d/0/0.json'), 'utf8'))
  assert.deepEqual(doc0.slice(0, 4), ['Đảng bộ tổng kết', 'bai-viet/b/', '2017-05-25', 'Báo Mới'])
  assert.deepEqual(doc0[5], [['Hoàng Đăng Quang', 'nguoi/hoang-dang-quang/']])
  const m = JSON.parse(await readFile(path.join(a, 'search/index.json'), 'utf8'))
  assert.equal(m.docs, 2)
  assert.deepEqual(m.years, ['2017'])
  assert.deepEqual(m.outlets, ['Báo Mới'])

  // Folded words with every document; exact forms apart; symbols in parts; pairs; names.
  const dang = (await lookup(a, 'dang')) as number[][]
  assert.equal(dang[0], 2)
  assert.deepEqual(await lookup(a, 'dang\bđảng'), [1, [0]])
  assert.deepEqual(await lookup(a, 'dang\bđăng'), [2, [0, 1]], 'every document with the exact form')
  assert.equal(((await lookup(a, 'nq')) as number[])[0], 1)
  assert.equal(((await lookup(a, 'tw')) as number[])[0], 1, 'TƯ is read as TW')
  assert.deepEqual(await lookup(a, 'dang quang'), [2, [0, 1]])
  assert.equal(await lookup(a, 'xyz'), undefined)
  const alias = (await lookup(a, 'nq 26\t')) as unknown[]
  assert.deepEqual(alias[0], [[1, 1, 'Nghị quyết 26-NQ/TW', 'van-ban/26-nq-tw/', 1]])
  assert.equal(await lookup(a, '$nguoi/hoang-dang-quang/'), 0)
  // Hoàng Đăng Quang is in both articles; only entities of two or more articles get facet ids.
  assert.equal(JSON.parse(await readFile(path.join(a, 'search/f.json'), 'utf8')), '0;0')
})

test('links to pages that are not entities, and repeated URLs, are reported', async () => {
  const dir = await tempDir('search-c-')
  const { messages } = await buildSearchIndex({ outDir: dir, records: [...records, records[1]!], entities: entities.slice(0, 1) })
  assert.deepEqual(messages, [
    'two articles share the URL bai-viet/a/; indexed the first',
    'van-ban/26-nq-tw/ is linked from an article but is not an entity page',
  ])
})

test('every key is found in the shard the manifest points to; prefixes over several shards carry completions', async () => {
  const dir = await tempDir('search-d-')
  // Enough distinct words and pairs for many shards.
  const many: SearchRecord[] = Array.from({ length: 400 }, (_, i) => ({
    url: `bai-viet/${i}/`, title: `Tin ${i}`, date: '2017-01-01', people: [], documents: [],
    text: Array.from({ length: 30 }, (_, j) => `nghi${(i * 7 + j * 13) % 500} quyet${(i + j) % 97}`).join(' '),
  }))
  await buildSearchIndex({ outDir: dir, records: many, entities: [] })
  const m = JSON.parse(await readFile(path.join(dir, 'search/index.json'), 'utf8')) as { shards: string[] }
  assert.ok(m.shards.length > 20, `${m.shards.length} shards`)
  assert.deepEqual(m.shards, [...m.shards].sort(), 'sorted')
  const files = await readdir(path.join(dir, 'search/s'))
  assert.equal(files.length, m.shards.length)
  for (let i = 0; i < files.length; i++) {
    const shard = JSON.parse(await readFile(path.join(dir, `search/s/${i}.json`), 'utf8')) as Record<string, unknown>
    for (const key of Object.keys(shard)) assert.equal(m.shards.findLastIndex((first) => first <= key), i, key)
  }
  // `nghi1` has keys in several shards: its completions are filed where it sorts.
  const at = m.shards.findLastIndex((first) => first <= 'nghi1')
  assert.notEqual(m.shards.findLastIndex((first) => first <= 'nghi1\uffff'), at)
  const c = JSON.parse(await readFile(path.join(dir, `search/c/${at}.json`), 'utf8')) as Record<string, Array<[string]>>
  assert.ok(c['nghi1']!.length > 0 && c['nghi1']!.every(([k]) => k.startsWith('nghi1') && !k.includes(' ')))
})

test('a word the text uses as a one-word name ("chị Hương cho biết") is indexed as such; capitalised runs and sentence starts are not', async () => {
  const dir = await tempDir('search-e-')
  const text = 'Gặp chị Hương ở cảng, chị Hương cho biết tàu đã hỏng. Hương giang chảy qua Thừa Thiên Huế.\nĐồng chí Nguyễn Văn Nam dự.'
  await buildSearchIndex({ outDir: dir, records: [{ url: 'bai-viet/h/', title: 'Tàu vỏ thép', text, people: [], documents: [] }], entities: [] })
  const huong = (await lookup(dir, 'huong\b')) as [number, number[], number[]]
  assert.deepEqual(huong.slice(0, 2), [1, [0]], 'document 0 uses Hương as a name')
  for (const word of ['hue', 'thien', 'nam', 'gap', 'dong']) assert.equal(await lookup(dir, `${word}\b`), undefined, word)
})
