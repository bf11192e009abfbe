// The PMO's status thresholds as form rows: one row per measure (amber above / red above) or count
// (amber from / red from, empty: that colour unused), the paths @mantine/form and the server share
// ("risk.criticalWithoutResponse.redAtLeast"), and the PUT body with empty counts sent as null.
import type { StatusThresholds, StatusThresholdsBody } from '../../api/types.ts';

export interface ThresholdRow {
  path: string;
  label: string;
  kind: 'measure' | 'count';
}

export const THRESHOLD_SECTIONS: ReadonlyArray<{ title: string; rows: readonly ThresholdRow[] }> = [
  { title: 'Schedule (working days)', rows: [
    { path: 'schedule.finishSlipDays', label: 'Finish slip', kind: 'measure' },
    { path: 'schedule.milestoneSlipDays', label: 'Worst milestone slip', kind: 'measure' },
  ] },
  { title: 'Cost (% of budget)', rows: [{ path: 'cost.overrunPercent', label: 'Forecast overrun', kind: 'measure' }] },
  { title: 'Scope (change requests)', rows: [
    { path: 'scope.awaitingBoard', label: 'Awaiting the board', kind: 'count' },
    { path: 'scope.approvedInPeriod', label: 'Approved in the period', kind: 'count' },
  ] },
  { title: 'Risk', rows: [
    { path: 'risk.criticalWithoutResponse', label: 'Critical risks without response', kind: 'count' },
    { path: 'risk.highWithoutResponse', label: 'High risks without response', kind: 'count' },
    { path: 'risk.overdueActions', label: 'Overdue actions', kind: 'count' },
  ] },
  { title: 'Quality (findings)', rows: [
    { path: 'quality.openCriticalFindings', label: 'Open critical findings', kind: 'count' },
    { path: 'quality.openHighFindings', label: 'Open high findings', kind: 'count' },
    { path: 'quality.overdueFindings', label: 'Overdue findings', kind: 'count' },
  ] },
];

export const limitKeys = (kind: ThresholdRow['kind']) => (kind === 'measure' ? (['amberAbove', 'redAbove'] as const) : (['amberAtLeast', 'redAtLeast'] as const));

/** The body to PUT: the thresholds without their version, empty numbers as null (counts) or 0 (measures). */
export function toThresholdsBody(values: StatusThresholds): StatusThresholdsBody {
  const { version: _version, ...body } = structuredClone(values);
  const tree = body as unknown as Record<string, Record<string, Record<string, unknown>>>;
  for (const { rows } of THRESHOLD_SECTIONS) {
    for (const row of rows) {
      const [section = '', key = ''] = row.path.split('.');
      const limits = tree[section]?.[key];
      if (!limits) continue;
      for (const k of limitKeys(row.kind)) {
        const v = limits[k];
        if (v === '' || v === undefined || v === null) limits[k] = row.kind === 'count' ? null : 0;
        else limits[k] = Number(v);
      }
    }
  }
  body.schedule.baselineNumber = Number(body.schedule.baselineNumber) || 0;
  return body;
}
