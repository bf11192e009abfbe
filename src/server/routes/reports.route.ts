// Reports as file downloads: the executive portfolio report over every project the caller can see
// (or one portfolio or program), and one project's status report. Anyone who can read the projects
// may download them; a member gets the projects they take part in.
import type { FastifyInstance } from 'fastify';
import { IdParams, Problem } from '../../contracts/common.schema.ts';
import { PortfolioReportQuery, ProjectReportQuery, REPORT_TYPES } from '../../contracts/report.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { portfolioReportFile, projectReportFile } from '../../app/reports/report-files.ts';
import { contextOf } from '../plugins/auth.ts';
import { listProblems, readProblems, sendFile, typed } from './route-kit.ts';

/** An unknown portfolioId or programId is a 422 that says where to find one. */
const portfolioProblems = { ...listProblems, 422: Problem } as const;

export function reportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/reports/portfolio', {
    schema: {
      tags: ['reports'],
      summary: 'The executive portfolio report: PDF, PowerPoint (a slide per project) or Excel',
      description: 'Projects proposed, active or on hold that you can see, with the colours of their latest submitted status report, next milestones against baseline, top risks, and who has not reported this period.',
      querystring: PortfolioReportQuery,
      produces: Object.values(REPORT_TYPES),
      response: portfolioProblems,
    },
    handler: async (request, reply) => sendFile(reply, await portfolioReportFile(contextOf(deps, request), request.query)),
  });
  r.get('/api/v1/projects/:id/report', {
    schema: {
      tags: ['reports'],
      summary: 'A project’s status report as PDF or PowerPoint: the project at a glance and its latest submitted report in full',
      params: IdParams,
      querystring: ProjectReportQuery,
      produces: [REPORT_TYPES.pdf, REPORT_TYPES.pptx],
      response: readProblems,
    },
    handler: async (request, reply) => sendFile(reply, await projectReportFile(contextOf(deps, request), request.params.id, request.query.format)),
  });
}
