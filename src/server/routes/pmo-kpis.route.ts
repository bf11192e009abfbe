// The PMO's own performance: its KPIs per quarter, computed from the projects' data.
import type { FastifyInstance } from 'fastify';
import * as S from '../../contracts/pmo-kpis.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { getPmoPerformance } from '../../app/pmo-kpis/pmo-performance.ts';
import { contextOf } from '../plugins/auth.ts';
import { listProblems, typed } from './route-kit.ts';

const tags = ['pmo'];

export function pmoKpiRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/pmo/kpis', {
    schema: { tags, summary: 'The PMO\'s KPIs per quarter: delivery on time and on budget, variances, gate compliance, reporting timeliness, benefits realised, risk response coverage (PMO, admin, executives)', querystring: S.PmoKpiQuery, response: { 200: S.PmoKpis, ...listProblems } },
    handler: async (request) => getPmoPerformance(contextOf(deps, request), request.query),
  });
}
