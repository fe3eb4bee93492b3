/**
 * Picks the candidate articles for test/fixtures/heldout.jsonl: every corpus file not in
 * ../shared/gold/dev.jsonl, sorted by path, shuffled per source folder with a seeded
 * mulberry32 PRNG (seed below), and printed in that order. The first 12 baomoi and the
 * first 18 VNTC candidates were annotated; the skips (an advertorial with no person and no
 * document, once enough such articles were in) are listed in test/fixtures/heldout.README.md.
 *
 *   node --import tsx bench/heldout-select.ts [count per folder, default 30]
 */
import { readFile, readdir } from 'node:fs/promises'

export const SEED = 20250603

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

const shared = new URL('../../shared/', import.meta.url)
const dev = new Set(
  (await readFile(new URL('gold/dev.jsonl', shared), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { file: string }).file),
)
const count = Number(process.argv[2] ?? 30)
const random = mulberry32(SEED)
for (const folder of ['baomoi-2017-policy', 'vntc-chinh-tri-xa-hoi']) {
  const files = (await readdir(new URL(`corpus/${folder}/`, shared)))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => `${folder}/${name}`)
    .filter((file) => !dev.has(file))
  for (const file of shuffle(files, random).slice(0, count)) console.log(file)
}
