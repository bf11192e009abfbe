// Stakeholders, the communication plan and meetings.
import type { LogItemColumns } from './raid.ts';

/** A person or group with a stake in a project: grid scores (1–5) and engagement now and wanted. */
export interface StakeholdersTable extends LogItemColumns {
  /** The person in Orrery, when the stakeholder is one (their name and e-mail come from the account). */
  userId: string | null;
  organisation: string;
  role: string;
  email: string;
  phone: string;
  category: string;
  interest: number;
  influence: number;
  engagementCurrent: string;
  engagementDesired: string;
}

/** An item of a project's communication plan: what goes to whom, how often, through which channel. */
export interface CommunicationsTable extends LogItemColumns {
  type: string;
  /** `{ stakeholderIds, userIds, groups }`: stakeholders of the project, people in Orrery, free-text groups. */
  audienceJson: string;
  frequency: string;
  channel: string;
  nextDueOn: string | null;
  lastDoneOn: string | null;
  lastDoneBy: string | null;
  /** `{ kind, format }`: the report Orrery sends by e-mail when the item is due; null: its owner sends it. */
  reportJson: string | null;
}

/** A meeting of a project with its agenda, attendees and minutes. */
export interface MeetingsTable extends LogItemColumns {
  type: string;
  /** Local date-times of the project, YYYY-MM-DDTHH:MM. */
  startsAt: string;
  endsAt: string;
  location: string;
  /** `[{ topic, presenter, minutes }]` in order. */
  agendaJson: string;
  /** `[{ userId, name, email, attended }]`: people in Orrery (userId set) and guests. */
  attendeesJson: string;
  minutes: string;
  /** `{ captures, problems }`: the decision and action each captured line became, and what could not be read. */
  capturesJson: string;
  minutesSentAt: string | null;
  minutesSentBy: string | null;
  /** The recipients the minutes were last sent to. */
  minutesSentToJson: string;
}
