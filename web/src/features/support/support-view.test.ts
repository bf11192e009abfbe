import { describe, expect, it } from 'vitest';
import { durationText, targetText } from './support-view.ts';

describe('support times', () => {
  it('reads the clock’s minutes in hours, as service levels are set, with minutes while short', () => {
    expect(durationText(45)).toBe('45 min');
    expect(durationText(200)).toBe('3 h 20 min');
    expect(durationText(1440 * 2 + 190)).toBe('51 h');
  });
  it('says whether a target is waiting, overdue, met or late', () => {
    const t = (minutes: number, met: boolean | null, breached: boolean) => targetText({ dueAt: '2026-01-01T00:00:00Z', minutes, met, breached });
    expect(t(30, null, false)).toEqual({ text: 'waiting 30 min', color: 'gray' });
    expect(t(300, null, true)).toEqual({ text: 'waiting 5 h, overdue', color: 'red' });
    expect(t(60, true, false)).toEqual({ text: '1 h', color: 'teal' });
    expect(t(600, false, true)).toEqual({ text: '10 h, late', color: 'red' });
  });
});
