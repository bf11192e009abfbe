// MSPDI <Resources> and <Assignments>, kept for their calendars: on an effort-driven task, MS Project
// schedules work on each assigned resource's calendar, not only the task's.
import type { ImportedAssignment, ImportedResource, ResourceKind } from '../imported-project.ts';
import type { XmlElement } from './xml-element.ts';

export function readMspdiResources(project: XmlElement, calendarIds: ReadonlySet<string>, warnings: string[]): ImportedResource[] {
  const resources: ImportedResource[] = [];
  for (const element of project.child('Resources')?.children('Resource') ?? []) {
    const uid = element.int('UID');
    if (uid === null || element.bool('IsNull') === true) continue;
    // Type: 0 material, 1 work (the default); a material resource flagged IsCostResource is a cost resource.
    const type = element.int('Type') ?? 1;
    const kind: ResourceKind = type === 1 ? 'work' : element.bool('IsCostResource') === true ? 'cost' : 'material';
    const calendarUid = element.int('CalendarUID');
    let calendarId = calendarUid === null || calendarUid < 0 ? null : String(calendarUid);
    if (calendarId !== null && !calendarIds.has(calendarId)) {
      // UID 0 is MS Project's placeholder resource, whose calendar is often not written.
      if (uid !== 0) warnings.push(`Resource ${uid} uses calendar ${calendarUid}, which is not in the file.`);
      calendarId = null;
    }
    resources.push({ uid, name: element.text('Name') ?? '', kind, calendarId });
  }
  return resources;
}

export function readMspdiAssignments(project: XmlElement, minutesPerDay: number, daysPerMonth: number): ImportedAssignment[] {
  const assignments: ImportedAssignment[] = [];
  for (const element of project.child('Assignments')?.children('Assignment') ?? []) {
    const taskUid = element.int('TaskUID');
    const resourceUid = element.int('ResourceUID');
    if (taskUid === null || resourceUid === null) continue;
    assignments.push({
      taskUid,
      resourceUid,
      units: element.number('Units') ?? 1,
      work: element.duration('Work', minutesPerDay, daysPerMonth),
    });
  }
  return assignments;
}
