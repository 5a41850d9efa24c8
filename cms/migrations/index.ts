import * as migration_20261204_182222_initial from './20261204_182222_initial';

export const migrations = [
  {
    up: migration_20261204_182222_initial.up,
    down: migration_20261204_182222_initial.down,
    name: '20261204_182222_initial'
  },
];
