// A gate review as the API shows it: the gate as it stood when the review was requested, the
// checklist and waivers so far, which required deliverables exist, the readiness (live while the
// review is open, the evidence decided on afterwards) and whether the reader may decide it.
//
// Who decides: the people the gate names by role (the project's sponsor, the PMO, the project's
// manager) and the approvers named on the request (a steering committee is named that way);
// administrators always may.
import type { Selectable } from 'kysely';
import type { GateReview, Readiness } from '../../contracts/governance.schema.ts';
import { gateReadiness, type ChecklistAnswer, type Waiver } from '../../core/governance/gate-readiness.ts';
import type { Gate, OperatingModel } from '../../core/governance/methodology-types.ts';
import type { Db } from '../../db/database.ts';
import type { GateReviewsTable, ProjectRow } from '../../db/tables.ts';
import type { Actor, AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { canReadProject } from '../access/policy.ts';
import { accessFacts, loadProjectRow } from '../projects/project-store.ts';
import { deliverablesPresent } from './deliverables.ts';
import { loadOperatingModel } from './governance-settings.ts';
import { loadMethodology } from './methodology-library.ts';
import { gatePolicyBreaches } from '../policies/compliance.ts';
import { todayOf } from '../raid/raid-log.ts';

export type ReviewRow = Selectable<GateReviewsTable>;
export interface StoredAnswer extends ChecklistAnswer {
  readonly comment: string;
}
export interface StoredWaiver extends Waiver {
  readonly by: string | null;
  readonly at: string;
}
export interface StoredCondition {
  readonly text: string;
  readonly dueDate: string | null;
  readonly ownerId: string | null;
  readonly actionId: string | null;
}

export const gateOf = (r: ReviewRow): Gate => JSON.parse(r.gateJson) as Gate;
export const answersOf = (r: ReviewRow): StoredAnswer[] => JSON.parse(r.checklistJson) as StoredAnswer[];
export const waiversOf = (r: ReviewRow): StoredWaiver[] => JSON.parse(r.waiversJson) as StoredWaiver[];
export const approverIdsOf = (r: ReviewRow): string[] => JSON.parse(r.approverIdsJson) as string[];

/** Whether the actor may decide (and waive items of) a requested review of this project. */
export function canDecide(actor: Actor, review: ReviewRow, project: Pick<ProjectRow, 'sponsorId' | 'managerId'>): boolean {
  if (actor.orgRole === 'admin') return true;
  const roles = gateOf(review).approverRoles;
  return (
    approverIdsOf(review).includes(actor.userId) ||
    (roles.includes('pmo') && actor.orgRole === 'pmo') ||
    (roles.includes('sponsor') && project.sponsorId === actor.userId) ||
    (roles.includes('project_manager') && project.managerId === actor.userId)
  );
}

/**
 * The review's readiness now: its gate under today's operating model, answers, deliverables,
 * waivers, and the project's breaches of the PMO's policies as of `today` (YYYY-MM-DD).
 */
export async function liveReadiness(db: Db, review: ReviewRow, today: string, operatingModel?: OperatingModel): Promise<Readiness> {
  const model = operatingModel ?? (await loadOperatingModel(db));
  const readiness = gateReadiness({
    operatingModel: model,
    gate: gateOf(review),
    checklist: answersOf(review),
    deliverablesPresent: await deliverablesPresent(db, review.projectId),
    waivers: waiversOf(review),
    policyBreaches: await gatePolicyBreaches(db, review.projectId, today),
  });
  return { operatingModel: model, ...readiness, items: [...readiness.items] };
}

/** A review the actor may see: on a project they can read, or one they are named to approve. */
export async function loadVisibleReview(ctx: AppContext, db: Db, id: string): Promise<{ review: ReviewRow; project: ProjectRow }> {
  const review = await db.selectFrom('gateReviews').selectAll().where('id', '=', id).executeTakeFirst();
  const project = review ? await loadProjectRow(db, review.projectId) : undefined;
  if (!review || !project) throw notFound('Gate review', id);
  const facts = await accessFacts(db, ctx.actor, project);
  if (!canReadProject(ctx.actor, facts) && !approverIdsOf(review).includes(ctx.actor.userId)) throw notFound('Gate review', id);
  return { review, project };
}

async function namesOf(db: Db, ids: ReadonlyArray<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => i !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function toGateReview(ctx: AppContext, db: Db, review: ReviewRow, project: ProjectRow): Promise<GateReview> {
  const gate = gateOf(review);
  const present = await deliverablesPresent(db, review.projectId);
  const delivered = await db.selectFrom('projectDeliverables').select(['id', 'requirementKey']).where('projectId', '=', review.projectId).where('status', 'in', ['final', 'approved']).execute();
  const names = await namesOf(db, [review.requestedBy, review.decidedBy]);
  const readiness = review.evidenceJson ? (JSON.parse(review.evidenceJson) as Readiness) : await liveReadiness(db, review, todayOf(ctx));
  const methodology = await loadMethodology(db, review.methodologyKey);
  const phaseName = methodology?.methodology.phases.find((p) => p.key === review.phaseKey)?.name ?? review.phaseKey;
  return {
    id: review.id,
    code: review.code,
    projectId: project.id,
    projectCode: project.code,
    projectName: project.name,
    methodologyKey: review.methodologyKey,
    phaseKey: review.phaseKey,
    phaseName,
    gate: JSON.parse(review.gateJson) as GateReview['gate'],
    status: review.status as GateReview['status'],
    note: review.note,
    approverIds: approverIdsOf(review),
    approverRoles: [...gate.approverRoles],
    canDecide: review.status === 'requested' && canDecide(ctx.actor, review, project),
    checklist: answersOf(review).map((a) => ({ criterionKey: a.criterionKey, outcome: a.outcome, comment: a.comment })),
    waivers: waiversOf(review).map((w) => ({ itemKey: w.itemKey, reason: w.reason, by: w.by, at: w.at })),
    deliverables: gate.deliverables.map((d) => ({
      requirementKey: d.key,
      name: d.name,
      mandatory: d.mandatory,
      present: present.has(d.key),
      deliverableIds: delivered.filter((x) => x.requirementKey === d.key).map((x) => x.id),
    })),
    readiness,
    requestedBy: review.requestedBy,
    requestedByName: review.requestedBy ? (names.get(review.requestedBy) ?? null) : null,
    decision: review.decision as GateReview['decision'],
    decisionComment: review.decisionComment,
    conditions: JSON.parse(review.conditionsJson) as StoredCondition[],
    decidedBy: review.decidedBy,
    decidedByName: review.decidedBy ? (names.get(review.decidedBy) ?? null) : null,
    decidedAt: review.decidedAt,
    decisionId: review.decisionId,
    createdAt: review.createdAt,
    updatedAt: review.updatedAt,
    version: review.version,
  };
}
