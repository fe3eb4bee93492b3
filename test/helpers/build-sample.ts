import path from 'node:path'
import { build, type BuildOptions, type BuildResult } from '../../src/build.ts'
import { SAMPLE } from './paths.ts'
import { tempDir } from './temp-dir.ts'

/** Builds the sample content into a fresh temporary folder, removed when the tests are done. */
export async function buildSample(options: Partial<BuildOptions> = {}): Promise<{ outDir: string; result: BuildResult }> {
  const outDir = path.join(await tempDir('policy-digest-'), 'dist')
  const result = await build({ contentDir: SAMPLE, outDir, ...options })
  return { outDir, result }
}
