// The request form's values as typed (texts, a decimal cost) and the API's body, both ways, kept
// apart from React so they are tested on their own.
import type { IntakeField, ProjectRequest, ProjectRequestCreate } from '../../api/types.ts';
import { decimalToMinor, minorDigits, minorToDecimal } from '../../ui/money.ts';
import { fieldText, fieldValues } from './request-view.ts';

export interface RequestFormValues {
  title: string;
  problem: string;
  objectives: string;
  objectiveIds: string[];
  expectedBenefits: string;
  cost: string;
  currency: string;
  months: string;
  desiredStart: string;
  keyRisks: string;
  sponsorId: string | null;
  portfolioId: string | null;
  programId: string | null;
  fields: Record<string, string>;
}

export function requestFormValues(r: ProjectRequest | null): RequestFormValues {
  return {
    title: r?.title ?? '',
    problem: r?.problem ?? '',
    objectives: r?.objectives ?? '',
    objectiveIds: r?.objectiveIds ?? [],
    expectedBenefits: r?.expectedBenefits ?? '',
    cost: r?.costEstimate ? minorToDecimal(r.costEstimate.amountMinor, minorDigits(r.costEstimate.currency)) : '',
    currency: r?.costEstimate?.currency ?? 'EUR',
    months: r?.durationEstimateMonths ? String(r.durationEstimateMonths) : '',
    desiredStart: r?.desiredStart ?? '',
    keyRisks: r?.keyRisks ?? '',
    sponsorId: r?.sponsorId ?? null,
    portfolioId: r?.portfolioId ?? null,
    programId: r?.programId ?? null,
    fields: Object.fromEntries(Object.entries(r?.fields ?? {}).map(([k, v]) => [k, fieldText(v)])),
  };
}

/** The API body, or the message of the field to fix. */
export function requestBody(v: RequestFormValues, fields: readonly IntakeField[]): { ok: true; body: ProjectRequestCreate } | { ok: false; field: string; message: string } {
  if (v.title.trim() === '') return { ok: false, field: 'title', message: 'Give the request a title.' };
  let costEstimate: ProjectRequestCreate['costEstimate'] = null;
  if (v.cost.trim() !== '') {
    const parsed = decimalToMinor(v.cost, minorDigits(v.currency));
    if (!parsed.ok) return { ok: false, field: 'cost', message: parsed.message };
    costEstimate = { amountMinor: parsed.amountMinor, currency: v.currency.trim().toUpperCase() };
  }
  const months = v.months.trim() === '' ? null : Number(v.months);
  return {
    ok: true,
    body: {
      title: v.title.trim(), problem: v.problem, objectives: v.objectives, objectiveIds: v.objectiveIds, expectedBenefits: v.expectedBenefits, costEstimate,
      durationEstimateMonths: months, desiredStart: v.desiredStart || null, keyRisks: v.keyRisks, sponsorId: v.sponsorId, portfolioId: v.portfolioId, programId: v.programId,
      fields: fieldValues(fields, v.fields),
    },
  };
}
