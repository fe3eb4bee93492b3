/**
 * Picks the candidate articles for a held-out gold set (test/fixtures/heldout*.jsonl):
 * every corpus file not in ../shared/gold/dev.jsonl nor in any test/fixtures/heldout*.jsonl,
 * sorted by path, shuffled per source folder (baomoi first, one generator for both) with a
 * seeded mulberry32 PRNG, and printed in that order. Which candidates each set kept, and
 * which it skipped and why, is listed in its test/fixtures/heldout*.README.md. The exclusion
 * grows with every set, so a set's list is reproduced only with the later sets moved aside.
 *
 *   node --import tsx bench/heldout-select.ts [count per folder, default 30] [seed, default 20250603]
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

async function goldFiles(url: URL): Promise<string[]> {
  return (await readFile(url, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { file: string }).file)
}

const shared = new URL('../../shared/', import.meta.url)
const fixtures = new URL('../test/fixtures/', import.meta.url)
const heldout = (await readdir(fixtures))
  .filter((name) => /^heldout.*\.jsonl$/.test(name))
  .sort()
  .map((name) => new URL(name, fixtures))
const excluded = new Set(
  (await Promise.all([new URL('gold/dev.jsonl', shared), ...heldout].map(goldFiles))).flat(),
)
const count = Number(process.argv[2] ?? 30)
const random = mulberry32(Number(process.argv[3] ?? SEED))
for (const folder of ['baomoi-2017-policy', 'vntc-chinh-tri-xa-hoi']) {
  const files = (await readdir(new URL(`corpus/${folder}/`, shared)))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => `${folder}/${name}`)
    .filter((file) => !excluded.has(file))
  for (const file of shuffle(files, random).slice(0, count)) console.log(file)
}
