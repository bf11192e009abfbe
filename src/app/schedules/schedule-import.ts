// Replacing a project's schedule with one read from an MS Project XML or MPXJ JSON file: all or
// nothing, in one transaction, then rescheduled by our engine. What the file says beyond a task's
// own fields (its resources' calendars, its splits, a leveling delay) is kept too, with the file's
// calendar ids turned into the project's, so that the project schedules as the file does.
import type { AppContext } from '../context.ts';
import { nowIso } from '../context.ts';
import { AppError } from '../errors.ts';
import { newId } from '../shared/ids.ts';
import { readScheduleText } from '../../io/read-schedule-file.ts';
import { replaceBaselinesFromFile } from './baselines.ts';
import { fromEngineCalendar, toLocal } from './schedule-state.ts';
import { changeSchedule, type ScheduleChangeResult } from './schedule-commands.ts';

export async function importSchedule(ctx: AppContext, projectId: string, content: string): Promise<ScheduleChangeResult & { warnings: string[] }> {
  const read = readScheduleText(content);
  if (!read.ok) {
    throw new AppError('validation_failed', `The file could not be imported: ${read.error.message} (at ${read.error.location.text}). Nothing was changed.`, {
      errors: [{ path: 'content', message: `${read.error.message} (${read.error.location.text})` }],
    });
  }
  const imported = read.project;
  let baselines = 0;
  const result = await changeSchedule(ctx, projectId, 'import a schedule', async (trx, state) => {
    await trx.deleteFrom('scheduleLinks').where('projectId', '=', projectId).execute();
    await trx.deleteFrom('scheduleTasks').where('projectId', '=', projectId).execute();
    await trx.deleteFrom('scheduleCalendars').where('projectId', '=', projectId).execute();
    const now = nowIso(ctx.clock);
    const s = imported.schedule;
    const calendarIds = new Map(s.calendars.map((c) => [c.id, newId()]));
    for (const c of s.calendars) {
      const api = fromEngineCalendar({ ...c, id: calendarIds.get(c.id)!, baseId: c.baseId ? (calendarIds.get(c.baseId) ?? null) : null });
      await trx
        .insertInto('scheduleCalendars')
        .values({ id: api.id, projectId, name: api.name, baseCalendarId: api.baseCalendarId, definitionJson: JSON.stringify(api.definition), createdAt: now, updatedAt: now, version: 1 })
        .execute();
    }
    await trx
      .updateTable('projectSchedules')
      .set({
        calendarId: calendarIds.get(s.projectCalendarId)!,
        scheduleFrom: s.scheduleFromStart ? 'start' : 'finish',
        start: toLocal(s.projectStart)!,
        finish: toLocal(s.projectFinish),
        statusDate: toLocal(s.statusDate),
        minutesPerDay: Math.round(s.minutesPerDay),
        minutesPerWeek: Math.round(s.minutesPerWeek),
        daysPerMonth: Math.round(s.daysPerMonth),
        updatedAt: now,
        version: state.settings.version + 1,
      })
      .where('projectId', '=', projectId)
      .execute();
    const taskIds = new Map<number, string>();
    const rows = s.tasks.map((t, i) => {
      const id = newId();
      taskIds.set(t.uid, id);
      const resourceCalendarIds = [...new Set((t.resourceCalendarIds ?? []).flatMap((c) => calendarIds.get(c) ?? []))];
      const splitGaps = (t.splitGaps ?? []).map((g) => ({ workMinutes: Math.round(g.work), lengthMinutes: Math.round(g.length) }));
      const levelingDelay = Math.round(t.levelingDelay ?? 0);
      return {
        id, projectId, uid: t.uid, position: i + 1, outlineLevel: t.outlineLevel, name: t.name || `Task ${t.uid}`,
        milestone: t.milestone ? 1 : 0, manual: t.manual ? 1 : 0, active: t.active ? 1 : 0,
        durationMinutes: Math.round(t.duration), durationElapsed: t.elapsed ? 1 : 0, estimated: t.estimated ? 1 : 0,
        calendarId: t.calendarId ? (calendarIds.get(t.calendarId) ?? null) : null,
        resourceCalendarIdsJson: resourceCalendarIds.length > 0 ? JSON.stringify(resourceCalendarIds) : null,
        splitGapsJson: splitGaps.length > 0 ? JSON.stringify(splitGaps) : null,
        levelingDelayMinutes: levelingDelay, levelingDelayElapsed: levelingDelay === 0 || t.levelingDelayElapsed === true ? 1 : 0,
        constraintType: t.constraintType, constraintDate: toLocal(t.constraintDate), deadline: toLocal(t.deadline),
        actualStart: toLocal(t.actualStart), actualFinish: toLocal(t.actualFinish), percentComplete: Math.round(t.percentComplete),
        remainingMinutes: t.remainingDuration === null ? null : Math.round(t.remainingDuration),
        priority: t.priority ?? 500,
        manualStart: t.manual ? toLocal(t.start) : null, manualFinish: t.manual ? toLocal(t.finish) : null,
        start: null, finish: null, earlyStart: null, earlyFinish: null, lateStart: null, lateFinish: null, totalSlack: null, freeSlack: null, critical: 0,
        createdAt: now, updatedAt: now, version: 1,
      };
    });
    for (let i = 0; i < rows.length; i += 200) await trx.insertInto('scheduleTasks').values(rows.slice(i, i + 200)).execute();
    const links = s.links
      .filter((l) => taskIds.has(l.predecessorUid) && taskIds.has(l.successorUid))
      .map((l) => ({
        id: newId(), projectId, predecessorId: taskIds.get(l.predecessorUid)!, successorId: taskIds.get(l.successorUid)!, type: l.type,
        lagMinutes: Math.round(l.lag), lagElapsed: l.lagElapsed ? 1 : 0, lagPercent: l.lagPercent, createdAt: now, updatedAt: null, version: 1,
      }));
    for (let i = 0; i < links.length; i += 200) await trx.insertInto('scheduleLinks').values(links.slice(i, i + 200)).execute();
    const fileTasks = new Map(rows.map((r) => [r.uid, { id: r.id, name: r.name }]));
    baselines = await replaceBaselinesFromFile(trx, ctx, projectId, imported.baselines, fileTasks, imported.meta.currencyCode);
    return { entityType: 'schedule', entityId: projectId, action: 'import', before: { tasks: state.tasks.length, links: state.links.length }, after: () => ({ name: imported.name, format: imported.meta.format, tasks: rows.length, links: links.length, calendars: s.calendars.length, baselines }) };
  });
  return { ...result, warnings: [...imported.meta.warnings] };
}
