/**
 * Search synonyms, edited by centre staff: groups of words or phrases that mean the same thing
 * (khóm, dứa, thơm, pineapple). Saving queues an `updateSynonyms` job for every search queue, so
 * each process that holds an index applies them; the first read of a never-saved global fills it
 * with the defaults in src/search/settings/synonyms.default.json.
 */
import type { GlobalAfterChangeHook, GlobalConfig, Payload, PayloadRequest } from 'payload'
import { staffOnly } from '../access/policies'
import { ENQUIRY_SEARCH_QUEUE, SEARCH_QUEUE } from '../../src/config/job-queues'
import { DEFAULT_SYNONYM_GROUPS } from '../../src/search/settings/default-synonyms'
import { isSupersededDefault } from '../../src/search/settings/superseded-synonyms'
import type { SynonymGroup } from '../../src/text/synonyms'
import { skipSearchSync } from './skipSearchSync'
import { UPDATE_SYNONYMS_TASK } from './taskSlugs'

export const SEARCH_SYNONYMS_SLUG = 'search-synonyms' as const

type SynonymsDoc = { groups?: { words?: string[] | null }[] | null; updatedAt?: string | null }

function groupsOf(doc: SynonymsDoc): SynonymGroup[] {
  return (doc.groups ?? []).map((group) => (group.words ?? []).map((word) => word.trim()).filter(Boolean)).filter((words) => words.length >= 2)
}

const queueSynonymsUpdate: GlobalAfterChangeHook = async ({ doc, req, context }) => {
  if (skipSearchSync(context)) return doc
  for (const queue of [SEARCH_QUEUE, ENQUIRY_SEARCH_QUEUE]) {
    await req.payload.jobs.queue({ task: UPDATE_SYNONYMS_TASK, input: {}, queue, req })
  }
  return doc
}

export const SearchSynonyms: GlobalConfig = {
  slug: SEARCH_SYNONYMS_SLUG,
  label: { vi: 'Từ đồng nghĩa khi tìm kiếm', en: 'Search synonyms' },
  admin: {
    group: { vi: 'Danh mục', en: 'Reference' },
    description: {
      vi: 'Mỗi nhóm là các từ cùng nghĩa: tìm một từ sẽ ra cả các từ kia (ví dụ khóm, dứa, thơm, pineapple). Áp dụng sau vài giây.',
      en: 'Each group lists words that mean the same: searching one also finds the others (e.g. khóm, dứa, thơm, pineapple). Applies within seconds.',
    },
  },
  access: { read: staffOnly, update: staffOnly },
  hooks: { afterChange: [queueSynonymsUpdate] },
  fields: [
    {
      name: 'groups',
      type: 'array',
      label: { vi: 'Nhóm từ', en: 'Groups' },
      labels: { singular: { vi: 'Nhóm', en: 'Group' }, plural: { vi: 'Nhóm', en: 'Groups' } },
      fields: [
        {
          name: 'words',
          type: 'text',
          hasMany: true,
          required: true,
          minRows: 2,
          maxRows: 20,
          label: { vi: 'Các từ cùng nghĩa', en: 'Words that mean the same' },
          admin: {
            description: {
              vi: 'Gõ một từ rồi nhấn Enter; cụm từ như "mật ong" cũng được.',
              en: 'Type a word and press Enter; phrases such as "mật ong" work too.',
            },
          },
        },
      ],
    },
  ],
}

/**
 * The synonym groups in force; a global never saved, or still holding an earlier release's
 * defaults untouched, is filled with the current defaults first. Anything staff changed is kept.
 */
export async function readSynonyms(payload: Payload, req?: PayloadRequest): Promise<SynonymGroup[]> {
  const doc: SynonymsDoc = await payload.findGlobal({ slug: SEARCH_SYNONYMS_SLUG, overrideAccess: true, depth: 0, req })
  if (doc.updatedAt && !isSupersededDefault(groupsOf(doc))) return groupsOf(doc)
  try {
    await payload.updateGlobal({
      slug: SEARCH_SYNONYMS_SLUG,
      overrideAccess: true,
      depth: 0,
      req,
      // Every process reads the defaults itself, so there is nothing to queue.
      context: { seeding: true },
      data: { groups: DEFAULT_SYNONYM_GROUPS.map((words) => ({ words: [...words] })) },
    })
  } catch (error) {
    // The admin and the site start together and may both try: one write is enough.
    payload.logger.warn({ err: error, msg: 'search: could not save the default synonyms (another process may have); using them anyway' })
  }
  return DEFAULT_SYNONYM_GROUPS.map((words) => [...words])
}
