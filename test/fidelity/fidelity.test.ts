// The acceptance measure of the scheduler: agreement with MS Project on real files. The rates may
// only rise: floor.json holds the last measured ones.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFolder, summarise, FOLDERS, ORACLES, type FolderName } from './fidelity.ts';

const floor = JSON.parse(readFileSync(join(import.meta.dirname, 'floor.json'), 'utf8')) as Record<FolderName, number>;

describe.skipIf(!existsSync(ORACLES))('fidelity against MS Project (../shared/oracles)', () => {
  for (const folder of Object.keys(FOLDERS) as FolderName[]) {
    it(`matches MS Project on every task in at least ${floor[folder]} % of the ${folder} files`, () => {
      const reports = checkFolder(folder);
      const summary = summarise(folder, reports);
      console.log(JSON.stringify({ fidelity: summary }));
      expect(summary.failed, reports.filter((r) => r.status === 'failed').map((r) => `${r.file}: ${r.message}`).join('\n')).toBe(0);
      expect(summary.compared).toBeGreaterThan(0);
      expect(summary.matchRate).toBeGreaterThanOrEqual(floor[folder]);
    }, 120_000);
  }
});
