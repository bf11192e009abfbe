// Counts over the projects the actor can see (not archived): in total and by status, phase,
// priority and portfolio. What dashboards and the portfolio list show without reading every page.
import type { ProjectSummary } from '../../contracts/project.schema.ts';
import type { AppContext } from '../context.ts';
import { visibleProjects } from './project-queries.ts';

export async function summariseProjects(ctx: AppContext, options: { mine?: boolean | undefined }): Promise<ProjectSummary> {
  const rows = await visibleProjects(ctx, { mine: options.mine })
    .select(['p.status', 'p.phase', 'p.priority', 'p.portfolioId', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['p.status', 'p.phase', 'p.priority', 'p.portfolioId'])
    .execute();
  const summary: ProjectSummary = { total: 0, byStatus: {}, byPhase: {}, byPriority: {}, byPortfolio: {} };
  const add = (into: Record<string, number>, key: string, n: number) => (into[key] = (into[key] ?? 0) + n);
  for (const r of rows) {
    const n = Number(r.n);
    summary.total += n;
    add(summary.byStatus, r.status, n);
    add(summary.byPhase, r.phase, n);
    add(summary.byPriority, r.priority, n);
    add(summary.byPortfolio, r.portfolioId, n);
  }
  return summary;
}
