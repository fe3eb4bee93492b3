import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { test } from 'node:test'
import { build } from '../../src/build.ts'
import { CORPUS } from '../helpers/paths.ts'
import { tempDir } from '../helpers/temp-dir.ts'

test('the whole 6,000-article corpus builds without crashing, every article in the site', async () => {
  const outDir = path.join(await tempDir('policy-digest-corpus-'), 'dist')
  const result = await build({ contentDir: CORPUS, outDir, search: false })
  assert.equal(result.errors, 0)
  assert.equal(result.built, 6000, 'every corpus article, and not its README.md or SOURCE.md files')
  const articles = JSON.parse(await readFile(path.join(outDir, 'data/articles.json'), 'utf8')) as Array<{ url: string }>
  assert.equal(new Set(articles.map((a) => a.url)).size, articles.length, 'two articles share a URL')
})
