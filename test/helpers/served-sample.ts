import assert from 'node:assert/strict'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { after, before } from 'node:test'
import type { Browser } from 'playwright-core'
import type { BuildOptions } from '../../src/build.ts'
import { launchChromium } from './browser.ts'
import { buildSample } from './build-sample.ts'
import { serve, type Served } from './serve.ts'

export interface ServedSample {
  served: Served
  browser: Browser
}

/**
 * The sample site built once for a test file, served gzipped under `base` (every URL must
 * respect it), with a headless Chromium; `ready` runs once both are up. Torn down after the
 * file's tests. The returned object is filled in by the time the tests run.
 */
export function useServedSample(
  base = '/digest/',
  options: Partial<BuildOptions> = {},
  ready: (sample: ServedSample) => Promise<void> = async () => {},
): ServedSample {
  const sample = {} as ServedSample
  let outDir = ''
  before(async () => {
    const built = await buildSample(options)
    assert.ok(built.result.written, 'the sample site was not written')
    outDir = built.outDir
    sample.served = await serve(outDir, base)
    sample.browser = await launchChromium()
    await ready(sample)
  })
  after(async () => {
    await sample.browser?.close()
    await sample.served?.close()
    if (outDir) await rm(path.dirname(outDir), { recursive: true, force: true })
  })
  return sample
}
