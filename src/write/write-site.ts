import { cp, mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { SiteFiles } from '../render/render-pages.ts'

/**
 * Output is built in a staging folder beside the target and swapped in at the end,
 * so a failed or interrupted build leaves the previous site as it was.
 */
export async function createStaging(outDir: string): Promise<string> {
  const parent = path.dirname(path.resolve(outDir))
  await mkdir(parent, { recursive: true })
  return mkdtemp(path.join(parent, `.${path.basename(outDir)}-staging-`))
}

export async function writeSiteFiles(dir: string, files: SiteFiles): Promise<void> {
  const folders = new Set([...files.keys()].map((file) => path.dirname(path.join(dir, file))))
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true })
  await Promise.all([...files].map(([file, content]) => writeFile(path.join(dir, file), content)))
}

/** Copies each template folder's `assets/` to the site's, later folders overriding earlier ones. */
export async function copyAssets(dir: string, templateFolders: readonly string[]): Promise<void> {
  for (const folder of templateFolders) {
    const assets = path.join(folder, 'assets')
    if (await exists(assets)) await cp(assets, path.join(dir, 'assets'), { recursive: true })
  }
}

/** Replaces `outDir` with the staging folder: two renames, then the old site is removed. */
export async function swapIn(staging: string, outDir: string): Promise<void> {
  const target = path.resolve(outDir)
  const previous = `${staging}-previous`
  const hadPrevious = await exists(target)
  if (hadPrevious) await rename(target, previous)
  try {
    await rename(staging, target)
  } catch (error) {
    if (hadPrevious) await rename(previous, target)
    throw error
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true })
}

export async function discardStaging(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true })
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  )
}
