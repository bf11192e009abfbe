// PMO policies: the PMO's edits of the built-in policies and its own, as JSON by key (a built-in
// policy never edited has no row and reads at version 0). Compliance is computed, not stored.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('policies')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('definition_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('policies').execute();
}
