// Gate reviews from request to decision. The project manager (or the PMO) requests the review of
// the gate that ends the project's current phase; the approvers walk the checklist, see which
// required deliverables exist, record waivers where the operating model asks for them, and decide.
// The decision goes into the project's decision log with its evidence; conditions become tracked
// actions; on a go the project moves to its next phase (or closes), on a stop it is cancelled.
import type { GateDecisionBody, GateReview, GateReviewRequest, GateReviewUpdate } from '../../contracts/governance.schema.ts';
import { decideGate, gateEndingPhase } from '../../core/governance/gate-decision.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, forbidden } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { loadProjectRow, withLinks } from '../projects/project-store.ts';
import { newId, nextCode } from '../shared/ids.ts';
import { assertAllExist } from '../shared/references.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { createLogItem, todayOf } from '../raid/raid-log.ts';
import { actionKind } from '../raid/actions.ts';
import { decisionKind } from '../raid/decisions.ts';
import { requireMethodology } from './methodology-library.ts';
import { gateReviewRequested } from '../notifications/notification-events.ts';
import { policyKeys } from '../policies/compliance.ts';
import { answersOf, canDecide, gateOf, liveReadiness, loadVisibleReview, toGateReview, waiversOf, type ReviewRow, type StoredCondition } from './gate-review-store.ts';

const DECISION_LABEL = { go: 'Go', go_with_conditions: 'Go with conditions', hold: 'Hold', recycle: 'Recycle', stop: 'Stop' } as const;

/** Requests the review of the gate ending the project's current phase (its manager, PMO, admin). */
export function requestGateReview(ctx: AppContext, projectId: string, input: GateReviewRequest): Promise<GateReview> {
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', 'request gate reviews');
    const { methodology } = await requireMethodology(trx, project.methodologyKey);
    const gate = gateEndingPhase(methodology, project.phase);
    if (!gate) throw new AppError('validation_failed', `The ${project.phase} phase of ${methodology.name} ends without a gate, so there is nothing to review.`);
    const open = await trx.selectFrom('gateReviews').select('code').where('projectId', '=', projectId).where('status', '=', 'requested').executeTakeFirst();
    if (open) throw new AppError('duplicate', `Gate review ${open.code} of project ${project.code} is still open. Decide or withdraw it first.`);
    await assertAllExist(trx, 'users', 'approverIds', input.approverIds);
    const now = nowIso(ctx.clock);
    const row: ReviewRow = {
      id: newId(),
      projectId,
      code: await nextCode(trx, 'GATE'),
      methodologyKey: methodology.key,
      phaseKey: project.phase,
      gateKey: gate.key,
      gateJson: JSON.stringify(gate),
      status: 'requested',
      note: input.note,
      approverIdsJson: JSON.stringify([...new Set(input.approverIds)]),
      checklistJson: '[]',
      waiversJson: '[]',
      requestedBy: ctx.actor.userId || null,
      decision: null,
      decisionComment: '',
      conditionsJson: '[]',
      evidenceJson: null,
      decidedBy: null,
      decidedAt: null,
      decisionId: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await trx.insertInto('gateReviews').values(row).execute();
    const api = await toGateReview(ctx, trx, row, project);
    await recordAudit(trx, ctx, { entityType: 'gate_review', entityId: row.id, action: 'request', after: api });
    await gateReviewRequested(trx, ctx, { id: row.id, code: row.code, approverIds: input.approverIds, approverRoles: gate.approverRoles, gateName: gate.name }, project);
    return api;
  });
}

/** Loads an open review for a change, checking the version. */
async function openReview(ctx: AppContext, trx: AppContext['db'], id: string, expectedVersion: number) {
  const { review, project } = await loadVisibleReview(ctx, trx, id);
  assertVersion(`Gate review ${review.code}`, review.version, expectedVersion);
  if (review.status !== 'requested') throw new AppError('validation_failed', `Gate review ${review.code} is ${review.status}; it cannot change any more. Request a new review.`);
  return { review, project, before: await toGateReview(ctx, trx, review, project) };
}

/**
 * Answers the checklist, records waivers, changes the note or the named approvers. The project's
 * manager and the approvers answer; only approvers waive (a waiver is a governance decision).
 */
