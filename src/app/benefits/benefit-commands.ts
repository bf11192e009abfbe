// Changing the benefits register: adding, changing and removing a project's benefits (its
// editors while it runs, the PMO always) and recording measurements (also the benefit's owner,
// after the project has closed too). Each change is checked (a target no worse than the
// baseline, money in whole minor units of the project's currency), made under If-Match where a
// row changes, and audited in its transaction.
import type { Benefit, BenefitCreate, BenefitMeasurementCreate, BenefitUpdate } from '../../contracts/benefit.schema.ts';
import { measureProblem, type Direction } from '../../core/benefits/benefit-realisation.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { todayOf } from '../raid/raid-log.ts';
import { duplicateCode, newId, nextCode, reserveCode } from '../shared/ids.ts';
import { assertExists, isUniqueViolation } from '../shared/references.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { benefitAccess, benefitApi, loadMeasurements, loadReadableBenefit, mayAdd, mayKeep, ownerNames, type BenefitAccess, type BenefitRow } from './benefit-store.ts';

function checkMeasure(row: Pick<BenefitRow, 'baseline' | 'target' | 'direction'>): void {
  const problem = measureProblem({ baseline: row.baseline, target: row.target, direction: row.direction as Direction });
  if (problem) throw new AppError('validation_failed', problem, { errors: [{ path: 'target', message: 'worse than the baseline' }] });
}

function checkMoney(row: Pick<BenefitRow, 'category' | 'currency' | 'baseline' | 'target'>): void {
  if (row.category === 'financial' && (row.currency === null || !Number.isInteger(row.baseline) || !Number.isInteger(row.target))) {
    throw new AppError('validation_failed', 'A financial benefit is money: give its currency, and baseline and target in whole minor units (cents).', { errors: [{ path: 'currency', message: 'required for a financial benefit' }] });
  }
  if (row.category === 'non_financial' && row.currency !== null) {
    throw new AppError('validation_failed', 'Only financial benefits have a currency: set currency to null, or make the category financial.', { errors: [{ path: 'currency', message: 'only for financial benefits' }] });
  }
}

async function view(ctx: AppContext, db: Db, row: BenefitRow, access: BenefitAccess): Promise<Benefit> {
  const measurements = (await loadMeasurements(db, [row.id])).get(row.id)!;
  const owner = (await ownerNames(db, [row])).get(row.ownerId ?? '') ?? null;
  return benefitApi(row, access.project, measurements, owner, todayOf(ctx), mayKeep(ctx, access, row));
}

const refuse = (access: BenefitAccess, doing: string): AppError =>
  access.closed ? forbidden(`${doing} of project ${access.project.code}, which has closed (the PMO and each benefit's owner keep them now)`) : forbidden(`${doing} (project ${access.project.code})`);

