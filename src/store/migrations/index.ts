import type { Migration } from 'kysely';
import * as m0001 from './0001-init.js';

/** Every migration, by name; names sort in the order they run. Add one line per new file. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-init': m0001,
};
