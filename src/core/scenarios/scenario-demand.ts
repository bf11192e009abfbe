// A scenario's demand on the resource pool: the assignments of the projects in it, each moved by
// its project's shift (whole days, so a task keeps its hours) and scaled by its resize (units, or
// the work where the work is what was given), counted whether or not the project is approved yet.
import { MINUTES_PER_DAY } from '../calendar/wall-time.ts';
import type { AssignmentInput } from '../resources/resource-types.ts';
import type { ScenarioProject } from './scenario-types.ts';

/**
 * The assignments of the scenario's projects as the scenario would have them.
 *
 * @example scenarioAssignments(all, [{ ...crm, shiftDays: 7, scalePct: 50 }]) // CRM's work a week later at half the units
 */
export function scenarioAssignments<A extends AssignmentInput>(assignments: readonly A[], projects: readonly Pick<ScenarioProject, 'id' | 'shiftDays' | 'scalePct'>[]): A[] {
  const byId = new Map(projects.map((p) => [p.id, p]));
  const result: A[] = [];
  for (const a of assignments) {
    const p = byId.get(a.projectId);
    if (!p) continue;
    const shift = p.shiftDays * MINUTES_PER_DAY;
    const scaled = p.scalePct === 100 ? {} : a.work !== undefined ? { work: Math.round((a.work * p.scalePct) / 100) } : { units: ((a.units ?? 0) * p.scalePct) / 100 };
    result.push({ ...a, ...scaled, start: a.start + shift, finish: a.finish + shift, proposed: false });
  }
  return result;
}
