// A project's figures from items and dated costs: phasing over working time and explicit plans,
// costs on either side of the status date, the curves, and the inputs it refuses.
import { describe, expect, it } from 'vitest';
import { wallFromIso } from '../calendar/wall-time.ts';
import { incurredOn, projectCurves, projectEvm, statusAtEndOf } from './project-evm.ts';
import type { ProjectEvm, ProjectEvmInput, WorkItem } from './evm-types.ts';

const at = wallFromIso;
const item = (id: string, start: string, finish: string, bac: number, over: Partial<WorkItem> = {}): WorkItem => ({
  id, bac, baselineStart: at(start), baselineFinish: at(finish), progress: { percentComplete: 0 }, ...over,
});
const input = (over: Partial<ProjectEvmInput>): ProjectEvmInput => ({ currency: 'EUR', statusDate: statusAtEndOf('2026-03-04'), items: [], actuals: [], ...over });

function ok(result: ReturnType<typeof projectEvm>): ProjectEvm {
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('project earned value', () => {
  it('plans a task over its working time, so a weekend plans nothing', () => {
    // Thursday 08:00 to Tuesday 17:00: four working days of 1000.
    const task = item('T', '2026-03-05T08:00', '2026-03-10T17:00', 4000);
    const pvAt = (date: string) => ok(projectEvm(input({ items: [task], statusDate: at(date) }))).amounts.pv;
    expect(pvAt('2026-03-05T12:00')).toBe(500);
    expect(pvAt('2026-03-06T17:00')).toBe(2000);
    expect(pvAt('2026-03-08T23:00')).toBe(2000);
    expect(pvAt('2026-03-09T17:00')).toBe(3000);
    expect(pvAt('2026-03-11T00:00')).toBe(4000);
    expect(pvAt('2026-03-01T00:00')).toBe(0);
  });

  it('uses an item calendar when it has one, the project calendar otherwise', () => {
    const everyHour = { workingBetween: (a: number, b: number) => b - a };
    const task = item('T', '2026-03-06T00:00', '2026-03-08T00:00', 2000);
    expect(ok(projectEvm(input({ items: [task], statusDate: at('2026-03-07T00:00'), calendar: everyHour }))).amounts.pv).toBe(1000);
    expect(ok(projectEvm(input({ items: [{ ...task, calendar: everyHour }], statusDate: at('2026-03-07T00:00') }))).amounts.pv).toBe(1000);
    expect(ok(projectEvm(input({ items: [task], statusDate: at('2026-03-07T00:00') }))).amounts.pv).toBe(2000);
  });

  it('follows an explicit time-phased plan, with lump sums at their date', () => {
    const task = item('T', '2026-03-02T08:00', '2026-04-30T17:00', 10_000, {
      plan: [
        { start: at('2026-03-02T00:00'), finish: at('2026-03-02T00:00'), amount: 1000 },
        { start: at('2026-03-01T00:00'), finish: at('2026-04-01T00:00'), amount: 4400 },
        { start: at('2026-04-01T00:00'), finish: at('2026-05-01T00:00'), amount: 4600 },
      ],
    });
    const pvAt = (date: string) => ok(projectEvm(input({ items: [task], statusDate: at(date) }))).amounts.pv;
    expect(pvAt('2026-03-01T12:00')).toBe(0);
    expect(pvAt('2026-03-02T00:00')).toBe(1000);
    // March 2026 has 22 working days: 200 a day.
    expect(pvAt('2026-03-03T17:00')).toBe(1400);
    expect(pvAt('2026-04-01T00:00')).toBe(5400);
    expect(pvAt('2026-06-01T00:00')).toBe(10_000);
  });

  it('counts costs incurred before the status date, per item and for the project', () => {
    const r = ok(projectEvm(input({
      items: [item('A', '2026-03-02T08:00', '2026-03-02T17:00', 1000, { progress: { percentComplete: 100 } })],
      actuals: [
        { at: incurredOn('2026-03-02'), amount: 900, itemId: 'A' },
        { at: incurredOn('2026-03-04'), amount: 50 },
        { at: incurredOn('2026-03-03'), amount: 20, itemId: 'gone' },
        { at: incurredOn('2026-03-05'), amount: 700, itemId: 'A' },
      ],
    })));
    expect(r.items[0]!.amounts.ac).toBe(900);
    expect(r.unassignedAc).toBe(70);
    expect(r.amounts).toMatchObject({ bac: 1000, pv: 1000, ev: 1000, ac: 970 });
    expect(r.indices.cpi).toBeCloseTo(1000 / 970, 12);
  });

  it('adds bottom-up estimates only when every item has one', () => {
    const a = item('A', '2026-03-02T08:00', '2026-03-03T17:00', 1000, { etc: 300 });
    const b = item('B', '2026-03-02T08:00', '2026-03-03T17:00', 1000, { etc: 200 });
    expect(ok(projectEvm(input({ items: [a, b], eacMethod: 'bottom-up' }))).amounts.etcBottomUp).toBe(500);
    expect(ok(projectEvm(input({ items: [a, { ...b, etc: undefined }], eacMethod: 'bottom-up' }))).indices.eac).toBeNull();
  });

  it('takes the project’s bottom-up ETC from the caller when given, the items keeping their own', () => {
    const a = item('A', '2026-03-02T08:00', '2026-03-03T17:00', 1000, { etc: 300 });
    const b = item('B', '2026-03-02T08:00', '2026-03-03T17:00', 1000);
    const r = ok(projectEvm(input({ items: [a, b], eacMethod: 'bottom-up', etcBottomUp: 1_200 })));
    expect(r.amounts.etcBottomUp).toBe(1_200);
    expect(r.indices.eacs['bottom-up']).toBe(r.amounts.ac + 1_200);
    expect(r.items.map((i) => i.amounts.etcBottomUp)).toEqual([300, null]);
    expect(ok(projectEvm(input({ items: [a, { ...b, etc: 100 }], etcBottomUp: null }))).amounts.etcBottomUp).toBeNull();
  });

  it('measures earned schedule in weeks or months when asked, from the period holding the first start', () => {
    const task = item('T', '2026-03-04T08:00', '2026-03-31T17:00', 20_000, { progress: { percentComplete: 50 } });
    const weeks = ok(projectEvm(input({ items: [task], period: 'week', statusDate: statusAtEndOf('2026-03-15') })));
    expect(weeks.schedule.origin).toBe(at('2026-03-02T00:00'));
    expect(weeks.schedule.at).toBe(2);
    expect(weeks.schedule.pd).toBeCloseTo(4 + 2 / 5, 12);
    const months = ok(projectEvm(input({ items: [task], period: 'month', statusDate: statusAtEndOf('2026-03-15') })));
    expect(months.schedule.origin).toBe(at('2026-03-01T00:00'));
    expect(months.schedule.at).toBeCloseTo(10 / 22, 12);
    expect(months.schedule.pd).toBe(1);
  });

  it('draws PV and AC per period, AC stopping at the status date', () => {
    const items = [1, 2, 3, 4].map((n) => item(`S${n}`, `2026-03-0${n + 1}T08:00`, `2026-03-0${n + 1}T17:00`, 1000));
    const actuals = [{ at: incurredOn('2026-03-02'), amount: 1000 }, { at: incurredOn('2026-03-03'), amount: 1200 }, { at: incurredOn('2026-03-04'), amount: 600 }, { at: incurredOn('2026-03-06'), amount: 99 }];
    const days = projectCurves(input({ items, actuals, statusDate: at('2026-03-04T12:00') }));
    if (!days.ok) throw new Error(days.message);
    expect(days.periods.map((p) => [p.pv, p.ac])).toEqual([[1000, 1000], [2000, 2200], [3000, 2800], [4000, null]]);
    expect(days.periods[0]).toMatchObject({ start: at('2026-03-02T00:00'), end: at('2026-03-03T00:00') });
    const weeks = projectCurves(input({ items, actuals, period: 'week' }));
    if (!weeks.ok) throw new Error(weeks.message);
    expect(weeks.periods).toEqual([{ start: at('2026-03-02T00:00'), end: at('2026-03-09T00:00'), pv: 4000, ac: 2800 }]);
  });

  it('refuses what would make the figures meaningless, naming the item', () => {
    const good = item('A', '2026-03-02T08:00', '2026-03-03T17:00', 1000);
    const cases: Array<[Partial<ProjectEvmInput>, string, RegExp]> = [
      [{ items: [{ ...good, bac: 10.5 }] }, 'invalid_item', /Item A: the budget 10.5/],
      [{ items: [{ ...good, baselineFinish: good.baselineStart - 1 }] }, 'invalid_item', /finishes before it starts/],
      [{ items: [{ ...good, plan: [{ start: good.baselineStart, finish: good.baselineFinish, amount: 900 }] }] }, 'invalid_item', /adds up to 900, not to its budget 1000/],
      [{ items: [{ ...good, progress: { percentComplete: 140 } }] }, 'invalid_item', /percent complete 140/],
      [{ items: [good, good] }, 'invalid_item', /used by another item/],
      [{ items: [{ ...good, earnedValue: -1 }] }, 'invalid_item', /recorded earned value -1/],
      [{ items: [{ ...good, currency: 'USD' }] }, 'mixed_currency', /in EUR but has amounts in USD/],
      [{ actuals: [{ at: 0, amount: 5, currency: 'GBP' }] }, 'mixed_currency', /GBP/],
      [{ actuals: [{ at: 0, amount: 0.5 }] }, 'invalid_input', /not a whole amount/],
      [{ statusDate: Number.NaN }, 'invalid_input', /status date/],
      [{ items: [{ ...good, baselineFinish: at('2290-01-01T00:00') }] }, 'invalid_input', /dates cannot be measured/],
    ];
    for (const [over, error, message] of cases) {
      const result = projectEvm(input(over));
      expect(result).toMatchObject({ ok: false, error });
      if (!result.ok) expect(result.message).toMatch(message);
    }
    expect(projectEvm(input({ items: [{ ...good, currency: 'USD' }] }))).toMatchObject({ currencies: ['EUR', 'USD'] });
  });

  it('answers a project with no items: nothing planned, and costs alone', () => {
    const r = ok(projectEvm(input({ actuals: [{ at: incurredOn('2026-03-02'), amount: 300 }] })));
    expect(r.amounts).toEqual({ currency: 'EUR', bac: 0, pv: 0, ev: 0, ac: 300, etcBottomUp: 0 });
    expect(r.indices.cpi).toBe(0);
    expect(r.schedule.es).toBeNull();
  });

  it('takes an item’s recorded earned value of a past status date instead of its progress now, with its indices from it', () => {
    const side = (id: string, day: string, percentComplete: number, over: Partial<WorkItem> = {}) => item(id, `${day}T08:00`, `${day}T17:00`, 1000, { progress: { percentComplete }, ...over });
    const r = ok(projectEvm(input({
      items: [side('A', '2026-03-02', 100, { earnedValue: 1000 }), side('B', '2026-03-03', 100, { earnedValue: 500 }), side('C', '2026-03-04', 100, { earnedValue: 0 })],
      actuals: [{ at: incurredOn('2026-03-03'), amount: 800, itemId: 'B' }],
    })));
    expect(r.items.map((i) => i.amounts.ev)).toEqual([1000, 500, 0]);
    expect(r.amounts.ev).toBe(1500);
    expect(r.items[1]!.indices).toMatchObject({ cv: -300, sv: -500, cpi: 500 / 800, spi: 0.5, eac: 1600, etc: 800, vac: -600 });
    expect(r.items[1]!.indices.tcpiToBac).toBeCloseTo(500 / 200, 9);
  });
});
