// PMO policies and compliance: the policies the PMO configures (with the kinds of rule Orrery knows
// and their parameters), and the breaches of them across the projects the reader can see.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import * as S from '../../contracts/policy.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { listPolicies, savePolicy } from '../../app/policies/policy-library.ts';
import { getCompliance } from '../../app/policies/compliance.ts';
import { exportCompliance } from '../../app/policies/compliance-export.ts';
import { contextOf, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, ifMatchHeader, listProblems, readProblems, sendFile, SPREADSHEET_TYPES, typed, VersionedHeaders } from './route-kit.ts';

const NoQuery = z.object({}).strict();

export function policyRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/policies', {
    schema: { tags: ['policies'], summary: 'The PMO’s policies (built-in and its own) and the kinds of rule they can use', querystring: NoQuery, response: { 200: S.PolicyList, ...listProblems } },
    handler: async (request) => listPolicies(contextOf(deps, request)),
  });
  r.put('/api/v1/policies/:key', {
    schema: {
      tags: ['policies'],
      summary: 'Create (If-Match "0") or replace a policy (PMO, admin)',
      description: ifMatchHeader.description,
      headers: VersionedHeaders,
      params: S.PolicyParams,
      body: S.PolicyBody,
      response: { 200: S.Policy, ...changeProblems },
    },
    handler: async (request, reply) => withEtag(reply, await savePolicy(contextOf(deps, request), request.params.key, expectedVersion(request), request.body)),
  });
  r.get('/api/v1/compliance/export', {
    schema: { tags: ['policies'], summary: 'Every breach of the PMO’s policies, and the count per policy, as a spreadsheet (XLSX or CSV)', querystring: S.ComplianceExportQuery, produces: SPREADSHEET_TYPES, response: { ...listProblems } },
    handler: async (request, reply) => sendFile(reply, await exportCompliance(contextOf(deps, request), request.query)),
  });
  r.get('/api/v1/compliance', {
    schema: { tags: ['policies'], summary: 'Breaches of the PMO’s policies per project, with a link to fix each, and a summary', querystring: S.ComplianceQuery, response: { 200: S.Compliance, ...listProblems, 404: readProblems[404] } },
    handler: async (request) => getCompliance(contextOf(deps, request), request.query),
  });
}
