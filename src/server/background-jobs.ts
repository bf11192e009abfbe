// Background work of a server process: a JobRunner over the database's job queue with the e-mail
// handlers, and the scheduler's first tick (each tick queues the next; every process queues the
// current one at start and the dedupe key keeps it one). ORRERY_JOBS=off runs none in this process
// (e.g. web-only processes, while others run the jobs); without SMTP_URL there is nothing to run,
// since nothing is queued (the use cases say mail is off).
import type { AppDeps } from '../app/context.ts';
import { JobRunner } from '../app/jobs/job-runner.ts';
import { mailHandlers } from '../app/mail/mail-handlers.ts';
import { queueScheduleTick } from '../app/mail/mail-jobs.ts';
import { mailerFrom } from '../app/mail/mailer.ts';
import type { Config } from './config.ts';

export interface BackgroundJobs {
  /** What runs, for the start-up message. */
  readonly description: string;
  stop(): Promise<void>;
}

export async function startBackgroundJobs(config: Pick<Config, 'jobs' | 'smtpUrl' | 'mailFrom' | 'scheduleTickMinutes'>, deps: AppDeps, log: (line: string) => void): Promise<BackgroundJobs> {
  const mailer = mailerFrom(config);
  const mail = mailer ? `e-mail from ${mailer.from}` : 'e-mail off (set SMTP_URL and MAIL_FROM to send minutes, reminders and status reports)';
  if (!config.jobs) {
    mailer?.close();
    return { description: `background jobs off in this process (ORRERY_JOBS=off); ${mail}`, stop: async () => {} };
  }
  if (!mailer) return { description: `no background jobs: ${mail}`, stop: async () => {} };
  const runner = new JobRunner(deps, mailHandlers(mailer), { log });
  await queueScheduleTick(deps.db, deps.clock, config.scheduleTickMinutes);
  runner.start();
  return {
    description: `background jobs on (worker ${runner.workerId}, reminders every ${config.scheduleTickMinutes} min); ${mail}`,
    stop: async () => {
      await runner.stop();
      mailer.close();
    },
  };
}
