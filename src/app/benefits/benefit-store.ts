// Reading benefits: rows with their project, owner and measurements, the access the actor has to
// each (read the project, or own the benefit), and the API view with realisation and status
// computed by the core on today's date.
import type { Selectable } from 'kysely';
import type { Benefit, BenefitMeasurement } from '../../contracts/benefit.schema.ts';
import { realisationPct, type Direction } from '../../core/benefits/benefit-realisation.ts';
import { assessBenefit } from '../../core/benefits/benefit-status.ts';
import type { Db } from '../../db/database.ts';
import type { BenefitMeasurementsTable, BenefitsTable, ProjectRow } from '../../db/tables.ts';
import type { AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { canKeepBenefit, canKeepBenefits, canReadProject, isClosedProject, type ProjectAccessFacts } from '../access/policy.ts';
import { accessFacts, loadProjectRow } from '../projects/project-store.ts';

export type BenefitRow = Selectable<BenefitsTable>;
export type MeasurementRow = Selectable<BenefitMeasurementsTable> & { recordedByName: string | null };

export interface BenefitAccess {
  readonly project: ProjectRow;
  readonly facts: ProjectAccessFacts;
  readonly closed: boolean;
}

/** The project with what decides access to its benefits; not found when the actor may not read it (unless `owner` of a benefit in it). */
export async function benefitAccess(ctx: AppContext, db: Db, projectId: string, owner = false): Promise<BenefitAccess> {
  const project = await loadProjectRow(db, projectId);
  if (!project) throw notFound('Project', projectId);
  const facts = await accessFacts(db, ctx.actor, project);
  if (!owner && !canReadProject(ctx.actor, facts)) throw notFound('Project', projectId);
  return { project, facts, closed: isClosedProject(project) };
}

export const mayAdd = (ctx: AppContext, a: BenefitAccess): boolean => canKeepBenefits(ctx.actor, a.facts, a.closed);
export const mayKeep = (ctx: AppContext, a: BenefitAccess, row: Pick<BenefitRow, 'ownerId'>): boolean => canKeepBenefit(ctx.actor, a.facts, a.closed, row);

export async function loadBenefitRow(db: Db, id: string): Promise<BenefitRow | undefined> {
  return db.selectFrom('benefits').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A benefit the actor may read (its project's readers and its owner), with the access to it. */
export async function loadReadableBenefit(ctx: AppContext, db: Db, id: string): Promise<{ row: BenefitRow; access: BenefitAccess }> {
  const row = await loadBenefitRow(db, id);
  if (!row) throw notFound('Benefit', id);
  try {
    return { row, access: await benefitAccess(ctx, db, row.projectId, row.ownerId !== null && row.ownerId === ctx.actor.userId) };
  } catch {
    throw notFound('Benefit', id);
  }
}

export async function loadMeasurements(db: Db, benefitIds: readonly string[]): Promise<Map<string, MeasurementRow[]>> {
  const byBenefit = new Map<string, MeasurementRow[]>(benefitIds.map((id) => [id, []]));
  if (benefitIds.length === 0) return byBenefit;
  const rows = await db
    .selectFrom('benefitMeasurements as m')
    .leftJoin('users as u', 'u.id', 'm.recordedBy')
    .selectAll('m')
    .select('u.name as recordedByName')
    .where('m.benefitId', 'in', [...benefitIds])
    .orderBy('m.measuredOn')
    .orderBy('m.recordedAt')
    .orderBy('m.id')
    .execute();
  for (const r of rows) byBenefit.get(r.benefitId)!.push(r);
  return byBenefit;
}

export async function ownerNames(db: Db, rows: readonly BenefitRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.ownerId).filter((x): x is string => x !== null))];
  if (ids.length === 0) return new Map();
  return new Map((await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute()).map((u) => [u.id, u.name]));
}

export const plannedDates = (row: BenefitRow): string[] => JSON.parse(row.plannedMeasurements) as string[];
export const measureOf = (row: Pick<BenefitRow, 'baseline' | 'target' | 'direction'>) => ({ baseline: Number(row.baseline), target: Number(row.target), direction: row.direction as Direction });

/** The API view of a benefit on `today`. */
export function benefitApi(row: BenefitRow, project: Pick<ProjectRow, 'code' | 'name'>, measurements: readonly MeasurementRow[], ownerName: string | null, today: string, editable: boolean): Benefit {
  const measure = measureOf(row);
  const points = measurements.map((m) => ({ on: m.measuredOn, value: Number(m.value) }));
  const assessment = assessBenefit({ ...measure, expectedBy: row.expectedBy, plannedMeasurements: plannedDates(row) }, points, today);
  const items: BenefitMeasurement[] = measurements.map((m) => ({
    id: m.id,
    measuredOn: m.measuredOn,
    value: Number(m.value),
    note: m.note,
    realisationPct: realisationPct(measure, Number(m.value)),
    recordedBy: m.recordedBy === null ? null : { id: m.recordedBy, name: m.recordedByName ?? '' },
    recordedAt: m.recordedAt,
  }));
  return {
    id: row.id,
    code: row.code,
    projectId: row.projectId,
    projectCode: project.code,
    projectName: project.name,
    title: row.title,
    description: row.description,
    category: row.category as Benefit['category'],
    measure: row.measure,
    unit: row.currency ?? row.unit,
    currency: row.currency,
    direction: measure.direction,
    baseline: measure.baseline,
    target: measure.target,
    ownerId: row.ownerId,
    ownerName,
    expectedBy: row.expectedBy,
    plannedMeasurements: [...new Set(plannedDates(row))].sort(),
    measurements: items,
    realisationPct: assessment.latest?.realisationPct ?? null,
    status: assessment.status,
    reasons: [...assessment.reasons],
    overdueMeasurements: [...assessment.overdueMeasurements],
    nextMeasurement: assessment.nextMeasurement,
    projectedPct: assessment.projectedPct,
    editable,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
