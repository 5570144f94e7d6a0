import type { Migration } from 'kysely';
import * as m0001 from './0001-init.js';
import * as m0002 from './0002-jobs.js';
import * as m0003 from './0003-accounts.js';
import * as m0004 from './0004-turn-published.js';

/** Every migration, by name; names sort in the order they run. Add one line per new file. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-init': m0001,
  '0002-jobs': m0002,
  '0003-accounts': m0003,
  '0004-turn-published': m0004,
};
