// The URL of the timesheet pages: any date names its week's Monday, nonsense is ignored.
import { describe, expect, it } from 'vitest';
import { addDays, mondayOf, parseApprovalsSearch, parseTimesheetSearch, today } from './timesheet-search.ts';

describe('timesheet search params', () => {
  it('names a week by its Monday, whatever day is given', () => {
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
    expect(mondayOf('2026-03-02')).toBe('2026-03-02');
    expect(addDays('2026-02-26', 7)).toBe('2026-03-05');
    expect(parseTimesheetSearch({ week: '2026-03-04' })).toEqual({ week: '2026-03-02' });
    expect(parseTimesheetSearch({ week: 'soon' })).toEqual({});
    expect(parseTimesheetSearch({ week: '2026-13-45' })).toEqual({});
    expect(today(new Date(2026, 2, 4, 23, 30))).toBe('2026-03-04');
  });

  it('opens a sheet by its id only', () => {
    expect(parseApprovalsSearch({ open: '0199a4b2-1c2d-7e3f-8a9b-0c1d2e3f4a5b' })).toEqual({ open: '0199a4b2-1c2d-7e3f-8a9b-0c1d2e3f4a5b' });
    expect(parseApprovalsSearch({ open: '../etc' })).toEqual({});
  });
});
