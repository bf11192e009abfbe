import { describe, expect, it } from 'vitest';
import { barValue, formatBenefitValue, formatPct, parseDates, parseValue, valueText } from './benefit-view.ts';

describe('benefit values on screen', () => {
  it('shows money in its currency and other measures with their unit', () => {
    expect(formatBenefitValue({ currency: 'EUR', unit: 'EUR' }, 12_345_050)).toMatch(/123,450\.50/);
    expect(formatBenefitValue({ currency: null, unit: 'seconds' }, 38.5)).toMatch(/^38\.5 seconds$/);
    expect([formatPct(null), formatPct(44.333), formatPct(120)]).toEqual(['—', '44.3 %', '120 %']);
    expect([barValue(null), barValue(-20), barValue(55), barValue(130)]).toEqual([0, 0, 55, 100]);
  });

  it('reads money typed in major units as whole minor units, and says what is wrong', () => {
    expect(parseValue('1,200.50', 'EUR')).toEqual({ ok: true, value: 120_050 });
    expect(parseValue('-300', 'EUR')).toEqual({ ok: true, value: -30_000 });
    expect(parseValue('1.234', 'EUR')).toMatchObject({ ok: false });
    expect(parseValue('3.75', null)).toEqual({ ok: true, value: 3.75 });
    expect(parseValue('many', null)).toEqual({ ok: false, message: 'Enter a number, such as 42 or 3.5.' });
    expect(parseValue(' ', null)).toEqual({ ok: false, message: 'Enter a value.' });
    expect(valueText({ currency: 'EUR' }, 120_050)).toBe('1200.50');
  });

  it('reads planned measurement dates as a sorted list without repeats', () => {
    expect(parseDates('2027-06-30, 2027-03-31 2027-06-30')).toEqual({ ok: true, dates: ['2027-03-31', '2027-06-30'] });
    expect(parseDates('')).toEqual({ ok: true, dates: [] });
    expect(parseDates('2027-13-01')).toEqual({ ok: false, message: '2027-13-01 is not a date: write dates as YYYY-MM-DD, separated by commas.' });
  });
});
