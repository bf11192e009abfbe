// The finance dialogs' values and conversions, pure: amounts are typed as decimal text and sent as
// integer minor units of the project's currency (never through a float); a revision's lines are
// rows of category, capex/opex, month and amount (signed in a change). Adding sends the whole body,
// editing only what changed; the server's field errors come back on the field their path names.
import type { BudgetRevision, CostCategory, CostType, Expense, ExpenseCreate, ExpenseUpdate, PurchaseOrder, PurchaseOrderCreate, PurchaseOrderUpdate, RevisionCreate, SpendingCategory } from '../../api/finance.ts';
import { decimalToMinor, minorDigits, minorToDecimal, type ParsedAmount } from '../../ui/money.ts';

/** "-1,250.50" → -125050: like decimalToMinor, with an optional sign for a change's deltas. */
export function signedToMinor(text: string, currency: string): ParsedAmount {
  const trimmed = text.trim().replace(/^[−–]/, '-');
  const negative = trimmed.startsWith('-');
  const parsed = decimalToMinor(negative ? trimmed.slice(1) : trimmed.replace(/^\+/, ''), minorDigits(currency));
  return parsed.ok && negative ? { ok: true, amountMinor: -parsed.amountMinor } : parsed;
}

const decimal = (amountMinor: number, currency: string) => minorToDecimal(amountMinor, minorDigits(currency));

export interface LineValues {
  category: CostCategory;
  costType: CostType;
  month: string;
  amount: string;
}
export interface RevisionValues {
  reason: string;
  lines: LineValues[];
}

export const newLine = (month: string): LineValues => ({ category: 'labour', costType: 'opex', month, amount: '' });

export const revisionValues = (revision: BudgetRevision | null, month: string): RevisionValues => ({
  reason: revision?.reason ?? '',
  lines: revision ? revision.lines.map((l) => ({ category: l.category, costType: l.costType, month: l.month, amount: decimal(l.amount.amountMinor, l.amount.currency) })) : [newLine(month)],
});

/** Field errors by form path ("lines.0.amount"), empty when the values can be sent. */
export function validateRevision(v: RevisionValues, original: boolean, currency: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!original && !v.reason.trim()) errors.reason = 'Say why the budget changes.';
  v.lines.forEach((line, i) => {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(line.month)) errors[`lines.${i}.month`] = 'Pick a month.';
    const amount = signedToMinor(line.amount, currency);
    if (!amount.ok) errors[`lines.${i}.amount`] = amount.message;
    else if (original && amount.amountMinor < 0) errors[`lines.${i}.amount`] = 'The original budget has no negative amounts.';
  });
  return errors;
}

export const toRevisionBody = (v: RevisionValues, currency: string): Pick<RevisionCreate, 'reason' | 'lines'> => ({
  reason: v.reason.trim(),
  lines: v.lines.map((l) => ({ category: l.category, costType: l.costType, month: l.month, amount: { amountMinor: (signedToMinor(l.amount, currency) as { amountMinor: number }).amountMinor, currency } })),
});

/** A server path ("lines[2].amount.amountMinor") as the form's ("lines.2.amount"). */
export function revisionFieldOf(path: string): string | null {
  const line = /^lines\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (line) return `lines.${line[1]}.${line[2] === 'month' ? 'month' : 'amount'}`;
  return path === 'reason' ? 'reason' : null;
}

export interface ExpenseValues {
  kind: Expense['kind'];
  incurredOn: string;
  amount: string;
  category: SpendingCategory;
  costType: CostType;
  supplier: string;
  reference: string;
  purchaseOrderId: string | null;
  description: string;
}

export const expenseValues = (e: Expense | null, today: string): ExpenseValues => ({
  kind: e?.kind ?? 'expense',
  incurredOn: e?.incurredOn ?? today,
  amount: e ? decimal(e.amount.amountMinor, e.amount.currency) : '',
  category: e?.category ?? 'material',
  costType: e?.costType ?? 'opex',
  supplier: e?.supplier ?? '',
  reference: e?.reference ?? '',
  purchaseOrderId: e?.purchaseOrderId ?? null,
  description: e?.description ?? '',
});

function amountError(text: string, currency: string): string | undefined {
  const parsed = signedToMinor(text, currency);
  if (!parsed.ok) return parsed.message;
  return parsed.amountMinor > 0 ? undefined : 'Give an amount above zero.';
}

export function validateExpense(v: ExpenseValues, currency: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.incurredOn) errors.incurredOn = 'Give the day it was incurred.';
  const amount = amountError(v.amount, currency);
  if (amount) errors.amount = amount;
  return errors;
}

const minorOf = (text: string, currency: string) => ({ amountMinor: (signedToMinor(text, currency) as { amountMinor: number }).amountMinor, currency });

export const toExpenseCreate = (v: ExpenseValues, currency: string): ExpenseCreate => ({ ...v, supplier: v.supplier.trim(), reference: v.reference.trim(), description: v.description.trim(), amount: minorOf(v.amount, currency) });

/** Only what changed. */
export function toExpensePatch(v: ExpenseValues, e: Expense): ExpenseUpdate {
  const body = toExpenseCreate(v, e.amount.currency);
  const patch: ExpenseUpdate = {};
  if (body.amount.amountMinor !== e.amount.amountMinor) patch.amount = body.amount;
  for (const key of ['kind', 'incurredOn', 'category', 'costType', 'supplier', 'reference', 'purchaseOrderId', 'description'] as const) if (body[key] !== e[key]) Object.assign(patch, { [key]: body[key] });
  return patch;
}

export interface OrderValues {
  number: string;
  supplier: string;
  amount: string;
  orderedOn: string;
  status: PurchaseOrder['status'];
  category: SpendingCategory;
  costType: CostType;
  description: string;
}

export const orderValues = (o: PurchaseOrder | null, today: string): OrderValues => ({
  number: o?.number ?? '',
  supplier: o?.supplier ?? '',
  amount: o ? decimal(o.amount.amountMinor, o.amount.currency) : '',
  orderedOn: o?.orderedOn ?? today,
  status: o?.status ?? 'open',
  category: o?.category ?? 'services',
  costType: o?.costType ?? 'opex',
  description: o?.description ?? '',
});

export function validateOrder(v: OrderValues, currency: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.number.trim()) errors.number = 'Give the order’s number.';
  if (!v.supplier.trim()) errors.supplier = 'Name the supplier.';
  if (!v.orderedOn) errors.orderedOn = 'Give the day it was ordered.';
  const amount = amountError(v.amount, currency);
  if (amount) errors.amount = amount;
  return errors;
}

export const toOrderCreate = (v: OrderValues, currency: string): PurchaseOrderCreate => ({ ...v, number: v.number.trim(), supplier: v.supplier.trim(), description: v.description.trim(), amount: minorOf(v.amount, currency) });

export function toOrderPatch(v: OrderValues, o: PurchaseOrder): PurchaseOrderUpdate {
  const body = toOrderCreate(v, o.amount.currency);
  const patch: PurchaseOrderUpdate = {};
  if (body.amount.amountMinor !== o.amount.amountMinor) patch.amount = body.amount;
  for (const key of ['number', 'supplier', 'orderedOn', 'status', 'category', 'costType', 'description'] as const) if (body[key] !== o[key]) Object.assign(patch, { [key]: body[key] });
  return patch;
}

/** A server path as the expense or order form's field ("amount.currency" → "amount"). */
export const moneyFormFieldOf = (fields: readonly string[]) => (path: string): string | null => {
  const head = path.split(/[.[]/)[0] ?? '';
  return fields.includes(head) ? head : null;
};
