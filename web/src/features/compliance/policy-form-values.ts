// The policy form's values, built from a policy and its rule kind's parameter descriptions (from
// GET /policies), the client-side checks of those parameters, and the PUT body. Pure, so tested.
import type { Policy, PolicyBody, PolicyKindSpec } from '../../api/types.ts';

type ParamSpec = PolicyKindSpec['params'][number];
export type ParamValue = number | string | string[];

export interface PolicyFormValues {
  name: string;
  description: string;
  severity: Policy['severity'];
  enabled: boolean;
  appliesToPhases: string[];
  /** By parameter name; an integer being typed may be '' for a moment. */
  params: Record<string, ParamValue>;
}

export const ISSUE_PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;

function defaultOf(spec: ParamSpec): ParamValue {
  if (spec.type === 'integer') return spec.min ?? 0;
  if (spec.type === 'issue_priority') return 'critical';
  return [];
}

/** A value as the kind's parameter type wants it, or its default. */
function coerce(spec: ParamSpec, value: unknown): ParamValue {
  if (spec.type === 'integer') return typeof value === 'number' ? value : defaultOf(spec);
  if (spec.type === 'issue_priority') return typeof value === 'string' ? value : defaultOf(spec);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : defaultOf(spec);
}

export function policyFormValues(policy: Policy, kind: PolicyKindSpec | undefined): PolicyFormValues {
  const params: Record<string, ParamValue> = {};
  for (const spec of kind?.params ?? []) params[spec.name] = coerce(spec, policy.params[spec.name]);
  return {
    name: policy.name,
    description: policy.description,
    severity: policy.severity,
    enabled: policy.enabled,
    appliesToPhases: [...policy.appliesToPhases],
    params,
  };
}

const PHASE_KEY = /^[a-z][a-z0-9_]{0,39}$/;

/** Errors by form path ("params.minScore"), worded for people. */
export function validatePolicyForm(values: PolicyFormValues, kind: PolicyKindSpec | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.name.trim()) errors.name = 'Give the policy a name.';
  for (const spec of kind?.params ?? []) {
    const value = values.params[spec.name];
    const path = `params.${spec.name}`;
    if (spec.type === 'integer') {
      if (typeof value !== 'number' || !Number.isInteger(value)) errors[path] = 'Enter a whole number.';
      else if (spec.min !== undefined && value < spec.min) errors[path] = `At least ${spec.min}.`;
      else if (spec.max !== undefined && value > spec.max) errors[path] = `At most ${spec.max}.`;
    } else if (spec.type === 'issue_priority') {
      if (!ISSUE_PRIORITIES.includes(value as never)) errors[path] = 'Choose a priority.';
    } else if (!Array.isArray(value) || value.some((v) => !PHASE_KEY.test(v))) {
      errors[path] = 'Phase keys are lower-case words joined by _, such as execute.';
    }
  }
  if (values.appliesToPhases.some((v) => !PHASE_KEY.test(v))) errors.appliesToPhases = 'Phase keys are lower-case words joined by _, such as execute.';
  return errors;
}

/** The whole policy for PUT (the server replaces it): the kind stays, params only the kind's. */
export function toPolicyBody(policy: Policy, values: PolicyFormValues, kind: PolicyKindSpec | undefined): PolicyBody {
  const params: Record<string, ParamValue> = {};
  for (const spec of kind?.params ?? []) params[spec.name] = coerce(spec, values.params[spec.name]);
  return {
    name: values.name.trim(),
    description: values.description,
    kind: policy.kind,
    params,
    severity: values.severity,
    appliesToPhases: values.appliesToPhases,
    enabled: values.enabled,
  };
}

/** The policy as it stands, flipped on or off (the quick switch of the list). */
export const toggledBody = (policy: Policy, enabled: boolean): PolicyBody => ({
  name: policy.name,
  description: policy.description,
  kind: policy.kind,
  params: policy.params,
  severity: policy.severity,
  appliesToPhases: policy.appliesToPhases,
  enabled,
});

/** "minScore 15 · phases execute, close" for the list. */
export function paramSummary(policy: Policy): string {
  const parts = Object.entries(policy.params).map(([name, value]) => `${name} ${Array.isArray(value) ? value.join(', ') || '—' : String(value)}`);
  return parts.length > 0 ? parts.join(' · ') : 'No parameters';
}

/** Maps a server field error path onto the form (same names; params by their own name). */
export function policyFieldOf(path: string): string | null {
  if (/^params\.[A-Za-z]+/.test(path)) return path.split('.').slice(0, 2).join('.');
  const head = path.split('.')[0] ?? '';
  return ['name', 'description', 'severity', 'appliesToPhases'].includes(head) ? head : null;
}
