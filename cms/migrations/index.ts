import * as migration_20261206_220434_initial from './20261206_220434_initial';

export const migrations = [
  {
    up: migration_20261206_220434_initial.up,
    down: migration_20261206_220434_initial.down,
    name: '20261206_220434_initial'
  },
];
