// What a scoring model and a project's rating must be, each problem saying where it is and how to
// fix it: criteria with unique keys, non-negative weights that are not all zero, a direction, and
// a scale of 2 to 10 levels numbered 1 … n, each with a label and a description; a rating gives
// every criterion a whole level on its scale and names no criterion the model lacks.
import type { Criterion, FieldProblem, ProjectRating, ScoringModel } from './scoring-types.ts';

const KEY = /^[a-z][a-z0-9_]{0,39}$/;
export const MAX_CRITERIA = 30;
export const MAX_LEVELS = 10;

function criterionProblems(c: Criterion, at: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = c.name?.trim() ? `"${c.name.trim()}"` : `Criterion ${c.key}`;
  if (!KEY.test(c.key)) problems.push({ path: `${at}.key`, message: `"${c.key}" is not a criterion key: use a short lower-case word such as strategic_fit (letters, digits, _).` });
  if (!c.name?.trim()) problems.push({ path: `${at}.name`, message: 'Give the criterion a name, such as "Strategic fit".' });
  if (!(Number.isFinite(c.weight) && c.weight >= 0)) problems.push({ path: `${at}.weight`, message: `${name}: the weight ${c.weight} must be a number of 0 or more.` });
  if (c.direction !== 'higher-is-better' && c.direction !== 'lower-is-better') {
    problems.push({ path: `${at}.direction`, message: `${name}: the direction is "higher-is-better" or "lower-is-better" (for risk or cost), not "${c.direction}".` });
  }
  if (c.levels.length < 2 || c.levels.length > MAX_LEVELS) problems.push({ path: `${at}.levels`, message: `${name}: give the scale 2 to ${MAX_LEVELS} levels (it has ${c.levels.length}).` });
  c.levels.forEach((l, j) => {
    const lat = `${at}.levels[${j}]`;
    if (l.level !== j + 1) problems.push({ path: `${lat}.level`, message: `${name}: levels are numbered 1, 2, 3 … in order; this one should be ${j + 1}, not ${l.level}.` });
    if (!l.label?.trim()) problems.push({ path: `${lat}.label`, message: `${name}: give level ${j + 1} a label, such as "High".` });
    if (!l.description?.trim()) problems.push({ path: `${lat}.description`, message: `${name}: say what level ${j + 1} means, so that assessors rate alike.` });
  });
  return problems;
}

/**
 * What is wrong with a scoring model (empty: nothing).
 * @example modelProblems({ criteria: [] }) // [{ path: 'criteria', message: 'Give the model at least one criterion.' }]
 */
export function modelProblems(model: ScoringModel): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (model.criteria.length === 0) return [{ path: 'criteria', message: 'Give the model at least one criterion.' }];
  if (model.criteria.length > MAX_CRITERIA) problems.push({ path: 'criteria', message: `A model has at most ${MAX_CRITERIA} criteria (this one has ${model.criteria.length}).` });
  const keys = new Set<string>();
  model.criteria.forEach((c, i) => {
    problems.push(...criterionProblems(c, `criteria[${i}]`));
    if (keys.has(c.key)) problems.push({ path: `criteria[${i}].key`, message: `The key "${c.key}" is used twice; give each criterion its own.` });
    keys.add(c.key);
  });
  if (model.criteria.every((c) => Number.isFinite(c.weight) && c.weight >= 0) && model.criteria.every((c) => c.weight === 0)) {
    problems.push({ path: 'criteria', message: 'Every weight is 0: give at least one criterion a weight above 0.' });
  }
  return problems;
}

/**
 * What is wrong with a project's rating on a (valid) model (empty: nothing). `at` prefixes the paths.
 * @example ratingProblems(model, { projectId: 'P1', levels: { risk: 7 } }, 'ratings[0]')
 * // [{ path: 'ratings[0].levels.risk', message: 'P1: "Risk" is rated 1 (Low) to 5 (Very high); 7 is outside it.' }, …]
 */
export function ratingProblems(model: ScoringModel, rating: ProjectRating, at = ''): FieldProblem[] {
  const prefix = at ? `${at}.` : '';
  const who = rating.projectId?.trim() ? rating.projectId : 'A project';
  const problems: FieldProblem[] = [];
  if (!rating.projectId?.trim()) problems.push({ path: `${prefix}projectId`, message: 'The rating names no project.' });
  for (const c of model.criteria) {
    const level = rating.levels[c.key];
    const scale = `${c.levels.length} (${c.levels[c.levels.length - 1]!.label})`;
    if (level === undefined) problems.push({ path: `${prefix}levels.${c.key}`, message: `${who}: "${c.name}" is not rated; give it a level from 1 (${c.levels[0]!.label}) to ${scale}.` });
    else if (!Number.isInteger(level) || level < 1 || level > c.levels.length) {
      problems.push({ path: `${prefix}levels.${c.key}`, message: `${who}: "${c.name}" is rated 1 (${c.levels[0]!.label}) to ${scale}; ${level} is outside it.` });
    }
  }
  const known = new Set(model.criteria.map((c) => c.key));
  for (const key of Object.keys(rating.levels)) {
    if (!known.has(key)) problems.push({ path: `${prefix}levels.${key}`, message: `${who}: the model has no criterion "${key}"; remove the rating or add the criterion.` });
  }
  return problems;
}

/** Problems of many ratings at once, including a project rated twice. */
export function ratingsProblems(model: ScoringModel, ratings: ReadonlyArray<ProjectRating>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const ids = new Set<string>();
  ratings.forEach((r, i) => {
    problems.push(...ratingProblems(model, r, `ratings[${i}]`));
    if (ids.has(r.projectId)) problems.push({ path: `ratings[${i}].projectId`, message: `${r.projectId} is rated twice; keep one rating per project.` });
    ids.add(r.projectId);
  });
  return problems;
}
