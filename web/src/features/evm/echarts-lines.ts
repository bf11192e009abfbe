// ECharts for the earned-value pages, imported piece by piece: line and scatter series on a grid
// with tooltip, legend and reference lines (BAC, EAC, the status date, an index of 1), drawn as SVG
// so the text lands in the DOM; and the hook that mounts a chart, keeps it sized to its box and
// gives it each new option. Only the lazily loaded earned-value page reaches this file.
import { useEffect, useRef } from 'react';
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([LineChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

/** A chart in the returned element's box, drawn from `option` (replaced whole whenever it changes). */
export function useLineChart(option: EChartsCoreOption) {
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
    chart.current?.setOption(option, true);
  }, [option]);

  return element;
}
