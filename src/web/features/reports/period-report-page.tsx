import { useQuery } from '@tanstack/react-query';
import { Form, InputNumber, Select, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { api, call, type Schemas } from '../../lib/api/client';
import { formatDate, formatNumber, formatRate } from '../../lib/format';

type Kind = 'month' | 'quarter' | 'half' | 'year';
const MONTHS: Record<Kind, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const COUNT: Record<Kind, number> = { month: 12, quarter: 4, half: 2, year: 1 };

/** First and last day of a reporting period, e.g. quarter 2 of 2024 → 2024-04-01 … 2024-06-30. */
export function periodRange(kind: Kind, year: number, number: number): { from: string; to: string } {
  const start = dayjs(`${year}-01-01`).add((number - 1) * MONTHS[kind], 'month');
  return {
    from: start.format('YYYY-MM-DD'),
    to: start.add(MONTHS[kind], 'month').subtract(1, 'day').format('YYYY-MM-DD'),
  };
}

/**
 * Figures per unit for a month, quarter, half or year, ranked by on-time rate. Read from
 * the statistics of tasks assigned in the period until the period report route is available.
 */
export default function PeriodReportPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const now = dayjs();
  const kind = (
    ['month', 'quarter', 'half', 'year'].includes(params.get('kind') ?? '') ? params.get('kind') : 'quarter'
  ) as Kind;
  const year = Number(params.get('year') ?? now.year());
  const number = Math.min(Number(params.get('number') ?? Math.floor(now.month() / MONTHS[kind]) + 1), COUNT[kind]);
  const range = periodRange(kind, year, number);
  const set = (values: Record<string, string | number>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(values)) next.set(k, String(v));
    setParams(next, { replace: true });
  };
  const rows = useQuery({
    queryKey: ['stats', 'departments', range],
    queryFn: () => call(api.GET('/api/stats/departments', { params: { query: { ...range, limit: 200 } } })),
  });
  const ranked = [...(rows.data?.items ?? [])]
    .filter((r) => r.total > 0)
    .sort((a, b) => (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) || b.total - a.total);
  return (
    <>
      <PageHeader title={`${t('reports.title')}: ${formatDate(range.from)} – ${formatDate(range.to)}`} />
      <Form layout="inline" className="filters no-print" style={{ rowGap: 8, marginBottom: 8 }}>
        <Form.Item label={t('reports.kind')} htmlFor="period-kind">
          <Select
            id="period-kind"
            value={kind}
            onChange={(k) => set({ kind: k, number: 1 })}
            style={{ width: 130 }}
            options={(['month', 'quarter', 'half', 'year'] as const).map((k) => ({
              value: k,
              label: t(`reports.kinds.${k}`),
            }))}
          />
        </Form.Item>
        {kind !== 'year' && (
          <Form.Item label={t('reports.number')} htmlFor="period-number">
            <Select
              id="period-number"
              value={number}
              onChange={(n) => set({ number: n })}
              style={{ width: 90 }}
              options={Array.from({ length: COUNT[kind] }, (_, i) => ({ value: i + 1, label: String(i + 1) }))}
            />
          </Form.Item>
        )}
        <Form.Item label={t('reports.year')} htmlFor="period-year">
          <InputNumber
            id="period-year"
            value={year}
            min={2000}
            max={2100}
            onChange={(y) => y && set({ year: y })}
            style={{ width: 100 }}
          />
        </Form.Item>
      </Form>
      {rows.isError ? (
        <LoadError error={rows.error} />
      ) : (
        <Table<Schemas['DepartmentStats']>
          rowKey="departmentId"
          size="small"
          loading={rows.isPending}
          dataSource={ranked}
          pagination={false}
          scroll={{ x: 900 }}
          columns={[
            { title: t('reports.rank'), width: 70, render: (_, __, index) => index + 1 },
            { title: t('reports.unit'), dataIndex: 'name' },
            {
              title: t('dashboard.total'),
              dataIndex: 'total',
              align: 'right',
              width: 90,
              render: (v: number) => formatNumber(v),
            },
            { title: t('status.done_on_time'), dataIndex: 'doneOnTime', align: 'right', width: 110 },
            { title: t('status.done_late'), dataIndex: 'doneLate', align: 'right', width: 110 },
            { title: t('status.in_progress'), align: 'right', width: 120, render: (_, r) => r.inProgress + r.dueSoon },
            { title: t('status.overdue'), dataIndex: 'overdue', align: 'right', width: 90 },
            {
              title: t('dashboard.onTimeRate'),
              dataIndex: 'onTimeRate',
              align: 'right',
              width: 110,
              render: formatRate,
            },
          ]}
        />
      )}
    </>
  );
}
