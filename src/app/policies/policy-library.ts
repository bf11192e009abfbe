// The PMO's policies: the ones Orrery ships (default-policies.ts) and the PMO's own. The PMO tunes
// a built-in policy by saving it under its key (its version then counts from 1; its kind stays,
// since projects' waivers and reports name it), and adds its own under a new key. Every policy is
// checked against its kind before it is saved, with a message naming the parameter at fault.
import type { Policy as PolicyApi, PolicyBody, PolicyList } from '../../contracts/policy.schema.ts';
import { DEFAULT_POLICIES } from '../../core/policies/default-policies.ts';
import type { Policy } from '../../core/policies/policy-types.ts';
import { KIND_SPECS, validatePolicy } from '../../core/policies/policy-validation.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { writeKeyedRow } from '../shared/keyed-rows.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/versioning.ts';

export interface StoredPolicy {
  readonly policy: Policy;
  readonly builtIn: boolean;
  readonly version: number;
}

const BUILT_IN = new Map(DEFAULT_POLICIES.map((p) => [p.key, p]));

const toApi = ({ policy, builtIn, version }: StoredPolicy): PolicyApi => JSON.parse(JSON.stringify({ ...policy, builtIn, version })) as PolicyApi;

/** Every policy: the built-in ones in their order (as the PMO edited them), then the PMO's own by key. */
export async function loadPolicies(db: Db): Promise<StoredPolicy[]> {
  const rows = await db.selectFrom('policies').select(['key', 'definitionJson', 'version']).orderBy('key').execute();
  const saved = new Map(rows.map((r) => [r.key, { policy: JSON.parse(r.definitionJson) as Policy, builtIn: BUILT_IN.has(r.key), version: r.version }]));
  const builtIns = DEFAULT_POLICIES.map((p) => saved.get(p.key) ?? { policy: p, builtIn: true, version: 0 });
  return [...builtIns, ...[...saved.values()].filter((s) => !s.builtIn)];
}

export async function listPolicies(ctx: AppContext): Promise<PolicyList> {
  return { items: (await loadPolicies(ctx.db)).map(toApi), kinds: Object.values(KIND_SPECS).map((k) => ({ ...k, params: k.params.map((p) => ({ ...p })) })) };
}

/** Creates (If-Match "0") or replaces a policy (PMO, admin). */
export async function savePolicy(ctx: AppContext, key: string, expectedVersion: number, body: PolicyBody): Promise<PolicyApi> {
  requireRegisterEditor(ctx.actor, 'change the PMO’s policies');
  const builtIn = BUILT_IN.get(key);
  if (builtIn && builtIn.kind !== body.kind) {
    const message = `The built-in policy ${key} checks ${builtIn.kind}; its kind cannot change. Keep kind ${builtIn.kind}, or add a ${body.kind} policy under a new key (and disable this one if it is not wanted).`;
    throw new AppError('validation_failed', message, { errors: [{ path: 'kind', message: `must stay ${builtIn.kind}` }] });
  }
  const check = validatePolicy({ ...body, key });
  if (!check.ok) {
    const first = check.errors[0]!;
    throw new AppError('validation_failed', `The policy needs fixing: ${first.path}: ${first.message}.`, { errors: [...check.errors] });
  }
  return inTransaction(ctx, async (trx) => {
    const before = (await loadPolicies(trx)).find((s) => s.policy.key === key) ?? null;
    const label = `Policy ${key}`;
    assertVersion(label, before?.version ?? 0, expectedVersion);
    await writeKeyedRow(trx, 'policies', key, label, expectedVersion, { definitionJson: JSON.stringify(check.policy), updatedAt: nowIso(ctx.clock) });
    const after: StoredPolicy = { policy: check.policy, builtIn: builtIn !== undefined, version: expectedVersion + 1 };
    await recordAudit(trx, ctx, { entityType: 'policy', entityId: key, action: before ? 'update' : 'create', before: before ? toApi(before) : null, after: toApi(after) });
    return toApi(after);
  });
}
