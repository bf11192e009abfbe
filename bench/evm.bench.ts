// Issue 6's measure: the portfolio earned-value roll-up over 1,000 projects, 100,000 tasks and
// 1,000,000 approved timesheet rows, through the real HTTP app (GET /api/v1/evm/portfolio), on
// SQLite and on PostgreSQL; the target is under 200 ms. Projects come through the use cases; their
// tasks, cost baselines and timesheet rows are written in bulk (priced as approval prices them,
// summed per day and month as approval sums them, each project's earned-value summary refreshed as
// saving a baseline refreshes it), since a million rows through the approval screen
// would take hours and measure nothing asked.
// Prints {"bench":"evm","db":…,"projects":…,"tasks":…,"timesheetRows":…,"ms":<p50>,"p95Ms":…,"heapMB":…,"seedMs":…}.
import { performance } from 'node:perf_hooks';
import { freshDatabase } from '../test/helpers/databases.ts';
import { castOfPeople } from '../test/helpers/fixtures.ts';
import { call, testApp } from '../test/helpers/api.ts';
import { makeProject, systemContext } from '../test/helpers/register-fixtures.ts';
import { createRegisterItem } from '../src/app/register/register-kind.ts';
import { portfolioKind } from '../src/app/register/portfolios.ts';
import { createScheduleTask } from '../src/app/schedules/schedule-commands.ts';
import { createUser } from '../src/app/users/users.ts';
import { createPersonRate } from '../src/app/rates/person-rates.ts';
import { newId } from '../src/app/shared/ids.ts';
import { rebuildLabourRollups } from '../src/app/timesheets/entry-costs.ts';
import { refreshEvmSummary } from '../src/app/evm/evm-summaries.ts';
import { addDays } from '../src/core/status/reporting-period.ts';
import type { Db, DialectName } from '../src/db/database.ts';
import { option, percentile, seeded } from './bench-kit.ts';

/** Inserts rows in chunks that stay under both databases' limits on bound parameters. */
async function insertMany(db: Db, table: 'scheduleTasks' | 'timesheetEntries' | 'timesheets' | 'scheduleBaselines', rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  const size = Math.max(1, Math.floor(30_000 / Object.keys(rows[0]!).length));
  for (let i = 0; i < rows.length; i += size) await db.insertInto(table).values(rows.slice(i, i + size) as never).execute();
}

