import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Grid, Input, List, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { foldVietnamese } from '../../../common/text/fold-vietnamese';
import { PageHeader } from '../../components/page-header';
import { ResponsiveTable } from '../../components/responsive-table';
import { api, call, type Schemas } from '../../lib/api/client';
import { failureText } from '../../lib/failures';
import { formatChange, formatDate, formatFigure, formatNumber } from '../../lib/format';
import { comparablePoints } from './comparable-points';

const SeriesChart = lazy(() => import('./series-chart'));

type Point = Schemas['IndicatorPointResponse'];

/**
 * The figures the units reported, session after session (GET /api/indicators): pick one to read its values over
 * time, drawn as a line in one unit and listed with the session each came from (GET /api/indicators/series).
 */
export default function IndicatorsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const names = useQuery({ queryKey: ['indicators'], queryFn: () => call(api.GET('/api/indicators')) });
  const items = names.data?.items ?? [];
  const selected = params.get('name') ?? items[0]?.key ?? null;
  const folded = foldVietnamese(search.trim());
  // On a phone the series is below the list: bring it into view once picked.
  const stacked = Grid.useBreakpoint().lg === false;
  const pick = (key: string) => {
    setParams({ name: key }, { replace: true });
    if (stacked) requestAnimationFrame(() => document.getElementById('indicator-series')?.scrollIntoView());
  };
  const shown = folded ? items.filter((item) => foldVietnamese(item.name).includes(folded)) : items;

  return (
    <>
      <PageHeader title={t('indicators.title')} />
      <Typography.Paragraph type="secondary">{t('indicators.intro')}</Typography.Paragraph>
      {names.isError && <Alert type="error" showIcon role="alert" title={failureText(names.error, t)} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card size="small" title={<h2 className="card-title">{t('indicators.names')}</h2>}>
            <Input.Search
              allowClear
              placeholder={t('indicators.search')}
              aria-label={t('indicators.search')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              style={{ marginBottom: 8 }}
            />
            <List
              className="indicator-names"
              loading={names.isPending}
              dataSource={shown}
              locale={{ emptyText: <Empty description={t('indicators.none')} /> }}
              renderItem={(item) => (
                <List.Item
                  key={item.key}
                  className={item.key === selected ? 'indicator-name-selected' : undefined}
                  onClick={() => pick(item.key)}
                >
                  <List.Item.Meta
                    title={
                      <a
                        href={`?name=${encodeURIComponent(item.key)}`}
                        aria-current={item.key === selected ? 'true' : undefined}
                        onClick={(e) => e.preventDefault()}
                      >
                        {item.name}
                      </a>
                    }
                    description={`${t('indicators.sessions', { count: item.sessions })}${
                      item.units.length > 0 ? ` · ${item.units.join(', ')}` : ''
                    }`}
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={15} id="indicator-series">
          {selected && <Series name={selected} />}
        </Col>
      </Row>
    </>
  );
}

function Series({ name }: { name: string }) {
  const { t } = useTranslation();
  const series = useQuery({
    queryKey: ['indicators', 'series', name],
    queryFn: () => call(api.GET('/api/indicators/series', { params: { query: { name } } })),
  });
  if (series.isPending) return <Skeleton active />;
  if (series.isError) return <Alert type="error" showIcon role="alert" title={failureText(series.error, t)} />;
  const points = series.data.items;
  const latest = points.at(-1);
  if (!latest) return <Empty description={t('indicators.none')} />;
  const chart = comparablePoints(points);
  return (
    <Card
      size="small"
      title={<h2 className="card-title">{latest.name}</h2>}
      // A long name wraps rather than being cut: it is what the figures are of.
      styles={{ title: { whiteSpace: 'normal' } }}
    >
      {chart.points.length >= 2 ? (
        <Suspense fallback={<Skeleton active />}>
          <SeriesChart points={chart.points} unit={chart.unit} />
          {chart.points.length < points.length && (
            <Typography.Paragraph type="secondary">
              {t('indicators.leftOff', { count: points.length - chart.points.length, unit: chart.unit ?? '' })}
            </Typography.Paragraph>
          )}
        </Suspense>
      ) : (
        <Typography.Paragraph type="secondary">{t('indicators.onePoint')}</Typography.Paragraph>
      )}
      <ResponsiveTable<Point>
        size="small"
        rowKey={(p) => `${p.reportId}-${p.name}`}
        pagination={false}
        dataSource={[...points].reverse()}
        scroll={{ x: 600 }}
        cardHead={(p) => (
          <>
            {formatDate(p.heldAt)} · <Link to={`/sessions/${p.sessionId}`}>{p.sessionTitle}</Link>
          </>
        )}
        cardOmit={['session']}
        columns={[
          {
            title: t('indicators.session'),
            key: 'session',
            render: (_, p) => (
              <>
                <Link to={`/sessions/${p.sessionId}`}>{p.sessionTitle}</Link>
                <div className="indicator-held-at">{formatDate(p.heldAt)}</div>
              </>
            ),
          },
          {
            title: t('sessions.report.value'),
            key: 'value',
            align: 'right',
            width: 140,
            render: (_, p) => (
              <Space size={4} wrap style={{ justifyContent: 'flex-end' }}>
                {formatFigure(p.value, p.unit)}
                {p.estimate && <Tag>{t('sessions.report.read.estimate')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('sessions.report.changeFromPrevious'),
            key: 'previous',
            align: 'right',
            width: 96,
            render: (_, p) => formatChange(p.changeFromPreviousPct, p.changeKind),
          },
          {
            title: t('sessions.report.changeFromLastYear'),
            key: 'lastYear',
            align: 'right',
            width: 96,
            render: (_, p) => formatChange(p.changeFromLastYearPct, p.changeKind),
          },
          {
            title: t('sessions.report.planPct'),
            key: 'plan',
            align: 'right',
            width: 96,
            render: (_, p) => (p.planPct === null ? '—' : `${formatNumber(p.planPct, 2)}%`),
          },
        ]}
      />
    </Card>
  );
}
