import { useQuery } from '@tanstack/react-query';
import { DownloadOutlined } from '@ant-design/icons';
import { Card, Form, InputNumber, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { api, call, type Schemas } from '../../lib/api/client';
import { formatDate, formatDateTime } from '../../lib/format';
import { ResponsiveTable } from '../../components/responsive-table';
import { DownloadButton } from '../../components/download-button';
import { FreezePeriodButton, type PeriodQuery } from './freeze-period';
import { PeriodFigures } from './period-figures';

type Kind = 'month' | 'quarter' | 'half' | 'year';
const MONTHS: Record<Kind, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const COUNT: Record<Kind, number> = { month: 12, quarter: 4, half: 2, year: 1 };

/** The province's figures of a month, quarter, half or year at its cut-off, the units ranked, and the frozen reports. */
export default function PeriodReportPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const now = dayjs();
  const kind = (
    ['month', 'quarter', 'half', 'year'].includes(params.get('kind') ?? '') ? params.get('kind') : 'quarter'
  ) as Kind;
  const year = Number(params.get('year') ?? now.year());
  const number = Math.min(Number(params.get('number') ?? Math.floor(now.month() / MONTHS[kind]) + 1), COUNT[kind]);
  const query: PeriodQuery = kind === 'year' ? { kind, year } : { kind, year, number };
  const set = (values: Record<string, string | number>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(values)) next.set(k, String(v));
    setParams(next, { replace: true });
  };
  const report = useQuery({
    queryKey: ['reports', 'period', query],
    queryFn: () => call(api.GET('/api/reports/period', { params: { query } })),
  });
  const frozen = useQuery({
    queryKey: ['reports', 'frozen'],
    queryFn: () => call(api.GET('/api/reports/frozen', { params: { query: { limit: 20 } } })),
  });
  const data = report.data;
  const xlsx = `/api/reports/period.xlsx?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`;
  return (
    <>
      <PageHeader
        title={data ? `${t('reports.title')}: ${formatDate(data.from)} – ${formatDate(data.to)}` : t('reports.title')}
        extra={
          <Space wrap className="no-print">
            {data && <FreezePeriodButton period={query} report={data} />}
            <DownloadButton href={xlsx} icon={<DownloadOutlined />}>
              {t('reports.exportXlsx')}
            </DownloadButton>
          </Space>
        }
      />
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
      {report.isError ? (
        <LoadError error={report.error} />
      ) : (
        <>
          {data && (
            <Typography.Paragraph type="secondary">
              {t('reports.cutoff', { at: formatDateTime(data.cutoffAt) })}
            </Typography.Paragraph>
          )}
          <PeriodFigures report={data} loading={report.isPending} />
        </>
      )}
      <Card size="small" title={t('reports.frozen')} style={{ marginTop: 16 }}>
        <ResponsiveTable<Schemas['FrozenReportSummaryDto']>
          rowKey="code"
          size="small"
          loading={frozen.isPending}
          dataSource={frozen.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t('reports.noFrozen') }}
          columns={[
            {
              title: t('reports.code'),
              dataIndex: 'code',
              render: (code: string) => <Link to={`/reports/frozen/${encodeURIComponent(code)}`}>{code}</Link>,
            },
            { title: t('reports.period'), render: (_, r) => `${formatDate(r.from)} – ${formatDate(r.to)}` },
            {
              title: t('reports.frozenAt'),
              render: (_, r) =>
                r.frozenBy ? `${formatDateTime(r.frozenAt)} · ${r.frozenBy.fullName}` : formatDateTime(r.frozenAt),
            },
            { title: t('reports.freeze.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
            {
              title: t('common.actions'),
              render: (_, r) => (
                <DownloadButton
                  type="link"
                  size="small"
                  href={`/api/reports/frozen/${encodeURIComponent(r.code)}/report.xlsx`}
                >
                  {t('reports.exportXlsx')}
                </DownloadButton>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
