// A scenario's project set: the live projects, less those removed, plus the candidates added, each
// moved and scaled as the scenario says. A shift in months moves a project by the calendar days
// from its start to the same day that many months on (the last day of a shorter month), so its
// tasks keep their spacing; in weeks by seven days each, so they keep their weekdays too.
import { addDays, addMonths, daysBetween } from '../communications/communication-due.ts';
import type { PlanProject, ProjectChange, ScenarioProject, Shift } from './scenario-types.ts';

/**
 * The calendar days a shift moves a project starting on `anchor`.
 *
 * @example shiftDays('2027-01-31', { amount: 1, unit: 'months' }) // 28
 * @example shiftDays('2027-01-31', { amount: -2, unit: 'weeks' }) // -14
 */
export function shiftDays(anchor: string | null, shift: Shift): number {
  if (shift.amount === 0) return 0;
  if (shift.unit === 'weeks') return shift.amount * 7;
  const from = anchor ?? '2000-01-01';
  return daysBetween(from, addMonths(from, shift.amount));
}

/** Why a change cannot apply to a project, or null. */
export function changeProblem(project: PlanProject | undefined, change: ProjectChange): string | null {
  if (!project) return 'The project is not in this portfolio: only its projects can be added, removed, shifted or resized.';
  if (!Number.isInteger(change.shift.amount) || Math.abs(change.shift.amount) > 520) return 'Shift by a whole number of weeks or months (at most 520 either way).';
  if (!Number.isInteger(change.scalePct) || change.scalePct < 1 || change.scalePct > 1000) return 'Resize by a whole percentage from 1 to 1000 (100 = as planned).';
  if (change.included && !project.live && project.start === null) return `Project ${project.code} has no planned start: give it dates before adding it to a scenario.`;
  return null;
}

/**
 * The scenario's projects, in the order of `projects`: live ones not removed and candidates added.
 *
 * @example applyScenario(projects, []) // the live portfolio, unchanged
 */
export function applyScenario(projects: readonly PlanProject[], changes: readonly ProjectChange[]): ScenarioProject[] {
  const byId = new Map(changes.map((c) => [c.projectId, c]));
  const result: ScenarioProject[] = [];
  for (const p of projects) {
    const c = byId.get(p.id);
    const included = c ? c.included : p.live;
    if (!included) continue;
    const moved = c ? shiftDays(p.start, c.shift) : 0;
    const scalePct = c?.scalePct ?? 100;
    const change = !p.live ? 'added' : moved !== 0 && scalePct !== 100 ? 'shifted_resized' : moved !== 0 ? 'shifted' : scalePct !== 100 ? 'resized' : 'kept';
    result.push({
      ...p,
      start: p.start === null ? null : addDays(p.start, moved),
      finish: p.finish === null ? null : addDays(p.finish, moved),
      costMinor: p.costMinor === null ? null : Math.round((p.costMinor * scalePct) / 100),
      shiftDays: moved,
      scalePct,
      change,
    });
  }
  return result;
}
