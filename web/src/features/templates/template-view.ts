// Pure helpers of "start from a template": how a template is summed up in its picker, what a
// project created from one got, and the server's field errors (on `project.*`) put back onto the
// project form's own field names.
import { ApiProblem, isApiProblem } from '../../api/api-problem.ts';
import type { ProjectFromTemplateResult, TemplateSummary } from '../../api/types.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "predictive_stage_gate" → "Predictive stage gate". */
export const methodologyLabel = (key: string): string => {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** "Predictive · 24 tasks · 5 milestones · 3 documents" for the template picker. */
export function templateSummary(t: Pick<TemplateSummary, 'methodologyKey' | 'counts'>): string {
  const { counts } = t;
  return [methodologyLabel(t.methodologyKey), plural(counts.tasks, 'task'), plural(counts.milestones, 'milestone'), plural(counts.documents, 'document')].join(' · ');
}

/** The starting registers of a template: "4 risks, 2 assumptions, 3 actions". */
export const registersSummary = (counts: TemplateSummary['counts']): string =>
  [plural(counts.risks, 'risk'), plural(counts.assumptions, 'assumption'), plural(counts.actions, 'action')].join(', ');

/** What the new project got, one phrase per kind, empty kinds left out. */
export function createdSummary(result: Pick<ProjectFromTemplateResult, 'instantiated'>): string[] {
  const i = result.instantiated;
  return [
    i.tasks ? `${plural(i.tasks, 'task')}${i.milestones ? ` (${plural(i.milestones, 'milestone')})` : ''}` : null,
    i.links ? plural(i.links, 'link') : null,
    i.risks ? plural(i.risks, 'risk') : null,
    i.assumptions ? plural(i.assumptions, 'assumption') : null,
    i.actions ? plural(i.actions, 'action') : null,
    i.documents ? `${plural(i.documents, 'draft document')}` : null,
  ].filter((s): s is string => s !== null);
}

/** The same problem with `project.name` paths as `name`, for the project form's fields. */
export function withProjectPaths(error: unknown): unknown {
  if (!isApiProblem(error) || error.fieldErrors.length === 0) return error;
  const errors = error.fieldErrors.map((e) => ({ ...e, path: e.path.replace(/^(body\.)?project\./, '') }));
  return new ApiProblem({ ...error.problem, errors });
}
