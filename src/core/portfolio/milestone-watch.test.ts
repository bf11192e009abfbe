// Which milestones the dashboards show as due, slipped and next: worked examples, and properties
// that hold for any set of milestones (each list holds exactly the milestones its rule names).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysFrom, lateness, watchMilestones, type MilestoneFact } from './milestone-watch.ts';

const TODAY = '2026-06-15';
const m = (id: string, forecast: string | null, baseline: string | null, actual: string | null = null, projectId = 'p1'): MilestoneFact & { id: string } => ({
  id,
  projectId,
  forecastFinish: forecast && `${forecast}T17:00`,
  baselineFinish: baseline && `${baseline}T17:00`,
  actualFinish: actual && `${actual}T17:00`,
});

describe('milestone watch', () => {
  it('moves dates by whole days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01T08:00', -1)).toBe('2026-02-28');
    expect(daysFrom('2026-06-15', '2026-07-15')).toBe(30);
  });

  it('calls a milestone late when forecast after its baseline day, or its baseline passed unreached', () => {
    expect(lateness(m('a', '2026-06-20', '2026-06-18'), TODAY)).toBe('forecast_after_baseline');
    expect(lateness(m('b', '2026-06-10', '2026-06-10'), TODAY)).toBe('baseline_passed');
    expect(lateness(m('c', '2026-06-10', '2026-06-10', '2026-06-10'), TODAY)).toBeNull();
    expect(lateness(m('d', '2026-06-30', null), TODAY)).toBeNull();
    // 08:00 the next morning is the same moment of work as 17:00 the day before, but a later day.
    expect(lateness({ projectId: 'p', forecastFinish: '2026-06-19T08:00', baselineFinish: '2026-06-19T17:00', actualFinish: null }, TODAY)).toBeNull();
  });

  it('lists due, slipped and next milestones of a small portfolio', () => {
    const watch = watchMilestones(
      [
        m('soon', '2026-06-20', '2026-06-20'),
        m('slipping', '2026-07-05', '2026-06-25'),
        m('far', '2026-09-01', '2026-09-01'),
        m('missed', '2026-06-01', '2026-06-01'),
        m('done-late', '2026-06-05', '2026-06-01', '2026-06-05', 'p2'),
        m('old-miss', '2026-03-01', '2026-03-01', null, 'p2'),
      ],
      TODAY,
      30,
    );
    expect([watch.dueFrom, watch.dueTo, watch.slippedFrom, watch.slippedTo]).toEqual(['2026-06-15', '2026-07-15', '2026-05-16', '2026-07-15']);
    expect(watch.due.map((x) => x.id)).toEqual(['soon', 'slipping']);
    expect(watch.slipped.map((x) => [x.id, x.lateness, x.varianceDays])).toEqual([
      ['missed', 'baseline_passed', 0],
      ['done-late', 'forecast_after_baseline', 4],
      ['slipping', 'forecast_after_baseline', 10],
    ]);
    expect(watch.nextByProject.get('p1')?.id).toBe('missed');
    expect(watch.nextByProject.get('p2')?.id).toBe('old-miss');
  });

  const date = fc.integer({ min: -90, max: 90 }).map((d) => addDays(TODAY, d));
  const milestone = fc.record({
    projectId: fc.constantFrom('p1', 'p2', 'p3'),
    forecast: fc.option(date, { nil: null }),
    baseline: fc.option(date, { nil: null }),
    reached: fc.boolean(),
  }).map((r): MilestoneFact => ({ projectId: r.projectId, forecastFinish: r.forecast && `${r.forecast}T17:00`, baselineFinish: r.baseline && `${r.baseline}T08:00`, actualFinish: r.reached && r.forecast ? `${r.forecast}T17:00` : null }));

  it('holds exactly the milestones each rule names, for any portfolio', () => {
    fc.assert(
      fc.property(fc.array(milestone, { maxLength: 40 }), fc.integer({ min: 1, max: 60 }), (ms, window) => {
        const watch = watchMilestones(ms, TODAY, window);
        const inRange = (d: string | null, from: string, to: string) => d !== null && d.slice(0, 10) >= from && d.slice(0, 10) <= to;
        expect(watch.due.length).toBe(ms.filter((x) => x.actualFinish === null && inRange(x.forecastFinish, TODAY, addDays(TODAY, window))).length);
        expect(watch.slipped.length).toBe(ms.filter((x) => lateness(x, TODAY) !== null && inRange(x.baselineFinish, addDays(TODAY, -window), addDays(TODAY, window))).length);
        for (const s of watch.slipped) expect(s.baselineFinish).not.toBeNull();
        // A milestone reached on or before its baseline day never slipped.
        for (const s of watch.slipped) expect(s.actualFinish !== null && s.actualFinish.slice(0, 10) <= s.baselineFinish!.slice(0, 10)).toBe(false);
        for (const [projectId, next] of watch.nextByProject) {
          expect(next.actualFinish).toBeNull();
          for (const other of ms) if (other.projectId === projectId && other.actualFinish === null && other.forecastFinish !== null) expect(next.forecastFinish! <= other.forecastFinish).toBe(true);
        }
        expect(watch.due.map((x) => x.forecastFinish)).toEqual([...watch.due.map((x) => x.forecastFinish)].sort());
      }),
    );
  });
});
