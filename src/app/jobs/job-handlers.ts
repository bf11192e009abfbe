// Every kind of background job a server process runs: the scheduler's tick with its chores (what
// Orrery notices by itself always; reminders and report deliveries only when it sends mail) and,
// with a mailer, the e-mail jobs. Without mail, nothing queues e-mail jobs, so none wait for a handler.
import type { Mailer } from '../mail/mailer.ts';
import { mailHandlers, queueDueReminders } from '../mail/mail-handlers.ts';
import { queueDueReportDeliveries } from '../mail/report-delivery.ts';
import { noticeBreaches, noticeReportsDue } from '../notifications/notification-sweep.ts';
import type { JobHandlers } from './job-runner.ts';
import { SCHEDULE_TICK_JOB, scheduleTickHandler, type Chore } from './schedule-tick.ts';

export function jobHandlers(mailer: Mailer | null): JobHandlers {
  const chores: Chore[] = [noticeReportsDue, noticeBreaches, ...(mailer ? [queueDueReminders, queueDueReportDeliveries] : [])];
  return { [SCHEDULE_TICK_JOB]: scheduleTickHandler(chores), ...(mailer && mailHandlers(mailer)) };
}
