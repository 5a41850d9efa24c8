import * as migration_20261205_190848_initial from './20261205_190848_initial';

export const migrations = [
  {
    up: migration_20261205_190848_initial.up,
    down: migration_20261205_190848_initial.down,
    name: '20261205_190848_initial'
  },
];
