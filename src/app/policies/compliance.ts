// Compliance with the PMO's policies, evaluated over live data whenever it is asked for (nothing
// is stored, so a fixed risk or a changed threshold shows at once): per project with every breach
// and where to fix it, summed up for a portfolio, a program or everything the reader can see.
// Gate reviews use the same breaches, so a gate and the compliance view never disagree.
import type { Compliance, ComplianceQuery } from '../../contracts/policy.schema.ts';
import type { PolicyBreach } from '../../core/governance/gate-readiness.ts';
import { evaluatePolicies, projectCompliance, summariseCompliance, type ComplianceSummary, type ProjectCompliance } from '../../core/policies/evaluate-policies.ts';
import type { Breach, Policy } from '../../core/policies/policy-types.ts';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { visibleProjects } from '../projects/project-queries.ts';
import { todayOf } from '../raid/raid-log.ts';
import { loadScopedFacts, type ProjectScope, type ScopedFacts } from './compliance-facts.ts';
import { loadPolicies } from './policy-library.ts';

const enabledPolicies = async (db: Db): Promise<Policy[]> => (await loadPolicies(db)).map((s) => s.policy).filter((p) => p.enabled);

export async function getCompliance(ctx: AppContext, query: ComplianceQuery): Promise<Compliance> {
  let scope;
  if (query.projectId) {
    await loadAccessibleProject(ctx, ctx.db, query.projectId, 'read');
    scope = ctx.db.selectFrom('projects as p').where('p.id', '=', query.projectId);
  } else scope = visibleProjects(ctx, {});
  if (query.portfolioId) scope = scope.where('p.portfolioId', '=', query.portfolioId);
  if (query.programId) scope = scope.where('p.programId', '=', query.programId);
  const today = todayOf(ctx);
  const { evaluated, summary } = await evaluateScope(ctx.db, scope, today);
  const projects = evaluated.map(({ facts: { project: p }, portfolioId, programId, compliance: c }) => ({
    projectId: p.id,
    projectCode: p.code,
    projectName: p.name,
    portfolioId,
    programId,
    phase: p.phase,
    status: p.status,
    state: c.state,
    warnings: c.warnings,
    critical: c.critical,
    breaches: c.breaches.map(toApiBreach),
  }));
  return { asOf: today, projects, summary: { ...summary, byPolicy: [...summary.byPolicy] } };
}

/** Every project in scope judged on the enabled policies as of `today`, and the summary. */
export async function evaluateScope(db: Db, scope: ProjectScope, today: string): Promise<{ evaluated: Array<ScopedFacts & { compliance: ProjectCompliance }>; summary: ComplianceSummary }> {
  const [policies, scoped] = await Promise.all([enabledPolicies(db), loadScopedFacts(db, scope, today)]);
  const evaluated = scoped.map((s) => ({ ...s, compliance: projectCompliance(s.facts.project.id, evaluatePolicies(policies, s.facts)) }));
  return { evaluated, summary: summariseCompliance(evaluated.map((e) => e.compliance), policies) };
}

export const toApiBreach = (b: Breach): Compliance['projects'][number]['breaches'][number] => ({ ...b, items: b.items.map((i) => ({ ...i })), fix: { ...b.fix } });

/**
 * A project's breaches as its gate sees them. The gate_deliverables policy is left out: the gate
 * lists each required deliverable itself (and a waiver names the deliverable), so counting the
 * policy too would ask for the same document twice.
 */
export async function gatePolicyBreaches(db: Db, projectId: string, today: string): Promise<PolicyBreach[]> {
  const policies = (await enabledPolicies(db)).filter((p) => p.kind !== 'gate_deliverables');
  const [scoped] = await loadScopedFacts(db, db.selectFrom('projects as p').where('p.id', '=', projectId), today);
  if (!scoped) return [];
  return evaluatePolicies(policies, scoped.facts).map((b) => ({ policyKey: b.policyKey, message: b.message, severity: b.severity }));
}

/** The keys of the policies in force, which a gate's approvers may waive. */
export async function policyKeys(db: Db): Promise<string[]> {
  return (await enabledPolicies(db)).map((p) => p.key);
}
