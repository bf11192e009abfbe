// Each dimension's rule on hand-made facts: the colour at and around each threshold, grey with its
// reason when there is nothing to judge on, and reasons that carry the figures.
import { describe, expect, it } from 'vitest';
import { assessCost, assessQuality, assessResources, assessRisk, assessSchedule, assessScope } from './dimension-rules.ts';
import { DEFAULT_STATUS_THRESHOLDS as T } from './status-thresholds.ts';
import { actionLine, findingLine, milestone, riskLine, statusFactsOf } from './status-facts-builder.ts';

describe('schedule', () => {
  const schedule = (over: NonNullable<Parameters<typeof statusFactsOf>[0]>['schedule']) => assessSchedule(statusFactsOf({ schedule: over }).schedule, T.schedule);

  it('colours the finish slip against baseline 0: amber above 5 working days, red above 15', () => {
    expect(schedule({ finishSlipDays: 5 }).colour).toBe('green');
    expect(schedule({ finishSlipDays: 5.5 }).colour).toBe('amber');
    expect(schedule({ finishSlipDays: 15 }).colour).toBe('amber');
    expect(schedule({ finishSlipDays: 16 }).colour).toBe('red');
    expect(schedule({ finishSlipDays: -3 }).colour).toBe('green');
    const slipped = schedule({ forecastFinish: '2027-03-10T17:00', finishSlipDays: 7 });
    expect(slipped.reasons).toEqual(['The forecast finish (2027-03-10) is 7 working days later than baseline 0 (2027-03-01): amber above 5 working days, red above 15 working days.']);
    expect(schedule({ finishSlipDays: -1.5 }).reasons[0]).toContain('1.5 working days earlier than baseline 0');
  });

  it('takes the worst milestone still to reach, ignoring those reached', () => {
    const a = schedule({
      milestones: [
        milestone({ name: 'Design signed', slipDays: 30, done: true }),
        milestone({ name: 'Go-live', forecastFinish: '2027-02-05T17:00', baselineFinish: '2027-01-15T17:00', slipDays: 15 }),
        milestone({ name: 'Pilot', slipDays: 2 }),
        milestone({ name: 'Unplanned', baselineFinish: null, slipDays: null }),
      ],
    });
    expect(a.colour).toBe('amber');
    expect(a.reasons[1]).toBe("Of 2 milestones still to reach, the worst is 'Go-live', forecast for 2027-02-05, 15 working days later than baseline 0 (2027-01-15): amber above 5 working days, red above 15 working days.");
    expect(schedule({ milestones: [milestone({ name: 'Late', slipDays: 20 })] }).colour).toBe('red');
  });

  it('is grey without a schedule or without the baseline, and says what to do', () => {
    expect(schedule({ tasks: 0 })).toEqual({ colour: 'grey', reasons: ['The project has no schedule yet, so the schedule is not assessed: plan or import it.'] });
    expect(schedule({ baselined: false }).reasons[0]).toContain('Baseline 0 of the schedule is not saved');
    expect(schedule({ finishSlipDays: null, milestones: [] }).colour).toBe('grey');
  });
});

describe('cost', () => {
  const EUR = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
  it('is grey with its reason while there is no cost forecast, never inventing one', () => {
    expect(assessCost({ budget: EUR(100), forecast: null }, T.cost)).toEqual({ colour: 'grey', reasons: ['There is no cost forecast for the project yet, so cost is not assessed against the budget.'] });
    expect(assessCost({ budget: null, forecast: EUR(100) }, T.cost).colour).toBe('grey');
    expect(assessCost({ budget: EUR(100), forecast: { amountMinor: 100, currency: 'USD' } }, T.cost).colour).toBe('grey');
  });
  it('colours the forecast against the budget: amber above 5 %, red above 10 %', () => {
    expect(assessCost({ budget: EUR(1000_00), forecast: EUR(1050_00) }, T.cost).colour).toBe('green');
    const amber = assessCost({ budget: EUR(1000_00), forecast: EUR(1072_00) }, T.cost);
    expect(amber).toEqual({ colour: 'amber', reasons: ['The forecast cost is 7.2 % over the budget: amber above 5 %, red above 10 %.'] });
    expect(assessCost({ budget: EUR(1000_00), forecast: EUR(1101_00) }, T.cost).colour).toBe('red');
    expect(assessCost({ budget: EUR(1000_00), forecast: EUR(900_00) }, T.cost).reasons[0]).toContain('10 % under the budget');
  });
  it('says where the forecast comes from', () => {
    expect(assessCost({ budget: EUR(1000_00), forecast: EUR(1072_00), forecastBasis: 'project-estimate' }, T.cost).reasons).toEqual([
      'The forecast cost (actual cost + the manager’s estimate to complete the project) is 7.2 % over the budget: amber above 5 %, red above 10 %.',
    ]);
    expect(assessCost({ budget: EUR(1000_00), forecast: EUR(1072_00), forecastBasis: 'earned-value' }, T.cost).reasons[0]).toMatch(/^The forecast cost \(earned value’s EAC, BAC \/ CPI\) is/);
  });
});

