// What the PMO performance page shows, apart from the components: a KPI's value as text (a share
// as a percentage, a variance signed), what it rests on ("2 of 3 projects"), whether it is good,
// and the trend chart's series (the shares by quarter, in percent).
import type { PmoKpis } from '../../api/types.ts';

type Kpi = PmoKpis['kpis'][number];
type Value = Kpi['values'][number];

export function kpiText(kpi: Pick<Kpi, 'unit'>, value: number | null): string {
  if (value === null) return '—';
  const pct = value * 100;
  if (kpi.unit === 'share') return `${Math.round(pct)} %`;
  return `${pct > 0 ? '+' : pct < 0 ? '−' : '±'}${Math.abs(pct).toFixed(1)} %`;
}

/** "2 of 3": items meeting the standard of those assessed; for variances, how many were late or over. */
export function basisText(kpi: Pick<Kpi, 'unit' | 'key'>, v: Pick<Value, 'numerator' | 'denominator'>): string {
  if (v.denominator === 0) return 'nothing to assess';
  if (kpi.unit === 'variance') return `${v.numerator} of ${v.denominator} ${kpi.key === 'cost_variance' ? 'over budget' : 'late'}`;
  return `${v.numerator} of ${v.denominator}`;
}

/** A colour for the value: shares at 90 % or more are good, under 70 % poor; variances within 5 % good, over 15 % poor. */
export function kpiTone(kpi: Pick<Kpi, 'unit'>, value: number | null): 'green' | 'orange' | 'red' | 'gray' {
  if (value === null) return 'gray';
  if (kpi.unit === 'share') return value >= 0.9 ? 'green' : value >= 0.7 ? 'orange' : 'red';
  return value <= 0.05 ? 'green' : value <= 0.15 ? 'orange' : 'red';
}

/** The share KPIs as lines over the quarters, in percent (gaps where nothing was assessed). */
export function trendSeries(kpis: PmoKpis['kpis']): Array<{ name: string; data: Array<number | null> }> {
  return kpis.filter((k) => k.unit === 'share').map((k) => ({ name: k.name, data: k.values.map((v) => (v.value === null ? null : Math.round(v.value * 1000) / 10)) }));
}
