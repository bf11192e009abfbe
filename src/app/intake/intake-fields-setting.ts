// The PMO's own fields on the intake form, kept as an organisation setting (none until the PMO
// adds some, at version 0). Requests store their values by key; the checks are the core's.
import type { IntakeFields, IntakeFieldsBody } from '../../contracts/intake.schema.ts';
import { intakeFieldProblems, type IntakeField } from '../../core/intake/intake-fields.ts';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { inTransaction } from '../shared/transaction.ts';
import { loadSetting, saveSetting, type Setting } from '../settings/org-settings.ts';

const KEY = 'intake_fields';
const NONE: readonly IntakeField[] = [];

export async function loadIntakeFields(db: Db): Promise<readonly IntakeField[]> {
  return (await loadSetting(db, KEY, NONE)).value;
}

const toApi = ({ value, version }: Setting<readonly IntakeField[]>): IntakeFields => ({ fields: value.map((f) => ({ ...f, options: [...f.options] })), version });

export async function getIntakeFields(ctx: AppContext): Promise<IntakeFields> {
  return toApi(await loadSetting(ctx.db, KEY, NONE));
}

/** Replaces the PMO's intake fields (PMO, admin). Values already given for a removed field stay on their requests until edited. */
export async function setIntakeFields(ctx: AppContext, expectedVersion: number, body: IntakeFieldsBody): Promise<IntakeFields> {
  requireRegisterEditor(ctx.actor, 'change the intake form');
  const problems = intakeFieldProblems(body.fields);
  if (problems.length > 0) {
    throw new AppError('validation_failed', `The intake fields need fixing: ${problems.map((p) => p.message).join(' ')}`, { errors: problems.map((p) => ({ ...p })) });
  }
  return inTransaction(ctx, async (trx) => toApi(await saveSetting(trx, ctx, KEY, 'The intake form', expectedVersion, await loadSetting(trx, KEY, NONE), body.fields, toApi)));
}
