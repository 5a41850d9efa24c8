import * as migration_20261205_191017_initial from './20261205_191017_initial';

export const migrations = [
  {
    up: migration_20261205_191017_initial.up,
    down: migration_20261205_191017_initial.down,
    name: '20261205_191017_initial'
  },
];
