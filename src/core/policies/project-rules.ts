// The policies judged on the project as a whole: the deliverables its next gate requires, a saved
// schedule baseline once it delivers, a named manager and sponsor, a recent status report.
import { daysBetween } from '../raid/raid-states.ts';
import { breachOf, listed, plural } from './breach-text.ts';
import type { Breach, PolicyOf, ProjectFacts } from './policy-types.ts';

const projectItem = (facts: ProjectFacts) => ({ kind: 'project' as const, id: facts.project.id, code: facts.project.code });

export function gateDeliverables(policy: PolicyOf<'gate_deliverables'>, facts: ProjectFacts): Breach | null {
  if (facts.gate === null) return null;
  const present = new Set(facts.deliverablesPresent);
  const missing = facts.gate.requiredDeliverables.filter((d) => !present.has(d.key));
  if (missing.length === 0) return null;
  const names = listed(missing.map((d) => `${d.name} (${d.key})`));
  const items = missing.map((d) => ({ kind: 'deliverable' as const, id: null, code: d.key }));
  return breachOf(policy, facts, `${facts.gate.name} requires ${names}, final or approved, and ${missing.length === 1 ? 'it is' : 'they are'} missing: add ${missing.length === 1 ? 'it' : 'them'} to the project`, items, 'deliverable');
}

export function scheduleBaselined(policy: PolicyOf<'schedule_baselined'>, facts: ProjectFacts): Breach | null {
  if (facts.baselined || !policy.params.phases.includes(facts.project.phase)) return null;
  const message = `${facts.project.code} is in its ${facts.project.phase} phase without a saved schedule baseline 0: save the baseline of its schedule`;
  return { ...breachOf(policy, facts, message, [projectItem(facts)], 'schedule'), fix: { kind: 'schedule', id: facts.project.id } };
}

export function managerAndSponsor(policy: PolicyOf<'manager_and_sponsor'>, facts: ProjectFacts): Breach | null {
  const { project } = facts;
  if (project.status !== 'active') return null;
  const missing = [project.managerId === null ? 'manager' : null, project.sponsorId === null ? 'sponsor' : null].filter((m) => m !== null);
  if (missing.length === 0) return null;
  const what = missing.length === 2 ? 'no manager and no sponsor' : `no ${missing[0]!}`;
  return breachOf(policy, facts, `${project.code} '${project.name}' is active with ${what}: name ${missing.length === 2 ? 'them' : 'one'} on the project`, [projectItem(facts)], 'project');
}

export function statusReportCurrent(policy: PolicyOf<'status_report_current'>, facts: ProjectFacts): Breach | null {
  const { maxAgeDays } = policy.params;
  const last = facts.lastStatusReportDate;
  const age = last === null ? null : daysBetween(last, facts.today);
  if (age !== null && age < maxAgeDays) return null;
  const state = last === null ? 'has no status report' : `last reported on ${last}, ${plural(age!, 'day')} ago`;
  return breachOf(policy, facts, `${facts.project.code} ${state} (a status report must be younger than ${plural(maxAgeDays, 'day')})`, [projectItem(facts)], 'project');
}
