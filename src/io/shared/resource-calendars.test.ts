import { describe, expect, it } from 'vitest';
import { task } from '../../core/schedule/plan-builder.ts';
import type { ImportedTaskDetail } from '../imported-project.ts';
import { withResourceCalendars } from './resource-calendars.ts';

const detail = (uid: number, ignoreResourceCalendar: boolean): ImportedTaskDetail => ({ uid, type: 'fixed-units', effortDriven: true, ignoreResourceCalendar, splits: null });

describe('withResourceCalendars', () => {
  const resources = [
    { uid: 0, name: 'placeholder', kind: 'work' as const, calendarId: '9' },
    { uid: 1, name: 'Ann', kind: 'work' as const, calendarId: '3' },
    { uid: 2, name: 'Bob', kind: 'work' as const, calendarId: null },
    { uid: 3, name: 'Concrete', kind: 'material' as const, calendarId: '4' },
  ];
  const assign = (taskUid: number, resourceUid: number) => ({ taskUid, resourceUid, units: 1, work: 480 });

  it('gives each task the calendars of its work resources (the project calendar for one without its own)', () => {
    const tasks = withResourceCalendars([task(1, 'A', '1d'), task(2, 'B', '1d'), task(3, 'C', '1d')], resources, [assign(1, 1), assign(1, 2), assign(1, 1), assign(2, 3), assign(3, 0)], new Map(), '1');
    expect(tasks[0]!.resourceCalendarIds).toEqual(['3', '1']);
    // Material resources and MS Project's placeholder resource (UID 0) set no working time.
    expect(tasks[1]!.resourceCalendarIds).toBeUndefined();
    expect(tasks[2]!.resourceCalendarIds).toBeUndefined();
  });

  it('leaves alone summaries and tasks with a calendar of their own that ignore resource calendars', () => {
    const input = [task(1, 'Summary', '1d', { summary: true }), task(2, 'Own', '1d', { calendarId: '5' }), task(3, 'Flag only', '1d')];
    const details = new Map([[2, detail(2, true)], [3, detail(3, true)]]);
    const tasks = withResourceCalendars(input, resources, [assign(1, 1), assign(2, 1), assign(3, 1)], details, '1');
    expect(tasks[0]).toBe(input[0]);
    expect(tasks[1]).toBe(input[1]);
    // Without a task calendar the flag has nothing to apply to.
    expect(tasks[2]!.resourceCalendarIds).toEqual(['3']);
  });
});
