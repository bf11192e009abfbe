// `npm test`: every quality gate in order, with progress, ending in one line `tests: N passed, N failed`.
// Steps: lint, type-check, unit + database + API tests (SQLite and PostgreSQL), web build, browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: Array<{ assertionResults: Array<{ fullName: string; status: string }> }>;
}

/** Passed tests per database, read from the suite names ("… on sqlite", "… on postgres"). */
function perDatabase(report: VitestJson): string {
  const counts = { sqlite: 0, postgres: 0 };
  for (const file of report.testResults) {
    for (const t of file.assertionResults) {
      if (t.status !== 'passed') continue;
      if (/ on sqlite\b/.test(t.fullName)) counts.sqlite++;
      else if (/ on postgres\b/.test(t.fullName)) counts.postgres++;
    }
  }
  return `passed on SQLite: ${counts.sqlite}, on PostgreSQL: ${counts.postgres}`;
}

const reportDir = mkdtempSync(join(tmpdir(), 'orrery-test-report-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];

function run(title: string, command: string, args: string[]): boolean {
  const started = Date.now();
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failures.push(title);
  return ok;
}

function vitest(title: string, config: string | undefined, name: string): void {
  const out = join(reportDir, `${name}.json`);
  const args = ['vitest', 'run', ...(config ? ['--config', config] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  run(title, 'npx', args);
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
    if (name === 'unit') console.log(`  database tests ${perDatabase(report)}`);
  } else {
    totals.failed += 1;
  }
}

const only = process.argv[2];
if (!only || only === 'static') {
  run('lint', 'npx', ['eslint', '.']);
  run('type-check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
}
if (!only || only === 'unit') vitest('unit, database and API tests (SQLite and PostgreSQL)', undefined, 'unit');
if ((!only || only === 'e2e') && existsSync('e2e/vitest.config.ts')) {
  if (run('web build', 'npm', ['run', 'build:web', '--silent'])) vitest('browser tests (Chromium)', 'e2e/vitest.config.ts', 'e2e');
}

console.log(`\n${failures.length === 0 ? 'All gates passed.' : `Failed: ${failures.join(', ')}.`}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length === 0 && totals.failed === 0 ? 0 : 1);
