// Readiness: the database answers and every migration has been applied.
import { sql } from 'kysely';
import type { AppDeps } from '../context.ts';
import { pendingMigrations } from '../../db/database.ts';

export type Readiness = { ready: true } | { ready: false; reason: string };

export async function checkReadiness(deps: AppDeps): Promise<Readiness> {
  try {
    await sql`select 1`.execute(deps.db);
    const pending = await pendingMigrations(deps.db);
    if (pending.length > 0) return { ready: false, reason: `Pending migrations: ${pending.join(', ')}. Run \`orrery migrate\`.` };
    return { ready: true };
  } catch (error) {
    return { ready: false, reason: `Database unreachable: ${(error as Error).message}` };
  }
}
