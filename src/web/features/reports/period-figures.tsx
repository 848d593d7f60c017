import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../components/responsive-table';
import type { Schemas } from '../../lib/api/client';
import { formatNumber, formatRate } from '../../lib/format';

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

/**
 * A period's figures as the office reads them, live or frozen: the province's counts (which add up to the total) and
 * rates as cards, then every unit ranked with the same columns.
 */
export function PeriodFigures({
  report,
  loading,
}: {
  report: Pick<Schemas['PeriodReportDto'], 'province' | 'units'> | undefined;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const province = report?.province;
  const figures = COUNTS.map(([label, field]) => [t(label), province?.[field] as number | undefined] as const);
  const rates = RATES.map(([label, field, color]) => [t(label), province?.[field], color] as const);
  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {figures.map(([title, value]) => (
          <Col key={title} xs={12} md={6} xl={3}>
            <Card size="small" style={{ height: '100%' }}>
              <Statistic
                title={title}
                value={value ?? 0}
                loading={loading}
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
              <Statistic title={title} value={formatRate(value)} loading={loading} styles={{ content: { color } }} />
            </Card>
          </Col>
        ))}
      </Row>
      <ResponsiveTable<Schemas['UnitFiguresDto']>
        rowKey="departmentId"
        size="small"
        loading={loading}
        dataSource={report?.units ?? []}
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
  );
}
