// Checks a project template before the PMO saves it, so that creating a project from it cannot
// fail on the template's own account: the WBS is a well-formed outline whose links name existing
// rows and do not loop (the schedule engine itself is run on it), the durations fit the rows
// (milestones and summary rows have none, work has some), the register items are complete, and
// the documents use only known placeholders. Every problem is reported, each naming the WBS row or
// item it is about and saying how to fix it.
import { schedule } from '../schedule/schedule.ts';
import { placeholderProblems } from './placeholders.ts';
import { TEMPLATE_LINK_TYPES, type ProjectTemplate, type TemplateError, type TemplateValidation, type WbsRow } from './template-types.ts';
import { planOfWbs, scheduleInputOfPlan, summaryRows } from './wbs-plan.ts';

export const TEMPLATE_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
export const WBS_REF_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
/** The longest duration or lag a row may have, in working days (about eight years). */
export const MAX_DAYS = 2000;

type Add = (path: string, message: string) => void;

/**
 * Every problem of a template (an empty list when it is fit to save and to use).
 * @example
 * const r = validateTemplate(t);
 * if (!r.ok) console.log(r.errors[0]);
 * // { path: 'wbs[5].predecessors[0].ref', message: 'row 6 "Build" (ref 3.1): predecessor "3.9" is not a row of the WBS; …' }
 */
