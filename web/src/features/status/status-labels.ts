// Words and colours of status reports, the same on every screen: the RAG colours (grey is "not
// assessed", never a judgement), the dimensions in the report's order, and a report's statuses.
import type { Cadence, RagColour, RagKey, StatusReportStatus } from '../../api/types.ts';

export const RAG: Record<RagColour, { label: string; color: string; hex: string }> = {
  green: { label: 'Green', color: 'teal', hex: '#12b886' },
  amber: { label: 'Amber', color: 'yellow', hex: '#fab005' },
  red: { label: 'Red', color: 'red', hex: '#fa5252' },
  grey: { label: 'Not assessed', color: 'gray', hex: '#ced4da' },
};

export const DIMENSION_KEYS = ['schedule', 'cost', 'scope', 'risk', 'resources', 'quality'] as const;
export type DimensionKey = (typeof DIMENSION_KEYS)[number];
export const RAG_KEYS: readonly RagKey[] = ['overall', ...DIMENSION_KEYS];

export const RAG_KEY_LABELS: Record<RagKey, string> = {
  overall: 'Overall',
  schedule: 'Schedule',
  cost: 'Cost',
  scope: 'Scope',
  risk: 'Risk',
  resources: 'Resources',
  quality: 'Quality',
};

export const REPORT_STATUSES: Record<StatusReportStatus, { label: string; color: string }> = {
  draft: { label: 'Draft', color: 'gray' },
  submitted: { label: 'Submitted', color: 'blue' },
  reviewed: { label: 'Reviewed', color: 'teal' },
  sent_back: { label: 'Sent back', color: 'orange' },
};

export const CADENCE_LABELS: Record<Cadence, string> = { weekly: 'Weekly', fortnightly: 'Fortnightly', monthly: 'Monthly' };
