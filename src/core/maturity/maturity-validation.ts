// What a maturity model and an answer sheet must be, each problem naming where it is and how to fix
// it: dimensions and questions with unique keys and names, every question with exactly one
// description per level; answers whole levels 1–5 (or null for "don't know") to questions the model
// has.
import { LEVEL_COUNT, type FieldProblem, type MaturityModel, type MaturityQuestion, type MaturityResponse } from './maturity-types.ts';

const KEY = /^[a-z][a-z0-9_]{0,39}$/;
export const MAX_DIMENSIONS = 20;
export const MAX_QUESTIONS_PER_DIMENSION = 20;

const keyMessage = (what: string, key: string) => `"${key}" is not a ${what} key: use a short lower-case word such as ${what === 'dimension' ? 'governance' : 'gate_reviews'} (letters, digits, _).`;

function questionProblems(q: MaturityQuestion, at: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = q.text?.trim() ? `"${q.text.trim()}"` : `Question ${q.key}`;
  if (!KEY.test(q.key)) problems.push({ path: `${at}.key`, message: keyMessage('question', q.key) });
  if (!q.text?.trim()) problems.push({ path: `${at}.text`, message: 'Write the question, such as "How are stage gates run?".' });
  if (q.levels.length !== LEVEL_COUNT) {
    problems.push({ path: `${at}.levels`, message: `${name}: describe each of the ${LEVEL_COUNT} levels, in order from 1 to ${LEVEL_COUNT} (it has ${q.levels.length}).` });
  }
  q.levels.forEach((d, i) => {
    if (!d?.trim()) problems.push({ path: `${at}.levels[${i}]`, message: `${name}: say what level ${i + 1} looks like, so respondents recognise their practice.` });
  });
  return problems;
}

/** What is wrong with a maturity model (empty: nothing). */
export function maturityModelProblems(model: MaturityModel): FieldProblem[] {
  if (model.dimensions.length === 0) return [{ path: 'dimensions', message: 'Give the model at least one dimension, such as Governance.' }];
  const problems: FieldProblem[] = [];
  if (model.dimensions.length > MAX_DIMENSIONS) problems.push({ path: 'dimensions', message: `A model has at most ${MAX_DIMENSIONS} dimensions (this one has ${model.dimensions.length}).` });
  const dimensionKeys = new Set<string>();
  const questionKeys = new Set<string>();
  model.dimensions.forEach((d, i) => {
    const at = `dimensions[${i}]`;
    if (!KEY.test(d.key)) problems.push({ path: `${at}.key`, message: keyMessage('dimension', d.key) });
    if (dimensionKeys.has(d.key)) problems.push({ path: `${at}.key`, message: `The dimension key "${d.key}" is used twice; give each dimension its own.` });
    dimensionKeys.add(d.key);
    if (!d.name?.trim()) problems.push({ path: `${at}.name`, message: 'Give the dimension a name, such as "Governance".' });
    if (d.questions.length === 0) problems.push({ path: `${at}.questions`, message: `Give the dimension "${d.name || d.key}" at least one question.` });
    if (d.questions.length > MAX_QUESTIONS_PER_DIMENSION) {
      problems.push({ path: `${at}.questions`, message: `A dimension has at most ${MAX_QUESTIONS_PER_DIMENSION} questions ("${d.name || d.key}" has ${d.questions.length}).` });
    }
    d.questions.forEach((q, j) => {
      problems.push(...questionProblems(q, `${at}.questions[${j}]`));
      if (questionKeys.has(q.key)) problems.push({ path: `${at}.questions[${j}].key`, message: `The question key "${q.key}" is used twice in the model; give each question its own.` });
      questionKeys.add(q.key);
    });
  });
  return problems;
}

/** What is wrong with one respondent's answers on a (valid) model (empty: nothing). Unanswered questions are allowed. */
export function responseProblems(model: MaturityModel, response: MaturityResponse, at = ''): FieldProblem[] {
  const prefix = at ? `${at}.` : '';
  const known = new Set(model.dimensions.flatMap((d) => d.questions.map((q) => q.key)));
  const problems: FieldProblem[] = [];
  for (const [key, level] of Object.entries(response.answers)) {
    if (!known.has(key)) {
      problems.push({ path: `${prefix}answers.${key}`, message: `The model has no question "${key}"; answer the questions the assessment shows.` });
    } else if (level !== null && !(Number.isInteger(level) && level >= 1 && level <= LEVEL_COUNT)) {
      problems.push({ path: `${prefix}answers.${key}`, message: `Answer "${key}" with a level from 1 to ${LEVEL_COUNT} (or "don't know"); ${String(level)} is not one.` });
    }
  }
  return problems;
}
