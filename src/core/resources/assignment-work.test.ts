import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../calendar/work-calendar.ts';
import { assignmentProblem, assignmentWork } from './assignment-work.ts';
import { CONTOUR_TENTHS, contourShape, workShareAt } from './contours.ts';
import { assignment, at, CALENDARS, MONDAY } from './capacity-fixtures.ts';
import { MINUTES_PER_DAY } from '../calendar/wall-time.ts';

const calendar = (id: string) => new WorkCalendar(id, CALENDARS, MONDAY * MINUTES_PER_DAY);

describe('work of an assignment over its days', () => {
  it('puts 8 h a day on a flat 100 % assignment over a week, none on its holiday', () => {
    const w = assignmentWork(assignment('ana', { start: at(0, 8), finish: at(4, 17), units: 100 }), calendar('holiday'));
    expect(w.firstDay).toBe('2026-03-02');
    expect(w.minutesByDay).toEqual([480, 480, 0, 480, 480]);
    expect(w).toMatchObject({ work: 1920, workingMinutes: 1920, peakUnits: 100, offCalendar: false });
  });

  it('works a half-time assignment from Tuesday noon at 2 h a day, and a morning-only resource only in the mornings', () => {
    expect(assignmentWork(assignment('ana', { start: at(1, 13), finish: at(3, 17), units: 50 }), calendar('standard')).minutesByDay).toEqual([120, 240, 240]);
    expect(assignmentWork(assignment('ana', { start: at(0, 8), finish: at(1, 17), units: 100 }), calendar('part-time')).minutesByDay).toEqual([240, 240]);
  });

  it('back-loads 40 h over a week as 10,15 | 25,50 | 50,75 | 75,100 | 100,100 tenths: 100, 300, 500, 700, 800 minutes', () => {
    const w = assignmentWork(assignment('ana', { start: at(0, 8), finish: at(4, 17), work: 2400, contour: 'back-loaded' }), calendar('standard'));
    expect(w.minutesByDay).toEqual([100, 300, 500, 700, 800]);
    expect(w.peakUnits).toBeCloseTo(2400 / (2400 * 0.6) * 100, 9);
  });

  it('gives a back-loaded 100 % assignment 60 % of the flat work, as MS Project does', () => {
    const w = assignmentWork(assignment('ana', { start: at(0, 8), finish: at(4, 17), units: 100, contour: 'back-loaded' }), calendar('standard'));
    expect(w.work).toBe(1440);
    expect(w.minutesByDay).toEqual([60, 180, 300, 420, 480]);
    expect(w.peakUnits).toBeCloseTo(100, 9);
  });

  it('loses no minute to rounding: 1,001 back-loaded minutes over three days are 111 + 348 + 542', () => {
    // Monday ends at 3 1/3 tenths: (10+15+25+50/3)/600 of 1001 = 111.2; Tuesday at 6 2/3: 275/600 of 1001 = 458.8.
    const w = assignmentWork(assignment('ana', { start: at(0, 8), finish: at(2, 17), work: 1001, contour: 'back-loaded' }), calendar('standard'));
    expect(w.minutesByDay).toEqual([111, 348, 542]);
    expect(w.minutesByDay.reduce((a, b) => a + b, 0)).toBe(1001);
  });

  it('front-loads as the mirror of back-loading, and bell and turtle peak in the middle (bell: 30, 120, 200, 120, 30 of 500)', () => {
    const span = { start: at(0, 8), finish: at(4, 17), work: 2400 };
    expect(assignmentWork(assignment('ana', { ...span, contour: 'front-loaded' }), calendar('standard')).minutesByDay).toEqual([800, 700, 500, 300, 100]);
    expect(assignmentWork(assignment('ana', { ...span, contour: 'bell' }), calendar('standard')).minutesByDay).toEqual([144, 576, 960, 576, 144]);
    expect(assignmentWork(assignment('ana', { ...span, contour: 'turtle' }), calendar('standard')).minutesByDay).toEqual([257, 600, 686, 600, 257]); // 75, 175, 200, 175, 75 of 700
  });

  it('spreads work the resource has no working time for over the clock time of the task, and says so', () => {
    // Saturday 08:00 to Sunday 17:00: 16 h of Saturday and 17 h of Sunday.
    const w = assignmentWork(assignment('ana', { start: at(5, 8), finish: at(6, 17), work: 600 }), calendar('standard'));
    expect(w).toMatchObject({ offCalendar: true, peakUnits: null, minutesByDay: [291, 309] });
  });

  it('refuses what it cannot spread, saying what to fix', () => {
    expect(assignmentProblem(assignment('ana', { start: at(1, 8), finish: at(0, 8), units: 100 }))).toMatch(/finishes before it starts/);
    expect(assignmentProblem(assignment('ana', { start: at(0, 8), finish: at(1, 8) }))).toMatch(/give its units or its work/);
    expect(assignmentProblem(assignment('ana', { start: at(0, 8), finish: at(1, 8), work: 1.5 }))).toMatch(/whole, non-negative number of minutes/);
  });
});

describe('contours', () => {
  it('have ten tenths each, and the averages of MS Project: flat 100 %, back and front loaded 60 %, bell 50 %, turtle 70 %', () => {
    for (const tenths of Object.values(CONTOUR_TENTHS)) expect(tenths).toHaveLength(10);
    expect(contourShape('flat').average).toBe(1);
    expect(contourShape('back-loaded').average).toBe(0.6);
    expect(contourShape('front-loaded').average).toBe(0.6);
    expect(contourShape('bell').average).toBe(0.5);
    expect(contourShape('turtle').average).toBe(0.7);
    expect(workShareAt(contourShape('back-loaded'), 0.5)).toBe(0.25);
    expect(workShareAt(contourShape('turtle'), 1)).toBe(1);
  });
});
