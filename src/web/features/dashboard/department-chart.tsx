import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../lib/api/client';
import { formatRate } from '../../lib/format';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** On-time completion rate per unit, best first; units with nothing to rate yet are left out. */
export default function DepartmentChart({ rows }: { rows: Schemas['DepartmentStats'][] }) {
  const { t } = useTranslation();
  // On a phone the names take three short lines, so that the bars keep most of the width.
  const phone = !Grid.useBreakpoint().sm;
  const rated = rows
    .filter((r) => r.onTimeRate !== null)
    .sort((a, b) => (a.onTimeRate ?? 0) - (b.onTimeRate ?? 0))
    .slice(-20);
  const option = {
    // Drawn at once: a printed page or a screenshot taken while the bars grew would show them short.
    animation: false,
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value: number) => formatRate(value),
    },
    xAxis: {
      type: 'value',
      max: 1,
      // Fewer ticks on a phone: five percentages side by side overlap there.
      splitNumber: phone ? 2 : 5,
      axisLabel: { formatter: (v: number) => formatRate(v) },
    },
    // Units by name, as the office writes them (a code such as "SLDTBXH" reads as a cipher), wrapped.
    yAxis: {
      type: 'category',
      data: rated.map((r) => r.name),
      axisLabel: { fontSize: 11, width: phone ? 110 : 170, overflow: 'break', lineHeight: 13 },
    },
    series: [
      {
        type: 'bar',
        name: t('dashboard.onTimeRate'),
        data: rated.map((r) => r.onTimeRate),
        itemStyle: { color: '#1d4e89' },
        label: { show: true, position: 'right', formatter: (p: { value: number }) => formatRate(p.value) },
      },
    ],
  };
  return (
    <div
      role="img"
      aria-label={`${t('dashboard.chartTitle')}: ${rated.map((r) => `${r.name} ${formatRate(r.onTimeRate)}`).join('; ')}`}
    >
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        style={{ height: Math.max(240, rated.length * (phone ? 46 : 36)) }}
        notMerge
      />
    </div>
  );
}
