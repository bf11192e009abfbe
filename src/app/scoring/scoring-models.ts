// The PMO's scoring models: the built-in `default` (src/core/scoring/default-scoring-model.ts) and
// the PMO's own, as the policies are kept: an edit of the built-in is a row under its key (version
// 1 on), a new model a row under a new key. A model with AHP judgements takes its weights from
// them; its consistency ratio and the judgement to revisit are reported, not refused, so a PMO can
// save work in progress and see what to fix.
import type { AhpResult, ScoringModel, ScoringModelBody } from '../../contracts/scoring.schema.ts';
import { ahpWeights } from '../../core/scoring/ahp.ts';
import { DEFAULT_MODEL, DEFAULT_MODEL_KEY } from '../../core/scoring/default-scoring-model.ts';
import { reciprocalMatrix } from '../../core/scoring/saaty-scale.ts';
import type { ScoringModel as CoreModel } from '../../core/scoring/scoring-types.ts';
import { modelProblems } from '../../core/scoring/scoring-validation.ts';
import { normalisedWeights } from '../../core/scoring/weighted-score.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { writeKeyedRow } from '../shared/keyed-rows.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/versioning.ts';

const BUILT_IN_BODY: ScoringModelBody = {
  name: DEFAULT_MODEL.name,
  description: DEFAULT_MODEL.description,
  criteria: DEFAULT_MODEL.criteria.map((c) => ({ ...c, levels: c.levels.map((l) => ({ ...l })), objectiveId: null })),
  ahp: null,
};

/** AHP weights of judgements over the named criteria, or the problems of the matrix. */
export function ahpOf(labels: ReadonlyArray<string>, upper: ReadonlyArray<ReadonlyArray<number>>): AhpResult {
  if (upper.length !== labels.length - 1 || upper.some((row, i) => row.length !== labels.length - 1 - i)) {
    const shape = labels.map((_, i) => labels.length - 1 - i).slice(0, -1).join(', ');
    throw new AppError('validation_failed', `The AHP judgements must be the matrix's upper triangle for ${labels.length} criteria: rows of ${shape || 'no'} judgements.`, { errors: [{ path: 'ahp.upper', message: 'wrong shape' }] });
  }
  const result = ahpWeights(reciprocalMatrix(upper), { labels });
  if (!result.ok) {
    const first = result.problems[0]!;
    throw new AppError('validation_failed', `The AHP judgements need fixing: ${first.message}`, { errors: result.problems.map((p) => ({ path: `ahp.${p.path}`, message: p.message })) });
  }
  const m = result.mostInconsistent;
  return {
    weights: [...result.weights], lambdaMax: result.lambdaMax, consistencyIndex: result.consistencyIndex, consistencyRatio: result.consistencyRatio, consistent: result.consistent,
    mostInconsistent: m ? { row: m.row, col: m.col, given: m.given, implied: m.implied, suggested: m.suggested, message: m.message } : null,
  };
}

/** The model as the API shows it: AHP weights (in percent) in place of the typed ones when it has judgements. */
function present(key: string, body: ScoringModelBody, builtIn: boolean, version: number): ScoringModel {
  const ahpResult = body.ahp ? ahpOf(body.criteria.map((c) => c.name), body.ahp.upper) : null;
  const criteria = ahpResult ? body.criteria.map((c, i) => ({ ...c, weight: +(ahpResult.weights[i]! * 100).toFixed(4) })) : body.criteria;
  return { ...body, criteria, key, builtIn, version, normalisedWeights: normalisedWeights({ criteria }), ahpResult };
}

/** Every model: the built-in first (as edited), then the PMO's own by key. */
export async function loadScoringModels(db: Db): Promise<ScoringModel[]> {
  const rows = await db.selectFrom('scoringModels').select(['key', 'definitionJson', 'version']).orderBy('key').execute();
  const saved = new Map(rows.map((r) => [r.key, present(r.key, JSON.parse(r.definitionJson) as ScoringModelBody, r.key === DEFAULT_MODEL_KEY, r.version)]));
  return [saved.get(DEFAULT_MODEL_KEY) ?? present(DEFAULT_MODEL_KEY, BUILT_IN_BODY, true, 0), ...[...saved.values()].filter((m) => !m.builtIn)];
}

export async function loadScoringModel(db: Db, key: string): Promise<ScoringModel> {
  const model = (await loadScoringModels(db)).find((m) => m.key === key);
  if (!model) throw notFound('Scoring model', key);
  return model;
}

/** The core's view of a model (weights already derived). */
export const coreModel = (model: ScoringModel): CoreModel => ({ criteria: model.criteria });

export async function listScoringModels(ctx: AppContext): Promise<{ items: ScoringModel[] }> {
  return { items: await loadScoringModels(ctx.db) };
}

export const getScoringModel = (ctx: AppContext, key: string): Promise<ScoringModel> => loadScoringModel(ctx.db, key);

/** Creates (If-Match "0") or replaces a scoring model (PMO, admin). */
export async function saveScoringModel(ctx: AppContext, key: string, expectedVersion: number, body: ScoringModelBody): Promise<ScoringModel> {
  requireRegisterEditor(ctx.actor, 'change the PMO’s scoring models');
  const after = present(key, body, key === DEFAULT_MODEL_KEY, expectedVersion + 1);
  const problems = modelProblems(coreModel(after));
  if (problems.length > 0) throw new AppError('validation_failed', `The scoring model needs fixing: ${problems[0]!.path}: ${problems[0]!.message}`, { errors: problems.map((p) => ({ ...p })) });
  await checkObjectives(ctx.db, body);
  return inTransaction(ctx, async (trx) => {
    const before = (await loadScoringModels(trx)).find((m) => m.key === key) ?? null;
    const label = `Scoring model ${key}`;
    assertVersion(label, before?.version ?? 0, expectedVersion);
    await writeKeyedRow(trx, 'scoringModels', key, label, expectedVersion, { definitionJson: JSON.stringify(body), updatedAt: nowIso(ctx.clock) });
    await recordAudit(trx, ctx, { entityType: 'scoring_model', entityId: key, action: before ? 'update' : 'create', before, after });
    return after;
  });
}

async function checkObjectives(db: Db, body: ScoringModelBody): Promise<void> {
  const ids = [...new Set(body.criteria.flatMap((c) => (c.objectiveId ? [c.objectiveId] : [])))];
  if (ids.length === 0) return;
  const found = new Set((await db.selectFrom('objectives').select('id').where('id', 'in', ids).execute()).map((o) => o.id));
  const missing = body.criteria.findIndex((c) => c.objectiveId && !found.has(c.objectiveId));
  if (missing >= 0) throw new AppError('invalid_reference', `Criterion "${body.criteria[missing]!.name}" names objective ${body.criteria[missing]!.objectiveId}, which does not exist.`, { errors: [{ path: `criteria[${missing}].objectiveId`, message: 'no such objective' }] });
}

/** AHP weights of judgements without saving anything: the model page shows the CR as the PMO types. */
export function previewAhp(_ctx: AppContext, body: { labels: string[]; upper: number[][] }): AhpResult {
  return ahpOf(body.labels, body.upper);
}
