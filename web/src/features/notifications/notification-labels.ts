// What each kind of notification is called and its colour, in the bell and on the page.
import type { NotificationKind } from '../../api/types.ts';

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  approval_waiting: 'Approval',
  report_due: 'Report due',
  report_sent_back: 'Sent back',
  action_assigned: 'Action',
  breach_raised: 'Breach',
  mention: 'Mention',
  timesheet_returned: 'Timesheet',
  resource_request_answered: 'Resources',
  request_decided: 'Request',
};

export const NOTIFICATION_KIND_COLOURS: Record<NotificationKind, string> = {
  approval_waiting: 'orange',
  report_due: 'blue',
  report_sent_back: 'red',
  action_assigned: 'teal',
  breach_raised: 'red',
  mention: 'grape',
  timesheet_returned: 'red',
  resource_request_answered: 'cyan',
  request_decided: 'indigo',
};
