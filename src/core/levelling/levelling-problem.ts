// Plain levelling input checked and turned into the index form the generator runs on. Every problem
// names the task, link or resource at fault and says how to fix it.
import { topologicalOrder } from '../rcpsp/instance-checks.ts';
import type { LevellingProblem } from './levelling-sgs.ts';
import { DO_NOT_LEVEL, type LevellingError, type LevellingInput, type LinkType } from './levelling-types.ts';

const LINK_TYPES: ReadonlyArray<LinkType> = ['FS', 'SS', 'FF', 'SF'];

const invalid = (message: string, id?: string): LevellingError => ({ ok: false, error: 'invalid_input', message, ...(id === undefined ? {} : { id }) });
/** About 270 years of days: beyond it a date is a mistake, and the generator's arrays would not fit. */
export const MAX_PERIODS = 100_000;
const isPeriod = (x: number): boolean => Number.isInteger(x) && x >= 0 && x <= MAX_PERIODS;
const isPriority = (x: number): boolean => Number.isInteger(x) && x >= 0 && x <= DO_NOT_LEVEL;

/**
 * The minimum distance from a predecessor's start to its successor's that a link asks for:
 * FS lag after the finish, SS after the start, FF and SF the successor's finish after the
 * predecessor's finish or start.
 */
export function linkOffset(type: LinkType, lag: number, fromDuration: number, toDuration: number): number {
  const fromEnd = type === 'FS' || type === 'FF' ? fromDuration : 0;
  const toEnd = type === 'FF' || type === 'SF' ? toDuration : 0;
  return fromEnd + lag - toEnd;
}

/** The problem by index (tasks in input order, resources in input order), or what is wrong with the input. */
export function compileLevelling(input: LevellingInput): { readonly ok: true; readonly problem: LevellingProblem } | LevellingError {
  const { tasks, links, resources } = input;
  const n = tasks.length;
  const k = resources.length;
  const resourceIndex = new Map<string, number>();
  let profileLength = 1;
  for (const [r, resource] of resources.entries()) {
    if (resourceIndex.has(resource.id)) return invalid(`Resource ${resource.id} is given twice: give each resource once.`, resource.id);
    resourceIndex.set(resource.id, r);
    if (resource.capacity.some((c) => c < 0)) return invalid(`Resource ${resource.id} has a negative capacity: capacity is working minutes per period, 0 or more.`, resource.id);
    profileLength = Math.max(profileLength, resource.capacity.length);
  }
  const capacity = new Int32Array(profileLength * k);
  const tail = new Int32Array(k);
  for (const [r, { capacity: profile }] of resources.entries()) {
    tail[r] = profile.length > 0 ? profile[profile.length - 1]! : 0;
    for (let t = 0; t < profileLength; t++) capacity[t * k + r] = t < profile.length ? profile[t]! : tail[r]!;
  }
  const taskIndex = new Map<string, number>();
  const duration = new Int32Array(n);
  const release = new Int32Array(n);
  const fixed = new Uint8Array(n);
  const pinned = new Uint8Array(n);
  const needs: Int32Array[] = [];
  for (const [a, task] of tasks.entries()) {
    const { id } = task;
    if (taskIndex.has(id)) return invalid(`Task ${id} is given twice: give each task once.`, id);
    taskIndex.set(id, a);
    if (!isPeriod(task.duration)) return invalid(`Task ${id} has duration ${task.duration}: give whole periods, 0 to ${MAX_PERIODS}.`, id);
    if (!isPeriod(task.earlyStart)) return invalid(`Task ${id} starts at period ${task.earlyStart}: give a whole period from 0 (the first levelled) to ${MAX_PERIODS}.`, id);
    if (!isPriority(task.priority) || !isPriority(task.projectPriority)) return invalid(`Task ${id} has priority ${task.priority} in a project of priority ${task.projectPriority}: priorities are whole numbers 0–1000.`, id);
    if (!Number.isFinite(task.totalSlack)) return invalid(`Task ${id} has total slack ${task.totalSlack}: give a number of periods.`, id);
    duration[a] = task.duration;
    release[a] = task.earlyStart;
    fixed[a] = task.fixed ? 1 : 0;
    pinned[a] = task.fixed || task.priority === DO_NOT_LEVEL ? 1 : 0;
    const need = new Int32Array(2 * k);
    for (const { resourceId, perPeriod } of task.demands ?? []) {
      const r = resourceIndex.get(resourceId);
      if (r === undefined) return invalid(`Task ${id} needs resource ${resourceId}, which is not among the resources: add it or remove the demand.`, id);
      if (!Number.isInteger(perPeriod) || perPeriod < 0 || perPeriod > 0x3fffffff) return invalid(`Task ${id} needs ${perPeriod} of resource ${resourceId} per period: give whole working minutes, 0 or more.`, id);
      need[2 * r] = r;
      need[2 * r + 1]! += perPeriod;
    }
    const list: number[] = [];
    for (let r = 0; r < k; r++) if (need[2 * r + 1]! > 0) list.push(r, need[2 * r + 1]!);
    needs.push(Int32Array.from(list));
  }
  const out: number[][] = Array.from({ length: n }, () => []);
  for (const link of links) {
    const name = `${link.from} → ${link.to}`;
    const from = taskIndex.get(link.from);
    const to = taskIndex.get(link.to);
    if (from === undefined || to === undefined || from === to) return invalid(`Link ${name} must join two different tasks of the input.`, name);
    if (!LINK_TYPES.includes(link.type)) return invalid(`Link ${name} has type ${String(link.type)}: use FS, SS, FF or SF.`, name);
    if (!Number.isInteger(link.lag) || Math.abs(link.lag) > MAX_PERIODS) return invalid(`Link ${name} has lag ${link.lag}: give whole periods (negative for a lead), at most ${MAX_PERIODS} either way.`, name);
    // A started task keeps its actual start whatever its predecessors do (as in MS Project).
    if (!fixed[to]) out[from]!.push(to, linkOffset(link.type, link.lag, duration[from]!, duration[to]!));
  }
  const successors = out.map((o) => Int32Array.from(o));
  if (topologicalOrder({ activityCount: n, successors: successors.map((o) => o.filter((_, i) => i % 2 === 0)) }) === null) return invalid('The links form a loop: remove one of its links.');
  return { ok: true, problem: { taskCount: n, resourceCount: k, duration, release, fixed, pinned, needs, successors, capacity, profileLength, tail } };
}
