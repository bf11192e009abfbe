// Reading timesheets: my week (an unsaved week reads as an empty draft at version 0, and nothing
// is written by reading it), one sheet by id for those who may see it, and the list: the sheets I
// may see (my own, those booking time on projects I manage, those of the people I line-manage;
// everyone's for the PMO, administrators and executives), or with awaitingMe the submitted ones
// waiting for my approval (hours on a project I manage that nobody approved yet, or any sheet of
// someone I line-manage; all of them for the PMO), oldest week first. A page costs a constant
// number of queries.
import { sql } from 'kysely';
import type { Timesheet, TimesheetListItem, TimesheetListQuery, TimesheetStatus } from '../../contracts/timesheet.schema.ts';
import type { AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { canEditRegister, canReadAllProjects } from '../access/policy.ts';
import { afterCursor, decodeCursor, toPage } from '../shared/pagination.ts';
import { lockedThrough } from './timesheet-lock.ts';
import { loadEntries, loadVisibleSheet, readableAmong, type SheetRow } from './timesheet-store.ts';
import { approvableBy, NO_STANDING, projectsManagedBy, reportsOf, signOffsOf, waitingOf } from './timesheet-approvers.ts';
import { person, toApiTimesheet } from './timesheet-view.ts';

export async function getMyWeek(ctx: AppContext, weekStart: string): Promise<Timesheet> {
  const db = ctx.db;
  const sheet = await db.selectFrom('timesheets').selectAll().where('userId', '=', ctx.actor.userId).where('weekStart', '=', weekStart).executeTakeFirst();
  const entries = sheet ? await loadEntries(db, sheet.id) : [];
  const owner = (await person(db, ctx.actor.userId)) ?? { id: ctx.actor.userId, name: ctx.actor.name, email: '' };
  return toApiTimesheet(ctx, db, { owner, weekStart, sheet: sheet ?? null, entries, standing: NO_STANDING, lockedThrough: await lockedThrough(db) });
}

/** Someone's week, for those who may see it (the CLI's view of a person's sheet); unsaved: an empty draft. */
export async function getUserWeek(ctx: AppContext, userId: string, weekStart: string): Promise<Timesheet> {
  if (userId === ctx.actor.userId) return getMyWeek(ctx, weekStart);
  const sheet = await ctx.db.selectFrom('timesheets').select('id').where('userId', '=', userId).where('weekStart', '=', weekStart).executeTakeFirst();
  if (sheet) return getTimesheet(ctx, sheet.id);
  if (!canReadAllProjects(ctx.actor)) throw notFound('Timesheet of the week of', weekStart);
  const owner = (await person(ctx.db, userId))!;
  return toApiTimesheet(ctx, ctx.db, { owner, weekStart, sheet: null, entries: [], standing: NO_STANDING, lockedThrough: await lockedThrough(ctx.db) });
}

export async function getTimesheet(ctx: AppContext, id: string): Promise<Timesheet> {
  const { sheet, entries, standing } = await loadVisibleSheet(ctx, ctx.db, id);
  return toApiTimesheet(ctx, ctx.db, { owner: (await person(ctx.db, sheet.userId))!, weekStart: sheet.weekStart, sheet, entries, standing, lockedThrough: await lockedThrough(ctx.db) });
}

export async function listTimesheets(ctx: AppContext, query: TimesheetListQuery): Promise<{ items: TimesheetListItem[]; nextCursor: string | null }> {
  const db = ctx.db;
  const me = ctx.actor.userId;
  const awaiting = query.awaitingMe === true;
  const everyone = awaiting ? canEditRegister(ctx.actor) : canReadAllProjects(ctx.actor);
  const [managed, reports] = await Promise.all([projectsManagedBy(db, ctx.actor), reportsOf(db, me)]);
  const cursor = decodeCursor(query.cursor);
  const desc = !awaiting;
  let q = db.selectFrom('timesheets as t').selectAll('t');
  if (awaiting) q = q.where('t.status', '=', 'submitted').where('t.userId', '!=', me);
  if (!everyone) {
    q = q.where((eb) => {
      const bookingOnManaged = (waitingOnly: boolean) =>
        eb.exists(
          eb
            .selectFrom('timesheetEntries as e')
            .select('e.id')
            .whereRef('e.timesheetId', '=', 't.id')
            .where('e.projectId', 'in', managed)
            .$if(waitingOnly, (sub) => sub.where(({ not, exists, selectFrom }) => not(exists(selectFrom('timesheetApprovals as a').select('a.projectId').whereRef('a.timesheetId', '=', 't.id').whereRef('a.projectId', '=', 'e.projectId'))))),
        );
      const mine = [
        ...(awaiting ? [] : [eb('t.userId', '=', me)]),
        ...(managed.length > 0 ? [bookingOnManaged(awaiting)] : []),
        ...(reports.length > 0 ? [eb('t.userId', 'in', reports)] : []),
      ];
      return mine.length > 0 ? eb.or(mine) : sql<boolean>`1 = 0`;
    });
  }
  if (query.status !== undefined) q = q.where('t.status', '=', query.status);
  if (query.userId !== undefined) q = q.where('t.userId', '=', query.userId);
  if (query.weekStart !== undefined) q = q.where('t.weekStart', '=', query.weekStart);
  if (cursor !== undefined) q = q.where(afterCursor(sql.ref('t.week_start'), sql.ref('t.id'), desc, cursor));
  const rows = await q
    .orderBy('t.weekStart', desc ? 'desc' : 'asc')
    .orderBy('t.id', desc ? 'desc' : 'asc')
    .limit(query.limit + 1)
    .execute();
  const page = toPage(rows, query.limit, (r) => r.weekStart, (r) => r);
  return { items: await listItems(ctx, page.items, new Set(managed), new Set(reports)), nextCursor: page.nextCursor };
}

async function listItems(ctx: AppContext, sheets: readonly SheetRow[], managed: ReadonlySet<string>, reports: ReadonlySet<string>): Promise<TimesheetListItem[]> {
  if (sheets.length === 0) return [];
  const db = ctx.db;
  const ids = sheets.map((s) => s.id);
  const sums = await db
    .selectFrom('timesheetEntries as e')
    .innerJoin('projects as p', 'p.id', 'e.projectId')
    .select((eb) => ['e.timesheetId', 'e.projectId', 'p.code', 'p.name', eb.fn.sum<number>('e.minutes').as('minutes')])
    .where('e.timesheetId', 'in', ids)
    .groupBy(['e.timesheetId', 'e.projectId', 'p.code', 'p.name'])
    .orderBy('p.code')
    .execute();
  const [people, readable, signOffs] = await Promise.all([
    db.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', [...new Set(sheets.map((s) => s.userId))]).execute(),
    readableAmong(db, ctx.actor, [...new Set(sums.map((s) => s.projectId))]),
    signOffsOf(db, ids),
  ]);
  const personOf = new Map(people.map((p) => [p.id, p]));
  const approvesAll = canEditRegister(ctx.actor);
  return sheets.map((s) => {
    const own = s.userId === ctx.actor.userId;
    const lineManaged = reports.has(s.userId);
    const approved = signOffs.get(s.id)!;
    const mine = sums.filter((x) => x.timesheetId === s.id);
    const standing = { managed: new Set(mine.map((x) => x.projectId).filter((id) => managed.has(id))), wholeSheet: !own && (approvesAll || lineManaged) };
    const awaitsYou = new Set(approvableBy(ctx.actor, s, standing, waitingOf(mine.map((x) => x.projectId), approved)));
    const projects = mine.map((x) => {
      const visible = own || lineManaged || readable.has(x.projectId);
      return { id: x.projectId, code: visible ? x.code : '—', name: visible ? x.name : 'A project you cannot see', minutes: Number(x.minutes), visible, approved: approved.has(x.projectId), awaitsYou: awaitsYou.has(x.projectId) };
    });
    return {
      id: s.id,
      user: personOf.get(s.userId) ?? { id: s.userId, name: 'Unknown person', email: '' },
      weekStart: s.weekStart,
      status: s.status as TimesheetStatus,
      totalMinutes: projects.reduce((sum, p) => sum + p.minutes, 0),
      projects,
      submittedAt: s.submittedAt,
      decidedAt: s.decidedAt,
      comment: s.comment,
      canDecide: awaitsYou.size > 0,
      version: s.version,
    };
  });
}
