// Words and colours for the communication plan's enums, typed by the API so a value the server adds
// fails the type check here until it has a label.
import type { Channel, Communication, CommunicationStatus, CommunicationType, DueState, Frequency } from '../../api/communications.ts';

export const COMMUNICATION_TYPE_LABELS: Readonly<Record<CommunicationType, string>> = {
  status_report: 'Status report',
  steering_pack: 'Steering committee pack',
  newsletter: 'Newsletter',
  briefing: 'Briefing',
  presentation: 'Presentation',
  other: 'Other',
};

export const FREQUENCY_LABELS: Readonly<Record<Frequency, string>> = {
  weekly: 'Weekly',
  fortnightly: 'Fortnightly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  per_milestone: 'Per milestone',
  ad_hoc: 'Ad hoc',
};

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  email: 'E-mail',
  meeting: 'Meeting',
  intranet: 'Intranet',
  report: 'Report',
  phone: 'Phone',
  chat: 'Chat',
  workshop: 'Workshop',
  other: 'Other',
};

export const COMMUNICATION_STATUS_LABELS: Readonly<Record<CommunicationStatus, string>> = {
  active: 'Active',
  paused: 'Paused',
};

export const DUE_STATE_META: Readonly<Record<DueState, { label: string; color: string; variant: 'filled' | 'light' | 'outline' }>> = {
  overdue: { label: 'Overdue', color: 'red', variant: 'filled' },
  due: { label: 'Due today', color: 'orange', variant: 'filled' },
  upcoming: { label: 'Upcoming', color: 'yellow', variant: 'light' },
  later: { label: 'Later', color: 'gray', variant: 'light' },
  unscheduled: { label: 'Unscheduled', color: 'gray', variant: 'outline' },
  paused: { label: 'Paused', color: 'gray', variant: 'outline' },
};

/** The reports Orrery can send itself, as `kind:format` (the form's select values). */
export const DELIVERED_REPORT_LABELS: Readonly<Record<string, string>> = {
  'project_status:pdf': 'This project’s status report (PDF)',
  'project_status:pptx': 'This project’s status report (PowerPoint)',
  'portfolio:pdf': 'The portfolio report (PDF)',
  'portfolio:pptx': 'The portfolio report (PowerPoint)',
  'portfolio:xlsx': 'The portfolio report (Excel)',
};

/** A short word for the report an item sends, for the plan's table. */
export const deliveredReportLabel = (report: Communication['report']): string | null =>
  report ? `Sent by Orrery: ${report.kind === 'portfolio' ? 'portfolio report' : 'status report'} (${report.format.toUpperCase()})` : null;
