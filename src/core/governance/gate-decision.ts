// The decision taken at a gate review, and where it leaves the project. The decision is the
// approvers' to make, but the PMO's rules bound it: a project cannot be let through a gate it is
// not ready for (gate-readiness.ts decides that), conditions belong only to a conditional go
// (elsewhere they would be tracked actions nobody agreed to), and a gate can only be decided
// while the project is in the phase the gate ends. Refusals are tagged results, because a
// refused decision is an expected answer to show the approvers, not a fault.
//
// Outcomes: go and go with conditions advance to the next phase, or close the project when the
// gate ends the last phase; hold keeps the project where it is until the review meets again;
// recycle sends it back into the current phase for rework; stop ends the project. Only an
// advance names a next phase: in every other outcome the project's phase does not change.
import type { FieldError, Gate, Methodology, Phase } from './methodology-types.ts';
import type { GateReadiness } from './gate-readiness.ts';

export type GateDecision = 'go' | 'go_with_conditions' | 'hold' | 'recycle' | 'stop';
export type ProjectOutcome = 'advance' | 'stay' | 'recycle' | 'stop' | 'close';
export type GateDecisionError = 'not_ready' | 'conditions_required' | 'conditions_not_allowed' | 'wrong_gate';

export interface GateCondition {
  readonly text: string;
  /** ISO date 'YYYY-MM-DD', or null when the condition has no due date. */
  readonly dueDate: string | null;
  readonly ownerId?: string | null;
}

/** A condition of a conditional go, as an action to track until it is done. */
export interface GateAction {
  readonly text: string;
  readonly dueDate: string | null;
  readonly ownerId: string | null;
}

export interface DecideGateInput {
  readonly methodology: Methodology;
  readonly currentPhaseKey: string;
  readonly gateKey: string;
  readonly decision: GateDecision;
  readonly conditions: ReadonlyArray<GateCondition>;
  readonly readiness: GateReadiness;
}

export type DecideGateResult =
  | {
      readonly ok: true;
      /** The phase the project moves to; null when it does not move (stay, recycle, stop, close). */
      readonly nextPhaseKey: string | null;
      readonly projectOutcome: ProjectOutcome;
      readonly actions: ReadonlyArray<GateAction>;
    }
  | { readonly ok: false; readonly error: GateDecisionError; readonly message: string; readonly errors: ReadonlyArray<FieldError> };

/**
 * Checks a gate decision against the rules and says where it leaves the project.
 * @example
 * const r = decideGate({ methodology, currentPhaseKey: 'initiate', gateKey: 'approval_to_plan', decision: 'go',
 *   conditions: [], readiness });
 * if (r.ok) r.nextPhaseKey; // 'plan' (outcome 'advance')
 * else r.message; // e.g. 'Gate 1 – Approval to plan is not ready to pass: 2 items hold it (…). …'
 */
export function decideGate(input: DecideGateInput): DecideGateResult {
  const { methodology, currentPhaseKey, gateKey, decision, conditions, readiness } = input;
  const index = methodology.phases.findIndex((p) => p.key === currentPhaseKey);
  const phase = methodology.phases[index];
  if (phase === undefined) {
    return refuse('wrong_gate', `The project's phase "${currentPhaseKey}" is not a phase of ${methodology.name}.`, [{ path: 'currentPhaseKey', message: `"${currentPhaseKey}" is not a phase of ${methodology.name}` }]);
  }
  if (phase.gate === null || phase.gate.key !== gateKey) {
    const expected = phase.gate === null ? 'no gate ends it' : `the gate that ends it is ${phase.gate.name} ("${phase.gate.key}")`;
    const message = `Gate "${gateKey}" does not end the project's current phase, ${phase.name}: ${expected}.`;
    return refuse('wrong_gate', message, [{ path: 'gateKey', message }]);
  }
  if (decision === 'go_with_conditions') {
    if (conditions.length === 0) {
      return refuse('conditions_required', 'A go with conditions needs at least one condition: write what must be done, or decide go.', [{ path: 'conditions', message: 'add at least one condition' }]);
    }
    const blank = conditions.flatMap((c, i) => (c.text.trim() === '' ? [{ path: `conditions[${i}].text`, message: 'write what must be done' }] : []));
    if (blank.length > 0) return refuse('conditions_required', 'Every condition needs a text saying what must be done.', blank);
  } else if (conditions.length > 0) {
    return refuse('conditions_not_allowed', `Only a go with conditions carries conditions; a ${DECISION_NAMES[decision]} cannot. Remove them, or decide go with conditions.`, [{ path: 'conditions', message: `remove the conditions, or decide go with conditions instead of ${DECISION_NAMES[decision]}` }]);
  }
  if ((decision === 'go' || decision === 'go_with_conditions') && !readiness.canGo) {
    const holding = readiness.items.flatMap((item, i) => (item.state === 'blocking' || item.state === 'needs_waiver' ? [{ path: `readiness.items[${i}]`, message: item.reason }] : []));
    const message = `${phase.gate.name} is not ready to pass: ${holding.length} ${holding.length === 1 ? 'item holds' : 'items hold'} it (${readiness.blocking} blocking, ${readiness.needsWaiver} needing a waiver). Put them right, or decide hold, recycle or stop.`;
    return refuse('not_ready', message, holding);
  }
  switch (decision) {
    case 'go':
    case 'go_with_conditions': {
      const next = methodology.phases[index + 1];
      const actions = conditions.map((c) => ({ text: c.text.trim(), dueDate: c.dueDate, ownerId: c.ownerId ?? null }));
      return next === undefined ? { ok: true, nextPhaseKey: null, projectOutcome: 'close', actions } : { ok: true, nextPhaseKey: next.key, projectOutcome: 'advance', actions };
    }
    case 'hold':
      return { ok: true, nextPhaseKey: null, projectOutcome: 'stay', actions: [] };
    case 'recycle':
      return { ok: true, nextPhaseKey: null, projectOutcome: 'recycle', actions: [] };
    case 'stop':
      return { ok: true, nextPhaseKey: null, projectOutcome: 'stop', actions: [] };
  }
}

const DECISION_NAMES: Readonly<Record<GateDecision, string>> = { go: 'go', go_with_conditions: 'go with conditions', hold: 'hold', recycle: 'recycle', stop: 'stop' };

function refuse(error: GateDecisionError, message: string, errors: ReadonlyArray<FieldError>): DecideGateResult {
  return { ok: false, error, message, errors };
}

/**
 * The phase after `phaseKey`; null when it is the last phase or not a phase of the methodology.
 * @example
 * nextPhase(PREDICTIVE, 'initiate')?.key; // 'plan'
 * nextPhase(PREDICTIVE, 'close'); // null
 */
export function nextPhase(methodology: Methodology, phaseKey: string): Phase | null {
  const index = methodology.phases.findIndex((p) => p.key === phaseKey);
  return index < 0 ? null : (methodology.phases[index + 1] ?? null);
}

/**
 * The gate that ends phase `phaseKey`; null when the phase has no gate or is not a phase of the
 * methodology.
 * @example
 * gateEndingPhase(PREDICTIVE, 'initiate')?.name; // 'Gate 1 – Approval to plan'
 */
export function gateEndingPhase(methodology: Methodology, phaseKey: string): Gate | null {
  return methodology.phases.find((p) => p.key === phaseKey)?.gate ?? null;
}
