// What a report that leaves Orrery is drawn from: plain data, gathered by the app
// (src/app/reports/report-data.ts) and rendered by the PDF, PPTX and XLSX writers beside this file,
// so the writers never read a database and every format shows the same figures.
import type { StatusReport } from '../../contracts/status-report.schema.ts';

export type Colour = 'green' | 'amber' | 'red' | 'grey';
/** A project's overall colour in the portfolio counts: 'none' when it has never submitted a report. */
export type RagBucket = Colour | 'none';

export interface ReportRisk {
  readonly projectCode: string;
  readonly code: string;
  readonly title: string;
  readonly score: number;
  readonly band: string;
}

export interface ReportMilestone {
  readonly name: string;
  /** Local date-times 'YYYY-MM-DDTHH:MM' of the schedule; null when not baselined or not scheduled. */
  readonly baselineFinish: string | null;
  readonly forecastFinish: string | null;
}

/** The latest submitted status report of a project, as it was frozen. */
export interface ReportedStatus {
  readonly code: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly status: string;
  readonly overall: Colour;
  readonly dimensions: ReadonlyArray<{ readonly key: string; readonly colour: Colour }>;
  readonly summary: string;
  readonly submittedAt: string | null;
}

export interface ProjectLine {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly managerName: string | null;
  readonly sponsorName: string | null;
  readonly phaseName: string;
  readonly status: string;
  readonly budget: { readonly amountMinor: number; readonly currency: string } | null;
  readonly report: ReportedStatus | null;
  /** The period containing the report's date under the project's cadence, and whether it is reported. */
  readonly currentPeriod: { readonly start: string; readonly end: string };
  readonly reportedThisPeriod: boolean;
  /** The next milestones still to reach (at most three), soonest first. */
  readonly milestones: ReadonlyArray<ReportMilestone>;
  /** The open risks scoring highest (at most three). */
  readonly risks: ReadonlyArray<ReportRisk>;
}

export interface PortfolioReportData {
  /** What the report covers, e.g. 'All portfolios' or 'Portfolio PF-01 Digital'. */
  readonly scope: string;
  /** The day the report is as of, YYYY-MM-DD. */
  readonly asOf: string;
  readonly projects: ReadonlyArray<ProjectLine>;
  readonly totals: {
    readonly byRag: Readonly<Record<RagBucket, number>>;
    readonly byPhase: ReadonlyArray<{ readonly phase: string; readonly count: number }>;
  };
  /** The ten open risks scoring highest across the portfolio. */
  readonly topRisks: ReadonlyArray<ReportRisk>;
  /** Active projects with no submitted report for their current period. */
  readonly notReported: ReadonlyArray<{ readonly code: string; readonly name: string; readonly periodStart: string; readonly periodEnd: string }>;
  /** The PMO's KPIs by quarter; null when the reader may not see them (a member). */
  readonly pmoKpis: PmoKpiTable | null;
}

/** The PMO's KPIs by quarter, as the PMO performance page shows them. */
export interface PmoKpiTable {
  readonly quarters: ReadonlyArray<string>;
  readonly kpis: ReadonlyArray<{
    readonly name: string;
    readonly unit: 'share' | 'variance';
    readonly values: ReadonlyArray<{ readonly value: number | null; readonly numerator: number; readonly denominator: number }>;
  }>;
}

/** A KPI figure as text: a share as a percentage with what it rests on, "67 % (2/3)"; a variance signed, "+20.0 % (n=3)"; a dash when nothing was assessed. */
export function kpiCellText(unit: 'share' | 'variance', v: { value: number | null; numerator: number; denominator: number }): string {
  if (v.value === null) return '–';
  const pct = v.value * 100;
  return unit === 'share' ? `${Math.round(pct)} % (${v.numerator}/${v.denominator})` : `${pct >= 0 ? '+' : '−'}${Math.abs(pct).toFixed(1)} % (n=${v.denominator})`;
}

export interface ProjectReportData {
  readonly asOf: string;
  readonly project: ProjectLine;
  /** The latest submitted report in full (null when the project never submitted one). */
  readonly report: StatusReport | null;
}

/** Options every renderer takes: the document's creation date, fixed so the same data gives the same file. */
export interface RenderOptions {
  readonly created: Date;
}

export const RAG_BUCKETS: ReadonlyArray<RagBucket> = ['red', 'amber', 'green', 'grey', 'none'];
export const RAG_WORD: Readonly<Record<RagBucket, string>> = { red: 'Red', amber: 'Amber', green: 'Green', grey: 'Not assessed', none: 'No report' };
/** Fill colours (hex without '#'), the same in every format. */
export const RAG_HEX: Readonly<Record<RagBucket, string>> = { red: 'D64545', amber: 'F0A030', green: '3C9D5D', grey: '9AA0A6', none: 'D0D4D9' };

/** A local date-time or date as the day it falls on; a dash when there is none. */
export const dayOf = (value: string | null): string => (value === null ? '–' : value.slice(0, 10));
/** Money in major units with its currency, e.g. 'EUR 500,000'. */
export const moneyText = (m: { amountMinor: number; currency: string } | null): string =>
  m === null ? '–' : `${m.currency} ${(m.amountMinor / 100).toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;

/** Forecast less baseline in calendar days (positive: late); null when either is missing. */
export function slipDays(m: ReportMilestone): number | null {
  if (m.baselineFinish === null || m.forecastFinish === null) return null;
  return Math.round((Date.parse(`${dayOf(m.forecastFinish)}T00:00Z`) - Date.parse(`${dayOf(m.baselineFinish)}T00:00Z`)) / 86_400_000);
}
