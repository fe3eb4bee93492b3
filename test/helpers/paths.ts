import { fileURLToPath } from 'node:url'

/** The project root, and the read-only material beside it. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url))
export const CORPUS = `${SHARED}corpus/`
export const SEED = `${SHARED}seed/000_d001d31c2c28c4b5.txt`
export const SAMPLE = `${ROOT}content/`
