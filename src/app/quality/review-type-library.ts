// The PMO's library of review types: the ones Orrery ships (health check, schedule quality, quality
// audit, closure readiness) and the PMO's own. The PMO edits a built-in type by saving it under its
// key (its version then counts from 1) and adds its own under a new key. Reviews keep the checklist
// they were planned with, so editing a type never changes a review already on the books.
import type { ReviewType as ReviewTypeApi, ReviewTypeBody } from '../../contracts/quality.schema.ts';
import { DEFAULT_REVIEW_TYPES } from '../../core/quality/default-review-types.ts';
import { validateReviewType, type ReviewType } from '../../core/quality/review-types.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';

interface StoredType {
  readonly type: ReviewType;
  readonly builtIn: boolean;
  readonly version: number;
}

const BUILT_IN = new Map(DEFAULT_REVIEW_TYPES.map((t) => [t.key, t]));

const toApi = ({ type, builtIn, version }: StoredType): ReviewTypeApi => ({
  key: type.key,
  name: type.name,
  description: type.description,
  questions: type.questions.map((q) => ({ key: q.key, area: q.area, text: q.text, guidance: q.guidance })),
  builtIn,
  version,
});

async function loadType(db: Db, key: string): Promise<StoredType | null> {
  const row = await db.selectFrom('qualityReviewTypes').select(['definitionJson', 'version']).where('key', '=', key).executeTakeFirst();
  if (row) return { type: JSON.parse(row.definitionJson) as ReviewType, builtIn: BUILT_IN.has(key), version: row.version };
  const builtIn = BUILT_IN.get(key);
  return builtIn ? { type: builtIn, builtIn: true, version: 0 } : null;
}

async function listStored(db: Db): Promise<StoredType[]> {
  const rows = await db.selectFrom('qualityReviewTypes').select(['key', 'definitionJson', 'version']).orderBy('key').execute();
  const saved = new Map(rows.map((r) => [r.key, { type: JSON.parse(r.definitionJson) as ReviewType, builtIn: BUILT_IN.has(r.key), version: r.version }]));
  const builtIns = DEFAULT_REVIEW_TYPES.map((t) => saved.get(t.key) ?? { type: t, builtIn: true, version: 0 });
  return [...builtIns, ...[...saved.values()].filter((s) => !s.builtIn)];
}

/** The review type a new review follows; a 422 naming the known ones when there is none. */
export async function requireReviewType(db: Db, key: string): Promise<ReviewType> {
  const found = await loadType(db, key);
  if (!found) {
    const known = (await listStored(db)).map((s) => s.type.key).join(', ');
    throw new AppError('invalid_reference', `There is no review type "${key}". Use one of ${known}, or ask the PMO to add it.`, { errors: [{ path: 'typeKey', message: 'no such review type' }] });
  }
  return found.type;
}

export async function listReviewTypes(ctx: AppContext): Promise<{ items: ReviewTypeApi[] }> {
  return { items: (await listStored(ctx.db)).map(toApi) };
}

/** Creates (If-Match "0") or replaces a review type (PMO, admin). */
export async function saveReviewType(ctx: AppContext, key: string, expectedVersion: number, body: ReviewTypeBody): Promise<ReviewTypeApi> {
  requireRegisterEditor(ctx.actor, 'change review types');
  const type: ReviewType = { key, ...body };
  const check = validateReviewType(type);
  if (!check.ok) throw new AppError('validation_failed', `The review type needs fixing: ${check.errors[0]!.path}: ${check.errors[0]!.message}`, { errors: [...check.errors] });
  return inTransaction(ctx, async (trx) => {
    const before = await loadType(trx, key);
    const label = `Review type ${key}`;
    assertVersion(label, before?.version ?? 0, expectedVersion);
    const now = nowIso(ctx.clock);
    const definitionJson = JSON.stringify(type);
    if (expectedVersion === 0) {
      const inserted = await trx.insertInto('qualityReviewTypes').values({ key, name: body.name, definitionJson, updatedAt: now, version: 1 }).onConflict((oc) => oc.column('key').doNothing()).executeTakeFirst();
      assertUpdated(label, inserted.numInsertedOrUpdatedRows ?? 0n, 0);
    } else {
      const result = await trx.updateTable('qualityReviewTypes').set({ name: body.name, definitionJson, updatedAt: now, version: expectedVersion + 1 }).where('key', '=', key).where('version', '=', expectedVersion).executeTakeFirst();
      assertUpdated(label, result.numUpdatedRows, expectedVersion);
    }
    const after = toApi({ type, builtIn: BUILT_IN.has(key), version: expectedVersion + 1 });
    await recordAudit(trx, ctx, { entityType: 'review_type', entityId: key, action: before ? 'update' : 'create', before: before ? toApi(before) : null, after });
    return after;
  });
}
