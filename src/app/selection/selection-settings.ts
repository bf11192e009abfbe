// A portfolio's selection settings, kept as JSON by portfolio (none: the defaults, at version 0),
// edited by the PMO under If-Match and audited. Projects named must belong to the portfolio.
import { SelectionSettingsBody, type SelectionSettings } from '../../contracts/selection.schema.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { writeKeyedRow } from '../shared/keyed-rows.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/versioning.ts';
import { horizonOf } from './horizon.ts';

export async function loadSelectionSettings(db: Db, portfolioId: string): Promise<SelectionSettings> {
  const portfolio = await db.selectFrom('portfolios').select('id').where('id', '=', portfolioId).executeTakeFirst();
  if (!portfolio) throw notFound('Portfolio', portfolioId);
  const row = await db.selectFrom('selectionSettings').selectAll().where('portfolioId', '=', portfolioId).executeTakeFirst();
  const body = SelectionSettingsBody.parse(row ? JSON.parse(row.settingsJson) : {});
  return { ...body, portfolioId, version: row?.version ?? 0 };
}

export const getSelectionSettings = (ctx: AppContext, portfolioId: string): Promise<SelectionSettings> => loadSelectionSettings(ctx.db, portfolioId);

async function checkProjects(db: Db, portfolioId: string, body: SelectionSettingsBody): Promise<void> {
  const named: Array<[string, string]> = [
    ...body.exclusiveGroups.flatMap((g, i) => g.projectIds.map((id, j) => [`exclusiveGroups[${i}].projectIds[${j}]`, id] as [string, string])),
    ...body.prerequisites.flatMap((p, i) => [[`prerequisites[${i}].projectId`, p.projectId], [`prerequisites[${i}].requiresProjectId`, p.requiresProjectId]] as Array<[string, string]>),
    ...body.demandEstimates.map((d, i) => [`demandEstimates[${i}].projectId`, d.projectId] as [string, string]),
  ];
  const ids = [...new Set(named.map(([, id]) => id))];
  const inPortfolio = new Set(ids.length === 0 ? [] : (await db.selectFrom('projects').select('id').where('portfolioId', '=', portfolioId).where('id', 'in', ids).execute()).map((p) => p.id));
  const wrong = named.find(([, id]) => !inPortfolio.has(id));
  if (wrong) throw new AppError('invalid_reference', `${wrong[0]} names project ${wrong[1]}, which is not in this portfolio.`, { errors: [{ path: wrong[0], message: 'not a project of the portfolio' }] });
  const self = body.prerequisites.findIndex((p) => p.projectId === p.requiresProjectId);
  if (self >= 0) throw new AppError('validation_failed', `prerequisites[${self}]: a project cannot require itself.`, { errors: [{ path: `prerequisites[${self}]`, message: 'requires itself' }] });
  const keys = new Set<string>();
  body.exclusiveGroups.forEach((g, i) => {
    if (keys.has(g.key)) throw new AppError('validation_failed', `exclusiveGroups[${i}].key "${g.key}" is used twice; give each group its own.`, { errors: [{ path: `exclusiveGroups[${i}].key`, message: 'duplicate' }] });
    keys.add(g.key);
  });
}

/** Saves a portfolio's selection settings (PMO, admin); If-Match "0" the first time. */
export async function saveSelectionSettings(ctx: AppContext, portfolioId: string, expectedVersion: number, body: SelectionSettingsBody): Promise<SelectionSettings> {
  requireRegisterEditor(ctx.actor, 'change a portfolio’s selection settings');
  horizonOf(body.firstQuarter, body.quarters, '2000-01-01');
  return inTransaction(ctx, async (trx) => {
    const before = await loadSelectionSettings(trx, portfolioId);
    const label = 'The portfolio’s selection settings';
    assertVersion(label, before.version, expectedVersion);
    await checkProjects(trx, portfolioId, body);
    await writeKeyedRow(trx, 'selectionSettings', portfolioId, label, expectedVersion, { settingsJson: JSON.stringify(body), updatedAt: nowIso(ctx.clock) });
    const after: SelectionSettings = { ...body, portfolioId, version: expectedVersion + 1 };
    await recordAudit(trx, ctx, { entityType: 'selection_settings', entityId: portfolioId, action: before.version === 0 ? 'create' : 'update', before: before.version === 0 ? null : before, after });
    return after;
  });
}
