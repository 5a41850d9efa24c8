import * as migration_20261205_162154_initial from './20261205_162154_initial';

export const migrations = [
  {
    up: migration_20261205_162154_initial.up,
    down: migration_20261205_162154_initial.down,
    name: '20261205_162154_initial'
  },
];
