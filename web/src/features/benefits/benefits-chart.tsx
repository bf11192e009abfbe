// Planned against realised money per project, as grouped bars (ECharts, SVG, so the numbers land in
// the DOM). Amounts are shown in major units of the view's currency.
import { useEffect, useRef } from 'react';
import { minorDigits } from '../../ui/money.ts';
import { init, type EChartsType } from '../dashboard/echarts.ts';

export interface PlannedRealisedRow {
  label: string;
  plannedMinor: number;
  realisedMinor: number;
}

export function PlannedRealisedChart({ rows, currency }: { rows: readonly PlannedRealisedRow[]; currency: string }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const instance = init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const major = (minor: number) => minor / 10 ** minorDigits(currency);
    chart.current?.setOption(
      {
        tooltip: { trigger: 'axis' },
        legend: { data: ['Planned', 'Realised'], top: 0 },
        grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, hideOverlap: true } },
        yAxis: { type: 'value', name: currency },
        series: [
          { name: 'Planned', type: 'bar', data: rows.map((r) => major(r.plannedMinor)), itemStyle: { color: '#adb5bd' } },
          { name: 'Realised', type: 'bar', data: rows.map((r) => major(r.realisedMinor)), itemStyle: { color: '#4c6ef5' } },
        ],
      },
      true,
    );
  }, [rows, currency]);

  return <div ref={element} role="img" aria-label={`Benefits planned vs realised in ${currency}`} style={{ width: '100%', height: 280 }} />;
}
