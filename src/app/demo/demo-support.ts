// The demo PMO's support desk: a tool question answered within the day, a consulting request taken
// up late (past its first-response level) and still being worked, and a reporting question that has
// waited past its service level untouched. Each step is taken at its own time (a clock per step),
// counted in working hours of the Standard calendar in UTC, the service levels' clock as shipped, so
// the desk looks the same whatever the day and hour the demo is loaded.
import { standardCalendar } from '../../core/calendar/standard-calendar.ts';
import { WorkCalendar } from '../../core/calendar/work-calendar.ts';
import type { AppContext } from '../context.ts';
import { raiseSupportRequest, updateSupportRequest } from '../support/support-requests.ts';
import { DEMO_PEOPLE } from './demo-organisation.ts';

type Person = (key: string) => string;

/** `key` acting `hoursAgo` working hours before the demo's now. */
function at(ctx: AppContext, key: string, person: Person, hoursAgo: number): AppContext {
  const p = DEMO_PEOPLE.find((d) => d.key === key)!;
  const now = Math.floor(ctx.clock.now().getTime() / 60_000); // UTC wall minutes
  const when = new Date(new WorkCalendar('standard', [standardCalendar()], now).subtractWorking(now, hoursAgo * 60) * 60_000);
  return { ...ctx, clock: { now: () => when }, actor: { userId: person(key), name: p.name, orgRole: p.orgRole, via: 'session' } };
}

export async function loadDemoSupport(ctx: AppContext, person: Person): Promise<void> {
  const tool = await raiseSupportRequest(at(ctx, 'sofia', person, 50), { title: 'Cannot save baseline 1 on the portal plan', description: 'The Save baseline button stays greyed out.', category: 'tool_help' });
  const taken = await updateSupportRequest(at(ctx, 'tom', person, 49), tool.id, tool.version, { status: 'in_progress', assigneeId: person('tom') });
  const resolved = await updateSupportRequest(at(ctx, 'tom', person, 47), tool.id, taken.version, { status: 'resolved', resolution: 'Baselines need a schedule with no open edits; closed the task editor and saved baseline 1.' });
  await updateSupportRequest(at(ctx, 'tom', person, 46), tool.id, resolved.version, { status: 'closed' });

  const consulting = await raiseSupportRequest(at(ctx, 'jonas', person, 40), { title: 'Help shaping the WMS cut-over plan', description: 'Three warehouses, one weekend each: how should the plan and risks be structured?', category: 'consulting' });
  await updateSupportRequest(at(ctx, 'priya', person, 10), consulting.id, consulting.version, { status: 'in_progress', assigneeId: person('priya') });

  await raiseSupportRequest(at(ctx, 'marcus', person, 12), { title: 'Steering committee report for CRM Replacement', description: 'Which template should the monthly steering pack use?', category: 'reporting' });
}
