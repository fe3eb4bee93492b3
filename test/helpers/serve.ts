/**
 * A static file server on 127.0.0.1 for tests and benchmarks, serving a built site the
 * way a static host does: `dir/` → `dir/index.html`, a miss → `404.html` with status 404,
 * text gzip-compressed when the client accepts it (compressed before the server starts,
 * as a host serves cached bytes, so compression is not measured as latency), and every
 * response's size recorded.
 */
import http from 'node:http'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

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
      const missing = !files.has(file)
      // Like a static host: a miss gets the site's 404.html, with status 404.
      const served = missing ? path.join(root, '404.html') : file
      const found = files.get(served)
      if (!found) { res.writeHead(404).end(); return }
      const ext = path.extname(served)
      const { body } = found
      const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      const out = gzip ? found.gzipped : body
      requests.push({ path: pathname, bytes: out.length, rawBytes: body.length })
      res.writeHead(missing ? 404 : 200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'content-length': out.length, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'cache-control': 'no-cache' })
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
