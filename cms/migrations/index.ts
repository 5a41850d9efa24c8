import * as migration_20261205_191803_initial from './20261205_191803_initial';

export const migrations = [
  {
    up: migration_20261205_191803_initial.up,
    down: migration_20261205_191803_initial.down,
    name: '20261205_191803_initial'
  },
];
