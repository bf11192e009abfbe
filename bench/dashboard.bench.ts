// How fast the portfolio dashboard answers over a large portfolio (issue 5 asks for under 200 ms
// with 1,000 projects on SQLite): projects with schedules holding milestones (baseline 0 saved,
// some moved since), risks, issues and actions, seeded through the real use cases, then
// GET /api/v1/dashboard/portfolio timed through the real HTTP app on SQLite and on PostgreSQL.
// Prints {"bench":"dashboard","dialect":…,"projects":N,"ms":<p50>,"p95Ms":…,"requests":R,"seedMs":…}.
import { performance } from 'node:perf_hooks';
import { freshDatabase } from '../test/helpers/databases.ts';
import { castOfPeople } from '../test/helpers/fixtures.ts';
import { call, testApp } from '../test/helpers/api.ts';
import { makeProject, makeRegister, systemContext } from '../test/helpers/register-fixtures.ts';
import { createRegisterItem } from '../src/app/register/register-kind.ts';
import { portfolioKind } from '../src/app/register/portfolios.ts';
import { createLogItem } from '../src/app/raid/raid-log.ts';
import { RAID_LOGS } from '../src/app/raid/raid-kinds.ts';
import { createScheduleTask, updateScheduleTask } from '../src/app/schedules/schedule-commands.ts';
import { saveBaseline } from '../src/app/schedules/baselines.ts';
import { ActionCreate, IssueCreate, RiskCreate } from '../src/contracts/raid.schema.ts';
import { ScheduleTaskCreate } from '../src/contracts/schedule.schema.ts';
import { PROJECT_STATUSES } from '../src/contracts/project.schema.ts';
import { addDays } from '../src/core/portfolio/milestone-watch.ts';
import type { DialectName } from '../src/db/database.ts';
import { option, percentile, seeded } from './bench-kit.ts';

export async function dashboardBench(args: string[]): Promise<void> {
  const projects = option(args, '--projects', 1000);
  const requests = option(args, '--requests', 30);
  const dialects = (args.includes('--dialect') ? [args[args.indexOf('--dialect') + 1]] : ['sqlite', 'postgres']) as DialectName[];
  const today = new Date().toISOString().slice(0, 10);
  for (const dialect of dialects) {
    const database = await freshDatabase(dialect);
    const { app, deps } = await testApp(database);
    try {
      const cast = await castOfPeople(deps);
      const reg = await makeRegister(deps, cast);
      const system = systemContext(deps);
      const portfolio = await createRegisterItem(portfolioKind, system, { name: 'Benchmark portfolio', description: '', ownerId: null });
      const random = seeded(5);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
      const level = () => 1 + Math.floor(random() * 5);
      const seedStart = performance.now();
      for (let p = 0; p < projects; p++) {
        const project = await makeProject(deps, {
          name: `Project ${p}`,
          portfolioId: portfolio.id,
          status: pick(PROJECT_STATUSES),
          phase: pick(['initiate', 'plan', 'execute', 'close']),
          managerId: random() < 0.5 ? cast.manager.user.id : null,
          budget: random() < 0.8 ? { amountMinor: 1_000_000 + Math.floor(random() * 9_000_000), currency: pick(['EUR', 'USD']) } : null,
          objectiveIds: random() < 0.5 ? [reg.objectiveId] : [],
        });
        await createScheduleTask(system, project.id, { name: 'Build', durationMinutes: 4800 });
        const milestones: string[] = [];
        for (let m = 0; m < 3; m++) {
          const date = `${addDays(today, Math.floor(random() * 130) - 40)}T08:00`;
          milestones.push((await createScheduleTask(system, project.id, ScheduleTaskCreate.parse({ name: `Milestone ${m + 1}`, milestone: true, durationMinutes: 0, constraintType: 'MSO', constraintDate: date }))).taskId);
        }
        await saveBaseline(system, project.id, 0, undefined);
        if (random() < 0.25) await updateScheduleTask(system, project.id, milestones[0]!, 1, { constraintDate: `${addDays(today, Math.floor(random() * 40))}T08:00` });
        for (let i = 0; i < 4; i++) await createLogItem(RAID_LOGS.risks, system, project.id, RiskCreate.parse({ title: `Risk ${p}.${i}`, probability: level(), impact: level() }));
        for (let i = 0; i < 2; i++) await createLogItem(RAID_LOGS.issues, system, project.id, IssueCreate.parse({ title: `Issue ${p}.${i}`, escalationLevel: random() < 0.1 ? pick(['program', 'pmo', 'executive']) : 'project' }));
        for (let i = 0; i < 2; i++) await createLogItem(RAID_LOGS.actions, system, project.id, ActionCreate.parse({ title: `Action ${p}.${i}`, dueDate: addDays(today, Math.floor(random() * 60) - 30), ownerId: cast.manager.user.id }));
      }
      const seedMs = performance.now() - seedStart;
      const url = `/api/v1/dashboard/portfolio?portfolioId=${portfolio.id}`;
      const warm = await call(app, 'GET', url, { token: cast.pmo.token });
      if (warm.statusCode !== 200) throw new Error(`dashboard failed: ${warm.body}`);
      const times: number[] = [];
      for (let r = 0; r < requests; r++) {
        const started = performance.now();
        const res = await call(app, 'GET', url, { token: cast.pmo.token });
        times.push(performance.now() - started);
        if (res.statusCode !== 200) throw new Error(`dashboard failed: ${res.body}`);
      }
      times.sort((a, b) => a - b);
      const body = warm.json();
      console.log(
        JSON.stringify({
          bench: 'dashboard',
          dialect,
          projects: body.projectCount,
          ms: +percentile(times, 50).toFixed(1),
          p95Ms: +percentile(times, 95).toFixed(1),
          requests,
          due: body.milestones.due.length,
          slipped: body.milestones.slipped.length,
          escalated: body.escalatedIssues.count,
          kb: Math.round(warm.body.length / 1024),
          seedMs: Math.round(seedMs),
        }),
      );
    } finally {
      await app.close();
      await database.destroy();
    }
  }
}
