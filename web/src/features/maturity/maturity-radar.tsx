// The maturity radar: one axis per dimension from 0 to 5, this assessment filled and the previous
// one outlined, so progress shows at a glance. ECharts' radar, imported piece by piece and drawn as
// SVG (its labels land in the DOM). The same figures are in the dimension table beside it.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { RadarChart } from 'echarts/charts';
import { LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { RadarSeries } from './maturity-view.ts';

echarts.use([RadarChart, RadarComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const COLOURS = ['#1c7ed6', '#868e96'];

function optionOf(axes: readonly string[], series: readonly RadarSeries[]): echarts.EChartsCoreOption {
  return {
    animation: false,
    color: COLOURS,
    tooltip: { trigger: 'item' },
    legend: { data: series.map((s) => s.name), bottom: 0 },
    radar: { indicator: axes.map((name) => ({ name, max: 5, min: 0 })), splitNumber: 5, radius: '65%' },
    series: [{
      type: 'radar',
      data: series.map((s, i) => ({
        name: s.name,
        value: s.values.map((v) => v ?? 0),
        areaStyle: i === 0 ? { opacity: 0.25 } : undefined,
        lineStyle: i === 0 ? { width: 2 } : { type: 'dashed' },
      })),
    }],
  };
}

export function MaturityRadar({ axes, series }: { axes: readonly string[]; series: readonly RadarSeries[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    chart.setOption(optionOf(axes, series));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [axes, series]);
  return <div ref={ref} role="img" aria-label={`Maturity by dimension: ${series.map((s) => s.name).join(' against ')}`} data-testid="maturity-radar" style={{ width: '100%', height: 340 }} />;
}
