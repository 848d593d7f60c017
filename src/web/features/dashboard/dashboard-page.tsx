import { useQuery } from '@tanstack/react-query';
import { Col, Empty, Grid, Row, Skeleton, Statistic } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useUser } from '../../app/auth';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { SessionSelect } from '../../components/session-select';
import type { Schemas } from '../../lib/api/client';
import { useDepartments } from '../../lib/api/queries';
import { dashboardFilter, overdueQuery, summaryQuery, unitsQuery } from './summary-query';
import { daysSince, formatDate, formatNumber, formatRate } from '../../lib/format';

// The chart and the date range picker are the heaviest parts of the page and neither is needed to read
// its figures: each is its own chunk, loaded once the figures are on screen (the entry route's budget).
const DepartmentChart = lazy(() => import('./department-chart'));
const PeriodRangePicker = lazy(() => import('./period-range-picker'));

type Counts = Schemas['StatusCounts'];

/** A card's figure: its label, its value as shown, the colour it is told in and, under it, what it holds or is taken over. */
interface Figure {
  key: string;
  label: string;
  shown: string;
  color?: string;
  note?: string;
  /** The note asks for attention (tasks due soon). */
  noteWarns?: boolean;
}

/** A row of figure cards, each at least `minWidth` px wide. */
function FigureRow({ figures, minWidth, loading }: { figures: Figure[]; minWidth: number; loading: boolean }) {
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      {figures.map((f) => (
        <Col key={f.key} flex={`1 1 ${minWidth}px`}>
          <div className="figure-box">
            <Statistic
              title={f.label}
              value={f.shown}
              // Shown as formatted here ("1.234", "75%"): antd would read the Vietnamese thousands dot as a decimal point.
              formatter={() => f.shown}
              loading={loading}
              styles={{ content: { color: f.color } }}
            />
            {f.note && <div className={`figure-note${f.noteWarns ? ' figure-note-warning' : ''}`}>{f.note}</div>}
          </div>
        </Col>
      ))}
    </Row>
  );
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

  const counts: Partial<Counts> = summary.data ?? {};
  // The cards add up to the total, as the period report's do: the tasks due soon are a part of those within their
  // deadline, told under that card rather than counted again.
  const counted = (value: number | undefined) => formatNumber(value ?? 0);
  const figures: Figure[] = [
    {
      key: 'total',
      label: t('dashboard.total'),
      shown: counted(counts.total),
      // A recurring task counts once per period, so the total can exceed the task list's: say by how much.
      note: counts.recurringPeriods
        ? t('dashboard.withRecurringPeriods', { count: counts.recurringPeriods })
        : undefined,
    },
    { key: 'doneOnTime', label: t('status.done_on_time'), shown: counted(counts.doneOnTime), color: '#237804' },
    { key: 'doneLate', label: t('status.done_late'), shown: counted(counts.doneLate), color: '#ad6800' },
    { key: 'awaiting', label: t('status.awaiting_confirmation'), shown: counted(counts.awaitingConfirmation) },
    {
      key: 'open',
      label: t('status.in_progress'),
      shown: counted(summary.data && summary.data.inProgress + summary.data.dueSoon),
      color: '#0958d9',
      note: counts.dueSoon ? t('dashboard.ofWhichDueSoon', { count: counts.dueSoon }) : undefined,
      noteWarns: true,
    },
    { key: 'overdue', label: t('status.overdue'), shown: counted(counts.overdue), color: '#cf1322' },
    { key: 'standing', label: t('status.standing'), shown: counted(counts.standing) },
    { key: 'cancelled', label: t('status.cancelled'), shown: counted(counts.cancelled) },
  ];
  // The API's rates over the tasks that fell due, each with the counts it is worked out from.
  const ofDue = (part: number | undefined) =>
    summary.data && summary.data.due > 0 ? t('dashboard.ofDue', { part, due: summary.data.due }) : undefined;
  const rates: Figure[] = [
    {
      key: 'completionRate',
      label: t('dashboard.completionRate'),
      shown: formatRate(counts.completionRate),
      note: ofDue(summary.data && summary.data.doneOnTime + summary.data.doneLate),
    },
    {
      key: 'onTimeRate',
      label: t('dashboard.onTimeRate'),
      shown: formatRate(counts.onTimeRate),
      color: '#237804',
      note: ofDue(counts.doneOnTime),
    },
    {
      key: 'overdueRate',
      label: t('dashboard.overdueRate'),
      shown: formatRate(counts.overdueRate),
      color: '#cf1322',
      note: ofDue(counts.overdue),
    },
  ];

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
        <>
          {/* The eight counts in one row on a laptop (1,366 px less the menu), two to a row on a phone. */}
          <FigureRow figures={figures} minWidth={120} loading={summary.isPending} />
          <FigureRow figures={rates} minWidth={150} loading={summary.isPending} />
        </>
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
