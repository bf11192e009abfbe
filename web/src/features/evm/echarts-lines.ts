// ECharts for the earned-value pages, imported piece by piece: line and scatter series on a grid
// with tooltip, legend and reference lines (BAC, EAC, the status date), drawn as SVG so the text
// lands in the DOM. Only the lazily loaded earned-value page reaches this file.
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([LineChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

export { init };
export type { EChartsType } from 'echarts/core';
