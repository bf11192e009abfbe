// The project manager's bottom-up estimate to complete, as one figure: the manager's estimate for the
// whole project when one is given (a manager who forecasts top-down), else the items' estimates
// summed with those of work outside the items (tasks added since the cost baseline), known only once
// every unfinished item has one — a finished item's is 0 without anyone entering it (the caller says
// which are finished). Which of the two it is travels with the figure, so every reader can say it.
import type { MinorUnits, WorkItem } from './evm-types.ts';

/** Where a bottom-up ETC comes from: the manager's estimate for the whole project, or the tasks' estimates summed. */
export type EtcSource = 'project-estimate' | 'task-estimates';

export interface BottomUpEtc {
  /** Null when there is no project estimate and some unfinished item has none. */
  readonly etc: MinorUnits | null;
  readonly source: EtcSource | null;
  /** Items without an estimate to complete (finished ones count 0 and are not among them). */
  readonly unestimated: number;
}

/**
 * The bottom-up ETC of a project from its items' estimates (`etc` absent: none), estimates on work
 * outside the items (`outside`, default 0) and the manager's estimate for the whole project
 * (`project`; null or absent: none given), which wins when given.
 * @example
 * bottomUpEtc([{ etc: 0 }, { etc: 600 }, {}]); // { etc: null, source: null, unestimated: 1 }
 * bottomUpEtc([{ etc: 0 }, { etc: 600 }], { outside: 50 }); // { etc: 650, source: 'task-estimates', unestimated: 0 }
 * bottomUpEtc([{ etc: 600 }, {}], { project: 900 }); // { etc: 900, source: 'project-estimate', unestimated: 1 }
 */
export function bottomUpEtc(items: ReadonlyArray<Pick<WorkItem, 'etc'>>, options: { readonly outside?: MinorUnits; readonly project?: MinorUnits | null } = {}): BottomUpEtc {
  let sum = options.outside ?? 0;
  let unestimated = 0;
  for (const item of items) {
    if (item.etc === undefined) unestimated++;
    else sum += item.etc;
  }
  if (options.project !== undefined && options.project !== null) return { etc: options.project, source: 'project-estimate', unestimated };
  if (unestimated > 0 || items.length === 0) return { etc: null, source: null, unestimated };
  return { etc: sum, source: 'task-estimates', unestimated };
}
