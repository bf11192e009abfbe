// Resources and assignments as MSPDI <Resources> and <Assignments>: enough for MS Project to put
// the same people on the same tasks, on their own calendars, with the same units and work.
import type { ImportedAssignment, ImportedResource, ResourceKind } from '../imported-project.ts';
import { timephasedXml, type SplitPeriod } from './write-mspdi-splits.ts';
import { decimal, flag, isoDuration, limit, xmlText, type XmlOut } from './write-mspdi-values.ts';

/** <Type>: 0 material, 1 work; a cost resource is a material one flagged <IsCostResource>, as MS Project writes it. */
const RESOURCE_TYPES: Readonly<Record<ResourceKind, string>> = { work: '1', material: '0', cost: '0' };

export function resourcesXml(resources: ReadonlyArray<ImportedResource>, calendarUid: (id: string) => number): XmlOut[] {
  let nextId = 1;
  return resources.map((resource) => ({
    UID: String(resource.uid),
    // UID 0 is MS Project's placeholder resource, ID 0; the others are numbered in order.
    ID: String(resource.uid === 0 ? 0 : nextId++),
    Name: limit(xmlText(resource.name), 255),
    Type: RESOURCE_TYPES[resource.kind],
    IsNull: '0',
    CalendarUID: String(resource.calendarId === null ? -1 : calendarUid(resource.calendarId)),
    IsCostResource: flag(resource.kind === 'cost'),
  }));
}

/** The assignments; a split task's first one also carries its pauses as timephased work (`splits`, by task UID). */
export function assignmentsXml(assignments: ReadonlyArray<ImportedAssignment>, splits: ReadonlyMap<number, ReadonlyArray<SplitPeriod>>): XmlOut[] {
  const written = new Set<number>();
  return assignments.map((assignment, i) => {
    const uid = String(i + 1);
    const periods = written.has(assignment.taskUid) ? undefined : splits.get(assignment.taskUid);
    written.add(assignment.taskUid);
    return {
      UID: uid,
      TaskUID: String(assignment.taskUid),
      ResourceUID: String(assignment.resourceUid),
      Units: decimal(assignment.units),
      Work: assignment.work === null ? undefined : isoDuration(assignment.work),
      TimephasedData: periods === undefined ? undefined : timephasedXml(uid, periods),
    };
  });
}
