// The methodology library: the lifecycles Orrery ships (predictive, agile, hybrid) and the PMO's
// own. The PMO edits a built-in one by saving it under its key (its version then counts from 1);
// it adds its own under a new key. A methodology in use must keep the phases its projects are in.
import type { Methodology as MethodologyApi, MethodologyBody } from '../../contracts/governance.schema.ts';
import { DEFAULT_METHODOLOGIES } from '../../core/governance/default-methodologies.ts';
import { validateMethodology, type Methodology } from '../../core/governance/methodology-types.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { inTransaction } from '../shared/transaction.ts';
import { writeKeyedRow } from '../shared/keyed-rows.ts';
import { assertVersion } from '../shared/versioning.ts';

export interface StoredMethodology {
  readonly methodology: Methodology;
  readonly builtIn: boolean;
  readonly version: number;
}

const BUILT_IN = new Map(DEFAULT_METHODOLOGIES.map((m) => [m.key, m]));

export const toMethodologyApi = ({ methodology: m, builtIn, version }: StoredMethodology): MethodologyApi => JSON.parse(JSON.stringify({ ...m, builtIn, version })) as MethodologyApi;

/** A methodology by key: the PMO's saved one, else the built-in one; null when there is none. */
export async function loadMethodology(db: Db, key: string): Promise<StoredMethodology | null> {
  const row = await db.selectFrom('methodologies').select(['definitionJson', 'version']).where('key', '=', key).executeTakeFirst();
  if (row) return { methodology: JSON.parse(row.definitionJson) as Methodology, builtIn: BUILT_IN.has(key), version: row.version };
  const builtIn = BUILT_IN.get(key);
  return builtIn ? { methodology: builtIn, builtIn: true, version: 0 } : null;
}

export async function requireMethodology(db: Db, key: string, field = 'methodologyKey'): Promise<StoredMethodology> {
  const found = await loadMethodology(db, key);
  if (!found) {
    const known = (await listStored(db)).map((m) => m.methodology.key).join(', ');
    throw new AppError('invalid_reference', `There is no methodology "${key}". Use one of ${known}, or ask the PMO to add it.`, { errors: [{ path: field, message: 'no such methodology' }] });
  }
  return found;
}

/** Every methodology: the built-in ones (as the PMO edited them), then the PMO's own. */
export async function listStored(db: Db): Promise<StoredMethodology[]> {
  const rows = await db.selectFrom('methodologies').select(['key', 'definitionJson', 'version']).orderBy('key').execute();
  const saved = new Map(rows.map((r) => [r.key, { methodology: JSON.parse(r.definitionJson) as Methodology, builtIn: BUILT_IN.has(r.key), version: r.version }]));
  const builtIns = DEFAULT_METHODOLOGIES.map((m) => saved.get(m.key) ?? { methodology: m, builtIn: true, version: 0 });
  return [...builtIns, ...[...saved.values()].filter((s) => !s.builtIn)];
}

export async function listMethodologies(ctx: AppContext): Promise<{ items: MethodologyApi[] }> {
  return { items: (await listStored(ctx.db)).map(toMethodologyApi) };
}

export async function getMethodology(ctx: AppContext, key: string): Promise<MethodologyApi> {
  const found = await loadMethodology(ctx.db, key);
  if (!found) throw notFound('Methodology', key);
  return toMethodologyApi(found);
}

/** Creates (If-Match "0") or replaces a methodology (PMO, admin). */
export async function saveMethodology(ctx: AppContext, key: string, expectedVersion: number, body: MethodologyBody): Promise<MethodologyApi> {
  requireRegisterEditor(ctx.actor, 'change methodologies');
  const methodology = { ...body, key } as Methodology;
  const check = validateMethodology(methodology);
  if (!check.ok) throw new AppError('validation_failed', `The methodology needs fixing: ${check.errors[0]!.path}: ${check.errors[0]!.message}`, { errors: [...check.errors] });
  return inTransaction(ctx, async (trx) => {
    const before = await loadMethodology(trx, key);
    const label = `Methodology ${key}`;
    assertVersion(label, before?.version ?? 0, expectedVersion);
    await assertPhasesInUseKept(trx, key, methodology);
    const now = nowIso(ctx.clock);
    const definitionJson = JSON.stringify(methodology);
    await writeKeyedRow(trx, 'methodologies', key, label, expectedVersion, { name: body.name, definitionJson, updatedAt: now });
    const after: StoredMethodology = { methodology, builtIn: BUILT_IN.has(key), version: expectedVersion + 1 };
    await recordAudit(trx, ctx, { entityType: 'methodology', entityId: key, action: before ? 'update' : 'create', before: before ? toMethodologyApi(before) : null, after: toMethodologyApi(after) });
    return toMethodologyApi(after);
  });
}

async function assertPhasesInUseKept(trx: Db, key: string, methodology: Methodology): Promise<void> {
  const keys = new Set(methodology.phases.map((p) => p.key));
  const inUse = await trx.selectFrom('projects').select(['phase', 'code']).where('methodologyKey', '=', key).where('archivedAt', 'is', null).execute();
  const stranded = inUse.filter((p) => !keys.has(p.phase));
  if (stranded.length > 0) {
    const phases = [...new Set(stranded.map((p) => p.phase))];
    throw new AppError('validation_failed', `Projects ${stranded.slice(0, 5).map((p) => p.code).join(', ')} are in phase ${phases.join(', ')}, which this version drops. Keep the phase, or move those projects first.`, {
      errors: [{ path: 'phases', message: `phase ${phases.join(', ')} is in use` }],
    });
  }
}
