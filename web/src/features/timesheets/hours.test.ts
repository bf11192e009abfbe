// Hours as the grid shows them: h:mm in a cell, nothing for no time, 0:00 in a total (what is typed
// is read by the core's parseHours, tested in src/core/timesheets/typed-hours.test.ts).
import { describe, expect, it } from 'vitest';
import { formatHours, formatTotal, parseHours } from './hours.ts';

describe('formatHours', () => {
  it('shows h:mm, nothing for no time in a cell and 0:00 in a total', () => {
    expect([0, 15, 450, 1440].map(formatHours)).toEqual(['', '0:15', '7:30', '24:00']);
    expect(formatTotal(0)).toBe('0:00');
    expect(formatHours(parseHours('7.75')!)).toBe('7:45');
  });
});
