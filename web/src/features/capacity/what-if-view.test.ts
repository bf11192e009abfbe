// The what-if panel's view logic: cells before → after with the after's band, the rows shown, the
// candidates offered, and the verdict in words.
import { describe, expect, it } from 'vitest';
import type { CapacityWhatIf } from '../../api/capacity.ts';
import { formatDate } from '../../ui/dates.ts';
import { candidateOptions, rowsToShow, spanText, whatIfCell, whatIfVerdict } from './what-if-view.ts';

const periods = ['2027-03-01', '2027-03-08', '2027-03-15'].map((firstDay, index) => ({ index, firstDay, lastDay: firstDay }));
const analyst = { key: 'Analyst', label: 'Analyst', resourceIds: ['cy'], capacity: [40, 40, 40], before: [40, 0, 0], after: [100, 10, 0], newlyOverAllocated: [0] };
const developer = { key: 'Developer', label: 'Developer', resourceIds: ['ana', 'bo'], capacity: [60, 60, 0], before: [30, 70, 0], after: [30, 80, 8], newlyOverAllocated: [] };
const tester = { key: 'Tester', label: 'Tester', resourceIds: ['di'], capacity: [40, 40, 40], before: [0, 0, 0], after: [0, 0, 0], newlyOverAllocated: [] };
const span = { plannedStart: '2027-03-08', plannedFinish: '2027-03-12', start: '2027-03-01', finish: '2027-03-05' };
const result: CapacityWhatIf = {
  projectId: 'p', projectCode: 'PRJ-003', projectName: 'Gamma', unit: 'week', groupBy: 'role', shiftWeeks: -1, span, periods,
  rows: [developer, tester, analyst],
  resources: [{ resourceId: 'cy', name: 'Cy Analyst', newlyOverAllocated: [0] }],
};

describe('what-if view', () => {
  it('shows a cell as load before → after, coloured by the after, marking the periods pushed over', () => {
    expect(whatIfCell(analyst, 0)).toEqual({ band: 'over', text: '100 % → 250 %', changed: true, pushedOver: true, hours: '40 h → 100 h of 40 h available' });
    expect(whatIfCell(analyst, 1)).toMatchObject({ band: 'under', text: '0 % → 25 %', pushedOver: false });
    expect(whatIfCell(analyst, 2)).toMatchObject({ band: 'under', text: '0 %', changed: false, hours: '0 h of 40 h available' });
    // Already over before: red, but not "newly" over; without capacity, hours.
    expect(whatIfCell(developer, 1)).toMatchObject({ band: 'over', text: '117 % → 133 %', pushedOver: false });
    expect(whatIfCell(developer, 2)).toMatchObject({ band: 'over', text: '0 h → 8 h' });
    expect(whatIfCell(tester, 0)).toMatchObject({ text: '0 %', changed: false });
    expect(whatIfCell({ ...tester, capacity: [0], after: [0], before: [0] }, 0)).toMatchObject({ band: 'idle', text: '—' });
  });

  it('shows only the rows the project changes, those it pushes over first', () => {
    const { shown, untouched } = rowsToShow(result);
    expect([shown.map((r) => r.label), untouched]).toEqual([['Analyst', 'Developer'], 1]);
  });

  it('offers proposed projects first, then those under way or on hold, and leaves out finished ones', () => {
    const projects = [
      { id: '1', code: 'PRJ-001', name: 'Alpha', status: 'active' },
      { id: '2', code: 'PRJ-002', name: 'Beta', status: 'completed' },
      { id: '3', code: 'PRJ-003', name: 'Gamma', status: 'proposed' },
      { id: '4', code: 'PRJ-004', name: 'Delta', status: 'on_hold' },
    ];
    expect(candidateOptions(projects)).toEqual([
      { group: 'Proposed', items: [{ value: '3', label: 'PRJ-003 · Gamma' }] },
      { group: 'Under way or on hold', items: [{ value: '1', label: 'PRJ-001 · Alpha' }, { value: '4', label: 'PRJ-004 · Delta' }] },
    ]);
    expect(candidateOptions(projects.filter((p) => p.status !== 'proposed')).map((g) => g.group)).toEqual(['Under way or on hold']);
  });

  it('says whom the project pushes over and when, where its work falls, and what was already over', () => {
    const moved = `Started 1 week earlier than planned, its assigned work would run ${formatDate('2027-03-01')} – ${formatDate('2027-03-05')} instead of ${formatDate('2027-03-08')} – ${formatDate('2027-03-12')}.`;
    expect(spanText(result)).toBe(moved);
    expect(whatIfVerdict(result)).toEqual({
      tone: 'over',
      title: 'Adding PRJ-003 Gamma over-allocates 1 role',
      lines: [moved, 'Pushed over capacity: Analyst in 1 week (1 Mar).', 'Who goes over: Cy Analyst.', 'It adds 88 h of work in this window.', 'Already over capacity and more so with it: Developer.'],
    });
    const twice = { ...result, rows: [{ ...analyst, newlyOverAllocated: [0, 1], after: [100, 50, 0] }] };
    expect(whatIfVerdict(twice).lines[1]).toBe('Pushed over capacity: Analyst in 2 weeks (from 1 Mar).');
  });

  it('says when the project fits, has no work in the window, or has nobody assigned', () => {
    const fits = whatIfVerdict({ ...result, shiftWeeks: 0, rows: [{ ...analyst, before: [0, 0, 0], after: [30, 0, 0], newlyOverAllocated: [] }], resources: [] });
    expect(fits).toEqual({
      tone: 'fits',
      title: 'PRJ-003 Gamma fits: no role goes over capacity',
      lines: [`Its assigned work runs ${formatDate('2027-03-01')} – ${formatDate('2027-03-05')}.`, 'It adds 30 h of work in this window. The highest load it leads to is 75 % (Analyst, 1 Mar).'],
    });
    const outside = whatIfVerdict({ ...result, shiftWeeks: 8, rows: [tester], resources: [] });
    expect(outside).toMatchObject({ tone: 'outside', title: "None of PRJ-003 Gamma's work falls in this window", lines: [expect.any(String), `Widen the window (${formatDate('2027-03-01')} – ${formatDate('2027-03-15')}) or move its start to see what it does.`] });
    expect(whatIfVerdict({ ...result, span: null, rows: [tester], resources: [] })).toMatchObject({ tone: 'empty', title: 'PRJ-003 Gamma adds no demand yet', lines: [expect.stringContaining('Assign people, roles or equipment in its schedule')] });
  });
});
