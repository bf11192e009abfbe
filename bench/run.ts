// `npm run bench [-- NAME …]`: runs benchmarks and prints one JSON line per figure.
// Benchmarks measure speed on real databases; tests never assert timings.
import { capacityBench } from './capacity.bench.ts';
import { dashboardBench } from './dashboard.bench.ts';
import { evmCoreBench } from './evm-core.bench.ts';
import { evmBench } from './evm.bench.ts';
import { governanceBench } from './governance.bench.ts';
import { importBench } from './import.bench.ts';
import { levellingBench } from './levelling.bench.ts';
import { portfolioBench } from './portfolio.bench.ts';
import { projectListBench } from './project-list.bench.ts';
import { rcpspBench } from './rcpsp.bench.ts';
import { rcpspTj3Bench } from './rcpsp-tj3.bench.ts';
import { scheduleBench } from './schedule.bench.ts';

const BENCHES: Record<string, (args: string[]) => Promise<void>> = {
  capacity: capacityBench,
  dashboard: dashboardBench,
  evm: evmBench,
  'evm-core': evmCoreBench,
  governance: governanceBench,
  import: importBench,
  levelling: levellingBench,
  portfolio: portfolioBench,
  'project-list': projectListBench,
  rcpsp: rcpspBench,
  'rcpsp-tj3': rcpspTj3Bench,
  schedule: scheduleBench,
};

const [name, ...args] = process.argv.slice(2);
const chosen = name ? [name] : Object.keys(BENCHES);
for (const bench of chosen) {
  const run = BENCHES[bench];
  if (!run) {
    console.error(`Unknown benchmark "${bench}". Choose one of: ${Object.keys(BENCHES).join(', ')}.`);
    process.exit(2);
  }
  await run(args);
}
