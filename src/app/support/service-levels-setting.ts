// The PMO's service levels per support category: the built-in ones until the PMO saves its own (an
// organisation setting, versioned). Requests are timed against the levels as they stand.
import type { ServiceLevels as ServiceLevelsApi, ServiceLevelsBody } from '../../contracts/support.schema.ts';
import { DEFAULT_SERVICE_LEVELS, serviceLevelProblems, type ServiceLevels } from '../../core/support/support-desk.ts';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { inTransaction } from '../shared/transaction.ts';
import { loadSetting, saveSetting, type Setting } from '../settings/org-settings.ts';

const KEY = 'support_service_levels';

export async function loadServiceLevels(db: Db): Promise<ServiceLevels> {
  return { ...DEFAULT_SERVICE_LEVELS, ...(await loadSetting(db, KEY, DEFAULT_SERVICE_LEVELS)).value };
}

const toApi = ({ value, version }: Setting<ServiceLevels>): ServiceLevelsApi => ({ ...structuredClone(value) as ServiceLevelsBody, version });

export async function getServiceLevels(ctx: AppContext): Promise<ServiceLevelsApi> {
  return toApi(await loadSetting(ctx.db, KEY, DEFAULT_SERVICE_LEVELS));
}

export async function setServiceLevels(ctx: AppContext, expectedVersion: number, body: ServiceLevelsBody): Promise<ServiceLevelsApi> {
  requireRegisterEditor(ctx.actor, 'change the support desk\'s service levels');
  const problems = serviceLevelProblems(body);
  if (problems.length > 0) throw new AppError('validation_failed', `The service levels need fixing: ${problems[0]!.path}: ${problems[0]!.message}.`, { errors: problems });
  return inTransaction(ctx, async (trx) => toApi(await saveSetting(trx, ctx, KEY, 'The service levels', expectedVersion, await loadSetting(trx, KEY, DEFAULT_SERVICE_LEVELS), body, toApi)));
}
