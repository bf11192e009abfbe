// Planned against realised money per project, as grouped bars drawn as SVG (the numbers land in
// the DOM). Amounts are shown in major units of the view's currency. The chart is mounted by the
// earned-value pages' hook, which is not specific to lines; the dashboard's module registers bars.
import { useMemo } from 'react';
import { minorDigits } from '../../ui/money.ts';
import '../dashboard/echarts.ts';
import { useLineChart as useChart } from '../evm/echarts-lines.ts';

export interface PlannedRealisedRow {
  label: string;
  plannedMinor: number;
  realisedMinor: number;
}

export function PlannedRealisedChart({ rows, currency }: { rows: readonly PlannedRealisedRow[]; currency: string }) {
  const option = useMemo(() => {
    const major = (minor: number) => minor / 10 ** minorDigits(currency);
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: ['Planned', 'Realised'], top: 0 },
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, hideOverlap: true } },
      yAxis: { type: 'value', name: currency },
      series: [
        { name: 'Planned', type: 'bar', data: rows.map((r) => major(r.plannedMinor)), itemStyle: { color: '#adb5bd' } },
        { name: 'Realised', type: 'bar', data: rows.map((r) => major(r.realisedMinor)), itemStyle: { color: '#4c6ef5' } },
      ],
    };
  }, [rows, currency]);
  const element = useChart(option);
  return <div ref={element} role="img" aria-label={`Benefits planned vs realised in ${currency}`} style={{ width: '100%', height: 280 }} />;
}
