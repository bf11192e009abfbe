// The iCalendar feeds on both databases, parsed back: balanced BEGIN/END, lines folded at 75
// octets with CRLF, escaped text, one all-day event per milestone (forecast date, baseline in the
// description) and per gate review step (requested, decided), stable UIDs; authenticated by bearer
// token or by `?token=` on these routes only, and scoped to what the reader may see.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { systemContext } from '../helpers/register-fixtures.ts';
import { reportableProject } from '../helpers/status-fixtures.ts';
import { createRegisterItem } from '../../src/app/register/register-kind.ts';
import { portfolioKind } from '../../src/app/register/portfolios.ts';
import { decideGateReview, requestGateReview } from '../../src/app/governance/gate-review-commands.ts';
import { getSchedule } from '../../src/app/schedules/schedule-commands.ts';

type Props = Record<string, { params: string; value: string }>;

/** A strict little reader of what we write: checks the framing and returns the events' properties. */
function parseIcs(text: string): { calendar: Props; events: Props[] } {
  expect(text.endsWith('\r\n')).toBe(true);
  const raw = text.slice(0, -2).split('\r\n');
  for (const line of raw) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  }
  const lines = text.slice(0, -2).replace(/\r\n /g, '').split('\r\n');
  const stack: string[] = [];
  const calendar: Props = {};
  const events: Props[] = [];
  for (const line of lines) {
    const [, name = '', params = '', value = ''] = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line) ?? [];
    expect(name, line).not.toBe('');
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') events.push({});
    } else if (name === 'END') expect(stack.pop()).toBe(value);
    else (stack.at(-1) === 'VEVENT' ? events.at(-1)! : calendar)[name] = { params, value };
  }
  expect(stack).toEqual([]);
  return { calendar, events };
}
const unescape = (v: string) => v.replace(/\\n/g, '\n').replace(/\\([\\;,])/g, '$1');

describe.each(DIALECTS)('calendar feeds on %s', (dialect) => {
  const s = apiSuite(dialect);
  const feed = (url: string, token?: string) => call(s.app, 'GET', url, token ? { token } : {});

  it('a project’s feed has its milestone on the forecast date with the baseline date, and its gate reviews', async () => {
    const system = systemContext(s.deps);
    const portfolio = await createRegisterItem(portfolioKind, system, { name: 'Coast; defence, phase 2', description: '', ownerId: null });
    const p = await reportableProject(s.deps, s.cast, { name: 'Lagoon; north, “wall” \\ sluice', portfolioId: portfolio.id });
    await p.build(12);
    const goLive = (await getSchedule(system, p.projectId)).tasks.find((t) => t.name === 'Go-live')!;
    const review = await requestGateReview(system, p.projectId, { note: 'Ready for the board.\nSecond line, with a comma; and a semicolon.', approverIds: [] });
    await decideGateReview(system, review.id, review.version, { decision: 'hold', comment: 'Wait for the survey.', conditions: [] });

    const res = await feed(`/api/v1/projects/${p.projectId}/calendar.ics`, s.cast.contributor.token);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const { calendar, events } = parseIcs(res.body);
    expect(calendar.VERSION!.value).toBe('2.0');
    expect(unescape(calendar['X-WR-CALNAME']!.value)).toBe(`${p.code} Lagoon; north, “wall” \\ sluice`);
    expect(calendar['X-WR-CALNAME']!.value).toContain('Lagoon\\; north\\, “wall” \\\\ sluice');
    expect(events).toHaveLength(3);
    const milestone = events.find((e) => e.UID!.value === `milestone-${goLive.id}@orrery`)!;
    expect(milestone.DTSTART).toEqual({ params: ';VALUE=DATE', value: goLive.finish!.slice(0, 10).replace(/-/g, '') });
    expect(milestone.DTSTART!.value).not.toBe('20270115');
    expect(milestone.DTEND!.params).toBe(';VALUE=DATE');
    expect(unescape(milestone.SUMMARY!.value)).toBe(`${p.code}: Go-live`);
    expect(unescape(milestone.DESCRIPTION!.value)).toContain('Baseline 0: 2027-01-15');
    expect(milestone.DTSTAMP!.value).toMatch(/^\d{8}T\d{6}Z$/);
    const today = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    const requested = events.find((e) => e.UID!.value === `gate-${review.id}-requested@orrery`)!;
    expect(requested.DTSTART!.value).toBe(today);
    expect(unescape(requested.DESCRIPTION!.value)).toContain('Ready for the board.\nSecond line, with a comma; and a semicolon.');
    const decided = events.find((e) => e.UID!.value === `gate-${review.id}-decided@orrery`)!;
    expect(unescape(decided.SUMMARY!.value)).toContain('— hold');
    // Folding was needed and kept every line within 75 octets (checked in parseIcs).
    expect(res.body).toMatch(/\r\n /);

    // The same feed read again names the same events.
    const again = parseIcs((await feed(`/api/v1/projects/${p.projectId}/calendar.ics`, s.cast.manager.token)).body);
    expect(again.events.map((e) => e.UID!.value)).toEqual(events.map((e) => e.UID!.value));

    // The portfolio's feed holds the project's events; an outsider sees none of them.
    const pf = await feed(`/api/v1/portfolios/${portfolio.id}/calendar.ics`, s.cast.executive.token);
    expect(pf.statusCode, pf.body).toBe(200);
    expect(parseIcs(pf.body).events.map((e) => e.UID!.value).sort()).toEqual(events.map((e) => e.UID!.value).sort());
    expect(unescape(parseIcs(pf.body).calendar['X-WR-CALNAME']!.value)).toBe(`${portfolio.code} Coast; defence, phase 2`);
    expect(parseIcs((await feed(`/api/v1/portfolios/${portfolio.id}/calendar.ics`, s.cast.outsider.token)).body).events).toEqual([]);
    expect((await feed(`/api/v1/projects/${p.projectId}/calendar.ics`, s.cast.outsider.token)).statusCode).toBe(404);
  });

  it('takes a personal API token as ?token= on the feeds only', async () => {
    const p = await reportableProject(s.deps, s.cast, { name: 'Token feed', portfolioId: s.reg.portfolioId });
    const url = `/api/v1/projects/${p.projectId}/calendar.ics`;
    const byQuery = await feed(`${url}?token=${encodeURIComponent(s.cast.manager.token)}`);
    expect(byQuery.statusCode, byQuery.body).toBe(200);
    expect(parseIcs(byQuery.body).events).toHaveLength(1);
    expect((await feed(url)).statusCode).toBe(401);
    const bad = await feed(`${url}?token=orr_not-a-token`);
    expect([bad.statusCode, bad.json().detail]).toEqual([401, expect.stringContaining('token in the feed URL')]);
    // Anywhere else, a token in the URL is not a way in.
    expect((await feed(`/api/v1/projects/${p.projectId}?token=${encodeURIComponent(s.cast.manager.token)}`)).statusCode).toBe(401);
    expect((await feed(`/api/v1/portfolios/01900000-0000-7000-8000-000000000000/calendar.ics`, s.cast.admin.token)).statusCode).toBe(404);
  });
});
