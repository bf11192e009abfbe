// The maturity model the PMO assesses itself against: the one Orrery ships until the PMO saves its
// own (an organisation setting, versioned). Assessments copy the model when they open, so changing it
// never rescores an assessment already taken.
import type { MaturityModel as MaturityModelApi, MaturityModelBody } from '../../contracts/maturity.schema.ts';
import { DEFAULT_MATURITY_MODEL } from '../../core/maturity/default-maturity-model.ts';
import type { MaturityModel } from '../../core/maturity/maturity-types.ts';
import { maturityModelProblems } from '../../core/maturity/maturity-validation.ts';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { inTransaction } from '../shared/transaction.ts';
import { loadSetting, saveSetting, type Setting } from '../settings/org-settings.ts';

const KEY = 'maturity_model';

export async function loadMaturityModel(db: Db): Promise<MaturityModel> {
  return (await loadSetting(db, KEY, DEFAULT_MATURITY_MODEL)).value;
}

const toApi = ({ value, version }: Setting<MaturityModel>): MaturityModelApi => ({ ...structuredClone(value) as MaturityModelBody, version });

export async function getMaturityModel(ctx: AppContext): Promise<MaturityModelApi> {
  return toApi(await loadSetting(ctx.db, KEY, DEFAULT_MATURITY_MODEL));
}

/** Replaces the model new assessments are taken on (PMO, admin). */
export async function setMaturityModel(ctx: AppContext, expectedVersion: number, body: MaturityModelBody): Promise<MaturityModelApi> {
  requireRegisterEditor(ctx.actor, 'change the maturity model');
  const problems = maturityModelProblems(body);
  if (problems.length > 0) {
    throw new AppError('validation_failed', `The maturity model needs fixing: ${problems[0]!.path}: ${problems[0]!.message}`, { errors: problems.map((p) => ({ path: p.path, message: p.message })) });
  }
  return inTransaction(ctx, async (trx) => toApi(await saveSetting(trx, ctx, KEY, 'The maturity model', expectedVersion, await loadSetting(trx, KEY, DEFAULT_MATURITY_MODEL), body, toApi)));
}
