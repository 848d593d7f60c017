import { useQuery } from '@tanstack/react-query';
import { Form, Grid, Segmented, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DepartmentSelect } from '../../components/department-select';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { api, call, type Schemas } from '../../lib/api/client';
import { useDepartments } from '../../lib/api/queries';
import { formatDateTime } from '../../lib/format';
import { ResponsiveTable } from '../../components/responsive-table';
import { NotificationReasonNote } from '../../components/notification-reason';

type Notification = Schemas['NotificationResponse'];
/** Every kind the API records, in the filter's order: a kind the API adds fails the type check until it is here. */
const LISTED_KINDS: Record<Notification['kind'], true> = {
  reminder: true,
  overdue: true,
  digest: true,
  summary: true,
  assigned: true,
  deadline_moved: true,
  task_cancelled: true,
  ext_requested: true,
  ext_forwarded: true,
  ext_decided: true,
  done_reported: true,
  done_returned: true,
};
const KINDS = Object.keys(LISTED_KINDS) as Notification['kind'][];
const STATUSES = ['pending', 'sent', 'failed', 'cancelled', 'skipped'] as const;
/** The record of what went (the default), what is planned, or both: see the API's `scheduled`. */
const SIDES = ['past', 'upcoming', 'all'] as const;
type Side = (typeof SIDES)[number];
const COLOR = { pending: 'blue', sent: 'green', failed: 'red', cancelled: 'default', skipped: 'default' } as const;

export default function NotificationsPage() {
  const { t } = useTranslation();
  const { byId } = useDepartments();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1);
  const kind = (params.get('kind') ?? undefined) as Notification['kind'] | undefined;
  const status = (params.get('status') ?? undefined) as Notification['status'] | undefined;
  const departmentId = params.get('departmentId') ? Number(params.get('departmentId')) : undefined;
  // On a phone the switch takes the line without its label, which would push it past the screen's edge.
  const phone = Grid.useBreakpoint().sm === false;
  const side: Side = SIDES.find((s) => s === params.get('scheduled')) ?? 'past';
  const scheduled = side === 'all' ? undefined : side;
  const log = useQuery({
    queryKey: ['notifications', { page, kind, status, departmentId, scheduled }],
    queryFn: () =>
      call(
        api.GET('/api/notifications', {
          params: { query: { page, limit: 50, kind, status, departmentId, scheduled } },
        }),
      ),
    placeholderData: (previous) => previous,
  });
  const set = (key: string, value?: string | number) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, String(value));
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };
  return (
    <>
      <PageHeader title={t('admin.notifications')} />
      <Form layout="inline" className="filters no-print" style={{ rowGap: 8, marginBottom: 8 }}>
        <Form.Item label={phone ? undefined : t('admin.scheduled')}>
          <Segmented<Side>
            aria-label={t('admin.scheduled')}
            value={side}
            onChange={(value) => set('scheduled', value === 'past' ? undefined : value)}
            options={SIDES.map((s) => ({ value: s, label: t(`admin.scheduledSides.${s}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('admin.kind')} htmlFor="n-kind">
          <Select
            id="n-kind"
            allowClear
            value={kind}
            placeholder={t('common.all')}
            style={{ width: 200 }}
            onChange={(v) => set('kind', v)}
            options={KINDS.map((k) => ({ value: k, label: t(`tasks.notificationKind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('tasks.status')} htmlFor="n-status">
          <Select
            id="n-status"
            allowClear
            value={status}
            placeholder={t('common.all')}
            style={{ width: 140 }}
            onChange={(v) => set('status', v)}
            options={STATUSES.map((s) => ({ value: s, label: t(`tasks.notificationStatus.${s}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('admin.department')} htmlFor="n-dept">
          <DepartmentSelect<number>
            id="n-dept"
            value={departmentId}
            placeholder={t('common.all')}
            style={{ width: 260, maxWidth: '100%' }}
            onChange={(v) => set('departmentId', v)}
          />
        </Form.Item>
      </Form>
      {log.isError ? (
        <LoadError error={log.error} />
      ) : (
        <ResponsiveTable<Notification>
          rowKey="id"
          size="small"
          loading={log.isFetching}
          dataSource={log.data?.items}
          // The subject, the only column without a width, keeps at least 300 px of the 1,080; the rest is dates and codes.
          scroll={{ x: 1080 }}
          pagination={{
            current: page,
            pageSize: 50,
            total: log.data?.total ?? 0,
            onChange: (p) => set('page', p === 1 ? undefined : p),
            showTotal: (count) => t('common.total', { count }),
          }}
          columns={[
            { title: t('admin.scheduledAt'), dataIndex: 'scheduledAt', width: 120, render: formatDateTime },
            {
              title: t('admin.kind'),
              dataIndex: 'kind',
              width: 100,
              render: (k: string) => t(`tasks.notificationKind.${k}`),
            },
            {
              title: t('admin.subject'),
              dataIndex: 'subject',
              render: (s: string, n) => (n.taskId ? <Link to={`/tasks/${n.taskId}`}>{s}</Link> : s),
            },
            {
              title: t('admin.department'),
              dataIndex: 'departmentId',
              width: 150,
              render: (id: number | null) => (id ? byId.get(id)?.name : ''),
            },
            {
              title: t('admin.recipients'),
              dataIndex: 'recipients',
              width: 180,
              render: (r: string[]) => r.join(', '),
            },
            {
              title: t('tasks.status'),
              width: 110,
              render: (_, n) => (
                <>
                  <Tag color={COLOR[n.status]}>{t(`tasks.notificationStatus.${n.status}`)}</Tag>
                  <NotificationReasonNote notice={n} />
                </>
              ),
            },
            { title: t('admin.sentAt'), dataIndex: 'sentAt', width: 120, render: formatDateTime },
          ]}
        />
      )}
    </>
  );
}
