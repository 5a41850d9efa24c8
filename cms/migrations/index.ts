import * as migration_20261205_162809_initial from './20261205_162809_initial';

export const migrations = [
  {
    up: migration_20261205_162809_initial.up,
    down: migration_20261205_162809_initial.down,
    name: '20261205_162809_initial'
  },
];