export function validateTemplate(t: ProjectTemplate): TemplateValidation {
  const errors: TemplateError[] = [];
  const add: Add = (path, message) => errors.push({ path, message });
  if (!TEMPLATE_KEY_PATTERN.test(t.key)) add('key', `"${t.key}" is not a valid key; use 1 to 40 lower-case letters, digits or underscores, starting with a letter`);
  if (isBlank(t.name)) add('name', 'the template needs a name');
  if (!TEMPLATE_KEY_PATTERN.test(t.methodologyKey)) add('methodologyKey', `"${t.methodologyKey}" is not a methodology key; name one such as predictive or agile`);
  const wbsOk = checkWbs(t.wbs, add);
  if (wbsOk) checkLoops(t.wbs, add);
  checkRegisters(t, add);
  t.documents.forEach((d, i) => {
    const at = `documents[${i}]`;
    if (!TEMPLATE_KEY_PATTERN.test(d.requirementKey)) add(`${at}.requirementKey`, `"${d.requirementKey}" is not a requirement key; use the key of a gate's deliverable, such as charter or business_case`);
    if (isBlank(d.title)) add(`${at}.title`, `document ${i + 1} needs a title`);
    for (const problem of placeholderProblems(d.title)) add(`${at}.title`, `document ${i + 1}'s title: ${problem.replace(/^line 1: /, '')}`);
    for (const problem of placeholderProblems(d.body)) add(`${at}.body`, `document "${d.title}", ${problem}`);
  });
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

const rowLabel = (row: WbsRow, i: number): string => `row ${i + 1} "${row.name}" (ref ${row.ref})`;

/** The outline, refs, durations and links of a WBS; true when the engine may be run on it. */
function checkWbs(wbs: ReadonlyArray<WbsRow>, add: Add): boolean {
  const before = countingAdd(add);
  if (wbs.length === 0) before.add('wbs', 'the WBS needs at least one row');
  const summary = summaryRows(wbs);
  const rowOf = new Map<string, number>();
  wbs.forEach((row, i) => {
    if (!WBS_REF_PATTERN.test(row.ref)) before.add(`wbs[${i}].ref`, `row ${i + 1} "${row.name}": ref "${row.ref}" is not valid; use 1 to 40 letters, digits, dots, dashes or underscores, such as 2.3`);
    else if (rowOf.has(row.ref)) before.add(`wbs[${i}].ref`, `${rowLabel(row, i)}: ref "${row.ref}" is also row ${rowOf.get(row.ref)! + 1}'s; give each row its own ref`);
    else rowOf.set(row.ref, i);
  });
  const parents = parentIndexes(wbs);
  wbs.forEach((row, i) => {
    const at = `wbs[${i}]`;
    const label = rowLabel(row, i);
    if (isBlank(row.name)) before.add(`${at}.name`, `row ${i + 1} (ref ${row.ref}) needs a name`);
    const previous = i === 0 ? 0 : wbs[i - 1]!.outlineLevel;
    if (!Number.isInteger(row.outlineLevel) || row.outlineLevel < 1 || row.outlineLevel > previous + 1) {
      before.add(`${at}.outlineLevel`, `${label}: outline level ${row.outlineLevel} is not allowed here; use 1 to ${previous + 1} (at most one level deeper than the row above)`);
    }
    checkDuration(row, summary[i]!, at, label, before.add);
    const linked = new Set<string>();
    row.predecessors.forEach((p, j) => {
      const path = `${at}.predecessors[${j}]`;
      const from = rowOf.get(p.ref);
      if (from === undefined) before.add(`${path}.ref`, `${label}: predecessor "${p.ref}" is not a row of the WBS; name an existing row by its ref`);
      else if (from === i) before.add(`${path}.ref`, `${label}: a row cannot be its own predecessor`);
      else if (isAncestor(parents, from, i) || isAncestor(parents, i, from)) {
        before.add(`${path}.ref`, `${label}: it cannot be linked to "${wbs[from]!.name}", which ${isAncestor(parents, from, i) ? 'contains it' : 'it contains'}; link the rows around the summary instead`);
      } else if (linked.has(p.ref) || (from < i && wbs[from]!.predecessors.some((q) => q.ref === row.ref))) {
        before.add(`${path}.ref`, `${label}: it is already linked to "${wbs[from]!.name}"; keep one link between two rows`);
      }
      linked.add(p.ref);
      if (!TEMPLATE_LINK_TYPES.includes(p.type)) before.add(`${path}.type`, `${label}: link type "${p.type}" is not one of ${TEMPLATE_LINK_TYPES.join(', ')}`);
      if (!Number.isFinite(p.lagDays) || Math.abs(p.lagDays) > MAX_DAYS) before.add(`${path}.lagDays`, `${label}: a lag of ${p.lagDays} days is out of range; use -${MAX_DAYS} to ${MAX_DAYS}`);
    });
  });
  return before.count() === 0;
}

function checkDuration(row: WbsRow, summary: boolean, at: string, label: string, add: Add): void {
  const days = row.durationDays;
  if (!Number.isFinite(days) || days < 0 || days > MAX_DAYS) add(`${at}.durationDays`, `${label}: a duration of ${days} days is out of range; use 0 to ${MAX_DAYS}`);
  else if (summary && row.milestone) add(`${at}.milestone`, `${label}: a summary row (it has rows under it) cannot be a milestone; add the milestone as a row of its own`);
  else if (summary && days !== 0) add(`${at}.durationDays`, `${label}: a summary row takes its duration from the rows under it; set durationDays to 0`);
  else if (row.milestone && days !== 0) add(`${at}.durationDays`, `${label}: a milestone has no duration; set durationDays to 0, or make it a task`);
  else if (!summary && !row.milestone && days === 0) add(`${at}.durationDays`, `${label}: a task needs a duration; give it durationDays, or make it a milestone`);
}

/** The engine's verdict: a WBS whose links loop cannot be scheduled. */
function checkLoops(wbs: ReadonlyArray<WbsRow>, add: Add): void {
  const result = schedule(scheduleInputOfPlan(planOfWbs(wbs, 480), '2026-01-05T08:00'));
  if (result.ok) return;
  const rows = result.cycle.map((uid) => uid - 1);
  const names = rows.map((i) => `"${wbs[i]!.name}" (ref ${wbs[i]!.ref})`);
  add(rows.length > 0 ? `wbs[${rows[0]}].predecessors` : 'wbs', `the links form a loop: ${names.join(' → ')} → back to the first; remove one of these links`);
}

function checkRegisters(t: ProjectTemplate, add: Add): void {
  t.registers.risks.forEach((r, i) => {
    const at = `registers.risks[${i}]`;
    const label = `risk ${i + 1}${isBlank(r.title) ? '' : ` "${r.title}"`}`;
    if (isBlank(r.title)) add(`${at}.title`, `${label} needs a title`);
    if (isBlank(r.category)) add(`${at}.category`, `${label} needs a category, such as technical or supplier`);
    for (const field of ['probability', 'impact'] as const) {
      if (!Number.isInteger(r[field]) || r[field] < 1 || r[field] > 10) add(`${at}.${field}`, `${label}: ${field} is a level of the risk matrix, 1 to 10 (${r[field]} given)`);
    }
  });
  const dated = (kind: 'assumption' | 'action', field: string, items: ReadonlyArray<{ title: string; days: number | null }>) =>
    items.forEach(({ title, days }, i) => {
      const at = `registers.${kind}s[${i}]`;
      if (isBlank(title)) add(`${at}.title`, `${kind} ${i + 1} needs a title`);
      if (days !== null && (!Number.isInteger(days) || days < 0 || days > 3660)) add(`${at}.${field}`, `${kind} ${i + 1} "${title}": ${days} is not a whole number of days from the project's start (0 to 3660)`);
    });
  dated('assumption', 'validateAfterDays', t.registers.assumptions.map((a) => ({ title: a.title, days: a.validateAfterDays })));
  dated('action', 'dueAfterDays', t.registers.actions.map((a) => ({ title: a.title, days: a.dueAfterDays })));
}

/** For each row, the index of its parent (the nearest row above with a lower level), or -1. */
function parentIndexes(wbs: ReadonlyArray<WbsRow>): number[] {
  const stack: number[] = [];
  return wbs.map((row, i) => {
    while (stack.length > 0 && wbs[stack[stack.length - 1]!]!.outlineLevel >= row.outlineLevel) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1]! : -1;
    stack.push(i);
    return parent;
  });
}

function isAncestor(parents: ReadonlyArray<number>, ancestor: number, row: number): boolean {
  for (let p = parents[row]!; p >= 0; p = parents[p]!) if (p === ancestor) return true;
  return false;
}

function countingAdd(add: Add): { add: Add; count: () => number } {
  let n = 0;
  return { add: (path, message) => (n++, add(path, message)), count: () => n };
}

const isBlank = (text: string): boolean => text.trim().length === 0;
