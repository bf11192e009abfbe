// Where each task's work lies, from its assignments' timephased work (<TimephasedData> Type 1,
// remaining work, and Type 2, actual work): MSPDI has no split field, so a split task shows as
// periods of work with periods of none between them. MPXJ reads splits the same way.
import type { WorkSegment } from '../shared/split-gaps.ts';
import { MspdiValueError, type XmlElement } from './xml-element.ts';

const REMAINING_WORK = 1;
const ACTUAL_WORK = 2;

/**
 * The work segments of every task with more than one, by task UID. As MPXJ reads them: periods
 * with work that follow each other make one segment, and only a period without work between
 * them splits it. A task with an unreadable period is left unsplit (with a warning).
 */
export function readMspdiWorkSegments(project: XmlElement, warnings: string[]): Map<number, WorkSegment[]> {
  const byTask = new Map<number, WorkSegment[]>();
  const unreadable = new Set<number>();
  for (const assignment of project.child('Assignments')?.children('Assignment') ?? []) {
    const taskUid = assignment.int('TaskUID');
    if (taskUid === null || unreadable.has(taskUid)) continue;
    const segments = assignmentSegments(assignment);
    if (segments === 'unreadable') {
      unreadable.add(taskUid);
      warnings.push(`${assignment.path} has timephased work with an unreadable date; task ${taskUid} is taken as not split.`);
      continue;
    }
    byTask.set(taskUid, [...(byTask.get(taskUid) ?? []), ...segments]);
  }
  const result = new Map<number, WorkSegment[]>();
  for (const [uid, segments] of byTask) {
    const merged = union(segments);
    if (merged.length > 1 && !unreadable.has(uid)) result.set(uid, merged);
  }
  return result;
}

interface Period extends WorkSegment {
  readonly work: boolean;
}

/** One assignment's segments of work, from its remaining and actual timephased work. */
function assignmentSegments(assignment: XmlElement): WorkSegment[] | 'unreadable' {
  const periods: Period[] = [];
  for (const data of assignment.children('TimephasedData')) {
    const type = data.int('Type');
    if (type !== REMAINING_WORK && type !== ACTUAL_WORK) continue;
    try {
      const start = data.dateTime('Start');
      const finish = data.dateTime('Finish');
      if (start !== null && finish !== null && finish > start) periods.push({ start, finish, work: hasWork(data.text('Value')) });
    } catch (error) {
      if (error instanceof MspdiValueError) return 'unreadable';
      throw error;
    }
  }
  periods.sort((a, b) => a.start - b.start);
  const segments: WorkSegment[] = [];
  let open: WorkSegment | null = null;
  for (const period of periods) {
    if (!period.work) {
      if (open) segments.push(open);
      open = null;
    } else open = open ? { start: open.start, finish: Math.max(open.finish, period.finish) } : { start: period.start, finish: period.finish };
  }
  if (open) segments.push(open);
  return segments;
}

/** Whether a period's value (an xsd:duration of work) is more than none. */
function hasWork(value: string | null): boolean {
  return value !== null && /[1-9]/.test(value);
}

/** The union of segments (of several assignments): joined where they touch or overlap. */
function union(segments: WorkSegment[]): WorkSegment[] {
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  const merged: WorkSegment[] = [];
  for (const segment of sorted) {
    const last = merged[merged.length - 1];
    if (last && segment.start <= last.finish) merged[merged.length - 1] = { start: last.start, finish: Math.max(last.finish, segment.finish) };
    else merged.push(segment);
  }
  return merged;
}
