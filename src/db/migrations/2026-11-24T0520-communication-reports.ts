// A communication-plan item may name a report Orrery itself sends when the item falls due: the
// project's status report or its portfolio's executive report, as PDF, PowerPoint or Excel,
// attached to an e-mail to the item's audience. NULL: the owner sends it (and is reminded).
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('communications').addColumn('report_json', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('communications').dropColumn('report_json').execute();
}
