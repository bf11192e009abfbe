// `orrery lessons search` and `orrery closure` as a user runs them, on a SQLite file holding the
// demo organisation (the telephony project's accepted closure report and eight lessons).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, orrery } from '../helpers/cli.ts';
import type { ClosureReport } from '../../src/contracts/closure.schema.ts';
import type { LessonSearchResult } from '../../src/contracts/lesson.schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'orrery-lessons-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (...args: string[]) => orrery(...args, '--data-dir', dir);

beforeAll(async () => {
  const demo = await orrery('demo', '--data-dir', dir);
  expect(demo.code, demo.stderr).toBe(0);
}, CLI_TIMEOUT);

describe('orrery lessons and closure', { timeout: CLI_TIMEOUT }, () => {
  it('searches lessons best match first, marking the matched words, as a table or JSON', async () => {
    const table = await run('lessons', 'search', 'vendor lead times');
    expect(table.code, table.stderr).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Code\s+Title\s+Project\s+Category\s+Status\s+Snippet/);
    expect(lines[1]).toContain('Order carrier lines');
    expect(table.stdout).toMatch(/\[lead\]|\[times\]|\[vendor\]/i);
    const json = JSON.parse((await run('lessons', 'search', 'vendor', '--json')).stdout) as LessonSearchResult;
    expect(json.items.length).toBeGreaterThan(1);
    expect(json.items.map((i) => i.rank!)).toEqual(json.items.map((i) => i.rank!).sort((a, b) => b - a));
    expect((await run('lessons', 'search', 'zeppelin')).stdout).toContain('No lesson matches "zeppelin"');
  });

  it('prints a project\'s closure figures and narrative, or says the project is unknown', async () => {
    const codes = JSON.parse((await run('closure', 'PRJ-003', '--json')).stdout) as ClosureReport;
    expect(codes.project.name).toBe('Contact Centre Telephony Upgrade');
    const text = await run('closure', 'prj-003');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('closure report CLO-');
    expect(text.stdout).toMatch(/Schedule: finish .* against baseline 0/);
    expect(text.stdout).toContain('Scope: 1 approved change request(s)');
    expect(text.stdout).toMatch(/Risks: 1 of 2 happened: RSK-\d+ → ISS-\d+/);
    expect(text.stdout).toContain('Recommendations:');
    const unknown = await run('closure', 'PRJ-999');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No project has the code PRJ-999');
  });
});
