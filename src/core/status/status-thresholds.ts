// The thresholds Orrery ships for computing a status report's colours, and the check of a PMO's
// own. The defaults follow common PMO practice: a week of slip is worth a word (amber), three
// weeks is a problem (red); a cost overrun of 5 % is amber and 10 % red; one unanswered risk in the
// band below the top is amber, one in the top band (or three below it) red.
import type { CountBands, FieldError, MeasureBands, StatusThresholds } from './status-types.ts';

export const DEFAULT_STATUS_THRESHOLDS: StatusThresholds = {
  schedule: {
    baselineNumber: 0,
    finishSlipDays: { amberAbove: 5, redAbove: 15 },
    milestoneSlipDays: { amberAbove: 5, redAbove: 15 },
  },
  cost: { overrunPercent: { amberAbove: 5, redAbove: 10 } },
  scope: {
    awaitingBoard: { amberAtLeast: 1, redAtLeast: null },
    approvedInPeriod: { amberAtLeast: null, redAtLeast: 3 },
  },
  risk: {
    criticalWithoutResponse: { amberAtLeast: null, redAtLeast: 1 },
    highWithoutResponse: { amberAtLeast: 1, redAtLeast: 3 },
    overdueActions: { amberAtLeast: 3, redAtLeast: 10 },
  },
  quality: {
    openCriticalFindings: { amberAtLeast: null, redAtLeast: 1 },
    openHighFindings: { amberAtLeast: 1, redAtLeast: null },
    overdueFindings: { amberAtLeast: 1, redAtLeast: 3 },
  },
};

function measureProblems(path: string, bands: MeasureBands, max: number): FieldError[] {
  const problems: FieldError[] = [];
  for (const key of ['amberAbove', 'redAbove'] as const) {
    const v = bands[key];
    if (!Number.isFinite(v) || v < 0 || v > max) problems.push({ path: `${path}.${key}`, message: `give a number from 0 to ${max}, not ${v}` });
  }
  if (problems.length === 0 && bands.redAbove <= bands.amberAbove) {
    problems.push({ path: `${path}.redAbove`, message: `red must start above amber (${bands.amberAbove}); it is ${bands.redAbove}` });
  }
  return problems;
}

function countProblems(path: string, bands: CountBands): FieldError[] {
  const problems: FieldError[] = [];
  for (const key of ['amberAtLeast', 'redAtLeast'] as const) {
    const v = bands[key];
    if (v !== null && (!Number.isInteger(v) || v < 1 || v > 10_000)) problems.push({ path: `${path}.${key}`, message: `give a whole number from 1 to 10000, or null to leave this colour unused, not ${v}` });
  }
  if (problems.length === 0 && bands.amberAtLeast !== null && bands.redAtLeast !== null && bands.redAtLeast <= bands.amberAtLeast) {
    problems.push({ path: `${path}.redAtLeast`, message: `red must start above amber (${bands.amberAtLeast}); it is ${bands.redAtLeast}, or set amberAtLeast to null` });
  }
  return problems;
}

/**
 * What is wrong with a PMO's thresholds (empty: nothing), each problem naming its field.
 * @example
 * thresholdProblems({ ...DEFAULT_STATUS_THRESHOLDS, cost: { overrunPercent: { amberAbove: 10, redAbove: 5 } } });
 * // [{ path: 'cost.overrunPercent.redAbove', message: 'red must start above amber (10); it is 5' }]
 */
export function thresholdProblems(t: StatusThresholds): FieldError[] {
  const problems: FieldError[] = [];
  const n = t.schedule.baselineNumber;
  if (!Number.isInteger(n) || n < 0 || n > 10) problems.push({ path: 'schedule.baselineNumber', message: `baselines are numbered 0 to 10, not ${n}` });
  problems.push(...measureProblems('schedule.finishSlipDays', t.schedule.finishSlipDays, 1000));
  problems.push(...measureProblems('schedule.milestoneSlipDays', t.schedule.milestoneSlipDays, 1000));
  problems.push(...measureProblems('cost.overrunPercent', t.cost.overrunPercent, 1000));
  const counts: Array<[string, CountBands]> = [
    ['scope.awaitingBoard', t.scope.awaitingBoard],
    ['scope.approvedInPeriod', t.scope.approvedInPeriod],
    ['risk.criticalWithoutResponse', t.risk.criticalWithoutResponse],
    ['risk.highWithoutResponse', t.risk.highWithoutResponse],
    ['risk.overdueActions', t.risk.overdueActions],
    ['quality.openCriticalFindings', t.quality.openCriticalFindings],
    ['quality.openHighFindings', t.quality.openHighFindings],
    ['quality.overdueFindings', t.quality.overdueFindings],
  ];
  for (const [path, bands] of counts) problems.push(...countProblems(path, bands));
  return problems;
}
