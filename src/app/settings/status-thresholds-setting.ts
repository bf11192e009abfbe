// The PMO's thresholds for status report colours, kept as an organisation setting. Until the PMO
// changes them the defaults shipped in the core apply (version 0). A status report copies the
// thresholds it was computed with into its frozen figures, so later changes never recolour it.
import type { StatusThresholds as StatusThresholdsApi, StatusThresholdsBody } from '../../contracts/status-report.schema.ts';
import { DEFAULT_STATUS_THRESHOLDS, thresholdProblems } from '../../core/status/status-thresholds.ts';
import type { StatusThresholds } from '../../core/status/status-types.ts';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { inTransaction } from '../shared/transaction.ts';
import { loadSetting, saveSetting, type Setting } from './org-settings.ts';

const KEY = 'status_thresholds';

export async function loadStatusThresholds(db: Db): Promise<StatusThresholds> {
  return (await loadSetting(db, KEY, DEFAULT_STATUS_THRESHOLDS)).value;
}

const toApi = ({ value, version }: Setting<StatusThresholds>): StatusThresholdsApi => ({ ...structuredClone(value), version });

export async function getStatusThresholds(ctx: AppContext): Promise<StatusThresholdsApi> {
  return toApi(await loadSetting(ctx.db, KEY, DEFAULT_STATUS_THRESHOLDS));
}

/** Replaces the thresholds (PMO, admin). */
export async function setStatusThresholds(ctx: AppContext, expectedVersion: number, body: StatusThresholdsBody): Promise<StatusThresholdsApi> {
  requireRegisterEditor(ctx.actor, 'change the status report thresholds');
  const problems = thresholdProblems(body);
  if (problems.length > 0) {
    throw new AppError('validation_failed', `The status thresholds need fixing: ${problems[0]!.path}: ${problems[0]!.message}.`, { errors: problems.map((p) => ({ path: p.path, message: p.message })) });
  }
  return inTransaction(ctx, async (trx) => toApi(await saveSetting(trx, ctx, KEY, 'The status thresholds', expectedVersion, await loadSetting(trx, KEY, DEFAULT_STATUS_THRESHOLDS), body, toApi)));
}
