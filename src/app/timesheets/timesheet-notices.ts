// What people are told about timesheets: the approvers when one is submitted (the managers of its
// projects and the person's line manager; the PMO too when some project's hours have no one else
// to approve them), and the owner when it is returned, with the approver's comment. Each links to
// the page where they act on it.
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { notify, pmoPeople } from '../notifications/notify.ts';
import type { SheetRow } from './timesheet-store.ts';
import { lineManagerOf, managersOf } from './timesheet-approvers.ts';

/** The web pages a notice leads to. */
export const myWeekLink = (weekStart: string): string => `/timesheet?week=${weekStart}`;
export const approvalsLink = (id: string): string => `/timesheet-approvals?open=${id}`;

export async function timesheetSubmitted(trx: Db, ctx: AppContext, sheet: SheetRow, projectIds: readonly string[], version: number): Promise<void> {
  const others = (people: Set<string>) => [...people].filter((id) => id !== sheet.userId);
  const perProject = [...(await managersOf(trx, projectIds)).values()].map(others);
  const lineManager = await lineManagerOf(trx, sheet.userId);
  const unattended = lineManager === null && perProject.some((people) => people.length === 0);
  await notify(trx, ctx, {
    kind: 'approval_waiting',
    to: [...perProject.flat(), lineManager, ...(unattended ? await pmoPeople(trx) : [])],
    title: `The timesheet of ${ctx.actor.name} for the week of ${sheet.weekStart} waits for your approval`,
    link: approvalsLink(sheet.id),
    projectId: projectIds.length === 1 ? projectIds[0]! : null,
    dedupeKey: `timesheet:${sheet.id}:submitted:${version}`,
  });
}

export async function timesheetReturned(trx: Db, ctx: AppContext, sheet: SheetRow, comment: string): Promise<void> {
  await notify(trx, ctx, {
    kind: 'timesheet_returned',
    to: [sheet.userId],
    title: `Your timesheet for the week of ${sheet.weekStart} was returned`,
    body: `${ctx.actor.name}: ${comment}`,
    link: myWeekLink(sheet.weekStart),
  });
}
