// Background work of a server process: a JobRunner over the database's job queue, and the
// scheduler's first tick (each tick queues the next; every process queues the current one at start
// and the dedupe key keeps it one). The scheduler always runs — it notices reports due and policy
// breaches — and with SMTP_URL the e-mail jobs run too. ORRERY_JOBS=off runs none in this process
// (e.g. web-only processes, while others run the jobs).
import type { AppDeps } from '../app/context.ts';
import { jobHandlers } from '../app/jobs/job-handlers.ts';
import { JobRunner } from '../app/jobs/job-runner.ts';
import { queueScheduleTick } from '../app/jobs/schedule-tick.ts';
import { mailerFrom } from '../app/mail/mailer.ts';
import type { Config } from './config.ts';

export interface BackgroundJobs {
  /** What runs, for the start-up message. */
  readonly description: string;
  stop(): Promise<void>;
}

export async function startBackgroundJobs(config: Pick<Config, 'jobs' | 'smtpUrl' | 'mailFrom' | 'scheduleTickMinutes' | 'publicUrl'>, deps: AppDeps, log: (line: string) => void): Promise<BackgroundJobs> {
  const mailer = mailerFrom(config);
  const mail = mailer ? `e-mail from ${mailer.from}, links to ${mailer.publicUrl}` : 'e-mail off (set SMTP_URL and MAIL_FROM to send minutes, reminders, reports and notifications)';
  if (!config.jobs) {
    mailer?.close();
    return { description: `background jobs off in this process (ORRERY_JOBS=off); ${mail}`, stop: async () => {} };
  }
  const runner = new JobRunner(deps, jobHandlers(mailer), { log });
  await queueScheduleTick(deps.db, deps.clock, config.scheduleTickMinutes);
  runner.start();
  return {
    description: `background jobs on (worker ${runner.workerId}, scheduler every ${config.scheduleTickMinutes} min); ${mail}`,
    stop: async () => {
      await runner.stop();
      mailer?.close();
    },
  };
}
