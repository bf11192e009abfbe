// What people are told about timesheets: the approvers when one is submitted (the managers of its
// projects, or the PMO when no one else may approve it), and the owner when it is returned, with
// the approver's comment. Each links to the page where they act on it.
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { notify, pmoPeople } from '../notifications/notify.ts';
import { managersOf, type SheetRow } from './timesheet-store.ts';

/** The web pages a notice leads to. */
export const myWeekLink = (weekStart: string): string => `/timesheet?week=${weekStart}`;
export const approvalsLink = (id: string): string => `/timesheet-approvals?open=${id}`;

export async function timesheetSubmitted(trx: Db, ctx: AppContext, sheet: SheetRow, projectIds: readonly string[], version: number): Promise<void> {
  const managers = [...(await managersOf(trx, projectIds)).values()].flatMap((people) => [...people]).filter((id) => id !== sheet.userId);
  await notify(trx, ctx, {
    kind: 'approval_waiting',
    to: managers.length > 0 ? managers : await pmoPeople(trx),
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
