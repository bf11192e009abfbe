// What a PMO standardises: a methodology is an ordered list of phases, and each phase may end at
// a stage gate where named roles decide, against a checklist of criteria and a list of required
// deliverables, whether the project may go on. Methodologies are data, not code, so that a PMO
// can tailor the default library (default-methodologies.ts) without a release; that is also why
// they are validated here, with messages that tell a PMO administrator what to fix.
//
// Keys are the stable identity of phases, gates, criteria and deliverables: projects store them,
// waivers name items by them, and project documents are matched to deliverable requirements by
// them. Within one gate, criteria and deliverables share a single key space, because a waiver
// names "the item" by key alone.

/** How much authority the PMO has over projects (PMI's three PMO types). */
export type OperatingModel = 'supportive' | 'controlling' | 'directive';

export type Lifecycle = 'predictive' | 'agile' | 'hybrid';

/** The roles that may approve a gate. */
export type ApproverRole = 'sponsor' | 'pmo' | 'project_manager' | 'steering_committee';

export const LIFECYCLES: ReadonlyArray<Lifecycle> = ['predictive', 'agile', 'hybrid'];
export const APPROVER_ROLES: ReadonlyArray<ApproverRole> = ['sponsor', 'pmo', 'project_manager', 'steering_committee'];

/** One checklist question asked at a gate. */
export interface Criterion {
  readonly key: string;
  readonly text: string;
  readonly mandatory: boolean;
}

/** A project document the gate expects; matched to the project's documents by `key`. */
export interface DeliverableRequirement {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly mandatory: boolean;
}

export interface Gate {
  readonly key: string;
  readonly name: string;
  readonly purpose: string;
  readonly approverRoles: ReadonlyArray<ApproverRole>;
  readonly criteria: ReadonlyArray<Criterion>;
  readonly deliverables: ReadonlyArray<DeliverableRequirement>;
}

export interface Phase {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  /** The gate that ends this phase (on the last phase: the closure gate); null: no gate. */
  readonly gate: Gate | null;
}

export interface Methodology {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly lifecycle: Lifecycle;
  readonly phases: ReadonlyArray<Phase>;
}

/** A problem found in a value, at a path such as `phases[2].gate.criteria[0].key`. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

export type ValidationResult = { readonly ok: true } | { readonly ok: false; readonly errors: ReadonlyArray<FieldError> };

export const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * Checks a methodology before it is saved or used: at least one phase, names present, keys well
 * formed and unique where they must be (phases; gates across the methodology; criteria and
 * deliverables within a gate, together). Every problem is reported, not just the first.
 * @example
 * const r = validateMethodology(m);
 * if (!r.ok) for (const e of r.errors) console.log(`${e.path}: ${e.message}`);
 * // phases[2].key: "plan" is used twice; give each phase its own key
 */
export function validateMethodology(m: Methodology): ValidationResult {
  const errors: FieldError[] = [];
  const add = (path: string, message: string) => errors.push({ path, message });
  checkKey('key', m.key, add);
  if (isBlank(m.name)) add('name', 'the methodology needs a name');
  if (!LIFECYCLES.includes(m.lifecycle)) add('lifecycle', `"${m.lifecycle}" is not a lifecycle; use one of ${LIFECYCLES.join(', ')}`);
  if (m.phases.length === 0) add('phases', 'a methodology needs at least one phase; add one');
  const phaseKeys = new Set<string>();
  const gateKeys = new Set<string>();
  m.phases.forEach((phase, i) => {
    const at = `phases[${i}]`;
    checkKey(`${at}.key`, phase.key, add);
    if (phaseKeys.has(phase.key)) add(`${at}.key`, `"${phase.key}" is used twice; give each phase its own key`);
    phaseKeys.add(phase.key);
    if (isBlank(phase.name)) add(`${at}.name`, 'the phase needs a name');
    if (phase.gate === null) return;
    const gate = phase.gate;
    checkKey(`${at}.gate.key`, gate.key, add);
    if (gateKeys.has(gate.key)) add(`${at}.gate.key`, `"${gate.key}" is used twice; give each gate its own key`);
    gateKeys.add(gate.key);
    checkGate(`${at}.gate`, gate, add);
  });
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

type Add = (path: string, message: string) => void;

function checkGate(at: string, gate: Gate, add: Add): void {
  if (isBlank(gate.name)) add(`${at}.name`, 'the gate needs a name');
  if (gate.approverRoles.length === 0) add(`${at}.approverRoles`, 'name at least one role that approves the gate');
  const roles = new Set<string>();
  gate.approverRoles.forEach((role, j) => {
    if (!APPROVER_ROLES.includes(role)) add(`${at}.approverRoles[${j}]`, `"${role}" is not an approver role; use one of ${APPROVER_ROLES.join(', ')}`);
    else if (roles.has(role)) add(`${at}.approverRoles[${j}]`, `"${role}" is listed twice; list each role once`);
    roles.add(role);
  });
  const criterionKeys = new Set<string>();
  gate.criteria.forEach((c, j) => {
    const path = `${at}.criteria[${j}]`;
    checkKey(`${path}.key`, c.key, add);
    if (criterionKeys.has(c.key)) add(`${path}.key`, `"${c.key}" is used twice; give each criterion of the gate its own key`);
    criterionKeys.add(c.key);
    if (isBlank(c.text)) add(`${path}.text`, 'write what the criterion checks');
  });
  const deliverableKeys = new Set<string>();
  gate.deliverables.forEach((d, j) => {
    const path = `${at}.deliverables[${j}]`;
    checkKey(`${path}.key`, d.key, add);
    if (deliverableKeys.has(d.key)) add(`${path}.key`, `"${d.key}" is used twice; list each deliverable of the gate once`);
    else if (criterionKeys.has(d.key)) add(`${path}.key`, `"${d.key}" is also the key of a criterion of this gate; waivers name items by key, so give the deliverable another key`);
    deliverableKeys.add(d.key);
    if (isBlank(d.name)) add(`${path}.name`, 'the deliverable needs a name');
  });
}

function checkKey(path: string, key: string, add: Add): void {
  if (KEY_PATTERN.test(key)) return;
  const hint = suggestKey(key);
  const example = hint !== null && hint !== key ? ` (e.g. "${hint}")` : '';
  add(path, `"${key}" is not a valid key; use 1 to 40 lower-case letters, digits or underscores, starting with a letter${example}`);
}

/** A well-formed key close to `text`, or null when none can be made. */
function suggestKey(text: string): string | null {
  const slug = text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^[^a-z]+/, '').replace(/_+$/, '').slice(0, 40).replace(/_+$/, '');
  return KEY_PATTERN.test(slug) ? slug : null;
}

function isBlank(text: string): boolean {
  return text.trim().length === 0;
}
