/**
 * The MongoDB leg runs only where a server is configured (MONGODB_URL); none can be installed on
 * these machines, so elsewhere it says clearly that it was skipped.
 */
import { getPayload } from 'payload'
import { describe, it } from 'vitest'
import { databaseContract } from '../../contract/database.contract'

const url = process.env.MONGODB_URL

if (url) {
  databaseContract('MongoDB', async () => {
    // A database of its own per run, dropped afterwards.
    const dbUrl = url.replace(/\/?(\?|$)/, `/tieubieu_test_${Date.now()}$1`)
    process.env.DATABASE_URL = dbUrl
    const { default: config } = await import('@payload-config')
    const payload = await getPayload({ config })
    return {
      payload,
      cleanup: async () => {
        await payload.db.dropDatabase?.({ adapter: payload.db as never })
        await payload.destroy()
      },
    }
  })
} else {
  console.warn('MongoDB contract leg SKIPPED: set MONGODB_URL=mongodb://host:27017 to run it against a real server.')
  describe.skip('database contract: MongoDB (SKIPPED — set MONGODB_URL to run)', () => {
    it.skip('runs the database contract against a real MongoDB replica set (none can be installed here)', () => {})
  })
}
