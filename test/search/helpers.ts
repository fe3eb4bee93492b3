/**
 * Test and benchmark helpers for the search stage: a tiny static file server on
 * 127.0.0.1 that gzips text types as a static host would and records every response's
 * size, and a headless Chromium.
 */
import http from 'node:http'
import { gzipSync } from 'node:zlib'
import { readFile, stat } from 'node:fs/promises'
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
 * client accepts it.
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