export function updateGateReview(ctx: AppContext, id: string, expectedVersion: number, patch: GateReviewUpdate): Promise<GateReview> {
  return inTransaction(ctx, async (trx) => {
    const { review, project, before } = await openReview(ctx, trx, id, expectedVersion);
    const approver = canDecide(ctx.actor, review, project);
    const manager = project.managerId === ctx.actor.userId || ctx.actor.orgRole === 'pmo';
    if (!approver && !manager) throw forbidden(`change gate review ${review.code}`);
    if (patch.waivers !== undefined && !approver) throw forbidden(`waive items of gate review ${review.code} (its approvers do that)`);
    const gate = gateOf(review);
    const unknown = (patch.checklist ?? []).filter((a) => !gate.criteria.some((c) => c.key === a.criterionKey));
    if (unknown.length > 0) {
      throw new AppError('validation_failed', `The gate has no criterion ${unknown.map((a) => a.criterionKey).join(', ')}: answer ${gate.criteria.map((c) => c.key).join(', ')}.`, {
        errors: unknown.map((a) => ({ path: `checklist[${(patch.checklist ?? []).indexOf(a)}].criterionKey`, message: 'not a criterion of this gate' })),
      });
    }
    const itemKeys = new Set([...gate.criteria.map((c) => c.key), ...gate.deliverables.map((d) => d.key), ...(patch.waivers ? await policyKeys(trx) : [])]);
    const strayWaivers = (patch.waivers ?? []).filter((w) => !itemKeys.has(w.itemKey));
    if (strayWaivers.length > 0) throw new AppError('validation_failed', `Waive criteria or deliverables of this gate, or PMO policies in force: ${strayWaivers.map((w) => w.itemKey).join(', ')} is none of them.`, { errors: [{ path: 'waivers', message: 'unknown item' }] });
    if (patch.approverIds) await assertAllExist(trx, 'users', 'approverIds', patch.approverIds);
    const now = nowIso(ctx.clock);
    const merged = new Map(answersOf(review).map((a) => [a.criterionKey, a]));
    for (const a of patch.checklist ?? []) merged.set(a.criterionKey, a);
    const keptWaivers = new Map(waiversOf(review).map((w) => [w.itemKey, w]));
    const waivers = patch.waivers?.map((w) => keptWaivers.get(w.itemKey)?.reason === w.reason ? keptWaivers.get(w.itemKey)! : { ...w, by: ctx.actor.userId || null, at: now });
    const columns = {
      ...(patch.checklist && { checklistJson: JSON.stringify([...merged.values()]) }),
      ...(waivers && { waiversJson: JSON.stringify(waivers) }),
      ...(patch.note !== undefined && { note: patch.note }),
      ...(patch.approverIds && { approverIdsJson: JSON.stringify([...new Set(patch.approverIds)]) }),
      updatedAt: now,
      version: expectedVersion + 1,
    };
    const result = await trx.updateTable('gateReviews').set(columns).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(`Gate review ${review.code}`, result.numUpdatedRows, expectedVersion);
    const after = await toGateReview(ctx, trx, { ...review, ...columns }, project);
    await recordAudit(trx, ctx, { entityType: 'gate_review', entityId: id, action: 'update', before, after });
    return after;
  });
}

/** Withdraws an open review (the project's manager, PMO, admin): nothing was decided. */
export function withdrawGateReview(ctx: AppContext, id: string, expectedVersion: number): Promise<GateReview> {
  return inTransaction(ctx, async (trx) => {
    const { review, project, before } = await openReview(ctx, trx, id, expectedVersion);
    await loadAccessibleProject(ctx, trx, project.id, 'edit', `withdraw gate review ${review.code}`);
    const columns = { status: 'withdrawn', updatedAt: nowIso(ctx.clock), version: expectedVersion + 1 };
    const result = await trx.updateTable('gateReviews').set(columns).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(`Gate review ${review.code}`, result.numUpdatedRows, expectedVersion);
    const after = await toGateReview(ctx, trx, { ...review, ...columns }, project);
    await recordAudit(trx, ctx, { entityType: 'gate_review', entityId: id, action: 'withdraw', before, after });
    return after;
  });
}

