// The demo organisation loads on both databases and has what a first look needs.
import { describe, expect, it } from 'vitest';
import { DIALECTS, freshDatabase } from './helpers/databases.ts';
import { systemActor, systemClock } from '../src/app/context.ts';
import { isRegisterEmpty, loadDemo } from '../src/app/demo/load-demo.ts';
import { listProjects } from '../src/app/projects/project-queries.ts';
import { getSchedule } from '../src/app/schedules/schedule-commands.ts';
import { compareWithBaseline } from '../src/app/schedules/baselines.ts';
import { PROJECT_PHASES } from '../src/contracts/project.schema.ts';
import { ORG_ROLES } from '../src/contracts/user.schema.ts';

describe.each(DIALECTS)('demo organisation on %s', (dialect) => {
  it('loads 3 portfolios, 4 programs, 15 projects in every phase and people in every role, once', async () => {
    const database = await freshDatabase(dialect);
    try {
      const ctx = { db: database.db, dialect, clock: systemClock, actor: systemActor };
      expect(await isRegisterEmpty(ctx)).toBe(true);
      const summary = await loadDemo(ctx);
      expect(summary.counts).toEqual({ users: 10, objectives: 5, portfolios: 3, programs: 4, projects: 15 });
      expect(new Set(summary.people.map((p) => p.orgRole))).toEqual(new Set(ORG_ROLES));
      const projects = (await listProjects(ctx, { limit: 200, sort: 'code' })).items;
      expect(projects).toHaveLength(15);
      expect(new Set(projects.map((p) => p.phase))).toEqual(new Set(PROJECT_PHASES));
      for (const p of projects) {
        expect(p.objectiveIds.length).toBeGreaterThan(0);
        expect(p.plannedStart! <= p.plannedFinish!).toBe(true);
        expect(p.budget?.currency).toBe('EUR');
      }
      // Six projects have a plan: a WBS with milestones and links, baseline 0, progress to today and a slip.
      const planned = await ctx.db.selectFrom('projectSchedules').select('projectId').execute();
      expect(planned).toHaveLength(6);
      const crm = projects.find((p) => p.name === 'CRM Replacement')!;
      const plan = await getSchedule(ctx, crm.id);
      expect(plan.tasks.filter((t) => t.summary).map((t) => t.name)).toEqual(['Initiate', 'Plan', 'Execute', 'Close']);
      expect(plan.tasks.some((t) => t.milestone && t.name === 'Go-live')).toBe(true);
      expect(plan.tasks.some((t) => t.percentComplete === 100)).toBe(true);
      expect(plan.criticalPath.length).toBeGreaterThan(0);
      const variance = await compareWithBaseline(ctx, crm.id, 0);
      expect(variance.tasks.some((t) => (t.finishVarianceMinutes ?? 0) > 0)).toBe(true);
      expect(await isRegisterEmpty(ctx)).toBe(false);
      await expect(loadDemo(ctx)).rejects.toThrow(/already holds projects/);
    } finally {
      await database.destroy();
    }
  });
});
