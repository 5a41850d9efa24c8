import * as migration_20261122_193141_initial from './20261122_193141_initial'

export const migrations = [
  {
    up: migration_20261122_193141_initial.up,
    down: migration_20261122_193141_initial.down,
    name: '20261122_193141_initial',
  },
]
