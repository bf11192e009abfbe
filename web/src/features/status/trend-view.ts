// The trend's data in the shapes the chart and its "show the numbers" table need, from the same
// points, so the table always says exactly what the chart draws: one cell per dimension and period
// (the colour shown in the report, with the computed one beside it when overridden) and the key
// figures per period.
import type { RagColour, StatusTrendPoint } from '../../api/types.ts';
import { DIMENSION_KEYS, RAG_KEY_LABELS } from './status-labels.ts';

/** The chart's value of a colour: its position on the visual map (grey lowest, red highest). */
export const COLOUR_INDEX: Record<RagColour, number> = { grey: 0, green: 1, amber: 2, red: 3 };
export const TREND_ROWS = ['overall', ...DIMENSION_KEYS] as const;
export const TREND_ROW_LABELS = TREND_ROWS.map((k) => RAG_KEY_LABELS[k]);

/** "2027-01-01" → the period's short name on the axis: its first day. */
export const periodLabel = (p: Pick<StatusTrendPoint, 'periodStart'>): string => p.periodStart;

/** Heat-map cells [period index, row index, colour index], rows as TREND_ROWS. */
export function colourCells(points: readonly StatusTrendPoint[]): Array<[number, number, number]> {
  const cells: Array<[number, number, number]> = [];
  points.forEach((p, x) => {
    TREND_ROWS.forEach((key, y) => {
      const pair = key === 'overall' ? p.overall : p.dimensions[key];
      cells.push([x, y, COLOUR_INDEX[pair?.effective ?? 'grey']]);
    });
  });
  return cells;
}

export interface TrendTableRow {
  reportId: string;
  period: string;
  colours: Record<(typeof TREND_ROWS)[number], { effective: RagColour; computed: RagColour }>;
  finishSlipDays: number | null;
  worstMilestoneSlipDays: number | null;
  openRisks: number;
  risksWithoutResponse: number;
  overdueActions: number;
  openIssues: number;
  cpi: number | null;
  spi: number | null;
}

export function trendTable(points: readonly StatusTrendPoint[]): TrendTableRow[] {
  return points.map((p) => ({
    reportId: p.reportId,
    period: `${p.periodStart} – ${p.periodEnd}`,
    colours: Object.fromEntries(
      TREND_ROWS.map((key) => {
        const pair = key === 'overall' ? p.overall : p.dimensions[key];
        return [key, pair ?? { effective: 'grey', computed: 'grey' }];
      }),
    ) as TrendTableRow['colours'],
    finishSlipDays: p.finishSlipDays,
    worstMilestoneSlipDays: p.worstMilestoneSlipDays,
    openRisks: p.openRisks,
    risksWithoutResponse: p.risksWithoutResponse,
    overdueActions: p.overdueActions,
    openIssues: p.openIssues,
    cpi: p.cpi ?? null,
    spi: p.spi ?? null,
  }));
}

/** An index as reported: two decimals, or — when there was none. */
export const formatIndex = (x: number | null): string => (x === null ? '—' : x.toFixed(2));

/** A number of working days for people: "+3 d" late, "−2 d" early, "on time", "—" unknown. */
export function formatSlip(days: number | null): string {
  if (days === null) return '—';
  if (days === 0) return 'on time';
  const rounded = Math.round(days * 10) / 10;
  return rounded > 0 ? `+${rounded} d` : `−${Math.abs(rounded)} d`;
}
