/**
 * Demo accounts, upserted by e-mail. The password is set only when an account is created, so a
 * developer who changed theirs keeps it; role, scope and producer link are brought back in line.
 */
import { demoAccounts, type DemoAccountSpec } from './accounts'
import type { SeedRun } from './types'
import { upsert } from './upsert'

export async function seedUsers(run: SeedRun): Promise<DemoAccountSpec[]> {
  const accounts = demoAccounts()
  for (const account of accounts) {
    const producer = account.producerSlug ? run.ids.producers.get(account.producerSlug) : null
    if (account.producerSlug && producer === undefined) throw new Error(`Account ${account.email}: producer was not seeded`)
    await upsert(run, {
      collection: 'users',
      where: { email: { equals: account.email } },
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        provinces: (account.provinceSlugs ?? []).map((slug) => run.ids.provinces.get(slug)),
        producer: producer ?? null,
      },
      createOnly: { password: account.password },
    })
  }
  run.log(`accounts: ${accounts.length}`)
  return accounts
}
