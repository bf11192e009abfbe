// The demo's project requests load through the use cases on both databases, one at each stage of
// triage, and the one at business case has figures and can be approved into a project.
import { describe, expect, it } from 'vitest';
import { DIALECTS, freshDatabase } from './helpers/databases.ts';
import { systemActor, systemClock } from '../src/app/context.ts';
import { loadDemo } from '../src/app/demo/load-demo.ts';
import { listRequests } from '../src/app/intake/request-store.ts';
import { approveRequest } from '../src/app/intake/request-approval.ts';
import { getIntakeFields } from '../src/app/intake/intake-fields-setting.ts';

describe.each(DIALECTS)('demo project requests on %s', (dialect) => {
  it('has a request at every stage, a costed business case and the PMO’s own fields', { timeout: 120_000 }, async () => {
    const database = await freshDatabase(dialect);
    try {
      const ctx = { db: database.db, dialect, clock: systemClock, actor: systemActor };
      await loadDemo(ctx);
      const { items } = await listRequests(ctx, { limit: 100 });
      expect(items.map((r) => r.status).sort()).toEqual(['business_case', 'deferred', 'draft', 'rejected', 'screening', 'submitted']);
      expect((await getIntakeFields(ctx)).fields.map((f) => f.key)).toEqual(['compliance_driven', 'regulatory_deadline']);
      const screening = items.find((r) => r.status === 'screening')!;
      expect(screening.reviewers.map((p) => p.name)).toEqual(['Mei Chen']);
      expect(screening.history.at(-1)).toMatchObject({ action: 'comment', actorName: 'Mei Chen' });
      const warehouse = items.find((r) => r.status === 'business_case')!;
      expect(warehouse.businessCase!.figures!.npvMinor).toBeGreaterThan(0);
      expect(warehouse.businessCase!.figures!.payback!.years).toBeGreaterThan(1);
      const approved = await approveRequest(ctx, warehouse.id, warehouse.version, { templateKey: 'it_system_implementation', comment: '', managerId: null, plannedStart: '2027-01-04' });
      expect(approved.project!.name).toBe('Warehouse robotics pilot');
    } finally {
      await database.destroy();
    }
  });
});
