// What the intake screens compute, kept apart from React so it is tested on its own: labels and
// colours of statuses and steps, the triage board's columns, the business case editor's rows ↔
// the API's body (amounts typed as decimals, sent as minor units), and the PMO's field values as
// typed into the form ↔ the values the API takes.
import type { BusinessCaseBody, IntakeField, ProjectRequest, RequestAction, RequestStatus } from '../../api/types.ts';
import { decimalToMinor, minorDigits, minorToDecimal } from '../../ui/money.ts';

export const STATUS_LABELS: Record<RequestStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  screening: 'Screening',
  business_case: 'Business case',
  approved: 'Approved',
  rejected: 'Rejected',
  deferred: 'Deferred',
  withdrawn: 'Withdrawn',
};

export const STATUS_COLORS: Record<RequestStatus, string> = {
  draft: 'gray', submitted: 'blue', screening: 'cyan', business_case: 'violet', approved: 'teal', rejected: 'red', deferred: 'yellow', withdrawn: 'gray',
};

export const ACTION_LABELS: Record<RequestAction, string> = {
  submit: 'Submit',
  screen: 'Start screening',
  build_case: 'Ask for business case',
  approve: 'Approve',
  reject: 'Reject',
  defer: 'Defer',
  reopen: 'Re-open',
  withdraw: 'Withdraw',
};

/** Steps that need a comment saying why (the server refuses them without). */
export const NEEDS_REASON: ReadonlySet<RequestAction> = new Set(['reject', 'defer']);

/** The triage board's columns, in the order a request moves (withdrawn requests are left off). */
export const BOARD_COLUMNS: readonly RequestStatus[] = ['draft', 'submitted', 'screening', 'business_case', 'deferred', 'approved', 'rejected'];

export function boardColumns(requests: readonly ProjectRequest[]): { status: RequestStatus; items: ProjectRequest[] }[] {
  return BOARD_COLUMNS.map((status) => ({ status, items: requests.filter((r) => r.status === status) }));
}

// ---- business case editor

export interface CaseLineRow {
  label: string;
  kind: 'cost' | 'benefit';
  /** One decimal text per period, e.g. "1000" or "1000.50"; blank is 0. */
  amounts: string[];
}

export interface CaseForm {
  currency: string;
  periodicity: BusinessCaseBody['periodicity'];
  /** Percent per year as typed, e.g. "8". */
  ratePercent: string;
  lines: CaseLineRow[];
}

export const periodWord = (p: BusinessCaseBody['periodicity']): string => ({ year: 'Year', quarter: 'Quarter', month: 'Month' })[p];

export function caseForm(body: BusinessCaseBody | null | undefined, currency: string): CaseForm {
  if (!body) return { currency, periodicity: 'year', ratePercent: '8', lines: [{ label: '', kind: 'cost', amounts: ['', '', '', ''] }, { label: '', kind: 'benefit', amounts: ['', '', '', ''] }] };
  const digits = minorDigits(body.currency);
  const periods = Math.max(1, ...body.lines.map((l) => l.amountsMinor.length));
  return {
    currency: body.currency,
    periodicity: body.periodicity,
    ratePercent: String(+(body.annualDiscountRate * 100).toPrecision(12)),
    lines: body.lines.map((l) => ({ label: l.label, kind: l.kind, amounts: Array.from({ length: periods }, (_, t) => (l.amountsMinor[t] ? minorToDecimal(l.amountsMinor[t]!, digits) : '')) })),
  };
}

export type CaseParse = { ok: true; body: BusinessCaseBody } | { ok: false; message: string };

/** The API body from the editor, or the first thing to fix, said the way the editor shows it. */
export function caseBody(form: CaseForm): CaseParse {
  const rate = Number(form.ratePercent.replace(',', '.'));
  if (form.ratePercent.trim() === '' || !Number.isFinite(rate)) return { ok: false, message: 'Give the discount rate as a percentage per year, such as 8.' };
  if (rate <= -100) return { ok: false, message: 'The discount rate must be above −100 %.' };
  const currency = form.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) return { ok: false, message: 'Give the currency as a three-letter code, such as EUR.' };
  const digits = minorDigits(currency);
  const lines: BusinessCaseBody['lines'] = [];
  for (const [i, line] of form.lines.entries()) {
    const name = line.label.trim() || `Line ${i + 1}`;
    if (line.label.trim() === '' && line.amounts.every((a) => a.trim() === '')) continue;
    if (line.label.trim() === '') return { ok: false, message: `${name} has amounts but no label: say what it is, such as Licences.` };
    const amountsMinor: number[] = [];
    for (const [t, text] of line.amounts.entries()) {
      if (text.trim() === '') { amountsMinor.push(0); continue; }
      const parsed = decimalToMinor(text, digits);
      if (!parsed.ok) return { ok: false, message: `${name}, ${periodWord(form.periodicity).toLowerCase()} ${t}: ${parsed.message}` };
      amountsMinor.push(parsed.amountMinor);
    }
    while (amountsMinor.length > 0 && amountsMinor[amountsMinor.length - 1] === 0) amountsMinor.pop();
    lines.push({ label: line.label.trim(), kind: line.kind, amountsMinor });
  }
  if (lines.length === 0) return { ok: false, message: 'Add at least one cost or benefit line.' };
  return { ok: true, body: { currency, periodicity: form.periodicity, annualDiscountRate: rate / 100, rateConvention: 'effective', lines } };
}

/** "12.3 %" or "—". */
export const percentText = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)} %`);

// ---- the PMO's own fields

/** The form's text of a stored value. */
export const fieldText = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

/** The values the API takes from the texts typed: numbers as numbers, blanks left out. */
export function fieldValues(fields: readonly IntakeField[], texts: Readonly<Record<string, string>>): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const field of fields) {
    const text = (texts[field.key] ?? '').trim();
    if (text === '') continue;
    values[field.key] = field.type === 'number' && Number.isFinite(Number(text)) ? Number(text) : text;
  }
  return values;
}
