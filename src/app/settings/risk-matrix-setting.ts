// The PMO's risk matrix, kept as an organisation setting. Until the PMO changes it, the default
// 5×5 matrix applies (version 0). A new matrix must be sound, and must still hold every rating
// already given: shrinking a scale under existing risks would leave them off the map.
import type { RiskMatrix as RiskMatrixApi, RiskMatrixBody } from '../../contracts/raid.schema.ts';
import { DEFAULT_RISK_MATRIX, matrixProblems, type RiskMatrix } from '../../core/risk/risk-matrix.ts';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { inTransaction } from '../shared/transaction.ts';
import { loadSetting, saveSetting, type Setting } from './org-settings.ts';

const KEY = 'risk_matrix';

/** The matrix in force and its version (0: the default, never changed). */
export async function loadRiskMatrix(db: Db): Promise<{ matrix: RiskMatrix; version: number }> {
  const { value, version } = await loadSetting(db, KEY, DEFAULT_RISK_MATRIX);
  return { matrix: value, version };
}

const toApi = ({ value, version }: Setting<RiskMatrix>): RiskMatrixApi => ({ probability: [...value.probability], impact: [...value.impact], bands: [...value.bands], version });

export async function getRiskMatrix(ctx: AppContext): Promise<RiskMatrixApi> {
  return toApi(await loadSetting(ctx.db, KEY, DEFAULT_RISK_MATRIX));
}

/** Replaces the matrix (PMO, admin). */
export async function setRiskMatrix(ctx: AppContext, expectedVersion: number, body: RiskMatrixBody): Promise<RiskMatrixApi> {
  requireRegisterEditor(ctx.actor, 'change the risk matrix');
  const matrix: RiskMatrix = body;
  const problems = matrixProblems(matrix);
  if (problems.length > 0) throw new AppError('validation_failed', `The risk matrix needs fixing: ${problems[0]!.message}`, { errors: problems });
  return inTransaction(ctx, async (trx) => {
    const current = await loadSetting(trx, KEY, DEFAULT_RISK_MATRIX);
    if (current.version === expectedVersion) await assertRatingsFit(trx, matrix);
    return toApi(await saveSetting(trx, ctx, KEY, 'The risk matrix', expectedVersion, current, matrix, toApi));
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
