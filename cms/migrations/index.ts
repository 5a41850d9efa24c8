import * as migration_20261206_013938_initial from './20261206_013938_initial';

export const migrations = [
  {
    up: migration_20261206_013938_initial.up,
    down: migration_20261206_013938_initial.down,
    name: '20261206_013938_initial'
  },
];
