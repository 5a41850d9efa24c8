import * as migration_20261205_162031_initial from './20261205_162031_initial';

export const migrations = [
  {
    up: migration_20261205_162031_initial.up,
    down: migration_20261205_162031_initial.down,
    name: '20261205_162031_initial'
  },
];
