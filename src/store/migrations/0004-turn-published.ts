import { sql, type Kysely } from 'kysely';

/**
 * Each turn carries its document's publication date, so that a search limited to a period filters
 * the turns the text index found without joining every one of them to its document first (a third
 * of an uncached search's time on the embedded store). A document's date never changes in place:
 * a replaced document gets new turns.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table turn add column published text`.execute(db);
  await sql`update turn t set published = d.published from document d where d.id = t.doc_id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table turn drop column published`.execute(db);
}
