// A meeting's status moves and its agenda's timing.
import { describe, expect, it } from 'vitest';
import { agendaTimes, minutesBetween, minutesSendable, statusMoveProblem } from './meeting-plan.ts';

describe('statusMoveProblem', () => {
  it('lets a planned meeting be held or cancelled, and keeps minutes_sent for sending', () => {
    expect(statusMoveProblem('planned', 'held')).toBeNull();
    expect(statusMoveProblem('held', 'planned')).toBeNull();
    expect(statusMoveProblem('cancelled', 'planned')).toBeNull();
    expect(statusMoveProblem('held', 'held')).toBeNull();
    expect(statusMoveProblem('held', 'minutes_sent')).toContain('send-minutes');
    expect(statusMoveProblem('cancelled', 'held')).toBe('a cancelled meeting cannot become held; it may become planned');
    expect(statusMoveProblem('minutes_sent', 'planned')).toBe('a minutes sent meeting cannot become planned');
    expect([minutesSendable('held'), minutesSendable('minutes_sent'), minutesSendable('planned')]).toEqual([true, true, false]);
  });
});

describe('agendaTimes', () => {
  it('starts each item when the one before ends and flags an agenda longer than the meeting, across midnight', () => {
    const agenda = agendaTimes('2026-12-31T23:30', '2027-01-01T00:30', [{ minutes: 20 }, { minutes: null }, { minutes: 50 }]);
    expect(agenda.items.map((i) => i.startsAt)).toEqual(['2026-12-31T23:30', '2026-12-31T23:50', '2026-12-31T23:50']);
    expect([agenda.totalMinutes, agenda.overrunMinutes]).toEqual([70, 10]);
    expect(minutesBetween('2026-03-29T01:00', '2026-03-29T03:00')).toBe(120);
    expect(agendaTimes('2026-12-01T10:00', '2026-12-01T11:00', []).overrunMinutes).toBe(0);
  });
});
