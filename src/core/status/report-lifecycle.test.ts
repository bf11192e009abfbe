// The life of a status report, and the check of a PMO's thresholds.
import { describe, expect, it } from 'vitest';
import { isFrozen, isOpen, nextReportStatus, REPORT_STATUSES } from './report-lifecycle.ts';
import { DEFAULT_STATUS_THRESHOLDS, thresholdProblems } from './status-thresholds.ts';
import { overrideProblems } from './assess-status.ts';

describe('status report life', () => {
  it('goes draft → submitted → reviewed, or back to the manager and round again', () => {
    expect(nextReportStatus('draft', 'submit')).toEqual({ ok: true, status: 'submitted' });
    expect(nextReportStatus('submitted', 'send_back')).toEqual({ ok: true, status: 'sent_back' });
    expect(nextReportStatus('sent_back', 'submit')).toEqual({ ok: true, status: 'submitted' });
    expect(nextReportStatus('submitted', 'accept')).toEqual({ ok: true, status: 'reviewed' });
    const final = nextReportStatus('reviewed', 'submit');
    expect(final.ok).toBe(false);
    expect(!final.ok && final.message).toBe('A reviewed status report cannot be submitted. Only a draft, or a report sent back by the PMO, is submitted. A reviewed report is final: report on the next period instead.');
    expect(nextReportStatus('draft', 'accept').ok).toBe(false);
    expect(REPORT_STATUSES.filter(isOpen)).toEqual(['draft', 'sent_back']);
    expect(REPORT_STATUSES.filter(isFrozen)).toEqual(['submitted', 'reviewed']);
  });

  it('asks every override for a written justification', () => {
    expect(overrideProblems({ schedule: { colour: 'amber', justification: 'Recovery plan agreed.' } })).toEqual([]);
    expect(overrideProblems({ risk: { colour: 'green', justification: '  ' }, overall: { colour: 'amber', justification: '' } }).map((p) => p.path)).toEqual(['overrides.risk.justification', 'overrides.overall.justification']);
  });
});

describe('status thresholds', () => {
  it('accepts the defaults and names each bad field', () => {
    expect(thresholdProblems(DEFAULT_STATUS_THRESHOLDS)).toEqual([]);
    const bad = {
      ...DEFAULT_STATUS_THRESHOLDS,
      schedule: { ...DEFAULT_STATUS_THRESHOLDS.schedule, baselineNumber: 11, finishSlipDays: { amberAbove: 10, redAbove: 10 } },
      risk: { ...DEFAULT_STATUS_THRESHOLDS.risk, overdueActions: { amberAtLeast: 0, redAtLeast: 2 }, highWithoutResponse: { amberAtLeast: 3, redAtLeast: 2 } },
    };
    expect(thresholdProblems(bad)).toEqual([
      { path: 'schedule.baselineNumber', message: 'baselines are numbered 0 to 10, not 11' },
      { path: 'schedule.finishSlipDays.redAbove', message: 'red must start above amber (10); it is 10' },
      { path: 'risk.highWithoutResponse.redAtLeast', message: 'red must start above amber (3); it is 2, or set amberAtLeast to null' },
      { path: 'risk.overdueActions.amberAtLeast', message: 'give a whole number from 1 to 10000, or null to leave this colour unused, not 0' },
    ]);
  });
});
