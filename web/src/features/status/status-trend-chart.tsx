// The trend of a project's submitted reports as an ECharts picture: a row of coloured cells per
// dimension (the colour shown in each period's report) above a line of the finish and worst
// milestone slip. ECharts is imported piece by piece (heat map, line, three components, canvas) so
// the bundle carries only what this chart draws. The same numbers are in TrendTable, one click away.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { StatusTrendPoint } from '../../api/types.ts';
import { RAG } from './status-labels.ts';
import { colourCells, periodLabel, TREND_ROW_LABELS } from './trend-view.ts';

echarts.use([HeatmapChart, LineChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

const COLOUR_NAMES = [RAG.grey.label, RAG.green.label, RAG.amber.label, RAG.red.label];

function optionOf(points: readonly StatusTrendPoint[]): echarts.EChartsCoreOption {
  const periods = points.map(periodLabel);
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesType: string; value: number[] | number; name: string; seriesName: string }) =>
        p.seriesType === 'heatmap' && Array.isArray(p.value)
          ? `${periods[p.value[0] ?? 0]}<br/>${TREND_ROW_LABELS[p.value[1] ?? 0]}: ${COLOUR_NAMES[p.value[2] ?? 0]}`
          : `${p.name}<br/>${p.seriesName}: ${String(p.value)} working days`,
    },
    legend: { data: ['Finish slip', 'Worst milestone slip'], bottom: 0 },
    grid: [
      { left: 90, right: 20, top: 10, height: 170 },
      { left: 90, right: 20, top: 230, height: 90 },
    ],
    xAxis: [
      { type: 'category', data: periods, gridIndex: 0, splitArea: { show: true } },
      { type: 'category', data: periods, gridIndex: 1 },
    ],
    yAxis: [
      { type: 'category', data: TREND_ROW_LABELS, gridIndex: 0, inverse: true },
      { type: 'value', gridIndex: 1, name: 'Slip (days)', nameTextStyle: { align: 'left' } },
    ],
    visualMap: {
      show: false,
      type: 'piecewise',
      seriesIndex: 0,
      dimension: 2,
      pieces: [
        { value: 0, color: RAG.grey.hex },
        { value: 1, color: RAG.green.hex },
        { value: 2, color: RAG.amber.hex },
        { value: 3, color: RAG.red.hex },
      ],
    },
    series: [
      { name: 'Colours', type: 'heatmap', xAxisIndex: 0, yAxisIndex: 0, data: colourCells(points), itemStyle: { borderColor: '#fff', borderWidth: 2 } },
      { name: 'Finish slip', type: 'line', xAxisIndex: 1, yAxisIndex: 1, data: points.map((p) => p.finishSlipDays), connectNulls: false },
      { name: 'Worst milestone slip', type: 'line', xAxisIndex: 1, yAxisIndex: 1, data: points.map((p) => p.worstMilestoneSlipDays), connectNulls: false },
    ],
  };
}

export function StatusTrendChart({ points }: { points: readonly StatusTrendPoint[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element);
    chart.setOption(optionOf(points));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [points]);
  return <div ref={ref} role="img" aria-label={`Status trend over ${points.length} reported periods`} data-testid="status-trend-chart" data-points={points.length} style={{ width: '100%', height: 360 }} />;
}
