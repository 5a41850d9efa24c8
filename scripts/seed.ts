/**
 * Seed CLI: `npx tsx scripts/seed.ts [--demo|--no-demo]` (or `npm run seed -- --demo`).
 * Plain Node 24 strips the types of this file but cannot resolve the extensionless imports of
 * cms/ and src/, so tsx's loader is registered first unless tsx already runs us.
 */
import { register } from 'tsx/esm/api'

if (!process.execArgv.some((arg) => arg.includes('tsx'))) register()

try {
  const { main } = await import('./seed/cli')
  process.exit(await main())
} catch (error) {
  // Usage and configuration mistakes get their message only; anything else its stack.
  const expected = error instanceof Error && (error.name === 'UsageError' || error.name === 'ConfigError')
  console.error(expected ? error.message : error instanceof Error ? (error.stack ?? error.message) : error)
  process.exit(1)
}
