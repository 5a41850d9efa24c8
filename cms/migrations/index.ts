import * as migration_20261206_233822_initial from './20261206_233822_initial';

export const migrations = [
  {
    up: migration_20261206_233822_initial.up,
    down: migration_20261206_233822_initial.down,
    name: '20261206_233822_initial'
  },
];
