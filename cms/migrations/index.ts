import * as migration_20261205_065926_initial from './20261205_065926_initial';

export const migrations = [
  {
    up: migration_20261205_065926_initial.up,
    down: migration_20261205_065926_initial.down,
    name: '20261205_065926_initial'
  },
];
