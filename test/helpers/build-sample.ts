import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { build, type BuildOptions, type BuildResult } from '../../src/build.ts'
import { SAMPLE } from './paths.ts'

/** Builds the sample content into a fresh temporary folder. */
export async function buildSample(options: Partial<BuildOptions> = {}): Promise<{ outDir: string; result: BuildResult }> {
  const outDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'policy-digest-')), 'dist')
  const result = await build({ contentDir: SAMPLE, outDir, ...options })
  return { outDir, result }
}
