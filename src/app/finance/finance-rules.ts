// The rules every amount of a project's money obeys, and who decides what. A project has one
// currency: its register budget's, or else that of the first money recorded on it (a budget draft,
// a planned cost, an order or an expense). Everything is recorded in it until exchange rates exist;
// an amount in another currency is refused with the currency to use. The register budget follows
// the approved line budget once there is one, so it may not then be edited by hand.
import type { Money } from '../../contracts/common.schema.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import type { Actor } from '../context.ts';
import { AppError } from '../errors.ts';
import { canDecideChange } from '../access/policy.ts';
import { formatMinor } from './money-text.ts';

/** The project's currency: its register budget's, else that of the first money recorded on it. */
export async function projectCurrency(trx: Db, project: Pick<ProjectRow, 'id' | 'budgetCurrency'>): Promise<string | null> {
  if (project.budgetCurrency) return project.budgetCurrency;
  for (const table of ['budgetRevisions', 'taskCosts', 'purchaseOrders', 'expenses'] as const) {
    const row = await trx.selectFrom(table).select('currency').where('projectId', '=', project.id).orderBy('createdAt').limit(1).executeTakeFirst();
    if (row) return row.currency;
  }
  return null;
}

/** The currency an amount must be in; the amount's own when the project has none yet. */
export function checkCurrency(expected: string | null, money: Pick<Money, 'currency'>, path: string, projectCode: string): string {
  if (expected !== null && money.currency !== expected) {
    throw new AppError('validation_failed', `Project ${projectCode} keeps its money in ${expected}: give this amount in ${expected} (it was ${money.currency}). Other currencies come with exchange rates.`, {
      errors: [{ path, message: `must be ${expected}` }],
    });
  }
  return money.currency;
}

/** Amounts that must be more than zero (an expense, an order, a planned cost). */
export function checkPositive(amountMinor: number, path: string, what: string): void {
  if (amountMinor <= 0) throw new AppError('validation_failed', `${what} must be more than zero.`, { errors: [{ path, message: 'must be more than zero' }] });
}

/** Who approves or rejects a budget revision: the PMO, administrators and the project's sponsor. */
export const canDecideBudget = (actor: Actor, project: Pick<ProjectRow, 'sponsorId'>): boolean => canDecideChange(actor, project);

/**
 * A hand edit of the register budget (PATCH of a project): refused once an approved line budget
 * drives it, and in a currency other than the one the project's money is recorded in.
 */
export async function checkRegisterBudgetEdit(trx: Db, project: ProjectRow, next: Money | null): Promise<void> {
  const same = next === null ? project.budgetAmountMinor === null : Number(project.budgetAmountMinor) === next.amountMinor && project.budgetCurrency === next.currency;
  if (same) return;
  const approved = await trx.selectFrom('budgetRevisions').select('id').where('projectId', '=', project.id).where('status', '=', 'approved').limit(1).executeTakeFirst();
  if (approved) {
    const current = project.budgetAmountMinor === null || project.budgetCurrency === null ? '' : ` (now ${formatMinor(Number(project.budgetAmountMinor), project.budgetCurrency)})`;
    throw new AppError('validation_failed', `The budget of ${project.code} follows its approved budget lines${current}: change it with a budget revision, which the PMO or the sponsor approves.`, {
      errors: [{ path: 'budget', message: 'follows the approved budget lines' }],
    });
  }
  if (next === null) return;
  const recorded = await projectCurrency(trx, { id: project.id, budgetCurrency: null });
  if (recorded !== null && recorded !== next.currency) {
    throw new AppError('validation_failed', `The money of ${project.code} is recorded in ${recorded}: give its budget in ${recorded} too.`, { errors: [{ path: 'budget.currency', message: `must be ${recorded}` }] });
  }
}
