import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { test } from 'node:test'
import { promisify } from 'node:util'
import { build } from '../../src/build.ts'
import { MAX_ARTICLE_BYTES } from '../../src/pipeline.ts'
import { ROOT } from '../helpers/paths.ts'
import { tempDir } from '../helpers/temp-dir.ts'

const run = promisify(execFile)

async function contentWith(files: Record<string, string | Uint8Array>): Promise<{ contentDir: string; outDir: string }> {
  const dir = await tempDir('policy-digest-errors-')
  const contentDir = path.join(dir, 'content')
  for (const [name, value] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(contentDir, name)), { recursive: true })
    await writeFile(path.join(contentDir, name), value)
  }
  return { contentDir, outDir: path.join(dir, 'dist') }
}

const good = 'Bài viết tốt\nSáng 25/5, Phó Thủ tướng Vũ Đức Đam chủ trì hội nghị về Nghị định 67/2014/NĐ-CP.\n'

test('a file that cannot be read is reported with its path; the rest of the site is built', async () => {
  const { contentDir, outDir } = await contentWith({
    'good.txt': good,
    'broken/latin1.txt': new Uint8Array([0x4e, 0x67, 0x68, 0xe1, 0x0a, 0x62]),
    'huge.txt': 'x'.repeat(MAX_ARTICLE_BYTES + 1),
  })
  const result = await build({ contentDir, outDir, search: false })
  assert.equal(result.built, 1)
  assert.equal(result.errors, 2)
  assert.ok(result.written)
  const bad = result.files.find((f) => f.data.source === 'broken/latin1.txt')!
  assert.match(String(bad.messages[0]), /latin1\.txt.*not valid UTF-8/)
  assert.match(String(result.files.find((f) => f.data.source === 'huge.txt')!.messages[0]), /over the 4 MB limit/)
  const articles = JSON.parse(await readFile(path.join(outDir, 'data/articles.json'), 'utf8'))
  assert.deepEqual(articles.map((a: { source: string }) => a.source), ['good.txt'])
})

test('--strict with an error leaves the previous site untouched', async () => {
  const { contentDir, outDir } = await contentWith({ 'good.txt': good })
  await build({ contentDir, outDir, search: false })
  const before = await readFile(path.join(outDir, 'index.html'), 'utf8')
  await writeFile(path.join(contentDir, 'bad.txt'), new Uint8Array([0xff, 0x00, 0xd8]))
  await writeFile(path.join(contentDir, 'new.txt'), 'Bài mới\nNội dung mới.\n')
  const result = await build({ contentDir, outDir, strict: true, search: false })
  assert.equal(result.written, false)
  assert.equal(await readFile(path.join(outDir, 'index.html'), 'utf8'), before)
})

test('a build that fails outside the articles (a broken template) leaves the previous site intact', async () => {
  const { contentDir, outDir } = await contentWith({ 'good.txt': good, 'templates/article.hbs': '{{#if}}' })
  await build({ contentDir, outDir, search: false })
  const before = await readFile(path.join(outDir, 'index.html'), 'utf8')
  const config = path.join(contentDir, '..', 'config.json')
  await writeFile(config, JSON.stringify({ templates: 'content/templates' }))
  await assert.rejects(build({ contentDir, outDir, configFile: config, search: false }))
  assert.equal(await readFile(path.join(outDir, 'index.html'), 'utf8'), before)
})

