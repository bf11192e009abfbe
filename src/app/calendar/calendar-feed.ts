// The iCalendar feeds a calendar client subscribes to: a project's milestones (on their forecast
// finish, with the baseline date in the description) and its gate reviews (the day one was
// requested and the day it was decided), as all-day events; a portfolio's feed is the same for
// every project in it the reader may see. UIDs name the record, so a milestone that moves is the
// same event, moved, in the subscriber's calendar.
import type { Db } from '../../db/database.ts';
import { renderCalendar, type IcalEvent } from '../../io/ical/ical-writer.ts';
import type { AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { gateOf } from '../governance/gate-review-store.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { visibleProjects } from '../projects/project-queries.ts';

export interface CalendarFile {
  readonly fileName: string;
  readonly body: string;
}

interface FeedProject {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

const UID_DOMAIN = 'orrery';
/** Baseline 0 is the one the PMO measures by unless it says otherwise. */
const BASELINE = 0;

async function milestoneEvents(db: Db, projects: readonly FeedProject[]): Promise<IcalEvent[]> {
  const ids = projects.map((p) => p.id);
  const [tasks, baselines] = await Promise.all([
    db.selectFrom('scheduleTasks').select(['id', 'projectId', 'name', 'finish', 'actualFinish', 'percentComplete']).where('projectId', 'in', ids).where('milestone', '=', 1).where('active', '=', 1).where('finish', 'is not', null).execute(),
    db.selectFrom('scheduleBaselines').select(['projectId', 'tasksJson']).where('projectId', 'in', ids).where('number', '=', BASELINE).execute(),
  ]);
  const baselineFinish = new Map<string, string | null>();
  for (const b of baselines) for (const t of JSON.parse(b.tasksJson) as { taskId: string; finish: string | null }[]) baselineFinish.set(t.taskId, t.finish);
  const byId = new Map(projects.map((p) => [p.id, p]));
  return tasks.map((t) => {
    const p = byId.get(t.projectId)!;
    const baseline = baselineFinish.get(t.id) ?? null;
    const done = t.actualFinish !== null || t.percentComplete >= 100;
    return {
      uid: `milestone-${t.id}@${UID_DOMAIN}`,
      date: t.finish!.slice(0, 10),
      summary: `${done ? '✓ ' : ''}${p.code}: ${t.name}`,
      description: [`Milestone of ${p.code} ${p.name}.`, `Forecast: ${t.finish!.replace('T', ' ')}.`, baseline ? `Baseline ${BASELINE}: ${baseline.replace('T', ' ')}.` : `No baseline ${BASELINE} date.`, done ? 'Done.' : ''].filter(Boolean).join('\n'),
      categories: ['Milestone'],
    };
  });
}

async function gateEvents(db: Db, projects: readonly FeedProject[]): Promise<IcalEvent[]> {
  const reviews = await db.selectFrom('gateReviews').selectAll().where('projectId', 'in', projects.map((p) => p.id)).execute();
  const byId = new Map(projects.map((p) => [p.id, p]));
  return reviews.flatMap((r) => {
    const p = byId.get(r.projectId)!;
    const gate = gateOf(r).name;
    const about = `Gate review ${r.code} of ${p.code} ${p.name}: ${gate}.`;
    const requested: IcalEvent = { uid: `gate-${r.id}-requested@${UID_DOMAIN}`, date: r.createdAt.slice(0, 10), summary: `${p.code}: ${gate} — review requested (${r.code})`, description: [about, r.note].filter(Boolean).join('\n'), categories: ['Gate review'] };
    if (!r.decidedAt) return [requested];
    const decided: IcalEvent = {
      uid: `gate-${r.id}-decided@${UID_DOMAIN}`,
      date: r.decidedAt.slice(0, 10),
      summary: `${p.code}: ${gate} — ${(r.decision ?? 'decided').replace(/_/g, ' ')} (${r.code})`,
      description: [about, `Decision: ${r.decision ?? ''}.`, r.decisionComment].filter(Boolean).join('\n'),
      categories: ['Gate review'],
    };
    return [requested, decided];
  });
}

async function feed(ctx: AppContext, name: string, fileName: string, projects: readonly FeedProject[]): Promise<CalendarFile> {
  const events = projects.length === 0 ? [] : [...(await milestoneEvents(ctx.db, projects)), ...(await gateEvents(ctx.db, projects))];
  events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
  return { fileName, body: renderCalendar({ name, stamp: ctx.clock.now(), events }) };
}

/** A project's milestones and gate reviews (whoever may read the project). */
export async function projectCalendar(ctx: AppContext, projectId: string): Promise<CalendarFile> {
  const p = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  return feed(ctx, `${p.code} ${p.name}`, `${p.code}.ics`, [p]);
}

/** The milestones and gate reviews of a portfolio's active projects the reader may see. */
export async function portfolioCalendar(ctx: AppContext, portfolioId: string): Promise<CalendarFile> {
  const portfolio = await ctx.db.selectFrom('portfolios').select(['code', 'name']).where('id', '=', portfolioId).executeTakeFirst();
  if (!portfolio) throw notFound('Portfolio', portfolioId);
  const projects = await visibleProjects(ctx, {}).select(['p.id', 'p.code', 'p.name']).where('p.portfolioId', '=', portfolioId).orderBy('p.code').execute();
  return feed(ctx, `${portfolio.code} ${portfolio.name}`, `${portfolio.code}.ics`, projects);
}
