import * as migration_20261205_065606_initial from './20261205_065606_initial';

export const migrations = [
  {
    up: migration_20261205_065606_initial.up,
    down: migration_20261205_065606_initial.down,
    name: '20261205_065606_initial'
  },
];
