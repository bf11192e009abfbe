// The column path agrees with the object path to the minor unit on random portfolios.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayFromIsoDate, MINUTES_PER_DAY } from '../calendar/wall-time.ts';
import { amountsAt, projectTotalsFromColumns } from './evm-columns.ts';
import { earnedShare } from './earned-value.ts';
import { projectEvm } from './project-evm.ts';
import { standardWorkingTime } from './planned-value.ts';
import { rollUp } from './rollup.ts';
import type { EarningRule, WorkingTime } from './evm-types.ts';

const MONDAY = dayFromIsoDate('2026-03-02') * MINUTES_PER_DAY;
const standard = standardWorkingTime(MONDAY);
const everyMinute: WorkingTime = { workingBetween: (a, b) => b - a };
const RULES: EarningRule[] = [{ method: 'percent-complete' }, { method: '0/100' }, { method: '50/50' }];

const task = fc.record({
  project: fc.integer({ min: 0, max: 2 }),
  startHours: fc.integer({ min: 0, max: 24 * 40 }),
  lengthHours: fc.integer({ min: 0, max: 24 * 30 }),
  bac: fc.integer({ min: 0, max: 5_000_000 }),
  pct: fc.integer({ min: 0, max: 1000 }).map((x) => x / 10),
  rule: fc.integer({ min: 0, max: 2 }),
  calendar: fc.integer({ min: 0, max: 1 }),
});
const cost = fc.record({ project: fc.integer({ min: 0, max: 2 }), hours: fc.integer({ min: 0, max: 24 * 60 }), amount: fc.integer({ min: -1000, max: 900_000 }) });

describe('EVM from columns', () => {
  it('gives every project the amounts projectEvm gives it', () => {
    fc.assert(
      fc.property(fc.array(task, { maxLength: 40 }), fc.array(cost, { maxLength: 40 }), fc.integer({ min: 0, max: 24 * 60 }), (tasks, costs, statusHours) => {
        const statusDate = MONDAY + statusHours * 60;
        const calendars = [standard, everyMinute];
        const columns = {
          projectOf: Int32Array.from(tasks, (t) => t.project),
          bac: Float64Array.from(tasks, (t) => t.bac),
          baselineStart: Float64Array.from(tasks, (t) => MONDAY + t.startHours * 60),
          baselineFinish: Float64Array.from(tasks, (t) => MONDAY + (t.startHours + t.lengthHours) * 60),
          earnedShare: Float64Array.from(tasks, (t) => earnedShare(RULES[t.rule]!, { percentComplete: t.pct })),
          calendarOf: Int32Array.from(tasks, (t) => t.calendar),
        };
        const costColumns = { projectOf: Int32Array.from(costs, (c) => c.project), at: Float64Array.from(costs, (c) => MONDAY + c.hours * 60), amount: Float64Array.from(costs, (c) => c.amount) };
        const totals = projectTotalsFromColumns(3, columns, costColumns, statusDate, calendars);
        for (let p = 0; p < 3; p++) {
          const r = projectEvm({
            currency: 'EUR',
            statusDate,
            calendar: standard,
            items: tasks.flatMap((t, i) => (t.project !== p ? [] : [{
              id: `T${i}`, bac: t.bac, baselineStart: columns.baselineStart[i]!, baselineFinish: columns.baselineFinish[i]!,
              progress: { percentComplete: t.pct }, earning: RULES[t.rule]!, calendar: calendars[t.calendar]!,
            }])),
            actuals: costs.filter((c) => c.project === p).map((c) => ({ at: MONDAY + c.hours * 60, amount: c.amount })),
          });
          if (!r.ok) throw new Error(r.message);
          expect({ ...amountsAt(totals, p, 'EUR'), etcBottomUp: 0 }).toEqual({ ...r.amounts, etcBottomUp: 0 });
        }
        const portfolio = rollUp('EUR', [0, 1, 2].map((p) => amountsAt(totals, p, 'EUR')));
        expect(portfolio.ok && portfolio.amounts.bac).toBe(tasks.reduce((s, t) => s + t.bac, 0));
      }),
      { numRuns: 150 },
    );
  });
});
