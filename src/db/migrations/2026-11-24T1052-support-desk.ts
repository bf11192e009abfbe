// The PMO support desk: requests to the PMO with their category, queue status, requester and
// assignee, and the instants that time them (raised, first response, resolved, closed). Service
// levels per category are an organisation setting (`support_service_levels`).
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('support_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requester_id', 'text', (c) => c.references('users.id'))
    .addColumn('assignee_id', 'text', (c) => c.references('users.id'))
    .addColumn('resolution', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .addColumn('first_response_at', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('support_requests_queue_idx').on('support_requests').columns(['status', 'raised_at']).execute();
  await db.schema.createIndex('support_requests_requester_idx').on('support_requests').columns(['requester_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('support_requests').execute();
}
