// The PMO's operating model: supportive (gates only warn), controlling (a failed criterion or a
// missing deliverable needs a recorded waiver) or directive (it blocks the gate). Controlling is the
// default, the common middle ground.
import type { GovernanceSettings } from '../../contracts/governance.schema.ts';
import type { OperatingModel } from '../../core/governance/methodology-types.ts';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { inTransaction } from '../shared/transaction.ts';
import { loadSetting, saveSetting, type Setting } from '../settings/org-settings.ts';

const KEY = 'governance';
const DEFAULT = { operatingModel: 'controlling' as OperatingModel };

const toApi = (s: Setting<{ operatingModel: OperatingModel }>): GovernanceSettings => ({ operatingModel: s.value.operatingModel, version: s.version });

export async function loadOperatingModel(db: Db): Promise<OperatingModel> {
  return (await loadSetting(db, KEY, DEFAULT)).value.operatingModel;
}

export async function getGovernanceSettings(ctx: AppContext): Promise<GovernanceSettings> {
  return toApi(await loadSetting(ctx.db, KEY, DEFAULT));
}

export async function setGovernanceSettings(ctx: AppContext, expectedVersion: number, body: { operatingModel: OperatingModel }): Promise<GovernanceSettings> {
  requireRegisterEditor(ctx.actor, 'change the PMO’s operating model');
  return inTransaction(ctx, async (trx) => toApi(await saveSetting(trx, ctx, KEY, 'The governance settings', expectedVersion, await loadSetting(trx, KEY, DEFAULT), body, toApi)));
}
