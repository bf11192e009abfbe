// Writing a status report: the project manager (or the PMO) starts one for a period of the
// project's cadence, writes its narrative and, where the data misleads, sets a colour by hand with
// a justification; submitting it freezes its figures and colours. Only an open report (a draft, or
// one the PMO sent back) changes. Each step is taken under If-Match and audited.
import type { StatusReport, StatusReportCreate, StatusReportUpdate } from '../../contracts/status-report.schema.ts';
import { OVERRIDE_KEYS, overrideProblems, type Overrides } from '../../core/status/assess-status.ts';
import { isOpen, nextReportStatus, type ReportStatus } from '../../core/status/report-lifecycle.ts';
import { isPeriodStart, periodOf, type Cadence, type Period } from '../../core/status/reporting-period.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, forbidden } from '../errors.ts';
import { canEditProject } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { accessFacts } from '../projects/project-store.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { todayOf } from '../raid/raid-log.ts';
import { newId, nextCode } from '../shared/ids.ts';
import { isUniqueViolation } from '../shared/references.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { loadCadence } from './reporting-cadence.ts';
import { historyEntry, historyOf, loadVisibleReport, overridesOf, toStatusReport, type ReportRow } from './report-store.ts';
import { liveSnapshot } from './status-facts.ts';
import { statusReportSubmitted } from '../notifications/notification-events.ts';

const duplicate = (project: Pick<ProjectRow, 'code'>, period: Period, existing?: Pick<ReportRow, 'code' | 'periodStart' | 'periodEnd'>) =>
  new AppError(
    'duplicate',
    existing
      ? `Project ${project.code} already has status report ${existing.code} for ${existing.periodStart} – ${existing.periodEnd}, which overlaps ${period.start} – ${period.end}: open that report rather than starting another.`
      : `Project ${project.code} already has a status report for ${period.start} – ${period.end}: open it rather than starting another.`,
    { errors: [{ path: 'periodStart', message: 'a report for this period exists' }] },
  );

/** The period asked for (or the current one), checked against the cadence and today. */
function periodFor(project: ProjectRow, cadence: Cadence, today: string, start: string | undefined): Period {
  if (start === undefined) return periodOf(cadence, today);
  if (!isPeriodStart(cadence, start)) {
    const holding = periodOf(cadence, start);
    throw new AppError('validation_failed', `Project ${project.code} reports ${cadence}; ${start} does not start a period. Use ${holding.start} (the period ${holding.start} – ${holding.end} holds ${start}).`, {
      errors: [{ path: 'periodStart', message: `not the start of a ${cadence} period: use ${holding.start}` }],
    });
  }
  if (start > today) {
    throw new AppError('validation_failed', `The period starting ${start} has not begun, so there is nothing to report on yet: report on the current period (${periodOf(cadence, today).start}) or an earlier one.`, {
      errors: [{ path: 'periodStart', message: 'a period in the future' }],
    });
  }
  return periodOf(cadence, start);
}

