// The PMO's risk matrix, kept as an organisation setting. Until the PMO changes it, the default
// 5×5 matrix applies (version 0). A new matrix must be sound, and must still hold every rating
// already given: shrinking a scale under existing risks would leave them off the map.
import type { RiskMatrix as RiskMatrixApi, RiskMatrixBody } from '../../contracts/raid.schema.ts';
import { DEFAULT_RISK_MATRIX, matrixProblems, type RiskMatrix } from '../../core/risk/risk-matrix.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';

const KEY = 'risk_matrix';

/** The matrix in force and its version (0: the default, never changed). */
export async function loadRiskMatrix(db: Db): Promise<{ matrix: RiskMatrix; version: number }> {
  const row = await db.selectFrom('orgSettings').select(['valueJson', 'version']).where('key', '=', KEY).executeTakeFirst();
  return row ? { matrix: JSON.parse(row.valueJson) as RiskMatrix, version: row.version } : { matrix: DEFAULT_RISK_MATRIX, version: 0 };
}

const toApi = ({ matrix, version }: { matrix: RiskMatrix; version: number }): RiskMatrixApi => ({ ...matrix, probability: [...matrix.probability], impact: [...matrix.impact], bands: [...matrix.bands], version });

export async function getRiskMatrix(ctx: AppContext): Promise<RiskMatrixApi> {
  return toApi(await loadRiskMatrix(ctx.db));
}

/** Replaces the matrix (PMO, admin). */
export async function setRiskMatrix(ctx: AppContext, expectedVersion: number, body: RiskMatrixBody): Promise<RiskMatrixApi> {
  requireRegisterEditor(ctx.actor, 'change the risk matrix');
  const matrix: RiskMatrix = body;
  const problems = matrixProblems(matrix);
  if (problems.length > 0) throw new AppError('validation_failed', `The risk matrix needs fixing: ${problems[0]!.message}`, { errors: problems });
  return inTransaction(ctx, async (trx) => {
    const current = await loadRiskMatrix(trx);
    assertVersion('The risk matrix', current.version, expectedVersion);
    await assertRatingsFit(trx, matrix);
    const now = nowIso(ctx.clock);
    const valueJson = JSON.stringify(matrix);
    if (current.version === 0) {
      // Two first saves at once: the primary key lets one in, the other reads as a stale version.
      const inserted = await trx.insertInto('orgSettings').values({ key: KEY, valueJson, updatedAt: now, version: 1 }).onConflict((oc) => oc.column('key').doNothing()).executeTakeFirst();
      assertUpdated('The risk matrix', inserted.numInsertedOrUpdatedRows ?? 0n, 0);
    } else {
      const result = await trx.updateTable('orgSettings').set({ valueJson, updatedAt: now, version: expectedVersion + 1 }).where('key', '=', KEY).where('version', '=', expectedVersion).executeTakeFirst();
      assertUpdated('The risk matrix', result.numUpdatedRows, expectedVersion);
    }
    const after = { matrix, version: expectedVersion + 1 };
    await recordAudit(trx, ctx, { entityType: 'setting', entityId: KEY, action: 'update', before: toApi(current), after: toApi(after) });
    return toApi(after);
  });
}

async function assertRatingsFit(trx: Db, matrix: RiskMatrix): Promise<void> {
  const p = matrix.probability.length;
  const i = matrix.impact.length;
  const outside = await trx
    .selectFrom('risks')
    .select(['code'])
    .where((eb) => eb.or([eb('probability', '>', p), eb('impact', '>', i), eb('residualProbability', '>', p), eb('residualImpact', '>', i)]))
    .orderBy('code')
    .limit(6)
    .execute();
  if (outside.length > 0) {
    const codes = outside.slice(0, 5).map((r) => r.code).join(', ') + (outside.length > 5 ? ' …' : '');
    throw new AppError('validation_failed', `Risks ${codes} are rated above a ${p}×${i} matrix. Re-rate them within it first, then shrink the matrix.`, {
      errors: [{ path: 'probability', message: 'existing risks are rated above this scale' }],
    });
  }
}
