// The building blocks of the default methodologies. The project documents they ask for are
// defined once, here: project documents are matched to gate requirements by key, so a document
// that means the same thing in every methodology (the charter, the business case, the risk
// register …) must carry the same key everywhere, and building every requirement from this one
// table makes that true by construction.
import type { Criterion, DeliverableRequirement } from './methodology-types.ts';

interface DeliverableDefinition {
  readonly name: string;
  readonly description: string;
}

export const DEFAULT_DELIVERABLES = {
  charter: { name: 'Project charter', description: 'Authorises the project and the project manager: objectives, scope boundaries, sponsor, high-level milestones and budget.' },
  business_case: { name: 'Business case', description: 'Why the project is worth doing: options considered, benefits, costs, risks and the expected return.' },
  project_management_plan: { name: 'Project management plan', description: 'How the project will be run and controlled: scope, approach, governance, quality, change control and reporting.' },
  schedule_baseline: { name: 'Schedule baseline', description: 'The approved schedule against which progress is measured.' },
  budget: { name: 'Budget', description: 'The approved cost baseline, with contingency and the funding profile over time.' },
  risk_register: { name: 'Risk register', description: 'Identified risks with their owners, assessment and responses.' },
  stakeholder_register: { name: 'Stakeholder register', description: 'Who is affected by or has influence over the project, with their interests and engagement approach.' },
  communication_plan: { name: 'Communication plan', description: 'Who receives what information, when, in what form and from whom.' },
  deliverable_acceptance: { name: 'Acceptance of deliverables', description: 'The customer’s or sponsor’s signed acceptance of the deliverables against their acceptance criteria.' },
  handover_plan: { name: 'Handover plan', description: 'How the results pass to the people who will run them: training, support, documentation and the date of transfer.' },
  closure_report: { name: 'Closure report', description: 'The project’s final account: objectives met, final cost and dates against the baselines, open items and their new owners.' },
  lessons_learned: { name: 'Lessons learned', description: 'What went well and what did not, written for the projects that come after.' },
  product_vision: { name: 'Product vision', description: 'The problem, the target users, the value to deliver and how success will be measured.' },
  product_backlog: { name: 'Product backlog', description: 'The ordered list of work for the product, its top refined and estimated.' },
  release_plan: { name: 'Release plan', description: 'The releases planned, their goals and their expected dates.' },
  definition_of_done: { name: 'Definition of done', description: 'The quality bar every backlog item must meet before it counts as done.' },
  release_readiness: { name: 'Release readiness checklist', description: 'Evidence that a release can go live: testing, security, support, rollback and communication.' },
} as const satisfies Record<string, DeliverableDefinition>;

export type DefaultDeliverableKey = keyof typeof DEFAULT_DELIVERABLES;

/**
 * A mandatory requirement for one of the default deliverables.
 * @example
 * required('charter'); // { key: 'charter', name: 'Project charter', …, mandatory: true }
 */
export function required(key: DefaultDeliverableKey): DeliverableRequirement {
  return { key, ...DEFAULT_DELIVERABLES[key], mandatory: true };
}

/**
 * An optional requirement for one of the default deliverables.
 * @example
 * optional('business_case'); // { key: 'business_case', name: 'Business case', …, mandatory: false }
 */
export function optional(key: DefaultDeliverableKey): DeliverableRequirement {
  return { key, ...DEFAULT_DELIVERABLES[key], mandatory: false };
}

/**
 * A mandatory checklist criterion.
 * @example
 * must('sponsor_named', 'A sponsor is named.'); // { key: 'sponsor_named', text: …, mandatory: true }
 */
export function must(key: string, text: string): Criterion {
  return { key, text, mandatory: true };
}

/**
 * An optional checklist criterion: failing it warns, never holds the gate.
 * @example
 * may('options_considered', 'Alternatives were considered.'); // { …, mandatory: false }
 */
export function may(key: string, text: string): Criterion {
  return { key, text, mandatory: false };
}
