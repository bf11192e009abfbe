// Project status reports: the PMO's thresholds for their colours, each project's reporting cadence,
// reports from draft to review with their frozen figures, the lists (including what is due) and a
// project's trend over its reports.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams } from '../../contracts/common.schema.ts';
import * as S from '../../contracts/status-report.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { getStatusThresholds, setStatusThresholds } from '../../app/settings/status-thresholds-setting.ts';
import { getReportingSettings, setReportingSettings } from '../../app/status/reporting-cadence.ts';
import { createStatusReport, submitStatusReport, updateStatusReport } from '../../app/status/report-commands.ts';
import { reviewStatusReport } from '../../app/status/report-review.ts';
import { getStatusReport, listProjectStatusReports, listStatusReports } from '../../app/status/report-queries.ts';
import { getStatusTrend } from '../../app/status/status-trend.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, readProblems, typed, VersionedHeaders } from './route-kit.ts';

const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };
const tags = ['status reports'];

export function statusReportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/settings/status-thresholds', {
    schema: { tags, summary: 'The PMO’s thresholds for the colours of status reports', querystring: z.object({}).strict(), response: { 200: S.StatusThresholds, ...listProblems } },
    handler: async (request, reply) => withEtag(reply, await getStatusThresholds(contextOf(deps, request))),
  });
  r.put('/api/v1/settings/status-thresholds', {
    schema: { tags, summary: 'Set the thresholds of status report colours (PMO, admin)', ...versioned, body: S.StatusThresholdsBody, response: { 200: S.StatusThresholds, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await setStatusThresholds(contextOf(deps, request), expectedVersion(request), request.body)),
  });
  r.get('/api/v1/projects/:id/reporting', {
    schema: { tags, summary: 'How often the project reports, and its current period', params: IdParams, response: { 200: S.ReportingSettings, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getReportingSettings(contextOf(deps, request), request.params.id)),
  });
  r.put('/api/v1/projects/:id/reporting', {
    schema: { tags, summary: 'Set how often the project reports: weekly, fortnightly or monthly (PMO, admin)', ...versioned, params: IdParams, body: S.ReportingSettingsBody, response: { 200: S.ReportingSettings, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await setReportingSettings(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post('/api/v1/projects/:id/status-reports', {
    schema: { tags, summary: 'Start the status report of the current period, or of a given one (its manager, PMO, admin)', params: IdParams, body: S.StatusReportCreate, response: { 201: S.StatusReport, ...createProblems, 404: readProblems[404] } },
    handler: async (request, reply) => created(reply, '/api/v1/status-reports', await createStatusReport(contextOf(deps, request), request.params.id, request.body)),
  });
  r.get('/api/v1/projects/:id/status-reports', {
    schema: { tags, summary: 'The project’s status reports, the latest period first', params: IdParams, querystring: S.ProjectStatusReportQuery, response: { 200: S.StatusReportPage, ...readProblems } },
    handler: async (request) => listProjectStatusReports(contextOf(deps, request), request.params.id, request.query),
  });
  r.get('/api/v1/projects/:id/status-trend', {
    schema: { tags, summary: 'Each submitted report’s colours and key figures, oldest first, for charts', params: IdParams, response: { 200: S.StatusTrend, ...readProblems } },
    handler: async (request) => getStatusTrend(contextOf(deps, request), request.params.id),
  });
  r.get('/api/v1/status-reports', {
    schema: { tags, summary: 'Status reports across the projects you may see, the latest period first; due=true: projects whose current report is not submitted', querystring: S.StatusReportListQuery, response: { 200: S.StatusReportPage, ...listProblems, 422: readProblems[400] } },
    handler: async (request) => listStatusReports(contextOf(deps, request), request.query),
  });
  r.get('/api/v1/status-reports/:id', {
    schema: { tags, summary: 'A status report: live figures while open, frozen once submitted', params: IdParams, response: { 200: S.StatusReport, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getStatusReport(contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/status-reports/:id', {
    schema: { tags, summary: 'Write an open report’s narrative and override its colours with a justification (its manager, PMO, admin)', ...versioned, params: IdParams, body: S.StatusReportUpdate, response: { 200: S.StatusReport, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateStatusReport(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post('/api/v1/status-reports/:id/submit', {
    schema: { tags, summary: 'Submit the report to the PMO, freezing its figures (its manager, PMO, admin)', ...versioned, params: IdParams, body: S.StatusReportSubmit, response: { 200: S.StatusReport, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await submitStatusReport(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post('/api/v1/status-reports/:id/review', {
    schema: { tags, summary: 'Accept a submitted report, or send it back with a comment (PMO, admin)', ...versioned, params: IdParams, body: S.StatusReportReview, response: { 200: S.StatusReport, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await reviewStatusReport(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
}
