import * as migration_20261205_171648_initial from './20261205_171648_initial';

export const migrations = [
  {
    up: migration_20261205_171648_initial.up,
    down: migration_20261205_171648_initial.down,
    name: '20261205_171648_initial'
  },
];
