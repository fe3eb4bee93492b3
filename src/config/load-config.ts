import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { configSchema, type SiteConfig } from './config-schema.ts'

/** Read when `--config` is not given and the file exists in the working folder. */
export const DEFAULT_CONFIG_FILE = 'policy-digest.config.json'

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/**
 * Loads and validates the site config once; every later stage gets typed values.
 * A missing default file means defaults; a missing named file is an error.
 */
export async function loadConfig(file: string | undefined, overrides: Partial<SiteConfig> = {}): Promise<SiteConfig> {
  const target = file ?? DEFAULT_CONFIG_FILE
  let raw: unknown = {}
  try {
    raw = JSON.parse(await readFile(target, 'utf8'))
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    if (!(missing && file === undefined)) {
      throw new ConfigError(`${target}: ${missing ? 'file not found' : (error as Error).message}`, { cause: error })
    }
  }
  const merged: Record<string, unknown> = { ...(raw as object), ...overrides }
  // `catalogue` may name a JSON file of documents, relative to the config file.
  if (typeof merged.catalogue === 'string') merged.catalogue = await readCatalogue(path.resolve(path.dirname(target), merged.catalogue))
  const result = configSchema.safeParse(merged)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
    throw new ConfigError(`${target}: invalid config\n${problems.join('\n')}`)
  }
  const config = result.data
  // Template folders are relative to the config file, not to wherever the command runs.
  if (config.templates && file) config.templates = path.resolve(path.dirname(file), config.templates)
  return config
}

async function readCatalogue(file: string): Promise<unknown> {
  try {
    return (JSON.parse(await readFile(file, 'utf8')) as { documents?: unknown }).documents
  } catch (error) {
    throw new ConfigError(`${file}: cannot read the document catalogue: ${(error as Error).message}`, { cause: error })
  }
}