/** Starts the report of a period (its manager, PMO, admin): a draft showing live figures. */
export async function createStatusReport(ctx: AppContext, projectId: string, input: StatusReportCreate): Promise<StatusReport> {
  let attempt: { project: ProjectRow; period: Period } | undefined;
  try {
    return await inTransaction(ctx, async (trx) => {
      const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', 'write its status reports');
      const { cadence } = await loadCadence(trx, projectId);
      const period = periodFor(project, cadence, todayOf(ctx), input.periodStart);
      attempt = { project, period };
      const clash = await trx.selectFrom('statusReports').select(['code', 'periodStart', 'periodEnd']).where('projectId', '=', projectId).where('periodStart', '<=', period.end).where('periodEnd', '>=', period.start).orderBy('periodStart').executeTakeFirst();
      if (clash) throw duplicate(project, period, clash);
      const now = nowIso(ctx.clock);
      const row: ReportRow = {
        id: newId(),
        projectId,
        code: await nextCode(trx, 'SR'),
        periodStart: period.start,
        periodEnd: period.end,
        status: 'draft',
        summary: '',
        accomplishments: '',
        nextPeriod: '',
        blockers: '',
        decisionsNeeded: '',
        overridesJson: '{}',
        historyJson: JSON.stringify([historyEntry(ctx, 'create', now)]),
        snapshotJson: null,
        submittedAt: null,
        submittedBy: null,
        reviewedAt: null,
        reviewedBy: null,
        reviewComment: '',
        createdBy: ctx.actor.userId || null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      await trx.insertInto('statusReports').values(row).execute();
      const api = await toStatusReport(ctx, trx, row, project);
      await recordAudit(trx, ctx, { entityType: 'status_report', entityId: row.id, action: 'create', after: api });
      return api;
    });
  } catch (error) {
    if (isUniqueViolation(error) && attempt) throw duplicate(attempt.project, attempt.period);
    throw error;
  }
}

/** Loads a report for a change by someone who may edit its project, at the version they read. */
export async function loadForChange(ctx: AppContext, trx: Db, id: string, expectedVersion: number, doing: string) {
  const { report, project } = await loadVisibleReport(ctx, trx, id);
  assertVersion(`Status report ${report.code}`, report.version, expectedVersion);
  if (!canEditProject(ctx.actor, await accessFacts(trx, ctx.actor, project))) throw forbidden(`${doing} status report ${report.code} (its project’s manager and the PMO do)`);
  if (project.archivedAt) throw new AppError('validation_failed', `Project ${project.code} is archived and read-only. Restore it first if it needs to change.`);
  return { report, project, before: await toStatusReport(ctx, trx, report, project) };
}

/** Writes a report's new columns under its version, audits the step and returns the new view. */
export async function save(ctx: AppContext, trx: Db, loaded: Awaited<ReturnType<typeof loadForChange>>, columns: Partial<ReportRow>, action: string): Promise<StatusReport> {
  const { report, project, before } = loaded;
  const set = { ...columns, updatedAt: nowIso(ctx.clock), version: report.version + 1 };
  const result = await trx.updateTable('statusReports').set(set).where('id', '=', report.id).where('version', '=', report.version).executeTakeFirst();
  assertUpdated(`Status report ${report.code}`, result.numUpdatedRows, report.version);
  const after = await toStatusReport(ctx, trx, { ...report, ...set }, project);
  await recordAudit(trx, ctx, { entityType: 'status_report', entityId: report.id, action, before, after });
  return after;
}

function mergeOverrides(stored: Overrides, patch: NonNullable<StatusReportUpdate['overrides']>): Overrides {
  const merged: Record<string, unknown> = { ...stored };
  for (const key of OVERRIDE_KEYS) {
    const value = patch[key];
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = { colour: value.colour, justification: value.justification.trim() };
  }
  return merged as Overrides;
}

/** Changes an open report's narrative and overrides (its manager, PMO, admin). */
export function updateStatusReport(ctx: AppContext, id: string, expectedVersion: number, patch: StatusReportUpdate): Promise<StatusReport> {
  return inTransaction(ctx, async (trx) => {
    const loaded = await loadForChange(ctx, trx, id, expectedVersion, 'change');
    const { report } = loaded;
    if (!isOpen(report.status as ReportStatus)) throw new AppError('validation_failed', `Status report ${report.code} is ${report.status}: its figures and words are frozen. Only a draft, or a report the PMO sent back, changes.`);
    const overrides = patch.overrides ? mergeOverrides(overridesOf(report), patch.overrides) : undefined;
    const problems = overrides ? overrideProblems(overrides) : [];
    if (problems.length > 0) throw new AppError('validation_failed', `An override needs a written justification: ${problems.map((p) => p.path).join(', ')}. Say why the colour differs from the computed one, or remove the override (null).`, { errors: [...problems] });
    const { overrides: _o, ...narrative } = patch;
    const columns: Partial<ReportRow> = { ...Object.fromEntries(Object.entries(narrative).filter(([, v]) => v !== undefined)), ...(overrides && { overridesJson: JSON.stringify(overrides) }) };
    return save(ctx, trx, loaded, columns, 'update');
  });
}

/** Submits an open report to the PMO (its manager, PMO, admin), freezing its figures and colours. */
export function submitStatusReport(ctx: AppContext, id: string, expectedVersion: number, body: { comment: string }): Promise<StatusReport> {
  return inTransaction(ctx, async (trx) => {
    const loaded = await loadForChange(ctx, trx, id, expectedVersion, 'submit');
    const { report, project } = loaded;
    const step = nextReportStatus(report.status as ReportStatus, 'submit');
    if (!step.ok) throw new AppError('validation_failed', `Status report ${report.code}: ${step.message}`);
    if (report.summary.trim() === '') throw new AppError('validation_failed', `Write the summary of status report ${report.code} before submitting it: it is what management reads first.`, { errors: [{ path: 'summary', message: 'required to submit' }] });
    const now = nowIso(ctx.clock);
    const snapshot = await liveSnapshot(trx, ctx, project, { start: report.periodStart, end: report.periodEnd });
    const history = [...historyOf(report), historyEntry(ctx, 'submit', now, body.comment)];
    await statusReportSubmitted(trx, ctx, report, project);
    return save(ctx, trx, loaded, { status: step.status, snapshotJson: JSON.stringify(snapshot), submittedAt: now, submittedBy: ctx.actor.userId || null, historyJson: JSON.stringify(history) }, 'submit');
  });
}
