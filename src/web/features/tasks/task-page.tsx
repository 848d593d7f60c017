import { PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Grid,
  Input,
  Progress,
  Result,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useUser } from '../../app/auth';
import { StatusTag } from '../../app/task-status';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { api, ApiFailure, call, type Schemas } from '../../lib/api/client';
import { useDepartments, useTask, type Task } from '../../lib/api/queries';
import { showApiErrors } from '../../lib/forms';
import { formatDate, formatDateTime, formatPercent } from '../../lib/format';
import { allowedActions } from './allowed-actions';
import { TaskActions } from './task-actions';
import { DeadlineNote } from './task-table';
import { ResponsiveTable } from '../../components/responsive-table';

interface AuditEntry {
  id: number;
  occurredAt: string;
  actorId: number | null;
  actorRole: string | null;
  entity: string;
  action: 'create' | 'update' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const section = (title: string) => <h2 className="card-title">{title}</h2>;

function ExtensionDecision({ task, extension }: { task: Task; extension: Schemas['TaskExtensionResponse'] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const path = { path: { id: task.id, extensionId: extension.id } };
  const decide = useMutation({
    mutationFn: (approve: boolean) =>
      approve
        ? call(
            api.POST('/api/tasks/{id}/extensions/{extensionId}/approve', {
              params: path,
              body: { note: note || undefined },
            }),
          )
        : call(api.POST('/api/tasks/{id}/extensions/{extensionId}/reject', { params: path, body: { note } })),
    onSuccess: async () => {
      void message.success(t('actions.done'));
      await client.invalidateQueries({ queryKey: ['tasks'] });
    },
    onError: (error) => setProblem(showApiErrors(null, error, t)),
  });
  const inputId = `decision-${extension.id}`;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} className="no-print">
      <label htmlFor={inputId}>{t('actions.decisionNote')}</label>
      <Input.TextArea id={inputId} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      {problem && (
        <Typography.Text type="danger" role="alert">
          {problem}
        </Typography.Text>
      )}
      <Space wrap>
        <Button type="primary" loading={decide.isPending} onClick={() => decide.mutate(true)}>
          {t('actions.approve')}
        </Button>
        <Button danger loading={decide.isPending} onClick={() => decide.mutate(false)}>
          {t('actions.reject')}
        </Button>
      </Space>
    </Space>
  );
}

/** The fields of an audit entry people read, under their names on this page. */
const FIELD_LABELS: Record<string, string> = {
  title: 'tasks.name',
  description: 'tasks.description',
  dueDate: 'tasks.dueDate',
  progressPercent: 'tasks.progress',
  percent: 'tasks.progress',
  note: 'actions.noteText',
  reason: 'tasks.reason',
  leadDepartmentId: 'tasks.lead',
  supportDepartmentIds: 'tasks.support',
  isKey: 'tasks.isKey',
  completed: 'actions.completed',
  requestedDueDate: 'tasks.requestedDue',
  newDueDate: 'tasks.newDue',
  previousDueDate: 'tasks.previousDue',
  cancelReason: 'tasks.cancelReason',
  status: 'tasks.status',
};

/** Unit fields hold ids: people read the units' names. */
const UNIT_FIELDS = new Set(['leadDepartmentId', 'supportDepartmentIds', 'departmentId']);

function changedFields(entry: AuditEntry, t: (key: string) => string, unitName: (id: number) => string): string {
  const values = entry.after ?? entry.before ?? {};
  return Object.entries(values)
    .filter(([key]) => FIELD_LABELS[key])
    .map(([key, value]) => {
      const text =
        (key === 'percent' || key === 'progressPercent') && typeof value === 'number'
          ? formatPercent(value)
          : UNIT_FIELDS.has(key) && (typeof value === 'number' || Array.isArray(value))
            ? ([] as unknown[])
                .concat(value)
                .map((unit) => unitName(Number(unit)))
                .join(', ') || '—'
            : typeof value === 'boolean'
              ? t(value ? 'common.yes' : 'common.no')
              : Array.isArray(value)
                ? value.join(', ')
                : String(value ?? '—');
      return `${t(FIELD_LABELS[key])}: ${/^\d{4}-\d{2}-\d{2}$/.test(text) ? formatDate(text) : text}`;
    })
    .join('; ');
}

