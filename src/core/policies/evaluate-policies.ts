// Evaluates the PMO's policies over one project's facts, and sums up compliance across projects.
// A policy applies to a project when it is enabled, the project is still running (not completed
// or cancelled: there is nothing left to put right) and, when the policy names phases, the
// project is in one of them. Each applicable policy gives at most one breach per project.
import { dependenciesOnTrack, issueEscalation, overdueActions, riskResponseRequired, riskReviewCurrent } from './item-rules.ts';
import { gateDeliverables, managerAndSponsor, scheduleBaselined, statusReportCurrent } from './project-rules.ts';
import type { Breach, Policy, PolicyKind, PolicyOf, ProjectFacts, Severity } from './policy-types.ts';

const RULES: { readonly [K in PolicyKind]: (policy: PolicyOf<K>, facts: ProjectFacts) => Breach | null } = {
  risk_response_required: riskResponseRequired,
  risk_review_current: riskReviewCurrent,
  overdue_actions: overdueActions,
  issue_escalation: issueEscalation,
  gate_deliverables: gateDeliverables,
  schedule_baselined: scheduleBaselined,
  manager_and_sponsor: managerAndSponsor,
  dependencies_on_track: dependenciesOnTrack,
  status_report_current: statusReportCurrent,
};

/** Projects in these states breach nothing. */
export const FINISHED_PROJECT_STATUSES: ReadonlyArray<string> = ['completed', 'cancelled'];

/** Whether `policy` judges the project of `facts` at all. */
export function policyApplies(policy: Policy, facts: ProjectFacts): boolean {
  if (!policy.enabled || FINISHED_PROJECT_STATUSES.includes(facts.project.status)) return false;
  return policy.appliesToPhases.length === 0 || policy.appliesToPhases.includes(facts.project.phase);
}

/**
 * The breaches of one project, in the order of the policies.
 * @example
 * evaluatePolicies([riskPolicy], facts)[0]?.message;
 * // "RSK-4 'Supplier insolvency' scores 20 but has no response (open risks scoring 15 or more need …)."
 */
export function evaluatePolicies(policies: ReadonlyArray<Policy>, facts: ProjectFacts): Breach[] {
  const breaches: Breach[] = [];
  for (const policy of policies) {
    if (!policyApplies(policy, facts)) continue;
    const rule = RULES[policy.kind] as (p: Policy, f: ProjectFacts) => Breach | null;
    const breach = rule(policy, facts);
    if (breach !== null) breaches.push(breach);
  }
  return breaches;
}

export type ComplianceState = 'compliant' | 'warnings' | 'critical';

export interface ProjectCompliance {
  readonly projectId: string;
  readonly breaches: ReadonlyArray<Breach>;
  readonly warnings: number;
  readonly critical: number;
  /** critical: any critical breach; warnings: only warnings; compliant: none. */
  readonly state: ComplianceState;
}

export function projectCompliance(projectId: string, breaches: ReadonlyArray<Breach>): ProjectCompliance {
  const count = (s: Severity) => breaches.filter((b) => b.severity === s).length;
  const critical = count('critical');
  const warnings = count('warning');
  return { projectId, breaches, warnings, critical, state: critical > 0 ? 'critical' : warnings > 0 ? 'warnings' : 'compliant' };
}

export interface ComplianceSummary {
  readonly projects: number;
  readonly compliant: number;
  readonly withWarnings: number;
  readonly withCritical: number;
  /** Every enabled policy, in the policies' order, with the projects breaching it. */
  readonly byPolicy: ReadonlyArray<{ readonly policyKey: string; readonly policyName: string; readonly severity: Severity; readonly projects: number; readonly items: number }>;
}

/**
 * Counts across projects: how many comply, how many only warn, how many breach a critical policy,
 * and how many projects breach each policy.
 */
export function summariseCompliance(projects: ReadonlyArray<ProjectCompliance>, policies: ReadonlyArray<Policy>): ComplianceSummary {
  const perPolicy = new Map<string, { projects: number; items: number }>();
  for (const p of projects) {
    for (const b of p.breaches) {
      const tally = perPolicy.get(b.policyKey) ?? { projects: 0, items: 0 };
      perPolicy.set(b.policyKey, { projects: tally.projects + 1, items: tally.items + b.items.length });
    }
  }
  const state = (s: ComplianceState) => projects.filter((p) => p.state === s).length;
  return {
    projects: projects.length,
    compliant: state('compliant'),
    withWarnings: state('warnings'),
    withCritical: state('critical'),
    byPolicy: policies
      .filter((p) => p.enabled)
      .map((p) => ({ policyKey: p.key, policyName: p.name, severity: p.severity, ...(perPolicy.get(p.key) ?? { projects: 0, items: 0 }) })),
  };
}
