// The competency framework Orrery ships until the PMO saves its own: the project manager's
// competencies (after the PMI Talent Triangle and IPMA's ICB4, narrowed to what a PMO assesses) and
// the levels a project manager is expected to reach in each.
import type { TrainingRole } from './training-roles.ts';
import type { Competency, RoleRequirement } from './training-types.ts';

export interface CompetencyFramework {
  readonly competencies: ReadonlyArray<Competency>;
  readonly requirements: ReadonlyArray<RoleRequirement>;
}

export const PROJECT_MANAGER_ROLE: TrainingRole = 'project_manager';

export const DEFAULT_COMPETENCY_FRAMEWORK: CompetencyFramework = {
  competencies: [
    { key: 'scheduling', name: 'Scheduling' },
    { key: 'cost_control', name: 'Cost control' },
    { key: 'risk_management', name: 'Risk management' },
    { key: 'stakeholder_management', name: 'Stakeholder management' },
    { key: 'governance', name: 'Governance and methodology' },
    { key: 'leadership', name: 'Leadership' },
  ],
  requirements: [
    {
      role: PROJECT_MANAGER_ROLE,
      name: 'Project managers',
      levels: { scheduling: 3, cost_control: 3, risk_management: 3, stakeholder_management: 3, governance: 3, leadership: 2 },
    },
  ],
};

/** Problems with a framework: requirement levels must name its competencies. */
export function frameworkProblems(framework: CompetencyFramework): { path: string; message: string }[] {
  const keys = framework.competencies.map((c) => c.key);
  const problems: { path: string; message: string }[] = [];
  framework.competencies.forEach((c, i) => {
    if (keys.indexOf(c.key) !== i) problems.push({ path: `competencies[${i}].key`, message: `"${c.key}" is used twice; give each competency its own key` });
  });
  const roles = framework.requirements.map((r) => r.role);
  framework.requirements.forEach((r, i) => {
    if (roles.indexOf(r.role) !== i) problems.push({ path: `requirements[${i}].role`, message: `"${r.role}" has its required levels twice; keep one entry per role` });
    for (const key of Object.keys(r.levels)) {
      if (!keys.includes(key)) problems.push({ path: `requirements[${i}].levels.${key}`, message: `"${key}" is not a competency; use one of ${keys.join(', ')}` });
    }
  });
  return problems;
}
