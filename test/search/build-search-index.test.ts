import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  articleRecord, buildSearchIndex, decodeQuiet, encodeQuiet, LINK_SEPARATOR, yearOf, type SearchRecord,
} from '../../src/search/build-search-index.ts'

const records: SearchRecord[] = [
  { url: 'bai-viet/b/', title: 'Đảng bộ tổng kết', date: '2017-05-25', outlet: 'Báo Mới', text: 'Nghị quyết số 26 – NQ/TƯ.\nĐoạn hai.',
    people: [{ name: 'Hoàng Đăng Quang', url: 'nguoi/hoang-dang-quang/' }], documents: [{ key: '26-NQ/TW', label: 'Nghị quyết 26-NQ/TW', url: 'van-ban/26-nq-tw/' }] },
  { url: 'bai-viet/a/', title: 'Hoà bình', date: '--05-25', text: 'Không có năm.', people: [], documents: [] },
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

test('article records: marked text, tidy symbols, quiet dates, linked filters', () => {
  const r = articleRecord(records[0]!)
  assert.equal(r.language, 'vi')
  assert.equal(r.content, 'Nghị quyết số 26-NQ/TW.\nD\u0345oạn hai.')
  assert.equal(r.meta?.title, 'D\u0345ảng bộ tổng kết')
  // Nothing Pagefind would index as a word: no letters or digits in the encoded date.
  assert.doesNotMatch(r.meta?.date ?? '', /[\p{L}\p{N}]/u)
  assert.equal(decodeQuiet(r.meta?.date ?? ''), '2017-05-25')
  assert.deepEqual(r.filters, {
    nguoi: [`Hoàng Đăng Quang${LINK_SEPARATOR}nguoi/hoang-dang-quang/`],
    'van-ban': [`Nghị quyết 26-NQ/TW${LINK_SEPARATOR}van-ban/26-nq-tw/`],
    nam: ['2017'],
    nguon: ['Báo Mới'],
  })
  assert.deepEqual(r.sort, { date: '2017-05-25' })
  const partial = articleRecord(records[1]!)
  assert.equal(partial.filters?.nam, undefined)
  assert.equal(partial.meta?.title, 'Hòa bình')
  assert.equal(yearOf('--05-25'), undefined)
  assert.equal(decodeQuiet(encodeQuiet('0123456789-')), '0123456789-')
})

test('buildSearchIndex writes a Pagefind bundle under outDir, byte-identical on rebuild', async () => {
  const a = await mkdtemp(path.join(tmpdir(), 'search-a-'))
  const b = await mkdtemp(path.join(tmpdir(), 'search-b-'))
  try {
    const ra = await buildSearchIndex({ outDir: a, records, entities: [] })
    assert.deepEqual(ra.messages, [])
    // Records in another order give the same bytes.
    await buildSearchIndex({ outDir: b, records: [...records].reverse(), entities: [] })
    const ta = await tree(a)
    const tb = await tree(b)
    assert.deepEqual([...ta.keys()].filter((k) => !k.startsWith('pagefind/')), [], 'nothing outside pagefind/')
    for (const needed of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.unknown.pagefind']) assert.ok(ta.has(needed), needed)
    assert.ok([...ta.keys()].some((k) => k.startsWith('pagefind/index/')))
    assert.ok(![...ta.keys()].some((k) => /pagefind-(?:ui|component-ui|modular-ui|highlight)\./.test(k)), 'unused UI files removed')
    assert.deepEqual(ta, tb)
  } finally {
    await rm(a, { recursive: true, force: true })
    await rm(b, { recursive: true, force: true })
  }
})

test('links to pages that are not entities are reported', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'search-c-'))
  try {
    const { messages } = await buildSearchIndex({
      outDir: dir, records,
      entities: [{ kind: 'person', name: 'Hoàng Đăng Quang', aliases: [], url: 'nguoi/hoang-dang-quang/', articleCount: 1 }],
    })
    assert.deepEqual(messages, ['search: van-ban/26-nq-tw/ is linked from an article but is not an entity page'])
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
