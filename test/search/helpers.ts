/**
 * Test and benchmark helpers for the search stage: a tiny static file server on
 * 127.0.0.1 that gzips text types as a static host would and records every response's
 * size, and a headless Chromium.
 */
import http from 'node:http'
import { gzipSync } from 'node:zlib'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from 'playwright-core'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg'])

export interface Served { url: string; close: () => Promise<void>; requests: Array<{ path: string; bytes: number; rawBytes: number }> }

/**
 * Serves `root` under `prefix` (e.g. '/digest/'). Text files are gzip-compressed when the
 * client accepts it. Every file is read and compressed before the server starts, as a
 * static host serves precompressed or cached bytes: compression is not query latency.
 */
export async function serve(root: string, prefix = '/'): Promise<Served> {
  const requests: Served['requests'] = []
  const files = new Map<string, { body: Buffer; gzipped: Buffer }>()
  for (const rel of await readdir(root, { recursive: true })) {
    const file = path.join(root, rel)
    if (!(await stat(file)).isFile()) continue
    const body = await readFile(file)
    files.set(file, { body, gzipped: COMPRESSIBLE.has(path.extname(file)) ? gzipSync(body, { level: 9 }) : body })
  }
  const server = http.createServer((req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      if (!pathname.startsWith(prefix)) { res.writeHead(404).end(); return }
      const asked = path.join(root, pathname.slice(prefix.length))
      const file = files.has(asked) ? asked : path.join(asked, 'index.html')
      const found = files.get(file)
      if (!found) { res.writeHead(404).end(); return }
      const ext = path.extname(file)
      const { body } = found
      const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      const out = gzip ? found.gzipped : body
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