/** Decides a review (its approvers): go, go with conditions, hold, recycle or stop. */
export function decideGateReview(ctx: AppContext, id: string, expectedVersion: number, body: GateDecisionBody): Promise<GateReview> {
  return inTransaction(ctx, async (trx) => {
    const { review, project, before } = await openReview(ctx, trx, id, expectedVersion);
    if (!canDecide(ctx.actor, review, project)) throw forbidden(`decide gate review ${review.code} (its approvers are ${gateOf(review).approverRoles.join(', ')}${review.approverIdsJson !== '[]' ? ' and the people named on it' : ''})`);
    if (project.phase !== review.phaseKey || project.methodologyKey !== review.methodologyKey) {
      throw new AppError('validation_failed', `Project ${project.code} is no longer in the phase this review was requested for (${review.phaseKey}). Withdraw it and request a new one.`);
    }
    await assertAllExist(trx, 'users', 'conditions.ownerId', body.conditions.flatMap((c) => (c.ownerId ? [c.ownerId] : [])));
    const { methodology } = await requireMethodology(trx, review.methodologyKey);
    const readiness = await liveReadiness(trx, review, todayOf(ctx));
    const outcome = decideGate({ methodology: { ...methodology, phases: methodology.phases.map((p) => (p.key === review.phaseKey ? { ...p, gate: gateOf(review) } : p)) }, currentPhaseKey: review.phaseKey, gateKey: review.gateKey, decision: body.decision, conditions: body.conditions, readiness });
    if (!outcome.ok) throw new AppError('validation_failed', outcome.message, { errors: [...outcome.errors] });

    const trxCtx = { ...ctx, db: trx };
    const gate = gateOf(review);
    const decision = await createLogItem(decisionKind, trxCtx, project.id, {
      title: `${gate.name}: ${DECISION_LABEL[body.decision]}`,
      description: [review.note, `Readiness: ${readiness.items.filter((i) => i.state === 'ok').length} of ${readiness.items.length} items in order${readiness.warnings ? `, ${readiness.warnings} warning(s)` : ''}${readiness.items.some((i) => i.state === 'waived') ? ', waivers on record' : ''}.`].filter(Boolean).join('\n\n'),
      ownerId: null,
      status: 'decided',
      outcome: DECISION_LABEL[body.decision] + (outcome.nextPhaseKey ? ` — the project moves to ${methodology.phases.find((p) => p.key === outcome.nextPhaseKey)!.name}` : ''),
      rationale: body.comment,
      decidedBy: ctx.actor.userId || null,
      decidedOn: todayOf(ctx),
    }, { authorised: true });
    const conditions: StoredCondition[] = [];
    for (const action of outcome.actions) {
      const created = await createLogItem(actionKind, trxCtx, project.id, { title: action.text, description: `Condition of ${gate.name} (${review.code}).`, ownerId: action.ownerId, status: 'open', dueDate: action.dueDate, sourceType: 'gate', sourceId: review.id }, { authorised: true });
      conditions.push({ ...action, actionId: created.id });
    }
    const now = nowIso(ctx.clock);
    const columns = {
      status: 'decided',
      decision: body.decision,
      decisionComment: body.comment,
      conditionsJson: JSON.stringify(conditions),
      evidenceJson: JSON.stringify(readiness),
      decidedBy: ctx.actor.userId || null,
      decidedAt: now,
      decisionId: decision.id,
      updatedAt: now,
      version: expectedVersion + 1,
    };
    const result = await trx.updateTable('gateReviews').set(columns).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(`Gate review ${review.code}`, result.numUpdatedRows, expectedVersion);
    await moveProject(ctx, trx, project.id, outcome.projectOutcome, outcome.nextPhaseKey, review.code);
    const after = await toGateReview(ctx, trx, { ...review, ...columns }, (await loadProjectRow(trx, project.id))!);
    await recordAudit(trx, ctx, { entityType: 'gate_review', entityId: id, action: 'decide', before, after });
    return after;
  });
}

/** Where a decision leaves the project: the next phase, completed, cancelled, or where it was. */
async function moveProject(ctx: AppContext, trx: AppContext['db'], projectId: string, outcome: string, nextPhaseKey: string | null, reviewCode: string): Promise<void> {
  const change = outcome === 'advance' ? { phase: nextPhaseKey! } : outcome === 'close' ? { status: 'completed' } : outcome === 'stop' ? { status: 'cancelled' } : null;
  if (!change) return;
  const row = (await loadProjectRow(trx, projectId))!;
  const [before] = await withLinks(trx, [row]);
  const columns = { ...change, updatedAt: nowIso(ctx.clock), version: row.version + 1 };
  await trx.updateTable('projects').set(columns).where('id', '=', projectId).execute();
  const [after] = await withLinks(trx, [{ ...row, ...columns }]);
  await recordAudit(trx, ctx, { entityType: 'project', entityId: projectId, action: `gate_${outcome}`, before, after: { ...after!, gateReview: reviewCode } });
}
