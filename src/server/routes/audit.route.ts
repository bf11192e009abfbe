// The audit trail, for administrators.
import type { FastifyInstance } from 'fastify';
import { AuditListQuery, AuditPage } from '../../contracts/audit.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { listAuditEvents } from '../../app/audit/list-audit.ts';
import { contextOf } from '../plugins/auth.ts';
import { listProblems, typed } from './route-kit.ts';

export function auditRoutes(app: FastifyInstance, deps: AppDeps): void {
  typed(app).get('/api/v1/audit-events', {
    schema: { tags: ['audit'], summary: 'Audit events, newest first (admin)', querystring: AuditListQuery, response: { 200: AuditPage, ...listProblems } },
    handler: async (request) => listAuditEvents(contextOf(deps, request), request.query),
  });
}
