import * as migration_20261122_171117_initial from './20261122_171117_initial';

export const migrations = [
  {
    up: migration_20261122_171117_initial.up,
    down: migration_20261122_171117_initial.down,
    name: '20261122_171117_initial'
  },
];
