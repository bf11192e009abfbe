// The job queue, kept in the database so queued work survives a restart and several server
// processes can share it. A worker claims one runnable job (queued and due, or running under a
// lock that expired because its worker died) in ONE statement: on PostgreSQL the inner SELECT
// takes the row `FOR UPDATE SKIP LOCKED`, so racing workers each get a different job; on SQLite
// the UPDATE takes the database's single write lock before it reads, so claims are serial. The
// outer WHERE repeats the runnable test, so a row taken meanwhile is never claimed twice.
// Delivery is at least once: a worker that dies after its work but before `completeJob` leaves a
// job that runs again when its lock expires. Handlers are written to be safe to repeat.
import { sql, type ExpressionBuilder, type Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { JobsTable, Tables } from '../../db/tables.ts';
import type { Clock } from '../context.ts';
import { AppError } from '../errors.ts';
import { newId } from '../shared/ids.ts';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';
export type JobRow = Selectable<JobsTable>;
export interface Job extends Omit<JobRow, 'payloadJson' | 'status'> {
  readonly status: JobStatus;
  readonly payload: unknown;
}
export interface JobSpec {
  kind: string;
  payload?: unknown;
  /** Not before (default now). */
  runAt?: Date;
  /** Same key, same job: a second enqueue with a key already used queues nothing. */
  dedupeKey?: string;
  maxAttempts?: number;
}

export const toJob = ({ payloadJson, status, ...row }: JobRow): Job => ({ ...row, status: status as JobStatus, payload: JSON.parse(payloadJson) as unknown });

/** Waiting before attempt n+1 after n failures: 30 s, 1 min, 2 min … at most an hour. */
export function backoffMs(failedAttempts: number, baseMs = 30_000, maxMs = 3_600_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, failedAttempts - 1));
}

/**
 * Queues a job (in the caller's transaction when `db` is one, so it commits with the change that
 * asked for it). Returns the job and whether it is new: with a dedupe key already used, the
 * existing job comes back and nothing is queued.
 */
export async function enqueueJob(db: Db, clock: Clock, spec: JobSpec): Promise<{ job: Job; created: boolean }> {
  const now = clock.now();
  const row: JobRow = {
    id: newId(),
    kind: spec.kind,
    payloadJson: JSON.stringify(spec.payload ?? {}),
    runAt: (spec.runAt ?? now).toISOString(),
    status: 'queued',
    attempts: 0,
    maxAttempts: spec.maxAttempts ?? 5,
    lockedBy: null,
    lockedUntil: null,
    lastError: null,
    dedupeKey: spec.dedupeKey ?? null,
    createdAt: now.toISOString(),
    finishedAt: null,
  };
  const inserted = await db.insertInto('jobs').values(row).onConflict((oc) => oc.column('dedupeKey').doNothing()).returningAll().executeTakeFirst();
  if (inserted) return { job: toJob(inserted), created: true };
  const existing = await db.selectFrom('jobs').selectAll().where('dedupeKey', '=', spec.dedupeKey!).executeTakeFirstOrThrow();
  return { job: toJob(existing), created: false };
}

const runnable = (now: string, kinds: readonly string[]) => (eb: ExpressionBuilder<Tables, 'jobs'>) =>
  eb.and([
    eb('kind', 'in', [...kinds]),
    eb.or([eb.and([eb('status', '=', 'queued'), eb('runAt', '<=', now)]), eb.and([eb('status', '=', 'running'), eb('lockedUntil', '<', now)])]),
  ]);

/** Claims the oldest runnable job of these kinds for a worker, locked for `lockMs`; null if none. */
export async function claimJob(db: Db, dialect: 'sqlite' | 'postgres', clock: Clock, workerId: string, kinds: readonly string[], lockMs: number): Promise<Job | null> {
  if (kinds.length === 0) return null;
  const now = clock.now();
  const at = now.toISOString();
  let next = db.selectFrom('jobs').select('id').where(runnable(at, kinds)).orderBy('runAt').orderBy('id').limit(1);
  if (dialect === 'postgres') next = next.forUpdate().skipLocked();
  const claimed = await db
    .updateTable('jobs')
    .set((eb) => ({ status: 'running', attempts: eb('attempts', '+', 1), lockedBy: workerId, lockedUntil: new Date(now.getTime() + lockMs).toISOString() }))
    .where('id', '=', next)
    .where(runnable(at, kinds))
    .returningAll()
    .executeTakeFirst();
  return claimed ? toJob(claimed) : null;
}

/** Marks a claimed job done, if this worker still holds it (a lock that expired was taken over). */
export async function completeJob(db: Db, clock: Clock, job: Job, workerId: string): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'done', finishedAt: clock.now().toISOString(), lockedBy: null, lockedUntil: null })
    .where('id', '=', job.id)
    .where('status', '=', 'running')
    .where('lockedBy', '=', workerId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Records a failed attempt: queued again after a back-off, or failed for good at max_attempts. */
export async function failJob(db: Db, clock: Clock, job: Job, workerId: string, error: unknown): Promise<JobStatus> {
  const now = clock.now();
  const message = error instanceof Error ? error.message : String(error);
  const final = job.attempts >= job.maxAttempts;
  await db
    .updateTable('jobs')
    .set({
      status: final ? 'failed' : 'queued',
      lastError: message.slice(0, 2000),
      lockedBy: null,
      lockedUntil: null,
      ...(final ? { finishedAt: now.toISOString() } : { runAt: new Date(now.getTime() + backoffMs(job.attempts)).toISOString() }),
    })
    .where('id', '=', job.id)
    .where('status', '=', 'running')
    .where('lockedBy', '=', workerId)
    .execute();
  return final ? 'failed' : 'queued';
}

export async function listJobs(db: Db, filter: { status?: JobStatus; kind?: string; limit?: number } = {}): Promise<Job[]> {
  let q = db.selectFrom('jobs').selectAll().orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(filter.limit ?? 100);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  return (await q.execute()).map(toJob);
}

/** Queues a failed job again now, with its attempts reset (its last error stays until it runs). */
export async function retryJob(db: Db, clock: Clock, id: string): Promise<Job> {
  const row = await db
    .updateTable('jobs')
    .set({ status: 'queued', attempts: 0, runAt: clock.now().toISOString(), finishedAt: null })
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .returningAll()
    .executeTakeFirst();
  if (row) return toJob(row);
  const found = await db.selectFrom('jobs').select('status').where('id', '=', id).executeTakeFirst();
  throw new AppError(found ? 'validation_failed' : 'not_found', found ? `Job ${id} is ${found.status}: only a failed job is retried.` : `No job ${id}: list them with \`orrery jobs list\`.`);
}

/** Counts by status, for logs and health. */
export async function jobCounts(db: Db): Promise<Record<JobStatus, number>> {
  const rows = await db.selectFrom('jobs').select(['status', sql<number>`count(*)`.as('n')]).groupBy('status').execute();
  const counts: Record<JobStatus, number> = { queued: 0, running: 0, done: 0, failed: 0 };
  for (const r of rows) counts[r.status as JobStatus] = Number(r.n);
  return counts;
}