test('article text never becomes script: tags in a .txt are shown as text', async () => {
  const { contentDir, outDir } = await contentWith({ 'xss.txt': 'Tiêu đề <script>alert(1)</script>\nĐoạn <img src=x onerror=alert(2)> văn bản.\n' })
  await build({ contentDir, outDir, search: false })
  const articles = JSON.parse(await readFile(path.join(outDir, 'data/articles.json'), 'utf8'))
  const html = await readFile(path.join(outDir, articles[0].url, 'index.html'), 'utf8')
  assert.ok(!html.includes('<script>alert'), 'script tag from the title reached the page')
  assert.ok(!html.includes('<img src=x'), 'img tag from the body reached the page')
  assert.match(html, /&#x3C;script>alert\(1\)|&lt;script&gt;alert\(1\)/)
})

test('the same input gives the same output, byte for byte', async () => {
  const { contentDir, outDir } = await contentWith({ 'a.txt': good, 'b/c.md': '---\ntitle: Hai\n---\n\nNghị quyết số 26-NQ/TW.\n' })
  const first = await build({ contentDir, outDir: `${outDir}-1` })
  const second = await build({ contentDir, outDir: `${outDir}-2` })
  assert.ok(first.written && second.written)
  const { default: fg } = await import('fast-glob')
  const files = (await fg('**/*', { cwd: `${outDir}-1` })).sort()
  assert.deepEqual((await fg('**/*', { cwd: `${outDir}-2` })).sort(), files)
  for (const file of files) {
    const [a, b] = await Promise.all([readFile(path.join(`${outDir}-1`, file)), readFile(path.join(`${outDir}-2`, file))])
    assert.ok(a.equals(b), `${file} differs between two builds`)
  }
})

test('--base-url sets canonical links; pages still link relatively', async () => {
  const { contentDir, outDir } = await contentWith({ 'a.txt': good })
  await build({ contentDir, outDir, baseUrl: 'https://example.org/digest/', search: false })
  const home = await readFile(path.join(outDir, 'index.html'), 'utf8')
  assert.match(home, /<link rel="canonical" href="https:\/\/example.org\/digest\/">/)
  assert.match(home, /href="\.\/assets\/style.css"/)
  assert.match(await readFile(path.join(outDir, '404.html'), 'utf8'), /href="\/digest\/assets\/style.css"/)
})

test('the command line: --help documents every flag; exit code 1 when an article failed, 2 on misuse', async () => {
  const cli = path.join(ROOT, 'bin/policy-digest.js')
  const help = await run('node', [cli, '--help'])
  for (const flag of ['--content', '--out', '--config', '--base-url', '--strict']) assert.ok(help.stdout.includes(flag), flag)

  const { contentDir, outDir } = await contentWith({ 'good.txt': good, 'bad.txt': new Uint8Array([0xff, 0xfe, 0x00, 0xd8]) })
  const failed = await run('node', [cli, 'build', '--content', contentDir, '--out', outDir, '--no-search']).catch((error) => error)
  assert.equal(failed.code, 1)
  assert.match(failed.stderr, /bad\.txt/)
  assert.match(failed.stdout, /1 articles built, 0 warnings, 1 errors/)

  const misuse = await run('node', [cli, 'biuld']).catch((error) => error)
  assert.equal(misuse.code, 2)
})

test('a site\'s templates folder overrides built-in templates by name; the rest stay built-in', async () => {
  const { contentDir, outDir } = await contentWith({ 'good.txt': good, '../theme/partials/footer.hbs': '<footer class="site-footer">Toà soạn riêng</footer>' })
  const config = path.join(contentDir, '..', 'site.json')
  await writeFile(config, JSON.stringify({ title: 'Điểm tin Hà Nội', templates: 'theme' }))
  await build({ contentDir, outDir, configFile: config, search: false })
  const home = await readFile(path.join(outDir, 'index.html'), 'utf8')
  assert.match(home, /Toà soạn riêng/)
  assert.match(home, /<h1>Điểm tin Hà Nội<\/h1>/)
  assert.match(home, /Bài viết mới nhất/)
})

test('an invalid config is refused with the key at fault, before anything is written', async () => {
  const { contentDir, outDir } = await contentWith({ 'good.txt': good })
  const config = path.join(contentDir, '..', 'bad.json')
  await writeFile(config, JSON.stringify({ pageSize: 'many', colour: 'red' }))
  const cli = path.join(ROOT, 'bin/policy-digest.js')
  const failed = await run('node', [cli, 'build', '--content', contentDir, '--out', outDir, '--config', config]).catch((error) => error)
  assert.equal(failed.code, 2)
  assert.match(failed.stderr, /pageSize/)
  assert.match(failed.stderr, /colour/)
})
