#!/usr/bin/env node
// Runs the TypeScript sources directly: there is no compile step, and dist/ is only ever the site.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli.ts')
process.exitCode = await main(process.argv.slice(2))
