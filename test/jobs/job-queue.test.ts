// The job queue on both databases: two runners on two connections share 50 jobs and run each
// exactly once; a job whose worker died (lock expired) is taken over; failures back off and end
// failed with their error; dedupe keys queue a job once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import type { AppDeps, Clock } from '../../src/app/context.ts';
import { backoffMs, claimJob, enqueueJob, jobCounts, listJobs, retryJob } from '../../src/app/jobs/job-queue.ts';
import { JobRunner } from '../../src/app/jobs/job-runner.ts';

/** A clock the test moves by hand. */
const manualClock = (start = '2026-12-01T09:00:00.000Z') => {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) } satisfies Clock & { advance(ms: number): number };
};

describe('backoffMs', () => {
  it('doubles from 30 s and stops at an hour', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(30)).toBe(3_600_000);
  });
});

describe.each(DIALECTS)('job queue on %s', (dialect) => {
  let database: TestDatabase;
  let second: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
    second = openDatabase(database.url);
  });
  afterAll(async () => {
    await second?.close();
    await database?.destroy();
  });
  const depsOf = (db: Database, clock: Clock): AppDeps => ({ db: db.db, dialect: db.dialect, clock });

  it('two runners on two connections racing on 50 jobs run each exactly once', async () => {
    const clock = { now: () => new Date() };
    for (let i = 0; i < 50; i++) await enqueueJob(database.db, clock, { kind: 'race', payload: { n: i } });
    const runs: number[] = [];
    const handler = async (job: { payload: unknown }) => {
      runs.push((job.payload as { n: number }).n);
      await new Promise((r) => setTimeout(r, 1));
    };
    const a = new JobRunner(depsOf(database, clock), { race: handler }, { workerId: 'a' });
    const b = new JobRunner(depsOf(second, clock), { race: handler }, { workerId: 'b' });
    const [ranA, ranB] = await Promise.all([a.drain(), b.drain()]);
    expect(ranA + ranB).toBe(50);
    expect([...runs].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(ranA).toBeGreaterThan(0);
    expect(ranB).toBeGreaterThan(0);
    const done = await listJobs(database.db, { kind: 'race', status: 'done' });
    expect(done).toHaveLength(50);
    expect(done.every((j) => j.attempts === 1 && j.lockedBy === null && j.finishedAt !== null)).toBe(true);
  });

  it('takes over a job whose worker died (its lock expired), and not one still locked', async () => {
    const clock = manualClock();
    const { job } = await enqueueJob(database.db, clock, { kind: 'crash' });
    const claimed = await claimJob(database.db, dialect, clock, 'dead-worker', ['crash'], 60_000);
    expect(claimed).toMatchObject({ id: job.id, status: 'running', attempts: 1, lockedBy: 'dead-worker' });
    const seen: string[] = [];
    const runner = new JobRunner(depsOf(second, clock), { crash: async (j) => void seen.push(j.id) }, { workerId: 'heir' });
    expect(await runner.runOnce()).toBeNull();
    clock.advance(61_000);
    expect(await runner.runOnce()).toMatchObject({ id: job.id, attempts: 2, lockedBy: 'heir' });
    expect(seen).toEqual([job.id]);
    expect((await listJobs(database.db, { kind: 'crash' }))[0]).toMatchObject({ status: 'done', lockedBy: null });
  });

  it('retries a failing job with back-off, then marks it failed with its error; retry queues it again', async () => {
    const clock = manualClock();
    await enqueueJob(database.db, clock, { kind: 'flaky', maxAttempts: 3 });
    let calls = 0;
    const runner = new JobRunner(depsOf(database, clock), {
      flaky: async () => {
        calls += 1;
        throw new Error(`SMTP said no (${calls})`);
      },
    });
    expect(await runner.drain()).toBe(1);
    let [job] = await listJobs(database.db, { kind: 'flaky' });
    expect(job).toMatchObject({ status: 'queued', attempts: 1, lastError: 'SMTP said no (1)', runAt: '2026-12-01T09:00:30.000Z' });
    expect(await runner.drain()).toBe(0);
    clock.advance(30_000);
    expect(await runner.drain()).toBe(1);
    [job] = await listJobs(database.db, { kind: 'flaky' });
    expect(job).toMatchObject({ status: 'queued', attempts: 2, runAt: '2026-12-01T09:01:30.000Z' });
    clock.advance(60_000);
    await runner.drain();
    [job] = await listJobs(database.db, { kind: 'flaky' });
    expect(job).toMatchObject({ status: 'failed', attempts: 3, lastError: 'SMTP said no (3)', finishedAt: expect.any(String) });
    clock.advance(10 * 3_600_000);
    expect(await runner.drain()).toBe(0);
    expect(calls).toBe(3);
    await retryJob(database.db, clock, job!.id);
    await runner.drain();
    expect(calls).toBe(4);
    await expect(retryJob(database.db, clock, (await listJobs(database.db, { kind: 'race', limit: 1 }))[0]!.id)).rejects.toThrow('only a failed job');
  });

  it('queues a job with a dedupe key once, even from two connections at the same time', async () => {
    const clock = { now: () => new Date() };
    const results = await Promise.all([database, second, database, second].map((d) => enqueueJob(d.db, clock, { kind: 'reminder', dedupeKey: 'reminder:COM-001:2026-12-01' })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.job.id)).size).toBe(1);
    expect((await listJobs(database.db, { kind: 'reminder' })).length).toBe(1);
    expect(await jobCounts(database.db)).toMatchObject({ failed: 0 });
  });

  it('a started runner polls and stops cleanly', async () => {
    const clock = { now: () => new Date() };
    const seen: number[] = [];
    const runner = new JobRunner(depsOf(database, clock), { poll: async (j) => void seen.push((j.payload as { n: number }).n) }, { pollMs: 10 });
    runner.start();
    await enqueueJob(database.db, clock, { kind: 'poll', payload: { n: 1 } });
    await expect.poll(() => seen.length, { timeout: 2000 }).toBe(1);
    await runner.stop();
    await enqueueJob(database.db, clock, { kind: 'poll', payload: { n: 2 } });
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual([1]);
  });
});
