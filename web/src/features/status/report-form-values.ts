// The report page's form: the narrative and one override per RAG line (no colour: none), read from a
// report and turned into the PATCH body. Every override line is sent, so clearing one removes it.
// The server's field paths ("overrides.risk.justification", "summary") name form fields as they are.
import type { StatusReport, StatusReportUpdate } from '../../api/types.ts';
import type { RagKey } from '../../api/types.ts';
import { RAG_KEYS } from './status-labels.ts';

export type OverrideColour = '' | 'green' | 'amber' | 'red';
export interface OverrideValues {
  colour: OverrideColour;
  justification: string;
}

export const NARRATIVE_FIELDS = [
  { key: 'summary', label: 'Summary', description: 'The headline for the sponsor and the PMO. Markdown.' },
  { key: 'accomplishments', label: 'Accomplished this period', description: 'Markdown.' },
  { key: 'nextPeriod', label: 'Planned for next period', description: 'Markdown.' },
  { key: 'blockers', label: 'Blockers', description: 'Markdown.' },
  { key: 'decisionsNeeded', label: 'Decisions and help needed', description: 'From management. Markdown.' },
] as const;
export type NarrativeKey = (typeof NARRATIVE_FIELDS)[number]['key'];

export type ReportFormValues = Record<NarrativeKey, string> & { overrides: Record<RagKey, OverrideValues> };

export function reportFormValues(report: StatusReport): ReportFormValues {
  const lines = [report.rag.overall, ...report.rag.dimensions];
  const overrides = Object.fromEntries(
    RAG_KEYS.map((key) => {
      const override = lines.find((l) => l.key === key)?.override ?? null;
      return [key, override ? { colour: override.colour, justification: override.justification } : { colour: '', justification: '' }];
    }),
  ) as Record<RagKey, OverrideValues>;
  return {
    summary: report.summary,
    accomplishments: report.accomplishments,
    nextPeriod: report.nextPeriod,
    blockers: report.blockers,
    decisionsNeeded: report.decisionsNeeded,
    overrides,
  };
}

/** The PATCH body; the justification is sent as written (the server says when one is missing). */
export function toReportPatch(values: ReportFormValues): StatusReportUpdate {
  const overrides = Object.fromEntries(
    RAG_KEYS.map((key) => {
      const o = values.overrides[key];
      return [key, o.colour === '' ? null : { colour: o.colour, justification: o.justification.trim() }];
    }),
  ) as NonNullable<StatusReportUpdate['overrides']>;
  return {
    summary: values.summary,
    accomplishments: values.accomplishments,
    nextPeriod: values.nextPeriod,
    blockers: values.blockers,
    decisionsNeeded: values.decisionsNeeded,
    overrides,
  };
}

/** Maps a server error path to the form field it names, or null (shown in the form's alert). */
export function reportFieldOf(path: string): string | null {
  const parts = path.split('.');
  const [head, key, leaf] = parts;
  if (NARRATIVE_FIELDS.some((f) => f.key === head)) return head ?? null;
  if (head === 'overrides' && key && (RAG_KEYS as readonly string[]).includes(key)) return `overrides.${key}.${leaf === 'colour' ? 'colour' : 'justification'}`;
  return null;
}
