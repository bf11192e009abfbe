// What each kind of notification is for, as people choose their e-mail preferences, and whether it
// comes by e-mail when they have not chosen. Decisions waiting and things handed to someone come by
// e-mail by default; breaches, which the daily sweep may raise for many projects at once, do not.
import type { NotificationKind } from '../../contracts/notification.schema.ts';

export interface KindInfo {
  readonly label: string;
  readonly description: string;
  readonly emailByDefault: boolean;
}

export const NOTIFICATION_KIND_INFO: Readonly<Record<NotificationKind, KindInfo>> = {
  approval_waiting: { label: 'Approval waiting', description: 'A gate review, change request, status report, budget revision or timesheet waits for your decision.', emailByDefault: true },
  report_due: { label: 'Status report due', description: 'A project you manage owes its status report for the period.', emailByDefault: true },
  report_sent_back: { label: 'Status report sent back', description: 'The PMO sent back a status report of yours with a comment.', emailByDefault: true },
  action_assigned: { label: 'Action assigned', description: 'Someone made you the owner of an action.', emailByDefault: true },
  breach_raised: { label: 'Policy breach', description: 'A project you manage breaches one of the PMO’s policies.', emailByDefault: false },
  mention: { label: 'Mention', description: 'Someone mentioned you in a comment.', emailByDefault: true },
  timesheet_returned: { label: 'Timesheet returned', description: 'An approver returned your timesheet with a comment saying what to correct.', emailByDefault: true },
  resource_request_answered: { label: 'Resource request answered', description: 'The PMO filled your request for a person (naming who) or declined it (saying why).', emailByDefault: true },
  request_decided: { label: 'Project request decided', description: 'The PMO approved, rejected or deferred your project request, or asked you for its business case.', emailByDefault: true },
};
