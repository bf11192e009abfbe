// How fast the register answers as it grows: the project list (filters, search, sort, cursor
// pages) through the real HTTP app, on SQLite and on PostgreSQL.
// Prints {"bench":"project-list","dialect":…,"projects":N,"requests":R,"p50Ms":…,"p95Ms":…,"seedMs":…}.
import { performance } from 'node:perf_hooks';
import { freshDatabase } from '../test/helpers/databases.ts';
import { castOfPeople } from '../test/helpers/fixtures.ts';
import { call, testApp } from '../test/helpers/api.ts';
import { makeRegister, makeProject } from '../test/helpers/register-fixtures.ts';
import { PROJECT_PHASES, PROJECT_PRIORITIES, PROJECT_SORTS, PROJECT_STATUSES } from '../src/contracts/project.schema.ts';
import type { DialectName } from '../src/db/database.ts';
import { percentile, seeded } from './bench-kit.ts';

export async function projectListBench(args: string[]): Promise<void> {
  const projects = Number(args[args.indexOf('--projects') + 1] || 3000);
  const requests = Number(args[args.indexOf('--requests') + 1] || 300);
  for (const dialect of ['sqlite', 'postgres'] as DialectName[]) {
    const database = await freshDatabase(dialect);
    const { app, deps } = await testApp(database);
    try {
      const cast = await castOfPeople(deps);
      const reg = await makeRegister(deps, cast);
      const random = seeded(42);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
      const seedStart = performance.now();
      for (let i = 0; i < projects; i++) {
        await makeProject(deps, {
          name: `Project ${i} ${pick(['ERP', 'CRM', 'Data', 'Portal', 'Network', 'Cloud'])}`,
          portfolioId: reg.portfolioId,
          status: pick(PROJECT_STATUSES),
          phase: pick(PROJECT_PHASES),
          priority: pick(PROJECT_PRIORITIES),
          plannedStart: `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-01`,
          tags: [pick(['cloud', 'data', 'security', 'finance'])],
        });
      }
      const seedMs = performance.now() - seedStart;
      const times: number[] = [];
      for (let i = 0; i < requests; i++) {
        const query = [`sort=${pick(PROJECT_SORTS)}`, 'limit=50'];
        if (random() < 0.5) query.push(`status=${pick(PROJECT_STATUSES)}`);
        if (random() < 0.3) query.push(`q=${pick(['erp', 'data', 'project 1', 'cloud'])}`.replace(' ', '%20'));
        if (random() < 0.2) query.push(`tag=${pick(['cloud', 'data'])}`);
        const started = performance.now();
        const res = await call(app, 'GET', `/api/v1/projects?${query.join('&')}`, { token: cast.pmo.token });
        times.push(performance.now() - started);
        if (res.statusCode !== 200) throw new Error(`list failed: ${res.body}`);
      }
      times.sort((a, b) => a - b);
      console.log(JSON.stringify({ bench: 'project-list', dialect, projects, requests, p50Ms: +percentile(times, 50).toFixed(2), p95Ms: +percentile(times, 95).toFixed(2), seedMs: Math.round(seedMs) }));
    } finally {
      await app.close();
      await database.destroy();
    }
  }
}
