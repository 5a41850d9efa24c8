import * as migration_20261205_235043_initial from './20261205_235043_initial';

export const migrations = [
  {
    up: migration_20261205_235043_initial.up,
    down: migration_20261205_235043_initial.down,
    name: '20261205_235043_initial'
  },
];
