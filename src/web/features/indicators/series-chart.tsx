import { LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { formatDate, formatFigure, formatNumber } from '../../lib/format';

echarts.use([LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface ChartPoint {
  heldAt: string;
  sessionTitle: string;
  value: number;
}

/** An indicator's values session after session, in one unit (see comparablePoints), oldest on the left. */
export default function SeriesChart({ points, unit }: { points: ChartPoint[]; unit: string | null }) {
  const option = {
    // Drawn at once: a printed page or a screenshot taken while the line grew would show it short.
    animation: false,
    grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: number) => formatFigure(value, unit),
    },
    xAxis: { type: 'category', data: points.map((p) => formatDate(p.heldAt)), boundaryGap: false },
    yAxis: {
      type: 'value',
      name: unit ?? '',
      axisLabel: { formatter: (value: number) => formatNumber(value, 2) },
    },
    series: [
      {
        type: 'line',
        data: points.map((p) => p.value),
        symbolSize: 8,
        label: { show: true, formatter: ({ value }: { value: number }) => formatNumber(value, 3) },
        itemStyle: { color: '#1d4e89' },
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height: 280 }} notMerge />;
}
