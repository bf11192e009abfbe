// Migrations apply on both databases, are idempotent, and readiness reports a schema behind the code.
import { describe, expect, it } from 'vitest';
import { DIALECTS, freshDatabase } from '../helpers/databases.ts';
import { migrateToLatest, pendingMigrations } from '../../src/db/database.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { checkReadiness } from '../../src/app/health/readiness.ts';
import { systemClock } from '../../src/app/context.ts';

describe.each(DIALECTS)('migrations on %s', (dialect) => {
  it('applies every migration once, then has nothing pending', async () => {
    const database = await freshDatabase(dialect, { migrate: false });
    try {
      const deps = { db: database.db, dialect, clock: systemClock };
      expect(await pendingMigrations(database.db)).toEqual(Object.keys(migrations));
      expect(await checkReadiness(deps)).toMatchObject({ ready: false, reason: expect.stringContaining('orrery migrate') });
      expect((await migrateToLatest(database.db)).applied).toEqual(Object.keys(migrations));
      expect((await migrateToLatest(database.db)).applied).toEqual([]);
      expect(await checkReadiness(deps)).toEqual({ ready: true });
    } finally {
      await database.destroy();
    }
  });

  it('rolls every migration back down to an empty schema', async () => {
    const database = await freshDatabase(dialect);
    try {
      for (const m of Object.values(migrations).reverse()) await m.down!(database.db as never);
      const tables = await database.db.introspection.getTables();
      expect(tables.map((t) => t.name).filter((n) => !n.startsWith('kysely_'))).toEqual([]);
    } finally {
      await database.destroy();
    }
  });
});
