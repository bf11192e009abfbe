// Runs queued jobs in this process: polls the queue every `pollMs`, runs each claimed job's
// handler by kind, records success or failure (with back-off), and stops cleanly (the job in
// hand finishes first). Several runners — in one process or many, on one PostgreSQL — share the
// queue safely: see job-queue.ts for why a job is claimed by one of them at a time.
import { hostname } from 'node:os';
import type { AppDeps } from '../context.ts';
import { newId } from '../shared/ids.ts';
import { claimJob, completeJob, failJob, type Job } from './job-queue.ts';

/** Does a job's work; throwing fails the attempt (retried with back-off up to max_attempts). */
export type JobHandler = (job: Job, deps: AppDeps) => Promise<void>;
export type JobHandlers = Readonly<Record<string, JobHandler>>;

export interface JobRunnerOptions {
  /** Pause between polls when the queue has nothing runnable (default 5 s). */
  pollMs?: number;
  /** How long a claim holds before another worker may take the job over (default 5 min). */
  lockMs?: number;
  workerId?: string;
  /** Where to report failures (default: nowhere). */
  log?: (line: string) => void;
}

export class JobRunner {
  readonly workerId: string;
  private readonly pollMs: number;
  private readonly lockMs: number;
  private readonly log: (line: string) => void;
  private timer: NodeJS.Timeout | null = null;
  private loop: Promise<void> | null = null;
  private stopping = false;

  constructor(
    private readonly deps: AppDeps,
    private readonly handlers: JobHandlers,
    options: JobRunnerOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 5000;
    this.lockMs = options.lockMs ?? 5 * 60_000;
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${newId().slice(-8)}`;
    this.log = options.log ?? (() => {});
  }

  /** Claims and runs one job; null when nothing is runnable. */
  async runOnce(): Promise<Job | null> {
    const { db, dialect, clock } = this.deps;
    const job = await claimJob(db, dialect, clock, this.workerId, Object.keys(this.handlers), this.lockMs);
    if (!job) return null;
    try {
      // A job taken over from a dead worker may have used its attempts up already.
      if (job.attempts > job.maxAttempts) throw new Error(`gave up after ${job.maxAttempts} attempts (its worker stopped while running it)`);
      await this.handlers[job.kind]!(job, this.deps);
      await completeJob(db, clock, job, this.workerId);
    } catch (error) {
      const status = await failJob(db, clock, job, this.workerId, error);
      this.log(`Job ${job.kind} ${job.id} failed (attempt ${job.attempts} of ${job.maxAttempts}${status === 'failed' ? ', giving up' : ', will retry'}): ${(error as Error).message}`);
    }
    return job;
  }

  /** Runs jobs until none is runnable; returns how many ran. */
  async drain(): Promise<number> {
    let ran = 0;
    while (!this.stopping && (await this.runOnce())) ran += 1;
    return ran;
  }

  /** Starts polling in the background. */
  start(): void {
    if (this.loop || this.timer) return;
    this.stopping = false;
    const tick = () => {
      this.timer = null;
      this.loop = this.drain()
        .catch((error: unknown) => this.log(`Job queue unavailable, trying again in ${this.pollMs} ms: ${(error as Error).message}`))
        .then(() => {
          this.loop = null;
          if (!this.stopping) this.timer = setTimeout(tick, this.pollMs);
        });
    };
    tick();
  }

  /** Stops polling and waits for the job in hand. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.loop;
  }
}
