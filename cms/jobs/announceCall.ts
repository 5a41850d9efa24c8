/**
 * Queued (by the calls collection's queueAnnouncement hook) when a call is published: mail every
 * producer it fits, once each. Retried through a mail outage; those already mailed are skipped.
 */
import type { Config } from '../payload-types'
import type { TaskConfig } from 'payload'
import { loadEnv } from '../../src/config/env'
import { announceCall } from '../../src/programmes/announce-call'
import { programmeNow } from '../../src/programmes/clock'

export const ANNOUNCE_TASK = 'announceCall' satisfies keyof Config['jobs']['tasks']

export const announceCallTask: TaskConfig = {
  slug: ANNOUNCE_TASK,
  label: 'Calls: mail the producers a newly published call fits',
  inputSchema: [{ name: 'callId', type: 'number', required: true }],
  retries: 5,
  handler: async ({ input, req }) => {
    const { callId } = input as { callId: number }
    const result = await announceCall(req.payload, callId, programmeNow(), loadEnv().CMS_URL, req)
    return { output: { mailed: result.mailed.length } }
  },
}
