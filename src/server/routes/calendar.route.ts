// iCalendar feeds (text/calendar) of a project's and a portfolio's milestones and gate reviews, for
// calendar clients to subscribe to. They authenticate like every route (bearer token or session
// cookie) and also by `?token=` (see plugins/auth.ts: `feedToken`), since a subscription is a URL.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { IdParams } from '../../contracts/common.schema.ts';
import { CALENDAR_TYPE, CalendarFeedQuery } from '../../contracts/calendar.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { portfolioCalendar, projectCalendar, type CalendarFile } from '../../app/calendar/calendar-feed.ts';
import { contextOf } from '../plugins/auth.ts';
import { readProblems, typed } from './route-kit.ts';

const tags = ['calendar'];
const description =
  'All-day events: milestones on their forecast finish (baseline date in the description) and gate reviews on the days requested and decided. Subscribe with `?token=<personal API token>`, since calendar clients cannot send headers; the token is a credential in the URL, so use one made for the calendar.';
const send = (reply: FastifyReply, file: CalendarFile) =>
  reply.type(CALENDAR_TYPE).header('content-disposition', `inline; filename="${encodeURIComponent(file.fileName)}"`).header('cache-control', 'private, max-age=300').send(file.body);

export function calendarRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/projects/:id/calendar.ics', {
    config: { feedToken: true },
    schema: { tags, summary: 'A project’s milestones and gate reviews as an iCalendar feed (whoever may read the project)', description, params: IdParams, querystring: CalendarFeedQuery, produces: ['text/calendar'], response: { ...readProblems } },
    handler: async (request, reply) => send(reply, await projectCalendar(contextOf(deps, request), request.params.id)),
  });
  r.get('/api/v1/portfolios/:id/calendar.ics', {
    config: { feedToken: true },
    schema: { tags, summary: 'The milestones and gate reviews of a portfolio’s active projects you can see, as an iCalendar feed', description, params: IdParams, querystring: CalendarFeedQuery, produces: ['text/calendar'], response: { ...readProblems } },
    handler: async (request, reply) => send(reply, await portfolioCalendar(contextOf(deps, request), request.params.id)),
  });
}
