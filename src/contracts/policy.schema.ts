// PMO policies (rules over live project data the PMO configures) and the compliance view that
// lists every breach, per project and summed up for a portfolio, with a link to put each right.
import { z } from 'zod';
import { Id, IsoDate } from './common.schema.ts';

/** The rule kinds the server knows how to evaluate (the same list as src/core/policies). */
export const POLICY_KINDS = [
  'risk_response_required',
  'risk_review_current',
  'overdue_actions',
  'issue_escalation',
  'gate_deliverables',
  'schedule_baselined',
  'manager_and_sponsor',
  'dependencies_on_track',
  'status_report_current',
] as const;
export const POLICY_SEVERITIES = ['warning', 'critical'] as const;
export const Severity = z.enum(POLICY_SEVERITIES).describe('warning: advice (a warning at a gate under every operating model); critical: the operating model decides (warn, need a waiver, or block the gate).');

const Key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'Keys are lower-case words joined by _, such as high_risks_have_response.');
export const PolicyParams = z.object({ key: Key }).strict();
const ParamValue = z.union([z.number(), z.string().max(100), z.array(z.string().max(100)).max(50)]);

export const PolicyBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    description: z.string().max(2000).default(''),
    kind: z.enum(POLICY_KINDS).describe('The rule; GET /api/v1/policies lists each kind with its parameters.'),
    params: z.record(z.string(), ParamValue).default({}).describe('The kind’s parameters, e.g. { "minScore": 15 } for risk_response_required; checked against the kind (422 naming the parameter).'),
    severity: Severity,
    appliesToPhases: z.array(Key).max(30).default([]).describe('Phase keys the policy applies in; empty: every phase.'),
    enabled: z.boolean(),
  })
  .strict();
export type PolicyBody = z.infer<typeof PolicyBody>;

export const Policy = PolicyBody.extend({
  key: z.string(),
  builtIn: z.boolean().describe('Shipped with Orrery (the PMO may still edit it, but not change its kind).'),
  version: z.number().int().min(0).describe('0 for a built-in policy never edited; send it back in If-Match.'),
});
export type Policy = z.infer<typeof Policy>;

export const PolicyKindSpec = z.object({
  kind: z.enum(POLICY_KINDS),
  description: z.string(),
  params: z.array(z.object({ name: z.string(), type: z.enum(['integer', 'issue_priority', 'phase_keys']), description: z.string(), min: z.number().optional(), max: z.number().optional() })),
});
export const PolicyList = z.object({ items: z.array(Policy), kinds: z.array(PolicyKindSpec).describe('What each kind checks and the parameters it takes.') });
export type PolicyList = z.infer<typeof PolicyList>;

// ---------------------------------------------------------------------------------------------
// Compliance

export const BREACH_ITEM_KINDS = ['risk', 'action', 'issue', 'dependency', 'deliverable', 'project', 'schedule'] as const;
const BreachItemKind = z.enum(BREACH_ITEM_KINDS);

export const Breach = z.object({
  policyKey: z.string(),
  policyName: z.string(),
  severity: Severity,
  projectId: Id,
  message: z.string().describe('A sentence naming the offending items.'),
  items: z.array(z.object({ kind: BreachItemKind, id: Id.nullable(), code: z.string().nullable().describe('RSK-4, or a deliverable’s requirement key.') })),
  fix: z
    .object({ kind: BreachItemKind, id: Id.nullable() })
    .describe('Where to put it right: the item (id set), or the project’s log or page of that kind (id null); a schedule’s id is its project’s.'),
});
export type Breach = z.infer<typeof Breach>;

export const ComplianceState = z.enum(['compliant', 'warnings', 'critical']);
export const ProjectCompliance = z.object({
  projectId: Id,
  projectCode: z.string(),
  projectName: z.string(),
  portfolioId: Id,
  programId: Id.nullable(),
  phase: z.string(),
  status: z.string(),
  state: ComplianceState.describe('critical: a critical breach; warnings: only warnings; compliant: none.'),
  warnings: z.number().int(),
  critical: z.number().int(),
  breaches: z.array(Breach),
});
export type ProjectCompliance = z.infer<typeof ProjectCompliance>;

export const ComplianceQuery = z
  .object({ projectId: Id.optional(), portfolioId: Id.optional(), programId: Id.optional() })
  .strict()
  .describe('Without a filter: every project you can see.');
export type ComplianceQuery = z.infer<typeof ComplianceQuery>;
export const ComplianceExportQuery = ComplianceQuery.extend({ format: z.enum(['csv', 'xlsx']).default('xlsx').describe('xlsx (default) or csv.') }).strict();
export type ComplianceExportQuery = z.infer<typeof ComplianceExportQuery>;

export const Compliance = z.object({
  asOf: IsoDate,
  projects: z.array(ProjectCompliance).describe('The projects you can see (not archived, or the one asked for), by code.'),
  summary: z.object({
    projects: z.number().int(),
    compliant: z.number().int(),
    withWarnings: z.number().int(),
    withCritical: z.number().int(),
    byPolicy: z.array(z.object({ policyKey: z.string(), policyName: z.string(), severity: Severity, projects: z.number().int(), items: z.number().int() })).describe('Every enabled policy, with the projects breaching it.'),
  }),
});
export type Compliance = z.infer<typeof Compliance>;
