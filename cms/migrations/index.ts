import * as migration_20261205_063425_initial from './20261205_063425_initial';

export const migrations = [
  {
    up: migration_20261205_063425_initial.up,
    down: migration_20261205_063425_initial.down,
    name: '20261205_063425_initial'
  },
];