describe('scope', () => {
  const period = { start: '2026-11-01', end: '2026-11-30' };
  const cr = (n: number) => ({ code: `CR-${n}`, title: `Change ${n}` });
  it('is amber while a change affecting scope waits for the board, red from three approved in the period', () => {
    expect(assessScope({ awaitingBoard: [], approvedInPeriod: [cr(1), cr(2)] }, T.scope, period).colour).toBe('green');
    const waiting = assessScope({ awaitingBoard: [cr(3)], approvedInPeriod: [] }, T.scope, period);
    expect(waiting.colour).toBe('amber');
    expect(waiting.reasons[0]).toBe("1 change request affecting scope waits for the change board (CR-3 'Change 3'): amber from 1.");
    const many = assessScope({ awaitingBoard: [], approvedInPeriod: [cr(1), cr(2), cr(4), cr(5)] }, T.scope, period);
    expect(many.colour).toBe('red');
    expect(many.reasons[1]).toBe("4 change requests affecting scope were approved in the period 2026-11-01 – 2026-11-30 (CR-1 'Change 1', CR-2 'Change 2', CR-4 'Change 4' and 1 more): red from 3.");
  });
});

describe('risk', () => {
  it('is red for a critical risk without a response, amber for a high one, red for three high ones', () => {
    const critical = assessRisk({ risks: [riskLine({ code: 'RSK-1', title: 'Supplier insolvency', score: 20 })], overdueActions: [] }, T.risk);
    expect(critical.colour).toBe('red');
    expect(critical.reasons[0]).toBe("1 open risk in the Critical band has no response (RSK-1 'Supplier insolvency'): red from 1.");
    const high = (n: number) => Array.from({ length: n }, (_, i) => riskLine({ code: `RSK-${i}`, tier: 'high', bandLabel: 'High', score: 12 }));
    expect(assessRisk({ risks: high(1), overdueActions: [] }, T.risk).colour).toBe('amber');
    expect(assessRisk({ risks: high(3), overdueActions: [] }, T.risk).colour).toBe('red');
    expect(assessRisk({ risks: [riskLine({ code: 'RSK-9', strategy: 'mitigate', response: 'Second supplier.' })], overdueActions: [] }, T.risk).colour).toBe('green');
    expect(assessRisk({ risks: [riskLine({ code: 'RSK-8', tier: 'other' })], overdueActions: [] }, T.risk).colour).toBe('green');
  });
  it('counts overdue actions: amber from 3, red from 10', () => {
    const actions = (n: number) => Array.from({ length: n }, (_, i) => actionLine({ code: `ACT-${i}`, daysOverdue: i + 1 }));
    expect(assessRisk({ risks: [], overdueActions: actions(2) }, T.risk).colour).toBe('green');
    const three = assessRisk({ risks: [], overdueActions: actions(3) }, T.risk);
    expect(three.colour).toBe('amber');
    expect(three.reasons[2]).toContain('3 open actions are overdue, the oldest by 3 days');
    expect(assessRisk({ risks: [], overdueActions: actions(10) }, T.risk).colour).toBe('red');
  });
});

describe('quality and resources', () => {
  it('judges open findings by severity and lateness, and is grey before any review', () => {
    expect(assessQuality({ reviewsDone: 0, openFindings: [] }, T.quality).reasons).toEqual(['No quality review of the project has been completed, so quality is not assessed.']);
    expect(assessQuality({ reviewsDone: 1, openFindings: [] }, T.quality).colour).toBe('green');
    expect(assessQuality({ reviewsDone: 1, openFindings: [findingLine({ code: 'QAF-1', severity: 'high' })] }, T.quality).colour).toBe('amber');
    expect(assessQuality({ reviewsDone: 1, openFindings: [findingLine({ code: 'QAF-2', overdue: true })] }, T.quality).colour).toBe('amber');
    const critical = assessQuality({ reviewsDone: 0, openFindings: [findingLine({ code: 'QAF-3', severity: 'critical', title: 'No test plan' })] }, T.quality);
    expect(critical.colour).toBe('red');
    expect(critical.reasons[0]).toBe("1 open quality finding is critical (QAF-3 'No test plan'): red from 1.");
  });
  it('leaves resources grey and says why', () => {
    expect(assessResources()).toEqual({ colour: 'grey', reasons: ['Orrery does not record resource assignments or capacity yet, so resources are not assessed.'] });
  });
});
