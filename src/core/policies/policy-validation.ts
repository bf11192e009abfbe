// Policies are edited by the PMO and stored as data, so every one is checked against what its kind
// expects before it is saved or evaluated: the kind is one the code knows, each parameter is there
// with the right type and range, and nothing is there that the kind would silently ignore. The
// parameter specs are also what the API shows, so a policy editor can be built from them.
import { KEY_PATTERN } from '../governance/methodology-types.ts';
import { ISSUE_PRIORITY_ORDER, POLICY_KINDS, type FieldError, type Policy, type PolicyDraft, type PolicyKind } from './policy-types.ts';

export interface ParamSpec {
  readonly name: string;
  readonly type: 'integer' | 'issue_priority' | 'phase_keys';
  readonly description: string;
  readonly min?: number;
  readonly max?: number;
}

export interface KindSpec {
  readonly kind: PolicyKind;
  readonly description: string;
  readonly params: ReadonlyArray<ParamSpec>;
}

const days = (name: string, min: number, description: string): ParamSpec => ({ name, type: 'integer', min, max: 3650, description });

/** What each kind checks and the parameters it takes. */
export const KIND_SPECS: Readonly<Record<PolicyKind, KindSpec>> = {
  risk_response_required: { kind: 'risk_response_required', description: 'Every open risk scoring at least minScore (probability × impact) has a response strategy and a written response.', params: [{ name: 'minScore', type: 'integer', min: 1, max: 10_000, description: 'The lowest score that needs a response.' }] },
  risk_review_current: { kind: 'risk_review_current', description: 'No open risk’s review date passed more than graceDays days ago.', params: [days('graceDays', 0, 'Days a review may be late.')] },
  overdue_actions: { kind: 'overdue_actions', description: 'No open action is overdue by more than maxDaysOverdue days.', params: [days('maxDaysOverdue', 0, 'Days an action may be overdue.')] },
  issue_escalation: {
    kind: 'issue_escalation',
    description: 'Open issues of this priority or higher, open longer than maxDaysOpen days, are escalated beyond the project (program, PMO or executive).',
    params: [
      { name: 'priority', type: 'issue_priority', description: `The lowest priority concerned: ${ISSUE_PRIORITY_ORDER.join(', ')}.` },
      days('maxDaysOpen', 0, 'Days such an issue may stay with the project.'),
    ],
  },
  gate_deliverables: { kind: 'gate_deliverables', description: 'The mandatory deliverables of the gate ending the current phase exist, final or approved.', params: [] },
  schedule_baselined: { kind: 'schedule_baselined', description: 'Projects in these phases have saved schedule baseline 0.', params: [{ name: 'phases', type: 'phase_keys', description: 'Phase keys, e.g. execute, close.' }] },
  manager_and_sponsor: { kind: 'manager_and_sponsor', description: 'Active projects have a named manager and a named sponsor.', params: [] },
  dependencies_on_track: { kind: 'dependencies_on_track', description: 'No dependency the project waits on is threatened (forecast after the date it is needed by, or that date passed).', params: [] },
  status_report_current: { kind: 'status_report_current', description: 'The project’s last status report is younger than maxAgeDays days.', params: [days('maxAgeDays', 1, 'The age a status report may reach.')] },
};

export type PolicyValidation = { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly errors: ReadonlyArray<FieldError> };

const SEVERITIES = ['warning', 'critical'];

/**
 * Checks a policy before it is saved or used; every problem is reported, not just the first.
 * @example
 * const r = validatePolicy({ ...draft, kind: 'overdue_actions', params: { maxDaysOverdue: -1 } });
 * if (!r.ok) r.errors[0]; // { path: 'params.maxDaysOverdue', message: 'give a whole number from 0 to 3650 (days an action may be overdue), not -1' }
 */
export function validatePolicy(draft: PolicyDraft): PolicyValidation {
  const errors: FieldError[] = [];
  const add = (path: string, message: string) => errors.push({ path, message });
  if (!KEY_PATTERN.test(draft.key)) add('key', `"${draft.key}" is not a valid key; use 1 to 40 lower-case letters, digits or underscores, starting with a letter`);
  if (draft.name.trim() === '') add('name', 'the policy needs a name');
  if (!SEVERITIES.includes(draft.severity)) add('severity', `"${String(draft.severity)}" is not a severity; use warning or critical`);
  draft.appliesToPhases.forEach((phase, i) => {
    if (!KEY_PATTERN.test(phase)) add(`appliesToPhases[${i}]`, `"${phase}" is not a phase key`);
    else if (draft.appliesToPhases.indexOf(phase) !== i) add(`appliesToPhases[${i}]`, `"${phase}" is listed twice; list each phase once`);
  });
  const spec = (POLICY_KINDS as ReadonlyArray<string>).includes(draft.kind) ? KIND_SPECS[draft.kind as PolicyKind] : null;
  if (spec === null) add('kind', `"${draft.kind}" is not a kind of policy Orrery knows; use one of ${POLICY_KINDS.join(', ')}`);
  else checkParams(spec, draft.params, add);
  return errors.length === 0 ? { ok: true, policy: draft as unknown as Policy } : { ok: false, errors };
}

function checkParams(spec: KindSpec, params: Readonly<Record<string, unknown>>, add: (path: string, message: string) => void): void {
  const known = spec.params.map((p) => p.name);
  for (const name of Object.keys(params)) {
    if (!known.includes(name)) add(`params.${name}`, known.length === 0 ? `${spec.kind} takes no parameters; remove ${name}` : `${spec.kind} has no parameter ${name}; its parameters are ${known.join(', ')}`);
  }
  for (const p of spec.params) {
    const value = params[p.name];
    const problem = paramProblem(p, value);
    if (problem !== null) add(`params.${p.name}`, value === undefined ? `missing: ${problem}` : problem);
  }
}

/** What is wrong with a parameter's value, as a hint of what to give; null when it is right. */
function paramProblem(p: ParamSpec, value: unknown): string | null {
  const shown = value === undefined ? '' : `, not ${JSON.stringify(value)}`;
  switch (p.type) {
    case 'integer': {
      const ok = typeof value === 'number' && Number.isInteger(value) && value >= p.min! && value <= p.max!;
      return ok ? null : `give a whole number from ${p.min} to ${p.max} (${lowerFirst(p.description)})${shown}`;
    }
    case 'issue_priority':
      return typeof value === 'string' && (ISSUE_PRIORITY_ORDER as ReadonlyArray<string>).includes(value) ? null : `give one of ${ISSUE_PRIORITY_ORDER.join(', ')}${shown}`;
    case 'phase_keys': {
      const ok = Array.isArray(value) && value.length > 0 && value.every((k) => typeof k === 'string' && KEY_PATTERN.test(k)) && new Set(value).size === value.length;
      return ok ? null : `give a list of one or more distinct phase keys, e.g. ["execute", "close"]${shown}`;
    }
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
}
