// Writing a project's closure report: its manager (or the PMO) starts one — a project has one —
// and writes the narrative while it is a draft; submitting freezes the figures computed from the
// project's data that day; the PMO accepts it, or sends it back with what to change (a draft again,
// its figures live once more until the next submission).
import type { ClosureFigures, ClosureReport, ClosureReportCreate, ClosureReportReview, ClosureReportSubmit, ClosureReportUpdate } from '../../contracts/closure.schema.ts';
import { nextClosureStatus, type ClosureAction, type ClosureStatus } from '../../core/lessons/closure-lifecycle.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { newId, nextCode } from '../shared/ids.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion, patchedFields } from '../shared/versioning.ts';
import { liveClosureFigures } from './closure-facts.ts';
import { historyEntry, historyOf, loadVisibleClosure, toClosureReport, type ClosureRow } from './closure-store.ts';

/** The project's closure report, with its figures (live while a draft). */
export async function getProjectClosureReport(ctx: AppContext, projectId: string): Promise<ClosureReport> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const row = await ctx.db.selectFrom('closureReports').selectAll().where('projectId', '=', project.id).executeTakeFirst();
  if (!row) throw new AppError('not_found', `Project ${project.code} has no closure report yet: its manager starts one (POST /api/v1/projects/${project.id}/closure-report).`);
  return toClosureReport(ctx, ctx.db, row, project);
}

/** The figures a closure report of the project would show today. */
export async function getClosureFigures(ctx: AppContext, projectId: string): Promise<ClosureFigures> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  return liveClosureFigures(ctx.db, ctx, project);
}

export function createClosureReport(ctx: AppContext, projectId: string, input: ClosureReportCreate): Promise<ClosureReport> {
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', 'write its closure report');
    const existing = await trx.selectFrom('closureReports').select('code').where('projectId', '=', project.id).executeTakeFirst();
    if (existing) throw new AppError('duplicate', `Project ${project.code} already has closure report ${existing.code}: open and edit that one.`);
    const now = nowIso(ctx.clock);
    const row: ClosureRow = {
      id: newId(), projectId: project.id, code: await nextCode(trx, 'CLO'), status: 'draft',
      wentWell: input.wentWell, wentBadly: input.wentBadly, recommendations: input.recommendations,
      figuresJson: null, historyJson: JSON.stringify([historyEntry(ctx, 'create', now)]),
      submittedAt: null, submittedBy: null, reviewedAt: null, reviewedBy: null,
      createdBy: ctx.actor.userId || null, createdAt: now, updatedAt: now, version: 1,
    };
    await trx.insertInto('closureReports').values(row).execute();
    const api = await toClosureReport(ctx, trx, row, project);
    await recordAudit(trx, ctx, { entityType: 'closure_report', entityId: row.id, action: 'create', after: api });
    return api;
  });
}

/** Loads a report for a change by its project's editors, checking the version. */
async function loadForChange(ctx: AppContext, trx: Db, id: string, expectedVersion: number, doing: string): Promise<{ row: ClosureRow; project: ProjectRow }> {
  const { row } = await loadVisibleClosure(ctx, trx, id);
  const project = await loadAccessibleProject(ctx, trx, row.projectId, 'edit', doing);
  assertVersion(`Closure report ${row.code}`, row.version, expectedVersion);
  return { row, project };
}

async function save(ctx: AppContext, trx: Db, loaded: { row: ClosureRow; project: ProjectRow }, changes: Partial<ClosureRow>, action: string): Promise<ClosureReport> {
  const { row, project } = loaded;
  const label = `Closure report ${row.code}`;
  const before = await toClosureReport(ctx, trx, row, project);
  const result = await trx.updateTable('closureReports').set({ ...changes, updatedAt: nowIso(ctx.clock), version: row.version + 1 }).where('id', '=', row.id).where('version', '=', row.version).executeTakeFirst();
  assertUpdated(label, result.numUpdatedRows, row.version);
  const fresh = await trx.selectFrom('closureReports').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
  const after = await toClosureReport(ctx, trx, fresh, project);
  await recordAudit(trx, ctx, { entityType: 'closure_report', entityId: row.id, action, before, after });
  return after;
}

function step(row: ClosureRow, action: ClosureAction): ClosureStatus {
  const next = nextClosureStatus(row.status as ClosureStatus, action);
  if (!next.ok) throw new AppError('validation_failed', `Closure report ${row.code}: ${next.message}`, { errors: [{ path: 'status', message: row.status }] });
  return next.status;
}

export function updateClosureReport(ctx: AppContext, id: string, expectedVersion: number, patch: ClosureReportUpdate): Promise<ClosureReport> {
  return inTransaction(ctx, async (trx) => {
    const loaded = await loadForChange(ctx, trx, id, expectedVersion, 'write its closure report');
    if (loaded.row.status !== 'draft') throw new AppError('validation_failed', `Closure report ${loaded.row.code} is ${loaded.row.status}: its text stands; ask the PMO to send it back to change it.`, { errors: [{ path: 'status', message: loaded.row.status }] });
    return save(ctx, trx, loaded, patchedFields(patch), 'update');
  });
}

/** Submits the draft, freezing today's figures. */
export function submitClosureReport(ctx: AppContext, id: string, expectedVersion: number, body: ClosureReportSubmit): Promise<ClosureReport> {
  return inTransaction(ctx, async (trx) => {
    const loaded = await loadForChange(ctx, trx, id, expectedVersion, 'submit its closure report');
    const status = step(loaded.row, 'submit');
    if (loaded.row.wentWell.trim() === '' && loaded.row.wentBadly.trim() === '' && loaded.row.recommendations.trim() === '') {
      throw new AppError('validation_failed', `Closure report ${loaded.row.code} says nothing yet: write what went well, what did not, or recommendations before submitting it.`, { errors: [{ path: 'wentWell', message: 'empty narrative' }] });
    }
    const now = nowIso(ctx.clock);
    const figures = await liveClosureFigures(trx, ctx, loaded.project);
    return save(ctx, trx, loaded, { status, figuresJson: JSON.stringify(figures), submittedAt: now, submittedBy: ctx.actor.userId || null, historyJson: JSON.stringify([...historyOf(loaded.row), historyEntry(ctx, 'submit', now, body.comment.trim())]) }, 'submit');
  });
}

/** The PMO accepts a submitted report or sends it back with what to change. */
export function reviewClosureReport(ctx: AppContext, id: string, expectedVersion: number, body: ClosureReportReview): Promise<ClosureReport> {
  return inTransaction(ctx, async (trx) => {
    const { row, project } = await loadVisibleClosure(ctx, trx, id);
    requireRegisterEditor(ctx.actor, `review closure report ${row.code}`);
    assertVersion(`Closure report ${row.code}`, row.version, expectedVersion);
    const status = step(row, body.decision);
    const comment = body.comment.trim();
    if (body.decision === 'send_back' && comment === '') {
      throw new AppError('validation_failed', `Say what to change in closure report ${row.code} (comment) when sending it back: its manager needs to know.`, { errors: [{ path: 'comment', message: 'required to send a report back' }] });
    }
    const now = nowIso(ctx.clock);
    const history = JSON.stringify([...historyOf(row), historyEntry(ctx, body.decision, now, comment)]);
    return save(ctx, trx, { row, project }, { status, reviewedAt: now, reviewedBy: ctx.actor.userId || null, historyJson: history, ...(status === 'draft' && { figuresJson: null, submittedAt: null, submittedBy: null }) }, body.decision);
  });
}

