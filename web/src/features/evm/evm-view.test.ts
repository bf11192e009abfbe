// The earned-value pages' pure helpers: the red/amber/green thresholds of CPI and SPI, how ratios,
// periods and unpriced hours read, and which URL states survive.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../ui/dates.ts';
import type { PortfolioEvmGroup } from '../../api/types.ts';
import { formatHours, formatPeriods, formatRatio, groupRows, indexColour, parseEvmSearch, parseFinancialsSearch, taskProgressNote } from './evm-view.ts';

const ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('indexColour', () => {
  it('is red below 0.9, amber from 0.9 up to 1, green from 1', () => {
    expect([0.5, 0.8929, 0.8999].map(indexColour)).toEqual(['red', 'red', 'red']);
    expect([0.9, 0.95, 0.9999].map(indexColour)).toEqual(['amber', 'amber', 'amber']);
    expect([1, 1.2].map(indexColour)).toEqual(['green', 'green']);
  });

  it('is grey, not green, when there is nothing to divide by', () => {
    expect([null, undefined, Number.NaN, Number.POSITIVE_INFINITY].map(indexColour)).toEqual(['grey', 'grey', 'grey', 'grey']);
  });
});

describe('figures as text', () => {
  it('shows ratios to two decimals and a dash for none', () => {
    expect([formatRatio(0.8929), formatRatio(0.8333), formatRatio(1.25), formatRatio(null)]).toEqual(['0.89', '0.83', '1.25', '—']);
  });

  it('names earned-schedule periods in their unit, singular for one', () => {
    expect(formatPeriods(2.5, 'day')).toBe('2.5 days');
    expect(formatPeriods(-0.5, 'day')).toBe('-0.5 days');
    expect(formatPeriods(1, 'week')).toBe('1 week');
    expect(formatPeriods(4.8, 'month')).toBe('4.8 months');
    expect(formatPeriods(1.23456, 'day')).toBe('1.23 days');
    expect(formatPeriods(null, 'day')).toBe('—');
  });

  it('shows unpriced minutes as hours and minutes', () => {
    expect([formatHours(360), formatHours(750), formatHours(5)]).toEqual(['6:00 h', '12:30 h', '0:05 h']);
  });
});

describe('which progress the task rows show', () => {
  const tasks = (progressAsOf: string) => [{ progressAsOf }, { progressAsOf }];
  it('says the tasks are as now at a status date of today or later', () => {
    expect(taskProgressNote({ statusDate: '2027-04-01', evRecordedOn: null, tasks: tasks('2027-04-01') }, '2027-04-01')).toEqual({ text: 'Percent complete and EV of each task as they are now.', warning: false });
  });

  it('names the day recorded with the project’s EV at a past status date', () => {
    expect(taskProgressNote({ statusDate: '2027-03-03', evRecordedOn: '2027-03-02', tasks: tasks('2027-03-02') }, '2027-04-01')).toEqual({ text: `Percent complete and EV of each task as recorded on ${formatDate('2027-03-02')}, with the project’s EV.`, warning: false });
    expect(taskProgressNote({ statusDate: '2027-01-01', evRecordedOn: null, tasks: tasks('2027-01-01') }, '2027-04-01')?.text).toBe(`Nothing was recorded by ${formatDate('2027-01-01')}: no task had earned anything yet.`);
  });

  it('warns when the day’s record predates per-task records, so the tasks show progress now', () => {
    expect(taskProgressNote({ statusDate: '2027-03-03', evRecordedOn: '2027-03-02', tasks: tasks('2027-04-01') }, '2027-04-01')).toMatchObject({ warning: true, text: expect.stringContaining('show their percent complete now') });
    expect(taskProgressNote({ statusDate: '2027-03-03', evRecordedOn: '2027-03-02', tasks: [] }, '2027-04-01')).toBeNull();
  });
});

describe('the portfolio’s groups', () => {
  it('reads each portfolio followed by its programs, its projects in no program last', () => {
    const group = (level: 'portfolio' | 'program', portfolioId: string, name: string) => ({ level, portfolioId, name }) as PortfolioEvmGroup;
    const portfolios = [group('portfolio', 'p1', 'Gardens'), group('portfolio', 'p2', 'Parks')];
    const programs = [group('program', 'p1', 'Garden fences'), group('program', 'p1', 'No program'), group('program', 'p2', 'Park fences')];
    expect(groupRows({ portfolios, programs }).map((g) => g.name)).toEqual(['Gardens', 'Garden fences', 'No program', 'Parks', 'Park fences']);
  });
});

describe('URL state', () => {
  it('keeps a real date, a known period and method on the project page', () => {
    expect(parseEvmSearch({ statusDate: '2027-03-03', period: 'day', eac: 'cpi-spi', extra: 1 })).toEqual({ statusDate: '2027-03-03', period: 'day', eac: 'cpi-spi' });
    expect(parseEvmSearch({ statusDate: '2027-13-45', period: 'year', eac: 'guess' })).toEqual({});
  });

  it('keeps well-formed ids on the portfolio page', () => {
    expect(parseFinancialsSearch({ portfolioId: ID, programId: 'nope', statusDate: '2027-03-03', eac: 'bottom-up' })).toEqual({ portfolioId: ID, statusDate: '2027-03-03', eac: 'bottom-up' });
  });
});
