import { useQuery } from '@tanstack/react-query';
import { Card, Col, DatePicker, Empty, Form, Grid, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useUser } from '../../app/auth';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { SessionSelect } from '../../components/session-select';
import { api, call } from '../../lib/api/client';
import { useDepartments, useTasks, type Task } from '../../lib/api/queries';
import { daysSince, formatDate, formatNumber, formatRate } from '../../lib/format';
import { ResponsiveTable } from '../../components/responsive-table';

const DepartmentChart = lazy(() => import('./department-chart'));

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
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const sessionId = params.get('sessionId') ? Number(params.get('sessionId')) : undefined;
  const filter = { from, to, sessionId };
  const setFilter = (values: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(values)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const summary = useQuery({
    queryKey: ['stats', 'summary', filter],
    queryFn: () => call(api.GET('/api/stats/summary', { params: { query: filter } })),
  });
  const units = useQuery({
    queryKey: ['stats', 'departments', filter],
    queryFn: () => call(api.GET('/api/stats/departments', { params: { query: { ...filter, limit: 200 } } })),
    enabled: user.role !== 'department',
  });
  const overdue = useTasks({ status: ['overdue'], sort: 'dueAt', limit: 10, sessionId });
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
      <Form layout={phone ? 'vertical' : 'inline'} className="filters no-print" style={{ marginBottom: 8, rowGap: 8 }}>
        <Form.Item label={t('dashboard.period')} htmlFor="dashboard-period">
          <DatePicker.RangePicker
            id={{ start: 'dashboard-period' }}
            format="DD/MM/YYYY"
            value={from && to ? [dayjs(from), dayjs(to)] : null}
            onChange={(range) =>
              setFilter({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
            }
            placeholder={[t('common.from'), t('common.to')]}
            style={phone ? { width: '100%' } : undefined}
          />
        </Form.Item>
        <Form.Item label={t('dashboard.session')} htmlFor="dashboard-session">
          <SessionSelect
            id="dashboard-session"
            value={sessionId}
            onChange={(value) => setFilter({ sessionId: value ? String(value) : undefined })}
            style={{ width: 300, maxWidth: '100%' }}
            placeholder={t('common.all')}
          />
        </Form.Item>
      </Form>
      {summary.isError ? (
        <LoadError error={summary.error} retry={() => void summary.refetch()} />
      ) : (
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          {figures.map((f) => (
            <Col key={f.key} flex="1 1 150px">
              <Card size="small" style={{ height: '100%' }}>
                <Statistic
                  title={f.label}
                  value={f.value ?? 0}
                  loading={summary.isPending}
                  formatter={(v) => formatNumber(Number(v))}
                  styles={{ content: { color: f.color } }}
                />
              </Card>
            </Col>
          ))}
          {rates.map((r) => (
            <Col key={r.key} flex="1 1 150px">
              <Card size="small" style={{ height: '100%' }}>
                <Statistic
                  title={r.label}
                  value={formatRate(r.value)}
                  loading={summary.isPending}
                  styles={{ content: { color: r.color } }}
                />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Row gutter={[16, 16]}>
        {user.role !== 'department' && (
          <Col xs={24} xl={14}>
            <Card title={<h2 className="card-title">{t('dashboard.chartTitle')}</h2>} size="small">
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
            </Card>
          </Col>
        )}
        <Col xs={24} xl={user.role === 'department' ? 24 : 10}>
          <Card title={<h2 className="card-title">{t('dashboard.overdueTitle')}</h2>} size="small">
            <ResponsiveTable<Task>
              size="small"
              rowKey="id"
              loading={overdue.isPending}
              dataSource={overdue.data?.items}
              pagination={false}
              locale={{ emptyText: t('dashboard.noOverdue') }}
              columns={[
                {
                  title: t('tasks.name'),
                  dataIndex: 'title',
                  render: (title: string, task) => <Link to={`/tasks/${task.id}`}>{title}</Link>,
                },
                {
                  title: t('tasks.lead'),
                  dataIndex: 'leadDepartmentId',
                  width: 90,
                  render: (id: number) => byId.get(id)?.code ?? id,
                },
                { title: t('tasks.dueDate'), dataIndex: 'dueDate', width: 100, render: formatDate },
                {
                  title: t('dashboard.daysOverdue'),
                  key: 'days',
                  width: 80,
                  align: 'right',
                  render: (_, task) => (
                    <Typography.Text type="danger">
                      {formatNumber(daysSince(task.dueDate ?? task.dueAt))}
                    </Typography.Text>
                  ),
                },
              ]}
            />
            {overdue.data && overdue.data.total > overdue.data.items.length && (
              <Space style={{ marginTop: 8 }}>
                <Link to="/tasks?status=overdue&sort=dueAt">{t('common.total', { count: overdue.data.total })} →</Link>
              </Space>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
