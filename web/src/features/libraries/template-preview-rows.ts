// The template editor's read-only preview, pure: the WBS rows as an indented outline with their
// durations and predecessors, and the documents, read defensively from whatever the JSON text
// holds (it is being edited, so any field may be missing or of the wrong type).
export interface WbsPreviewRow {
  ref: string;
  name: string;
  /** 0 for the outline's top level. */
  indent: number;
  summary: boolean;
  /** "5 d", "Milestone", or "" for a summary row. */
  duration: string;
  /** "1.2", "1.3 SS+2 d", "2.1 FF−1 d". */
  predecessors: string;
}

export interface DocumentPreview {
  requirementKey: string;
  title: string;
  body: string;
}

const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const number = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

function predecessorLabel(raw: unknown): string {
  const p = record(raw);
  const type = text(p.type) || 'FS';
  const lag = number(p.lagDays, 0);
  const lagLabel = lag === 0 ? '' : `${lag > 0 ? '+' : '−'}${Math.abs(lag)} d`;
  return `${text(p.ref)}${type === 'FS' && lag === 0 ? '' : ` ${type}${lagLabel}`}`;
}

/** The WBS of a template body as preview rows (a row followed by a deeper one is a summary). */
export function wbsPreview(body: unknown): WbsPreviewRow[] {
  const rows = list(record(body).wbs).map(record);
  return rows.map((row, i) => {
    const level = Math.max(1, number(row.outlineLevel, 1));
    const next = rows[i + 1];
    const summary = next !== undefined && number(next.outlineLevel, 1) > level;
    const days = number(row.durationDays, 0);
    return {
      ref: text(row.ref),
      name: text(row.name),
      indent: level - 1,
      summary,
      duration: summary ? '' : row.milestone === true ? 'Milestone' : `${days} d`,
      predecessors: list(row.predecessors).map(predecessorLabel).join(', '),
    };
  });
}

/** The documents of a template body, in order. */
export function documentsPreview(body: unknown): DocumentPreview[] {
  return list(record(body).documents)
    .map(record)
    .map((d) => ({ requirementKey: text(d.requirementKey), title: text(d.title), body: text(d.body) }));
}
