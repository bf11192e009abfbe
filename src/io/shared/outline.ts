// A task is a summary when the next task in outline order sits deeper: MS Project's own rule, more
// reliable than a stored Summary flag (MPXJ reads structure the same way).

/** UIDs of tasks that have children, from outline order and levels, in one pass. */
export function markSummaries(tasks: ReadonlyArray<{ readonly uid: number; readonly outlineLevel: number }>): Set<number> {
  const summaries = new Set<number>();
  for (let i = 0; i + 1 < tasks.length; i++) {
    if (tasks[i + 1]!.outlineLevel > tasks[i]!.outlineLevel) summaries.add(tasks[i]!.uid);
  }
  return summaries;
}