export default function TaskPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const user = useUser();
  const task = useTask(id);
  // On a phone the labels go above their values: beside them they would wrap word by word.
  const phone = Grid.useBreakpoint().sm === false;
  const { byId } = useDepartments();
  const path = { params: { path: { id } } };
  const office = user.role === 'admin' || user.role === 'office';
  const progress = useQuery({
    queryKey: ['tasks', id, 'progress'],
    queryFn: () => call(api.GET('/api/tasks/{id}/progress', { params: { path: { id }, query: { limit: 200 } } })),
  });
  const deadlines = useQuery({
    queryKey: ['tasks', id, 'deadlines'],
    queryFn: () => call(api.GET('/api/tasks/{id}/deadlines', path)),
  });
  const occurrences = useQuery({
    queryKey: ['tasks', id, 'occurrences'],
    queryFn: () => call(api.GET('/api/tasks/{id}/occurrences', path)),
    enabled: task.data?.kind === 'recurring',
  });
  const extensions = useQuery({
    queryKey: ['tasks', id, 'extensions'],
    queryFn: () => call(api.GET('/api/tasks/{id}/extensions', path)),
  });
  const reminders = useQuery({
    queryKey: ['tasks', id, 'reminders'],
    queryFn: () => call(api.GET('/api/tasks/{id}/reminders', path)),
  });
  const session = useQuery({
    queryKey: ['sessions', task.data?.sessionId],
    queryFn: () => call(api.GET('/api/sessions/{id}', { params: { path: { id: task.data!.sessionId! } } })),
    enabled: !!task.data?.sessionId,
  });
  const history = useQuery({
    queryKey: ['tasks', id, 'audit'],
    queryFn: async () =>
      (await call(
        api.GET('/api/audit', { params: { query: { entity: 'task', entityId: String(id), limit: 100 } } }),
      )) as unknown as { items: AuditEntry[] },
    enabled: office,
  });

  if (task.isPending) return <Skeleton active />;
  if (task.isError)
    return task.error instanceof ApiFailure && task.error.status === 404 ? (
      <Result status="404" title="404" subTitle={t('app.notFound')} extra={<Link to="/tasks">{t('nav.tasks')}</Link>} />
    ) : (
      <LoadError error={task.error} retry={() => void task.refetch()} />
    );
  const data = task.data;
  const name = (departmentId: number | null | undefined) =>
    departmentId ? (byId.get(departmentId)?.name ?? `#${departmentId}`) : '—';
  const canDecide = allowedActions(data).includes('decide_extension');

  return (
    <>
      <PageHeader
        title={data.title}
        extra={
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('app.print')}
          </Button>
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <StatusTag task={data} />
        {data.isKey && <Tag color="magenta">{t('tasks.isKey')}</Tag>}
        <DeadlineNote task={data} />
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small">
            <Descriptions
              column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 1, xxl: 2 }}
              layout={phone ? 'vertical' : 'horizontal'}
              size="small"
              bordered
            >
              <Descriptions.Item label={t('tasks.lead')}>{name(data.leadDepartmentId)}</Descriptions.Item>
              <Descriptions.Item label={t('tasks.support')}>
                {data.supportDepartmentIds.length ? data.supportDepartmentIds.map(name).join('; ') : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('tasks.dueDate')}>
                {data.dueDate || data.dueAt ? formatDate(data.dueDate ?? data.dueAt) : t('tasks.noDeadline')}
                {data.originalDueDate && data.originalDueDate !== data.dueDate && (
                  <Typography.Text type="secondary">
                    {' '}
                    ({t('tasks.previousDue')}: {formatDate(data.originalDueDate)})
                  </Typography.Text>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('tasks.progress')}>
                <Progress
                  percent={data.progressPercent}
                  size="small"
                  style={{ minWidth: 120 }}
                  aria-label={t('tasks.progress')}
                />
              </Descriptions.Item>
              <Descriptions.Item label={t('tasks.session')}>
                {data.sessionId ? (
                  <Link to={`/sessions/${data.sessionId}`}>{session.data?.title ?? `#${data.sessionId}`}</Link>
                ) : (
                  '—'
                )}
              </Descriptions.Item>
              {data.document && (
                <Descriptions.Item label={t('tasks.document')}>
                  {data.document.number ?? ''} {formatDate(data.document.issuedOn)}
                </Descriptions.Item>
              )}
              {data.leader && <Descriptions.Item label={t('tasks.leader')}>{data.leader.fullName}</Descriptions.Item>}
              {(data.completedOn || data.completedAt) && (
                <Descriptions.Item label={t('tasks.completedAt')}>
                  {formatDate(data.completedOn ?? data.completedAt)}
                </Descriptions.Item>
              )}
              {data.cancelReason && (
                <Descriptions.Item label={t('tasks.cancelReason')}>{data.cancelReason}</Descriptions.Item>
              )}
              {data.description && (
                <Descriptions.Item label={t('tasks.description')} span={2}>
                  <span className="pre-line">{data.description}</span>
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={10} className="no-print">
          <Card size="small" title={section(t('tasks.actions'))}>
            <TaskActions key={data.version} task={data} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={section(t('tasks.timeline'))}>
            {progress.isError ? (
              <LoadError error={progress.error} />
            ) : progress.isPending ? (
              <Skeleton active />
            ) : progress.data.items.length === 0 ? (
              <Empty description={t('tasks.noProgress')} />
            ) : (
              <Timeline
                items={progress.data.items.map((p) => ({
                  color: p.completed ? 'green' : p.percent === null ? 'gray' : 'blue',
                  content: (
                    <>
                      <Typography.Text
                        strong
                      >{`${formatDateTime(p.createdAt)} · ${name(p.departmentId)}`}</Typography.Text>
                      <br />
                      {p.percent !== null && <Tag>{p.percent}%</Tag>}
                      {p.completed && <Tag color="green">{t('actions.completed')}</Tag>}
                      <span className="pre-line">{p.note}</span>
                    </>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {data.kind === 'recurring' && (
              <Card size="small" title={section(t('tasks.occurrences'))}>
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  loading={occurrences.isPending}
                  dataSource={occurrences.data}
                  scroll={{ x: 420, y: 320 }}
                  locale={{ emptyText: t('common.none') }}
                  columns={[
                    { title: t('tasks.occurrencePeriod'), dataIndex: 'periodLabel' },
                    {
                      title: t('tasks.dueDate'),
                      render: (_, r) =>
                        r.extensionCount > 0
                          ? `${formatDate(r.dueDate)} (${t('tasks.occurrenceExtended', { count: r.extensionCount })})`
                          : formatDate(r.dueDate),
                    },
                    { title: t('tasks.status'), render: (_, r) => <StatusTag task={r} /> },
                    {
                      title: t('tasks.occurrenceCompletedOn'),
                      render: (_, r) => (r.completedOn ? formatDate(r.completedOn) : ''),
                    },
                  ]}
                />
              </Card>
            )}
            <Card size="small" title={section(t('tasks.deadlines'))}>
              <ResponsiveTable
                size="small"
                rowKey="id"
                pagination={false}
                loading={deadlines.isPending}
                dataSource={deadlines.data?.items}
                scroll={{ x: 420 }}
                locale={{ emptyText: t('common.none') }}
                columns={[
                  { title: t('tasks.previousDue'), render: (_, r) => formatDate(r.previousDueDate ?? r.previousDueAt) },
                  { title: t('tasks.newDue'), render: (_, r) => formatDate(r.newDueDate ?? r.newDueAt) },
                  {
                    title: t('tasks.reason'),
                    render: (_, r) => `${t(`tasks.changeSource.${r.source}`)}${r.reason ? `: ${r.reason}` : ''}`,
                  },
                  { title: t('sessions.heldAt'), render: (_, r) => formatDate(r.changedAt) },
                ]}
              />
            </Card>
            <Card size="small" title={section(t('tasks.extensions'))}>
              <ResponsiveTable
                size="small"
                rowKey="id"
                pagination={false}
                loading={extensions.isPending}
                dataSource={extensions.data?.items}
                scroll={{ x: 420 }}
                locale={{ emptyText: t('common.none') }}
                expandable={{
                  rowExpandable: (r) => r.status === 'pending' && canDecide,
                  defaultExpandAllRows: true,
                  expandedRowRender: (r) => <ExtensionDecision task={data} extension={r} />,
                  showExpandColumn: false,
                  expandedRowKeys: (extensions.data?.items ?? [])
                    .filter((r) => r.status === 'pending' && canDecide)
                    .map((r) => r.id),
                }}
                columns={[
                  {
                    title: t('tasks.requestedDue'),
                    render: (_, r) => formatDate(r.requestedDueDate ?? r.requestedDueAt),
                  },
                  { title: t('tasks.reason'), dataIndex: 'reason' },
                  {
                    title: t('tasks.status'),
                    render: (_, r) => (
                      <>
                        <Tag color={r.status === 'approved' ? 'green' : r.status === 'rejected' ? 'red' : 'orange'}>
                          {t(`tasks.extStatus.${r.status}`)}
                        </Tag>
                        {r.decisionNote && <div>{r.decisionNote}</div>}
                      </>
                    ),
                  },
                ]}
              />
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={section(t('tasks.reminders'))}>
            {reminders.isError ? (
              <LoadError error={reminders.error} />
            ) : (
              <ResponsiveTable
                size="small"
                rowKey="id"
                pagination={false}
                loading={reminders.isPending}
                dataSource={reminders.data?.items}
                scroll={{ x: 420 }}
                locale={{ emptyText: t('common.none') }}
                columns={[
                  { title: t('admin.scheduledAt'), render: (_, r) => formatDateTime(r.sentAt ?? r.scheduledAt) },
                  { title: t('admin.subject'), render: (_, r) => t(`tasks.notificationKind.${r.kind}`) },
                  { title: t('admin.department'), render: (_, r) => name(r.departmentId) },
                  { title: t('tasks.status'), render: (_, r) => t(`tasks.notificationStatus.${r.status}`) },
                ]}
              />
            )}
          </Card>
        </Col>
        {office && (
          <Col xs={24}>
            <Card size="small" title={section(t('tasks.history'))}>
              <ResponsiveTable<AuditEntry>
                size="small"
                rowKey="id"
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                loading={history.isPending}
                dataSource={history.data?.items}
                scroll={{ x: 720 }}
                locale={{ emptyText: t('common.none') }}
                columns={[
                  { title: t('sessions.heldAt'), width: 150, render: (_, r) => formatDateTime(r.occurredAt) },
                  {
                    title: t('admin.role'),
                    width: 190,
                    render: (_, r) => (r.actorRole ? t(`role.${r.actorRole}`) : '—'),
                  },
                  {
                    title: t('common.actions'),
                    width: 210,
                    render: (_, r) =>
                      `${t(`tasks.historyAction.${r.action}`)} (${t(`tasks.entities.${r.entity}`, { defaultValue: r.entity })})`,
                  },
                  {
                    title: t('common.details'),
                    render: (_, r) => <span className="history-details">{changedFields(r, t, name)}</span>,
                  },
                ]}
              />
            </Card>
          </Col>
        )}
      </Row>
    </>
  );
}
