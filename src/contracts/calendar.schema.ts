// The iCalendar feeds of milestones and gate reviews. Calendar clients (Outlook, Google, Apple)
// subscribe to a URL and cannot send headers or cookies, so these routes — and only these — also
// take a personal API token in the query string.
import { z } from 'zod';

export const CalendarFeedQuery = z
  .object({
    token: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe('A personal API token (orr_…), for calendar clients that cannot send Authorization. The URL then carries a credential: create a token for the calendar alone, and revoke it to cut the feed off.'),
  })
  .strict();
export type CalendarFeedQuery = z.infer<typeof CalendarFeedQuery>;

export const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