export async function evmBench(args: string[]): Promise<void> {
  const projectCount = option(args, '--projects', 1000);
  const tasksPerProject = option(args, '--tasks', 100);
  const timesheetRows = option(args, '--rows', 1_000_000);
  const requests = option(args, '--requests', 10);
  const dialects = (args.includes('--dialect') ? [args[args.indexOf('--dialect') + 1]] : ['sqlite', 'postgres']) as DialectName[];
  const today = new Date().toISOString().slice(0, 10);
  const yearAgo = addDays(today, -364);
  for (const dialect of dialects) {
    const database = await freshDatabase(dialect);
    const { app, deps } = await testApp(database);
    try {
      const seedStart = performance.now();
      const random = seeded(6);
      const cast = await castOfPeople(deps);
      const system = systemContext(deps);
      const portfolio = await createRegisterItem(portfolioKind, system, { name: 'EVM benchmark', description: '', ownerId: null });
      const people: string[] = [];
      for (let u = 0; u < 40; u++) {
        const user = await createUser(system, { email: `worker${u}@bench.example`, name: `Worker ${u}`, password: 'bench password 2026', orgRole: 'member' });
        await createPersonRate(system, { userId: user.id, effectiveFrom: '2020-01-01', standard: { amountMinor: 6_000 + u * 100, currency: 'EUR' }, overtime: null });
        people.push(user.id);
      }
      const taskIds: Array<{ projectId: string; taskId: string; start: string }> = [];
      for (let p = 0; p < projectCount; p++) {
        const project = await makeProject(deps, { name: `Project ${p}`, portfolioId: portfolio.id, status: 'active', plannedStart: yearAgo, budget: { amountMinor: 50_000_000, currency: 'EUR' } });
        const first = await createScheduleTask(system, project.id, { name: 'Task 1', durationMinutes: 4800 });
        const template = await deps.db.selectFrom('scheduleTasks').selectAll().where('id', '=', first.taskId).executeTakeFirstOrThrow();
        const rows = [];
        const baseline = [];
        for (let t = 0; t < tasksPerProject; t++) {
          const startDay = addDays(yearAgo, Math.floor((t * 364) / tasksPerProject));
          const finishDay = addDays(startDay, 13);
          const id = t === 0 ? first.taskId : newId();
          const start = `${startDay}T08:00`;
          const finish = `${finishDay}T17:00`;
          const percentComplete = finishDay < today ? 100 : startDay < today ? Math.floor(random() * 100) : 0;
          if (t > 0) rows.push({ ...template, id, uid: t + 1, position: t + 1, name: `Task ${t + 1}`, start, finish, earlyStart: start, earlyFinish: finish, percentComplete });
          baseline.push({ taskId: id, name: `Task ${t + 1}`, start, finish, durationMinutes: 4800, cost: { amountMinor: 500_000, currency: 'EUR' } });
          taskIds.push({ projectId: project.id, taskId: id, start: startDay });
        }
        await insertMany(deps.db, 'scheduleTasks', rows);
        await insertMany(deps.db, 'scheduleBaselines', [{ projectId: project.id, number: 0, name: 'Baseline', savedAt: new Date().toISOString(), savedBy: null, tasksJson: JSON.stringify(baseline) }]);
        // What saving baseline 0 does: the project's earned-value summary.
        await refreshEvmSummary(deps.db, deps.clock, { id: project.id, code: project.code, budgetCurrency: 'EUR' });
      }
      // Timesheets: every person a sheet per week of the past year, approved; entries on random tasks already started.
      const sheets = new Map<string, string>();
      const sheetRows = [];
      const now = new Date().toISOString();
      for (const userId of people) {
        for (let w = 0; w < 52; w++) {
          const weekStart = addDays(yearAgo, w * 7);
          const id = newId();
          sheets.set(`${userId}:${w}`, id);
          sheetRows.push({ id, userId, weekStart, status: 'approved', submittedAt: now, submittedBy: userId, decidedAt: now, decidedBy: cast.pmo.user.id, comment: '', createdAt: now, updatedAt: now, version: 3 });
        }
      }
      await insertMany(deps.db, 'timesheets', sheetRows);
      let entries = [];
      for (let e = 0; e < timesheetRows; e++) {
        const u = Math.floor(random() * people.length);
        const task = taskIds[Math.floor(random() * taskIds.length)]!;
        const w = Math.floor(random() * 52);
        const date = addDays(yearAgo, w * 7 + Math.floor(random() * 5));
        const minutes = 60 + Math.floor(random() * 7) * 60;
        entries.push({ id: newId(), timesheetId: sheets.get(`${people[u]}:${w}`)!, userId: people[u]!, projectId: task.projectId, taskId: task.taskId, date, minutes, overtime: 0, note: '', approvedAt: now, costMinor: Math.round((minutes * (6_000 + u * 100)) / 60), costCurrency: 'EUR', createdAt: now, updatedAt: now });
        if (entries.length === 20_000) {
          await insertMany(deps.db, 'timesheetEntries', entries);
          entries = [];
        }
      }
      await insertMany(deps.db, 'timesheetEntries', entries);
      await rebuildLabourRollups(deps.db);
      if (dialect === 'postgres') await deps.db.executeQuery({ sql: 'analyze', parameters: [], query: { kind: 'RawNode' } } as never);
      const seedMs = performance.now() - seedStart;

      const url = `/api/v1/evm/portfolio?portfolioId=${portfolio.id}&statusDate=${today}`;
      const warm = await call(app, 'GET', url, { token: cast.pmo.token });
      if (warm.statusCode !== 200) throw new Error(`the roll-up failed: ${warm.body}`);
      const times: number[] = [];
      for (let r = 0; r < requests; r++) {
        const started = performance.now();
        const res = await call(app, 'GET', url, { token: cast.pmo.token });
        times.push(performance.now() - started);
        if (res.statusCode !== 200) throw new Error(`the roll-up failed: ${res.body}`);
      }
      times.sort((a, b) => a - b);
      const body = warm.json();
      console.log(
        JSON.stringify({
          bench: 'evm',
          db: dialect,
          projects: body.projects.length,
          tasks: taskIds.length,
          timesheetRows,
          ms: Math.round(percentile(times, 50) * 10) / 10,
          p95Ms: Math.round(percentile(times, 95) * 10) / 10,
          heapMB: Math.round(process.memoryUsage().heapUsed / 1e5) / 10,
          cpi: body.total.indices.cpi === null ? null : Math.round(body.total.indices.cpi * 1000) / 1000,
          seedMs: Math.round(seedMs),
        }),
      );
    } finally {
      await app.close();
      await database.destroy();
    }
  }
}
