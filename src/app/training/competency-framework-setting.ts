// The competencies the PMO assesses and each role's required levels: the built-in framework until the
// PMO saves its own (an organisation setting, versioned).
import type { CompetencyFramework as FrameworkApi, CompetencyFrameworkBody } from '../../contracts/training.schema.ts';
import { DEFAULT_COMPETENCY_FRAMEWORK, frameworkProblems, type CompetencyFramework } from '../../core/training/default-framework.ts';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { inTransaction } from '../shared/transaction.ts';
import { loadSetting, saveSetting, type Setting } from '../settings/org-settings.ts';

const KEY = 'training_competencies';

export async function loadFramework(db: Db): Promise<CompetencyFramework> {
  return (await loadSetting(db, KEY, DEFAULT_COMPETENCY_FRAMEWORK)).value;
}

const toApi = ({ value, version }: Setting<CompetencyFramework>): FrameworkApi => ({ ...structuredClone(value) as CompetencyFrameworkBody, version });

export async function getCompetencyFramework(ctx: AppContext): Promise<FrameworkApi> {
  return toApi(await loadSetting(ctx.db, KEY, DEFAULT_COMPETENCY_FRAMEWORK));
}

export async function setCompetencyFramework(ctx: AppContext, expectedVersion: number, body: CompetencyFrameworkBody): Promise<FrameworkApi> {
  requireRegisterEditor(ctx.actor, 'change the competency framework');
  const framework = body as CompetencyFramework; // the contract holds levels to 1–5
  const problems = frameworkProblems(framework);
  if (problems.length > 0) {
    throw new AppError('validation_failed', `The competency framework needs fixing: ${problems[0]!.path}: ${problems[0]!.message}.`, { errors: problems });
  }
  return inTransaction(ctx, async (trx) => toApi(await saveSetting(trx, ctx, KEY, 'The competency framework', expectedVersion, await loadSetting(trx, KEY, DEFAULT_COMPETENCY_FRAMEWORK), framework, toApi)));
}
