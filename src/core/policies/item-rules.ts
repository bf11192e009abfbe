// The policies judged item by item over a project's RAID logs: risks that need a response or a
// review, actions long overdue, issues that should have left the project, dependencies under
// threat. Each gives at most one breach per project, naming every offending item.
import { daysBetween, dependencyThreatened, isOpenAction, isOpenIssue, isOpenRisk } from '../raid/raid-states.ts';
import { breachOf, itemsOf, listed, named, plural } from './breach-text.ts';
import { ISSUE_PRIORITY_ORDER, type Breach, type PolicyOf, type ProjectFacts, type RiskFact } from './policy-types.ts';

const hasText = (s: string | null): boolean => s !== null && s.trim() !== '';

export function riskResponseRequired(policy: PolicyOf<'risk_response_required'>, facts: ProjectFacts): Breach | null {
  const { minScore } = policy.params;
  const lacking = (r: RiskFact): string | null => {
    const strategy = hasText(r.strategy);
    const response = hasText(r.response);
    if (strategy && response) return null;
    return !strategy && !response ? 'neither a strategy nor a response' : !strategy ? 'no response strategy' : 'no response';
  };
  const offending = facts.risks.filter((r) => isOpenRisk(r.status) && r.score >= minScore && lacking(r) !== null);
  if (offending.length === 0) return null;
  const clauses = offending.map((r) => `${named(r)} scores ${r.score} but has ${lacking(r)!}`);
  return breachOf(policy, facts, `${listed(clauses)} (open risks scoring ${minScore} or more need a response strategy and a response)`, itemsOf('risk', offending), 'risk');
}

export function riskReviewCurrent(policy: PolicyOf<'risk_review_current'>, facts: ProjectFacts): Breach | null {
  const { graceDays } = policy.params;
  const late = facts.risks.filter((r) => isOpenRisk(r.status) && r.reviewDate !== null && daysBetween(r.reviewDate, facts.today) > graceDays);
  if (late.length === 0) return null;
  const clauses = late.map((r) => `${named(r)} was due for review on ${r.reviewDate!}, ${plural(daysBetween(r.reviewDate!, facts.today), 'day')} ago`);
  return breachOf(policy, facts, `${listed(clauses)} (a review may be at most ${plural(graceDays, 'day')} late)`, itemsOf('risk', late), 'risk');
}

export function overdueActions(policy: PolicyOf<'overdue_actions'>, facts: ProjectFacts): Breach | null {
  const { maxDaysOverdue } = policy.params;
  const late = facts.actions.filter((a) => isOpenAction(a.status) && a.dueDate !== null && daysBetween(a.dueDate, facts.today) > maxDaysOverdue);
  if (late.length === 0) return null;
  const clauses = late.map((a) => `${named(a)} is ${plural(daysBetween(a.dueDate!, facts.today), 'day')} overdue (due ${a.dueDate!})`);
  return breachOf(policy, facts, `${listed(clauses)} (open actions may be at most ${plural(maxDaysOverdue, 'day')} overdue)`, itemsOf('action', late), 'action');
}

const rank = (priority: string): number => ISSUE_PRIORITY_ORDER.indexOf(priority as (typeof ISSUE_PRIORITY_ORDER)[number]);

export function issueEscalation(policy: PolicyOf<'issue_escalation'>, facts: ProjectFacts): Breach | null {
  const { priority, maxDaysOpen } = policy.params;
  const stuck = facts.issues.filter((i) => isOpenIssue(i.status) && rank(i.priority) >= rank(priority) && i.escalationLevel === 'project' && daysBetween(i.createdAt, facts.today) > maxDaysOpen);
  if (stuck.length === 0) return null;
  const clauses = stuck.map((i) => `${named(i)} (${i.priority}) has been open ${plural(daysBetween(i.createdAt, facts.today), 'day')} and is still with the project`);
  const which = priority === 'critical' ? 'critical issues' : `${priority} and higher-priority issues`;
  return breachOf(policy, facts, `${listed(clauses)} (${which} open more than ${plural(maxDaysOpen, 'day')} go to the program, the PMO or the executives)`, itemsOf('issue', stuck), 'issue');
}

export function dependenciesOnTrack(policy: PolicyOf<'dependencies_on_track'>, facts: ProjectFacts): Breach | null {
  const threatened = facts.dependencies.filter((d) => dependencyThreatened(d, facts.today));
  if (threatened.length === 0) return null;
  const clauses = threatened.map((d) => {
    const from = `${named(d)} from ${d.providerProjectCode}`;
    const slip = d.forecastDate === null ? 0 : daysBetween(d.neededBy, d.forecastDate);
    return slip > 0 ? `${from} is forecast for ${d.forecastDate!}, ${plural(slip, 'day')} after it is needed (${d.neededBy})` : `${from} was needed by ${d.neededBy} and has not been delivered`;
  });
  return breachOf(policy, facts, `${listed(clauses)} (agree a new date with the provider, or plan around it)`, itemsOf('dependency', threatened), 'dependency');
}
