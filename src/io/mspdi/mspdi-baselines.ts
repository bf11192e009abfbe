// A task's saved baselines in MS Project XML: <Baseline> elements with a <Number> (0–10) and the
// start, finish, duration, work and cost saved in it.
import type { ImportedBaselineTask } from '../imported-project.ts';
import type { XmlElement } from './xml-element.ts';

export function readTaskBaselines(task: XmlElement, uid: number, minutesPerDay: number, daysPerMonth: number): ImportedBaselineTask[] {
  const baselines: ImportedBaselineTask[] = [];
  for (const element of task.children('Baseline')) {
    const number = element.int('Number');
    if (number === null || number < 0 || number > 10) continue;
    const cents = element.number('Cost');
    const baseline = {
      number,
      uid,
      start: element.dateTime('Start'),
      finish: element.dateTime('Finish'),
      duration: element.duration('Duration', minutesPerDay, daysPerMonth),
      work: element.duration('Work', minutesPerDay, daysPerMonth),
      // MSPDI keeps costs in hundredths of the currency unit.
      cost: cents === null ? null : cents / 100,
    };
    if (baseline.start !== null || baseline.finish !== null || baseline.duration !== null) baselines.push(baseline);
  }
  return baselines;
}
