import { useQuery } from '@tanstack/react-query';
import { Col, Empty, Grid, Row, Skeleton, Statistic } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useUser } from '../../app/auth';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { SessionSelect } from '../../components/session-select';
import { useDepartments } from '../../lib/api/queries';
import { dashboardFilter, overdueQuery, summaryQuery, unitsQuery } from './summary-query';
import { daysSince, formatDate, formatNumber, formatRate } from '../../lib/format';

// The chart and the date range picker are the heaviest parts of the page and neither is needed to read
// its figures: each is its own chunk, loaded once the figures are on screen (the entry route's budget).
const DepartmentChart = lazy(() => import('./department-chart'));
const PeriodRangePicker = lazy(() => import('./period-range-picker'));

/** Counts the API adds with the tracking model are read when present. */
type Counts = Record<string, number | null | undefined>;

export function completionRate(c: Counts): number | null {
  const considered = (c.total ?? 0) - (c.cancelled ?? 0);
  return considered > 0 ? ((c.doneOnTime ?? 0) + (c.doneLate ?? 0)) / considered : null;
}

export default function DashboardPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  // A phone stacks the filters, labels above, each as wide as the screen (the date range does not fit beside its label).
  const phone = Grid.useBreakpoint().sm === false;
  const filter = dashboardFilter(params);
  const { from, to, sessionId } = filter;
  const setFilter = (values: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(values)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const summary = useQuery(summaryQuery(filter));
  const units = useQuery({ ...unitsQuery(filter), enabled: user.role !== 'department' });
  const overdue = useQuery({ ...overdueQuery(filter), placeholderData: (previous) => previous });
  const { byId } = useDepartments();

  const counts = (summary.data ?? {}) as Counts;
  const figures: { key: string; label: string; value: number | null | undefined; color?: string }[] = [
    { key: 'total', label: t('dashboard.total'), value: counts.total },
    { key: 'doneOnTime', label: t('status.done_on_time'), value: counts.doneOnTime, color: '#237804' },
    { key: 'doneLate', label: t('status.done_late'), value: counts.doneLate, color: '#ad6800' },
    {
      key: 'open',
      label: t('status.in_progress'),
      value: (counts.inProgress ?? 0) + (counts.dueSoon ?? 0),
      color: '#0958d9',
    },
    { key: 'overdue', label: t('status.overdue'), value: counts.overdue, color: '#cf1322' },
    { key: 'dueSoon', label: t('status.due_soon'), value: counts.dueSoon, color: '#d46b08' },
    { key: 'standing', label: t('status.standing'), value: counts.standing ?? counts.noDeadline },
  ];
  // The API's rates over the tasks that fell due; the completion rate is worked out here for a server without it.
  const rates = [
    {
      key: 'completionRate',
      label: t('dashboard.completionRate'),
      value: counts.completionRate !== undefined ? counts.completionRate : completionRate(counts),
    },
    { key: 'onTimeRate', label: t('dashboard.onTimeRate'), value: counts.onTimeRate, color: '#237804' },
    { key: 'overdueRate', label: t('dashboard.overdueRate'), value: counts.overdueRate, color: '#cf1322' },
  ].filter((r) => r.key !== 'overdueRate' || r.value !== undefined);
  if (counts.awaitingConfirmation !== undefined)
    figures.splice(3, 0, {
      key: 'awaiting',
      label: t('status.awaiting_confirmation'),
      value: counts.awaitingConfirmation,
    });

  return (
    <>
      <PageHeader title={user.role === 'department' ? t('dashboard.unitTitle') : t('dashboard.title')} />
      <div className={`filters no-print dashboard-filters${phone ? ' dashboard-filters-stacked' : ''}`}>
        <div className="dashboard-filter">
          <label htmlFor="dashboard-period">{t('dashboard.period')}</label>
          {summary.isPending && !from ? (
            <span className="picker-placeholder" aria-hidden="true" />
          ) : (
            <Suspense fallback={<span className="picker-placeholder" aria-hidden="true" />}>
              <PeriodRangePicker
                id="dashboard-period"
                from={from}
                to={to}
                onChange={(start, end) => setFilter({ from: start, to: end })}
                wide={phone}
              />
            </Suspense>
          )}
        </div>
        <div className="dashboard-filter">
          <label htmlFor="dashboard-session">{t('dashboard.session')}</label>
          <SessionSelect
            id="dashboard-session"
            value={sessionId}
            onChange={(value) => setFilter({ sessionId: value ? String(value) : undefined })}
            style={{ width: phone ? '100%' : 300, maxWidth: '100%' }}
            placeholder={t('common.all')}
          />
        </div>
      </div>
      {summary.isError ? (
        <LoadError error={summary.error} retry={() => void summary.refetch()} />
      ) : (
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          {figures.map((f) => (
            <Col key={f.key} flex="1 1 150px">
              <div className="figure-box">
                <Statistic
                  title={f.label}
                  value={f.value ?? 0}
                  loading={summary.isPending}
                  formatter={(v) => formatNumber(Number(v))}
                  styles={{ content: { color: f.color } }}
                />
              </div>
            </Col>
          ))}
          {rates.map((r) => (
            <Col key={r.key} flex="1 1 150px">
              <div className="figure-box">
                <Statistic
                  title={r.label}
                  value={formatRate(r.value)}
                  loading={summary.isPending}
                  styles={{ content: { color: r.color } }}
                />
              </div>
            </Col>
          ))}
        </Row>
      )}
      <Row gutter={[16, 16]}>
        {user.role !== 'department' && (
          <Col xs={24} xl={14}>
            <section className="panel" aria-labelledby="dashboard-chart-title">
              <h2 className="card-title panel-title" id="dashboard-chart-title">
                {t('dashboard.chartTitle')}
              </h2>
              {units.isError ? (
                <LoadError error={units.error} />
              ) : units.isPending ? (
                <Skeleton active />
              ) : units.data.items.length === 0 ? (
                <Empty />
              ) : (
                <Suspense fallback={<Skeleton active />}>
                  <DepartmentChart rows={units.data.items} />
                </Suspense>
              )}
            </section>
          </Col>
        )}
        <Col xs={24} xl={user.role === 'department' ? 24 : 10}>
          <section className="panel" aria-labelledby="dashboard-overdue-title">
            <h2 className="card-title panel-title" id="dashboard-overdue-title">
              {t('dashboard.overdueTitle')}
            </h2>
            {overdue.isError ? (
              <LoadError error={overdue.error} />
            ) : overdue.isPending ? (
              <Skeleton active />
            ) : overdue.data.items.length === 0 ? (
              <p className="panel-empty">{t('dashboard.noOverdue')}</p>
            ) : (
              <ol className="overdue-list">
                {overdue.data.items.map((task) => (
                  <li key={task.id}>
                    <Link to={`/tasks/${task.id}`}>{task.title}</Link>
                    <div className="overdue-meta">
                      {byId.get(task.leadDepartmentId)?.name ?? task.leadDepartmentId}
                      {' · '}
                      {t('tasks.dueDate')} {formatDate(task.dueDate ?? task.dueAt)}
                      {' · '}
                      <span className="overdue-days">
                        {t('tasks.daysOverdue', { count: daysSince(task.dueDate ?? task.dueAt) })}
                      </span>
                    </div>
                  </li>
                ))}
              </ol>
            )}
            {overdue.data && overdue.data.total > overdue.data.items.length && (
              <p className="panel-more">
                <Link to="/tasks?status=overdue&sort=dueAt">{t('common.total', { count: overdue.data.total })} →</Link>
              </p>
            )}
          </section>
        </Col>
      </Row>
    </>
  );
}
