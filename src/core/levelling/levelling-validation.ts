// The check every levelled schedule must pass, recomputed from the plain input: fixed tasks where
// they were, no task before its early start, every link honoured (except into a fixed task, whose
// actual start stands), and no resource over capacity in any period unless a task that may not be
// levelled (fixed, or priority 1000) loads it then. A levelling that fails it is broken.
import { linkOffset } from './levelling-problem.ts';
import { DO_NOT_LEVEL, type LevellingInput } from './levelling-types.ts';

/** Every violation in words; empty when `start` (per task, in input order) is a valid levelling. */
export function levellingViolations(input: LevellingInput, start: ArrayLike<number>): string[] {
  const { tasks, links, resources } = input;
  const problems: string[] = [];
  const index = new Map(tasks.map((t, a) => [t.id, a]));
  tasks.forEach((t, a) => {
    if (!Number.isInteger(start[a])) problems.push(`Task ${t.id} starts at ${start[a]}, not a whole period.`);
    else if (t.fixed && start[a] !== t.earlyStart) problems.push(`Task ${t.id} is fixed at ${t.earlyStart} but starts at ${start[a]}.`);
    else if (start[a]! < t.earlyStart) problems.push(`Task ${t.id} starts at ${start[a]}, before its early start ${t.earlyStart}.`);
  });
  for (const link of links) {
    const from = index.get(link.from)!;
    const to = index.get(link.to)!;
    if (tasks[to]!.fixed) continue;
    const earliest = start[from]! + linkOffset(link.type, link.lag, tasks[from]!.duration, tasks[to]!.duration);
    if (start[to]! < earliest) problems.push(`Link ${link.from} → ${link.to} (${link.type} ${link.lag}) wants ${link.to} to start at ${earliest} or later, but it starts at ${start[to]}.`);
  }
  resources.forEach((resource, r) => {
    const load = new Map<number, { total: number; pinned: boolean }>();
    tasks.forEach((t, a) => {
      const q = (t.demands ?? []).filter((d) => d.resourceId === resource.id).reduce((sum, d) => sum + d.perPeriod, 0);
      if (q === 0) return;
      for (let p = start[a]!; p < start[a]! + t.duration; p++) {
        const cell = load.get(p) ?? { total: 0, pinned: false };
        cell.total += q;
        cell.pinned ||= !!t.fixed || t.priority === DO_NOT_LEVEL;
        load.set(p, cell);
      }
    });
    const { capacity } = resources[r]!;
    for (const [p, { total, pinned }] of load) {
      const available = capacity.length === 0 ? 0 : capacity[Math.min(p, capacity.length - 1)]!;
      if (total > available && !pinned) problems.push(`Resource ${resource.id} is loaded ${total} in period ${p}, above its capacity ${available}.`);
    }
  });
  return problems;
}
