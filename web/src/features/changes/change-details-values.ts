// The change request form's values: from a request, client checks, and the create body or the
// patch of what changed. A cost impact may be negative (a saving), unlike a project's budget.
import type { ChangeRequest, ChangeRequestCreate, ChangeRequestUpdate } from '../../api/types.ts';
import { decimalToMinor, minorDigits, minorToDecimal } from '../../ui/money.ts';

export interface ChangeDetailsValues {
  title: string;
  description: string;
  category: ChangeRequest['category'];
  priority: ChangeRequest['priority'];
  reason: string;
  requestedBy: string;
  ownerId: string | null;
  scopeImpact: string;
  riskImpact: string;
  /** Decimal text in major units, "-" first for a saving; empty: not assessed. */
  costAmount: string;
  costCurrency: string;
}

export function changeDetailsValues(request?: ChangeRequest, currency = 'EUR'): ChangeDetailsValues {
  const cost = request?.costImpact ?? null;
  return {
    title: request?.title ?? '',
    description: request?.description ?? '',
    category: request?.category ?? 'scope',
    priority: request?.priority ?? 'medium',
    reason: request?.reason ?? '',
    requestedBy: request?.requestedBy ?? '',
    ownerId: request?.ownerId ?? null,
    scopeImpact: request?.scopeImpact ?? '',
    riskImpact: request?.riskImpact ?? '',
    costAmount: cost ? minorToDecimal(cost.amountMinor, minorDigits(cost.currency)) : '',
    costCurrency: cost?.currency ?? currency,
  };
}

type Parsed = { ok: true; money: ChangeRequest['costImpact'] } | { ok: false; message: string };

/** "-1,500.50" EUR → { amountMinor: -150050, currency: 'EUR' }; empty → null. */
export function parseCostImpact(text: string, currency: string): Parsed {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, money: null };
  const negative = /^[-−]/.test(trimmed);
  const parsed = decimalToMinor(negative ? trimmed.slice(1) : trimmed, minorDigits(currency));
  if (!parsed.ok) return { ok: false, message: parsed.message.replace('125000', '-2500 (a saving) or 125000') };
  return { ok: true, money: { amountMinor: negative ? -parsed.amountMinor : parsed.amountMinor, currency } };
}

export function validateChangeDetails(v: ChangeDetailsValues): Partial<Record<keyof ChangeDetailsValues, string>> {
  const errors: Partial<Record<keyof ChangeDetailsValues, string>> = {};
  if (!v.title.trim()) errors.title = 'Give the change request a title.';
  const cost = parseCostImpact(v.costAmount, v.costCurrency);
  if (!cost.ok) errors.costAmount = cost.message;
  return errors;
}

const costOf = (v: ChangeDetailsValues): ChangeRequest['costImpact'] => {
  const cost = parseCostImpact(v.costAmount, v.costCurrency);
  return cost.ok ? cost.money : null;
};

export function toChangeCreate(v: ChangeDetailsValues): ChangeRequestCreate {
  return {
    title: v.title.trim(),
    description: v.description,
    category: v.category,
    priority: v.priority,
    reason: v.reason,
    requestedBy: v.requestedBy.trim(),
    ownerId: v.ownerId,
    scopeImpact: v.scopeImpact,
    riskImpact: v.riskImpact,
    costImpact: costOf(v),
    scheduleEdits: [],
  };
}

/** Only the fields that differ from the request as loaded. */
export function toChangePatch(v: ChangeDetailsValues, request: ChangeRequest): ChangeRequestUpdate {
  const patch: ChangeRequestUpdate = {};
  const before = changeDetailsValues(request);
  const texts = ['description', 'reason', 'scopeImpact', 'riskImpact'] as const;
  if (v.title.trim() !== request.title) patch.title = v.title.trim();
  for (const key of texts) if (v[key] !== before[key]) patch[key] = v[key];
  if (v.requestedBy.trim() !== request.requestedBy) patch.requestedBy = v.requestedBy.trim();
  if (v.category !== request.category) patch.category = v.category;
  if (v.priority !== request.priority) patch.priority = v.priority;
  if (v.ownerId !== request.ownerId) patch.ownerId = v.ownerId;
  const cost = costOf(v);
  const was = request.costImpact;
  if ((cost?.amountMinor ?? null) !== (was?.amountMinor ?? null) || (cost && cost.currency !== was?.currency)) patch.costImpact = cost;
  return patch;
}
