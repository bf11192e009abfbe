// A task's saved baselines in MPXJ's JSON: baseline_start … baseline_cost for baseline 0 and
// baseline1_start … baseline10_cost for the others (durations and work in minutes).
import type { ImportedBaselineTask } from '../imported-project.ts';
import type { JsonNode } from './json-node.ts';

export function readTaskBaselines(node: JsonNode, uid: number): ImportedBaselineTask[] {
  const baselines: ImportedBaselineTask[] = [];
  for (let number = 0; number <= 10; number++) {
    const key = (field: string) => `baseline${number === 0 ? '' : number}_${field}`;
    const baseline = {
      number,
      uid,
      start: node.dateTime(key('start')),
      finish: node.dateTime(key('finish')),
      duration: node.minutes(key('duration')),
      work: node.minutes(key('work')),
      cost: node.number(key('cost')),
    };
    if (baseline.start !== null || baseline.finish !== null || baseline.duration !== null) baselines.push(baseline);
  }
  return baselines;
}
