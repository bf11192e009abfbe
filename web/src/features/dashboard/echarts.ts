// ECharts, imported piece by piece: only bar and pie charts with a grid, tooltip and legend, drawn
// as SVG (text lands in the DOM, crisp at any zoom, readable by tests). The full library would
// add megabytes to the bundle; this file is only reached from the lazily loaded dashboard pages.
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export { init };
export type { EChartsType } from 'echarts/core';