export async function createBenefit(ctx: AppContext, projectId: string, input: BenefitCreate): Promise<Benefit> {
  try {
    return await inTransaction(ctx, async (trx) => {
      const access = await benefitAccess(ctx, trx, projectId);
      if (!mayAdd(ctx, access)) throw refuse(access, 'add benefits');
      await assertExists(trx, 'users', 'ownerId', input.ownerId);
      let code = input.code;
      if (code) {
        if (await trx.selectFrom('benefits').select('id').where('code', '=', code).executeTakeFirst()) throw duplicateCode(code);
        await reserveCode(trx, code);
      } else code = await nextCode(trx, 'BEN');
      const now = nowIso(ctx.clock);
      const row: BenefitRow = {
        id: newId(),
        projectId,
        code,
        title: input.title,
        description: input.description,
        category: input.category,
        measure: input.measure,
        unit: input.category === 'financial' ? '' : input.unit,
        currency: input.currency,
        direction: input.direction,
        baseline: input.baseline,
        target: input.target,
        ownerId: input.ownerId,
        expectedBy: input.expectedBy,
        plannedMeasurements: JSON.stringify([...new Set(input.plannedMeasurements)].sort()),
        createdBy: ctx.actor.userId || null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      checkMoney(row);
      checkMeasure(row);
      await trx.insertInto('benefits').values(row).execute();
      const api = await view(ctx, trx, row, access);
      await recordAudit(trx, ctx, { entityType: 'benefit', entityId: row.id, action: 'create', after: api });
      return api;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode(input.code ?? '(generated)');
    throw error;
  }
}

export async function getBenefit(ctx: AppContext, id: string): Promise<Benefit> {
  const { row, access } = await loadReadableBenefit(ctx, ctx.db, id);
  return view(ctx, ctx.db, row, access);
}

export function updateBenefit(ctx: AppContext, id: string, expectedVersion: number, patch: BenefitUpdate): Promise<Benefit> {
  return inTransaction(ctx, async (trx) => {
    const { row: before, access } = await loadReadableBenefit(ctx, trx, id);
    if (!mayKeep(ctx, access, before)) throw refuse(access, `change benefit ${before.code}`);
    assertVersion(`Benefit ${before.code}`, before.version, expectedVersion);
    if (patch.ownerId !== undefined) await assertExists(trx, 'users', 'ownerId', patch.ownerId);
    const { plannedMeasurements, ...fields } = patch;
    const changed = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<BenefitRow>;
    const after: BenefitRow = { ...before, ...changed, ...(plannedMeasurements && { plannedMeasurements: JSON.stringify([...new Set(plannedMeasurements)].sort()) }), updatedAt: nowIso(ctx.clock), version: expectedVersion + 1 };
    if (after.category === 'financial') after.unit = '';
    checkMoney(after);
    checkMeasure(after);
    const { id: _id, projectId: _p, code: _c, createdAt: _a, createdBy: _b, ...columns } = after;
    const result = await trx.updateTable('benefits').set(columns).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(`Benefit ${before.code}`, result.numUpdatedRows, expectedVersion);
    const beforeApi = await view(ctx, trx, before, access);
    const api = await view(ctx, trx, after, access);
    await recordAudit(trx, ctx, { entityType: 'benefit', entityId: id, action: 'update', before: beforeApi, after: api });
    return api;
  });
}

export function deleteBenefit(ctx: AppContext, id: string, expectedVersion: number): Promise<Benefit> {
  return inTransaction(ctx, async (trx) => {
    const { row, access } = await loadReadableBenefit(ctx, trx, id);
    if (!mayAdd(ctx, access)) throw refuse(access, `remove benefit ${row.code}`);
    assertVersion(`Benefit ${row.code}`, row.version, expectedVersion);
    const api = await view(ctx, trx, row, access);
    await trx.deleteFrom('benefitMeasurements').where('benefitId', '=', id).execute();
    await trx.deleteFrom('benefits').where('id', '=', id).execute();
    await recordAudit(trx, ctx, { entityType: 'benefit', entityId: id, action: 'delete', before: api });
    return api;
  });
}

/** Records a measurement (money in whole minor units); answers the benefit with its new realisation and status. */
export function recordMeasurement(ctx: AppContext, benefitId: string, input: BenefitMeasurementCreate): Promise<Benefit> {
  return inTransaction(ctx, async (trx) => {
    const { row, access } = await loadReadableBenefit(ctx, trx, benefitId);
    if (!mayKeep(ctx, access, row)) throw refuse(access, `record measurements of benefit ${row.code}`);
    if (row.category === 'financial' && !Number.isInteger(input.value)) {
      throw new AppError('validation_failed', `Benefit ${row.code} is money in ${row.currency}: give the value in whole minor units (cents).`, { errors: [{ path: 'value', message: 'not a whole number of minor units' }] });
    }
    const measurement = { id: newId(), benefitId, measuredOn: input.measuredOn, value: input.value, note: input.note, recordedBy: ctx.actor.userId || null, recordedAt: nowIso(ctx.clock) };
    await trx.insertInto('benefitMeasurements').values(measurement).execute();
    await recordAudit(trx, ctx, { entityType: 'benefit_measurement', entityId: measurement.id, action: 'create', after: { ...measurement, benefitCode: row.code } });
    return view(ctx, trx, row, access);
  });
}

/** Removes a measurement recorded in error; answers the benefit as it is then. */
export function deleteMeasurement(ctx: AppContext, benefitId: string, measurementId: string): Promise<Benefit> {
  return inTransaction(ctx, async (trx) => {
    const { row, access } = await loadReadableBenefit(ctx, trx, benefitId);
    const measurement = await trx.selectFrom('benefitMeasurements').selectAll().where('id', '=', measurementId).where('benefitId', '=', benefitId).executeTakeFirst();
    if (!measurement) throw notFound('Measurement', measurementId);
    if (!mayKeep(ctx, access, row)) throw refuse(access, `remove measurements of benefit ${row.code}`);
    await trx.deleteFrom('benefitMeasurements').where('id', '=', measurementId).execute();
    await recordAudit(trx, ctx, { entityType: 'benefit_measurement', entityId: measurementId, action: 'delete', before: { ...measurement, benefitCode: row.code } });
    return view(ctx, trx, row, access);
  });
}
