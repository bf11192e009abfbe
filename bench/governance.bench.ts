// How fast the PMO's portfolio-wide governance views answer as the portfolio grows: compliance
// (every policy over every project), the portfolio risk heat map, and the cross-project risk list,
// through the real HTTP app on SQLite and on PostgreSQL.
// Prints {"bench":"governance","dialect":…,"projects":N,"risks":…,"actions":…,"view":…,"requests":R,"p50Ms":…,"p95Ms":…} per view.
import { performance } from 'node:perf_hooks';
import { freshDatabase } from '../test/helpers/databases.ts';
import { castOfPeople } from '../test/helpers/fixtures.ts';
import { call, testApp } from '../test/helpers/api.ts';
import { makeRegister, makeProject, systemContext } from '../test/helpers/register-fixtures.ts';
import { createLogItem } from '../src/app/raid/raid-log.ts';
import { riskKind } from '../src/app/raid/risks.ts';
import { actionKind } from '../src/app/raid/actions.ts';
import { ActionCreate, RiskCreate } from '../src/contracts/raid.schema.ts';
import type { DialectName } from '../src/db/database.ts';
import { option, percentile, seeded } from './bench-kit.ts';

export async function governanceBench(args: string[]): Promise<void> {
  const projects = option(args, '--projects', 300);
  const perProject = option(args, '--items', 8);
  const requests = option(args, '--requests', 30);
  for (const dialect of ['sqlite', 'postgres'] as DialectName[]) {
    const database = await freshDatabase(dialect);
    const { app, deps } = await testApp(database);
    try {
      const cast = await castOfPeople(deps);
      const reg = await makeRegister(deps, cast);
      const system = systemContext(deps);
      const random = seeded(11);
      const level = () => 1 + Math.floor(random() * 5);
      for (let p = 0; p < projects; p++) {
        const project = await makeProject(deps, { name: `Project ${p}`, portfolioId: reg.portfolioId, status: 'active', phase: 'execute', managerId: cast.manager.user.id });
        for (let i = 0; i < perProject; i++) {
          const risk = RiskCreate.parse({ title: `Risk ${p}.${i}`, probability: level(), impact: level(), ...(random() < 0.5 ? { strategy: 'mitigate', response: 'Planned' } : {}) });
          await createLogItem(riskKind, system, project.id, risk);
          const due = `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`;
          await createLogItem(actionKind, system, project.id, ActionCreate.parse({ title: `Action ${p}.${i}`, dueDate: due }));
        }
      }
      const views: Record<string, string> = {
        compliance: `/api/v1/compliance?portfolioId=${reg.portfolioId}`,
        'risk-heat-map': `/api/v1/risk-heat-map?portfolioId=${reg.portfolioId}`,
        'risk-list': `/api/v1/risks?portfolioId=${reg.portfolioId}&sort=-score&limit=50`,
      };
      for (const [view, url] of Object.entries(views)) {
        const times: number[] = [];
        for (let r = 0; r < requests; r++) {
          const started = performance.now();
          const res = await call(app, 'GET', url, { token: cast.pmo.token });
          times.push(performance.now() - started);
          if (res.statusCode !== 200) throw new Error(`${view} failed: ${res.body}`);
        }
        times.sort((a, b) => a - b);
        console.log(JSON.stringify({ bench: 'governance', dialect, projects, risks: projects * perProject, actions: projects * perProject, view, requests, p50Ms: +percentile(times, 50).toFixed(1), p95Ms: +percentile(times, 95).toFixed(1) }));
      }
    } finally {
      await app.close();
      await database.destroy();
    }
  }
}
