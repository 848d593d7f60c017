import { useQuery } from '@tanstack/react-query';
import { DownloadOutlined } from '@ant-design/icons';
import { Card, Col, Form, InputNumber, Row, Select, Space, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { api, call, type Schemas } from '../../lib/api/client';
import { formatDate, formatDateTime, formatNumber, formatRate } from '../../lib/format';
import { ResponsiveTable } from '../../components/responsive-table';
import { DownloadButton } from '../../components/download-button';
import { FreezePeriodButton, type PeriodQuery } from './freeze-period';

type Kind = 'month' | 'quarter' | 'half' | 'year';
const MONTHS: Record<Kind, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const COUNT: Record<Kind, number> = { month: 12, quarter: 4, half: 2, year: 1 };

/**
 * The counts of the classification, each a card for the province and a column for every unit (its label's key, its
 * field, the column's width). With standing and cancelled tasks they add up to the total, as the workbook's columns do.
 */
const COUNTS: [
  label: string,
  field: keyof Schemas['UnitFiguresDto'] & keyof Schemas['PeriodFiguresDto'],
  width: number,
][] = [
  ['dashboard.total', 'total', 72],
  ['status.done_on_time', 'doneOnTime', 70],
  ['status.done_late', 'doneLate', 70],
  ['status.awaiting_confirmation', 'awaitingConfirmation', 70],
  ['reports.openWithinDeadline', 'openWithinDeadline', 70],
  ['reports.openOverdue', 'openOverdue', 70],
  ['status.standing', 'standing', 76],
  ['status.cancelled', 'cancelled', 70],
];
/** The three rates over what fell due by the cut-off (the API's unrounded fractions), with the province card's colour. */
const RATES: [label: string, field: 'completionRate' | 'onTimeRate' | 'overdueRate', color?: string][] = [
  ['dashboard.completionRate', 'completionRate'],
  ['dashboard.onTimeRate', 'onTimeRate', '#237804'],
  ['dashboard.overdueRate', 'overdueRate', '#cf1322'],
];

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
  const province = data?.province;
  const figures = COUNTS.map(([label, field]) => [t(label), province?.[field] as number | undefined] as const);
  const rates = RATES.map(([label, field, color]) => [t(label), province?.[field], color] as const);
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
          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            {figures.map(([title, value]) => (
              <Col key={title} xs={12} md={6} xl={3}>
                <Card size="small" style={{ height: '100%' }}>
                  <Statistic
                    title={title}
                    value={value ?? 0}
                    loading={report.isPending}
                    formatter={(v) => formatNumber(Number(v))}
                  />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
            {rates.map(([title, value, color]) => (
              <Col key={title} xs={24} sm={8}>
                <Card size="small" style={{ height: '100%' }}>
                  <Statistic
                    title={title}
                    value={formatRate(value)}
                    loading={report.isPending}
                    styles={{ content: { color } }}
                  />
                </Card>
              </Col>
            ))}
          </Row>
          <ResponsiveTable<Schemas['UnitFiguresDto']>
            rowKey="departmentId"
            size="small"
            loading={report.isPending}
            dataSource={data?.units ?? []}
            pagination={false}
            // Twelve figures beside the unit fit a desktop's content width (1366 px less the menu) without scrolling;
            // narrower screens scroll the figures with the rank and the unit held in place.
            scroll={{ x: 1064 }}
            tableLayout="fixed"
            className="units-table"
            cardHead={(unit) => (unit.rank ? `${unit.rank}. ${unit.name}` : unit.name)}
            cardOmit={['rank', 'name']}
            columns={[
              {
                title: t('reports.rank'),
                dataIndex: 'rank',
                width: 56,
                fixed: 'left',
                render: (v: number | null) => v ?? '—',
              },
              { title: t('reports.unit'), dataIndex: 'name', width: 160, fixed: 'left' },
              ...COUNTS.map(([label, field, width]) => ({
                title: t(label),
                dataIndex: field,
                align: 'right' as const,
                width,
                render: (v: number) => formatNumber(v),
              })),
              ...RATES.map(([label, field]) => ({
                title: t(label),
                dataIndex: field,
                align: 'right' as const,
                width: 72,
                render: formatRate,
              })),
              {
                title: t('reports.score'),
                dataIndex: 'score',
                align: 'right',
                width: 64,
                render: (v: number | null) => formatNumber(v, 1),
              },
            ]}
          />
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
            { title: t('reports.code'), dataIndex: 'code' },
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
