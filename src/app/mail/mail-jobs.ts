// The e-mail jobs and how use cases queue them. Each is queued in the transaction of the change
// that asks for it (so it exists exactly when the change commits) under a dedupe key naming what
// it sends for which occasion, so the same minutes, reminder or report is never queued twice.
import type { Db } from '../../db/database.ts';
import type { Clock } from '../context.ts';
import { enqueueJob } from '../jobs/job-queue.ts';

export const MAIL_JOBS = {
  sendMinutes: 'send_minutes',
  communicationReminder: 'communication_reminder',
  statusReportDistribution: 'status_report_distribution',
} as const;

export interface SendMinutesPayload {
  meetingId: string;
}
export interface ReminderPayload {
  communicationId: string;
  /** The due date reminded of: a reminder whose item was done or moved meanwhile sends nothing. */
  dueOn: string;
}
export interface DistributionPayload {
  reportId: string;
}

/** The minutes of a meeting as sent at this version (sending again after a correction queues again). */
export const queueMinutes = (db: Db, clock: Clock, meetingId: string, version: number) =>
  enqueueJob(db, clock, { kind: MAIL_JOBS.sendMinutes, payload: { meetingId } satisfies SendMinutesPayload, dedupeKey: `${MAIL_JOBS.sendMinutes}:${meetingId}:${version}` });

/** A reminder to an item's owner, once per due date. */
export const queueReminder = (db: Db, clock: Clock, payload: ReminderPayload) =>
  enqueueJob(db, clock, { kind: MAIL_JOBS.communicationReminder, payload, dedupeKey: `${MAIL_JOBS.communicationReminder}:${payload.communicationId}:${payload.dueOn}` });

/** A status report to its project's status-report audience, once per report. */
export const queueStatusReportDistribution = (db: Db, clock: Clock, reportId: string) =>
  enqueueJob(db, clock, { kind: MAIL_JOBS.statusReportDistribution, payload: { reportId } satisfies DistributionPayload, dedupeKey: `${MAIL_JOBS.statusReportDistribution}:${reportId}` });
