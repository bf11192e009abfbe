// `orrery jobs list|retry` as a user runs them, on a SQLite file with one failed job.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, orrery } from '../helpers/cli.ts';
import { migrateToLatest, openDatabase } from '../../src/db/database.ts';
import { claimJob, enqueueJob, failJob, type Job } from '../../src/app/jobs/job-queue.ts';

const dir = mkdtempSync(join(tmpdir(), 'orrery-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const jobs = (...args: string[]) => orrery('jobs', ...args, '--data-dir', dir);
let failed: Job;

beforeAll(async () => {
  const database = openDatabase(`sqlite:${join(dir, 'orrery.db')}`);
  await migrateToLatest(database.db);
  const clock = { now: () => new Date() };
  await enqueueJob(database.db, clock, { kind: 'send_minutes', payload: { meetingId: 'x' }, maxAttempts: 1 });
  failed = (await claimJob(database.db, 'sqlite', clock, 'w', ['send_minutes'], 60_000))!;
  await failJob(database.db, clock, failed, 'w', new Error('535 Authentication failed'));
  await database.close();
}, CLI_TIMEOUT);

describe('orrery jobs', { timeout: CLI_TIMEOUT }, () => {
  it('lists failed jobs with their error and queues one again', async () => {
    const list = await jobs('list', '--status', 'failed');
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`${failed.id}\\s+send_minutes\\s+failed\\s+1/1`));
    expect(list.stdout).toContain('535 Authentication failed');
    const retry = await jobs('retry', failed.id);
    expect([retry.code, retry.stdout]).toEqual([0, expect.stringContaining('is queued again')]);
    const queued = JSON.parse((await jobs('list', '--status', 'queued', '--format', 'json')).stdout) as Job[];
    expect(queued.map((j) => [j.id, j.attempts])).toEqual([[failed.id, 0]]);
    const again = await jobs('retry', failed.id);
    expect([again.code, again.stderr]).toEqual([1, expect.stringContaining('only a failed job is retried')]);
  });
});
