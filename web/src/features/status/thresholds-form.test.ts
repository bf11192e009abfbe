// The thresholds form's PUT body: the version left out, empty counts unused (null), numbers as numbers.
import { describe, expect, it } from 'vitest';
import type { StatusThresholds } from '../../api/types.ts';
import { THRESHOLD_SECTIONS, toThresholdsBody } from './thresholds-form.ts';

const measure = { amberAbove: 5, redAbove: 10 };
const count = { amberAtLeast: 1, redAtLeast: 3 };
const THRESHOLDS: StatusThresholds = {
  version: 2,
  schedule: { baselineNumber: 0, finishSlipDays: measure, milestoneSlipDays: measure },
  cost: { overrunPercent: measure },
  scope: { awaitingBoard: count, approvedInPeriod: count },
  risk: { criticalWithoutResponse: { amberAtLeast: null, redAtLeast: 1 }, highWithoutResponse: count, overdueActions: count },
  quality: { openCriticalFindings: count, openHighFindings: count, overdueFindings: count },
};

describe('status thresholds form', () => {
  it('sends the thresholds without the version, empty counts as null', () => {
    const edited = structuredClone(THRESHOLDS) as unknown as { risk: { overdueActions: { amberAtLeast: unknown } }; cost: { overrunPercent: { redAbove: unknown } } };
    edited.risk.overdueActions.amberAtLeast = '';
    edited.cost.overrunPercent.redAbove = '15';
    const body = toThresholdsBody(edited as unknown as StatusThresholds);
    expect(body).not.toHaveProperty('version');
    expect(body.risk.overdueActions).toEqual({ amberAtLeast: null, redAtLeast: 3 });
    expect(body.risk.criticalWithoutResponse).toEqual({ amberAtLeast: null, redAtLeast: 1 });
    expect(body.cost.overrunPercent).toEqual({ amberAbove: 5, redAbove: 15 });
    expect(THRESHOLDS.risk.overdueActions.amberAtLeast).toBe(1);
  });

  it('names every path the server checks', () => {
    expect(THRESHOLD_SECTIONS.flatMap((s) => s.rows.map((r) => r.path))).toHaveLength(11);
  });
});
