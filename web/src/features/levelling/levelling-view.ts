// The words of a levelling result: a task's delay, the over-allocation summary, a project's finish
// before and after, and what the buttons will do.
import type { LevellingResult, LevelledTaskMove } from '../../api/levelling.ts';

/** "3 working days", "follows its predecessors" for a task moved only by its links. */
export function delayLabel(move: Pick<LevelledTaskMove, 'levelingDelayDays'>): string {
  const days = move.levelingDelayDays;
  if (days === 0) return 'follows its predecessors';
  return `${days} working day${days === 1 ? '' : 's'}`;
}

/** "Over-allocated resource-days: 4 before, none after." */
export function overloadSummary(result: Pick<LevellingResult, 'overAllocatedBefore' | 'overAllocatedAfter'>): string {
  const count = (n: number) => (n === 0 ? 'none' : String(n));
  return `Over-allocated resource-days: ${count(result.overAllocatedBefore)} before, ${count(result.overAllocatedAfter)} after.`;
}

/** What the preview means in one sentence. */
export function previewHeadline(result: Pick<LevellingResult, 'moved' | 'overAllocatedBefore' | 'applied'>): string {
  if (result.moved.length === 0) return result.overAllocatedBefore === 0 ? 'Nobody is over-allocated: nothing needs to move.' : 'Nothing can move to help: the over-allocations left come from started or pinned tasks or other projects.';
  const n = result.moved.length;
  return `${n} task${n === 1 ? '' : 's'} ${result.applied ? (n === 1 ? 'was' : 'were') : 'would be'} moved.`;
}
