// RAID logs: the same four routes for each log (list across projects, add to a project, read,
// change), plus the risk matrix, the heat map, a risk's score history, raising an issue from a risk
// that happened, and the spreadsheet export.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams } from '../../contracts/common.schema.ts';
import * as S from '../../contracts/raid.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { createLogItem, getLogItem, listLogItems, updateLogItem } from '../../app/raid/raid-log.ts';
import { RAID_LOGS } from '../../app/raid/raid-kinds.ts';
import { raiseIssueFromRisk } from '../../app/raid/issues.ts';
import { riskHeatMap, riskHistory } from '../../app/raid/risk-views.ts';
import { exportRaid } from '../../app/raid/raid-export.ts';
import { getRiskMatrix, setRiskMatrix } from '../../app/settings/risk-matrix-setting.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, readProblems, sendFile, SPREADSHEET_TYPES, typed, VersionedHeaders } from './route-kit.ts';

interface LogRoutes {
  kind: S.RaidKind;
  noun: string;
  item: z.ZodType<{ id: string; version: number }>;
  page: z.ZodType;
  create: z.ZodType;
  update: z.ZodType;
  list: z.ZodType;
}

const LOGS: LogRoutes[] = [
  { kind: 'risks', noun: 'risk', item: S.Risk, page: S.RiskPage, create: S.RiskCreate, update: S.RiskUpdate, list: S.RiskListQuery },
  { kind: 'issues', noun: 'issue', item: S.Issue, page: S.IssuePage, create: S.IssueCreate, update: S.IssueUpdate, list: S.IssueListQuery },
  { kind: 'assumptions', noun: 'assumption', item: S.Assumption, page: S.AssumptionPage, create: S.AssumptionCreate, update: S.AssumptionUpdate, list: S.AssumptionListQuery },
  { kind: 'decisions', noun: 'decision', item: S.Decision, page: S.DecisionPage, create: S.DecisionCreate, update: S.DecisionUpdate, list: S.DecisionListQuery },
  { kind: 'actions', noun: 'action', item: S.Action, page: S.ActionPage, create: S.ActionCreate, update: S.ActionUpdate, list: S.ActionListQuery },
  { kind: 'dependencies', noun: 'dependency between projects', item: S.Dependency, page: S.DependencyPage, create: S.DependencyCreate, update: S.DependencyUpdate, list: S.DependencyListQuery },
];

export function raidRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  for (const log of LOGS) {
    const kind = RAID_LOGS[log.kind];
    const base = `/api/v1/${log.kind}`;
    r.get(base, {
      schema: { tags: ['raid'], summary: `List ${log.noun === 'dependency between projects' ? 'dependencies between projects' : `${log.noun}s`} across the projects you can see (filter by project, program, portfolio, owner, status)`, querystring: log.list, response: { 200: log.page, ...listProblems } },
      handler: async (request) => listLogItems(kind, contextOf(deps, request), request.query as never),
    });
    r.post(`/api/v1/projects/:id/${log.kind}`, {
      schema: { tags: ['raid'], summary: `Add a ${log.noun} to a project (its manager and team, PMO, admin)`, params: IdParams, body: log.create, response: { 201: log.item, ...createProblems, 404: readProblems[404] } },
      handler: async (request, reply) => created(reply, base, await createLogItem(kind, contextOf(deps, request), request.params.id, request.body as never)),
    });
    r.get(`${base}/:id`, {
      schema: { tags: ['raid'], summary: `Read a ${log.noun}`, params: IdParams, response: { 200: log.item, ...readProblems } },
      handler: async (request, reply) => withEtag(reply, await getLogItem(kind, contextOf(deps, request), request.params.id)),
    });
    r.patch(`${base}/:id`, {
      schema: { tags: ['raid'], summary: `Change a ${log.noun} (the project's manager and team, PMO, admin)`, description: ifMatchHeader.description, headers: VersionedHeaders, params: IdParams, body: log.update, response: { 200: log.item, ...changeProblems } },
      handler: async (request, reply) => withEtag(reply, await updateLogItem(kind, contextOf(deps, request), request.params.id, expectedVersion(request), request.body as never)),
    });
  }

  r.get('/api/v1/risks/:id/history', {
    schema: { tags: ['raid'], summary: 'A risk’s ratings and status over time, oldest first', params: IdParams, response: { 200: S.RiskHistory, ...readProblems } },
    handler: async (request) => riskHistory(contextOf(deps, request), request.params.id),
  });
  r.post('/api/v1/risks/:id/occurred', {
    schema: {
      tags: ['raid'],
      summary: 'The risk happened: mark it occurred and raise an issue from it',
      description: `${ifMatchHeader.description} (the risk's version)`,
      headers: VersionedHeaders,
      params: IdParams,
      body: S.RiskOccurred,
      response: { 201: S.RiskOccurrence, ...changeProblems },
    },
    handler: async (request, reply) => {
      const result = await raiseIssueFromRisk(contextOf(deps, request), request.params.id, expectedVersion(request), request.body);
      return reply.code(201).header('location', `/api/v1/issues/${result.issue.id}`).send(result);
    },
  });
  r.get('/api/v1/risk-heat-map', {
    schema: { tags: ['raid'], summary: 'Risks counted per probability × impact cell, for a project, program, portfolio or everything you can see', querystring: S.HeatMapQuery, response: { 200: S.HeatMap, ...listProblems } },
    handler: async (request) => riskHeatMap(contextOf(deps, request), request.query),
  });
  r.get('/api/v1/settings/risk-matrix', {
    schema: { tags: ['raid'], summary: 'The PMO’s risk matrix: probability and impact levels, and the score bands', querystring: z.object({}).strict(), response: { 200: S.RiskMatrix, ...listProblems } },
    handler: async (request, reply) => withEtag(reply, await getRiskMatrix(contextOf(deps, request))),
  });
  r.put('/api/v1/settings/risk-matrix', {
    schema: { tags: ['raid'], summary: 'Replace the risk matrix (PMO, admin); existing ratings must fit it', description: `${ifMatchHeader.description} The default matrix has version 0.`, headers: VersionedHeaders, body: S.RiskMatrixBody, response: { 200: S.RiskMatrix, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await setRiskMatrix(contextOf(deps, request), expectedVersion(request), request.body)),
  });
  r.get('/api/v1/raid/export', {
    schema: {
      tags: ['raid'],
      summary: 'The RAID logs as a spreadsheet: XLSX with a sheet per log, or CSV of one log',
      querystring: S.RaidExportQuery,
      produces: SPREADSHEET_TYPES,
      response: { ...listProblems },
    },
    handler: async (request, reply) => sendFile(reply, await exportRaid(contextOf(deps, request), request.query)),
  });
}
