/**
 * Test and benchmark helpers for the search stage: a tiny static file server on
 * 127.0.0.1 (gzip for text types, as a static host would), a headless Chromium, and a
 * small site made from search records when the full build is not used.
 */
import http from 'node:http'
import { gzipSync } from 'node:zlib'
import { readFile, mkdir, writeFile, cp, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Handlebars from 'handlebars'
import { chromium, type Browser } from 'playwright-core'
import { buildSearchIndex, type SearchEntity, type SearchRecord } from '../../src/search/build-search-index.ts'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.pagefind': 'application/wasm',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg'])

export interface Served { url: string; close: () => Promise<void>; requests: Array<{ path: string; bytes: number; rawBytes: number }> }

/**
 * Serves `root` under `prefix` (e.g. '/digest/'). Text files are gzip-compressed when the
 * client accepts it; Pagefind's own files are already compressed and go out as they are.
 */
export async function serve(root: string, prefix = '/'): Promise<Served> {
  const requests: Served['requests'] = []
  const server = http.createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      if (!pathname.startsWith(prefix)) { res.writeHead(404).end(); return }
      let file = path.join(root, pathname.slice(prefix.length))
      if (!file.startsWith(root)) { res.writeHead(403).end(); return }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html')
      const body = await readFile(file)
      const ext = path.extname(file)
      const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      const out = gzip ? gzipSync(body, { level: 9 }) : body
      requests.push({ path: pathname, bytes: out.length, rawBytes: body.length })
      res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'content-length': out.length, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'cache-control': 'no-cache' })
      res.end(out)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }),
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

/** A minimal stand-in for the lead's layout: the header search form and the page body. */
const LAYOUT = Handlebars.compile(`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title></head>
<body><header><a href="{{base}}">Tin chính sách</a>
<form action="{{base}}tim-kiem/" role="search"><input name="q" aria-label="Tìm kiếm"><button>Tìm</button></form></header>
<main id="main">{{{body}}}</main></body></html>`)

/**
 * Writes a small site into `outDir`: the search page, its assets, the index, stub
 * people/documents index pages and one page per record. Used until (and besides) the
 * full build, so the browser tests exercise exactly the files this stage owns.
 */
export async function buildTestSite(outDir: string, records: SearchRecord[], entities: SearchEntity[], base = '/'): Promise<{ messages: string[] }> {
  await mkdir(outDir, { recursive: true })
  const template = Handlebars.compile(await readFile(path.join(ROOT, 'templates/search.hbs'), 'utf8'))
  const page = (title: string, body: string) => LAYOUT({ base, title, body })
  await mkdir(path.join(outDir, 'tim-kiem'), { recursive: true })
  await writeFile(path.join(outDir, 'tim-kiem/index.html'), page('Tìm kiếm', template({ base, title: 'Tìm kiếm' })))
  await writeFile(path.join(outDir, 'index.html'), page('Trang chủ', '<h1>Trang chủ</h1>'))
  for (const dir of ['nguoi', 'van-ban']) {
    await mkdir(path.join(outDir, dir), { recursive: true })
    await writeFile(path.join(outDir, dir, 'index.html'), page(dir, `<h1>${dir}</h1>`))
  }
  await cp(path.join(ROOT, 'templates/assets'), path.join(outDir, 'assets'), { recursive: true })
  return buildSearchIndex({ outDir, records, entities })
}
