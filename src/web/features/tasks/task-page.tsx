import { PaperClipOutlined, PrinterOutlined } from '@ant-design/icons';
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
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { StatusTag } from '../../app/task-status';
import { PageHeader } from '../../components/page-header';
import { LoadError, RecordLoadError } from '../../components/query-state';
import { api, call, type Schemas } from '../../lib/api/client';
import { useDepartments, useTask, type Task } from '../../lib/api/queries';
import { showApiErrors } from '../../lib/forms';
import { formatDate, formatDateTime, formatNumber, formatRecurrence } from '../../lib/format';
import { allowedActions } from './allowed-actions';
import { TaskActions } from './task-actions';
import {
  attachmentsQuery,
  deadlinesQuery,
  extensionsQuery,
  historyQuery,
  progressQuery,
  remindersQuery,
} from './task-queries';
import { DeadlineNote } from './task-table';
import { ResponsiveTable } from '../../components/responsive-table';
import { leaderLabel } from '../../lib/leaders';
import { NotificationReasonNote } from '../../components/notification-reason';

const section = (title: string) => <h2 className="card-title">{title}</h2>;

/** A way of answering an extension request: its button, and the call it makes with the note typed above it. */
interface ExtensionAnswer {
  label: string;
  /** Said when it succeeded. */
  done: string;
  danger?: boolean;
  /** The API refuses it without a note: the page says so first. */
  needsNote?: string;
  send: (note: string) => Promise<unknown>;
}

/** A note on a pending extension request and the buttons that send it: a leader's decision, the office's forwarding. */
function ExtensionNoteForm({
  inputId,
  label,
  hint,
  answers,
}: {
  inputId: string;
  label: string;
  hint?: string;
  answers: ExtensionAnswer[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const answer = useMutation({
    mutationFn: (chosen: ExtensionAnswer) => chosen.send(note.trim()),
    onSuccess: async (_, chosen) => {
      void message.success(chosen.done);
      await client.invalidateQueries({ queryKey: ['tasks'] });
    },
    onError: (error) => setProblem(showApiErrors(null, error, t)),
  });
  const choose = (chosen: ExtensionAnswer) => {
    if (chosen.needsNote && !note.trim()) {
      setProblem(chosen.needsNote);
      return;
    }
    setProblem(null);
    answer.mutate(chosen);
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} className="no-print">
      <label htmlFor={inputId}>{label}</label>
      <Input.TextArea
        id={inputId}
        rows={2}
        value={note}
        maxLength={2000}
        placeholder={hint}
        onChange={(e) => setNote(e.target.value)}
      />
      {problem && (
        <Typography.Text type="danger" role="alert">
          {problem}
        </Typography.Text>
      )}
      <Space wrap>
        {answers.map((a, i) => (
          <Button
            key={a.label}
            type={i === 0 ? 'primary' : 'default'}
            danger={a.danger}
            loading={answer.isPending && answer.variables === a}
            disabled={answer.isPending}
            onClick={() => choose(a)}
          >
            {a.label}
          </Button>
        ))}
      </Space>
    </Space>
  );
}

/** The leader's decision on a pending request, with an optional note (required to refuse, by the API). */
function ExtensionDecision({ task, extension }: { task: Task; extension: Schemas['TaskExtensionResponse'] }) {
  const { t } = useTranslation();
  const path = { path: { id: task.id, extensionId: extension.id } };
  return (
    <ExtensionNoteForm
      inputId={`decision-${extension.id}`}
      label={t('actions.decisionNote')}
      answers={[
        {
          label: t('actions.approve'),
          done: t('actions.done'),
          send: (note) =>
            call(
              api.POST('/api/tasks/{id}/extensions/{extensionId}/approve', {
                params: path,
                body: { note: note || undefined },
              }),
            ),
        },
        {
          label: t('actions.reject'),
          done: t('actions.done'),
          danger: true,
          needsNote: t('actions.rejectNoteRequired'),
          send: (note) =>
            call(api.POST('/api/tasks/{id}/extensions/{extensionId}/reject', { params: path, body: { note } })),
        },
      ]}
    />
  );
}

/**
 * The office sends a unit's pending extension request on to the leader who decides it, with its opinion (required by
 * the API): the step the office's inbox lists as "Đề nghị gia hạn cần trình lãnh đạo".
 */
function ExtensionForward({ task, extension }: { task: Task; extension: Schemas['TaskExtensionResponse'] }) {
  const { t } = useTranslation();
  return (
    <ExtensionNoteForm
      inputId={`forward-${extension.id}`}
      label={t('actions.forwardOpinion')}
      hint={t('actions.forwardOpinionHint')}
      answers={[
        {
          label: t('actions.forward_extension'),
          done: t('actions.forwarded'),
          needsNote: t('actions.forwardOpinionRequired'),
          send: (opinion) =>
            call(
              api.POST('/api/tasks/{id}/extensions/{extensionId}/forward', {
                params: { path: { id: task.id, extensionId: extension.id } },
                body: { opinion },
              }),
            ),
        },
      ]}
    />
  );
}

type HistoryEntry = Schemas['TaskHistoryEntry'];
type Attachment = Schemas['AttachmentResponse'];

/** Fields of an edit, under the names the page gives them (the server names them in Vietnamese). */
const FIELD_LABELS: Record<string, string> = {
  title: 'tasks.name',
  description: 'tasks.description',
  sessionId: 'tasks.session',
  documentId: 'tasks.document',
  leaderId: 'tasks.leader',
  leadDepartmentId: 'tasks.lead',
  supportDepartmentIds: 'tasks.support',
  dueDate: 'tasks.dueDate',
  dueAt: 'tasks.dueDate',
  workingDays: 'tasks.workingDays',
  isKey: 'tasks.isKey',
  completedOn: 'tasks.completedAt',
  cancelReason: 'tasks.cancelReason',
};

/** Unit fields hold ids: people read the units' names. */
const UNIT_FIELDS = new Set(['leadDepartmentId', 'supportDepartmentIds']);

function valueText(field: string, value: unknown, t: TFunction, unitName: (id: number) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (UNIT_FIELDS.has(field))
    return ([] as unknown[])
      .concat(value)
      .map((unit) => unitName(Number(unit)))
      .join(', ');
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return formatDate(value);
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/**
 * What an entry of the history says. In Vietnamese the server's own sentence; in another language the action's
 * name, then the fields an edit changed, or the words the person wrote (a note, a reason) as they wrote them.
 */
function historyText(entry: HistoryEntry, t: TFunction, vietnamese: boolean, unitName: (id: number) => string) {
  if (vietnamese) return entry.summary;
  const action = t(`tasks.historyAction.${entry.action}`);
  if (entry.changes.length > 0)
    return `${action}: ${entry.changes
      .map(
        (c) =>
          `${FIELD_LABELS[c.field] ? t(FIELD_LABELS[c.field]) : c.label} ${valueText(c.field, c.before, t, unitName)} → ${valueText(c.field, c.after, t, unitName)}`,
      )
      .join('; ')}`;
  const written = entry.summary.indexOf(': ');
  return written >= 0 ? `${action}: ${entry.summary.slice(written + 2)}` : action;
}

function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${formatNumber(Math.round(bytes / 104857.6) / 10)} MB`
    : `${formatNumber(Math.ceil(bytes / 1024))} KB`;
}

export default function TaskPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const task = useTask(id);
  // On a phone the labels go above their values: beside them they would wrap word by word.
  const phone = Grid.useBreakpoint().sm === false;
  const { byId } = useDepartments();
  const path = { params: { path: { id } } };
  const progress = useQuery(progressQuery(id));
  const deadlines = useQuery(deadlinesQuery(id));
  const occurrences = useQuery({
    queryKey: ['tasks', id, 'occurrences'],
    queryFn: () => call(api.GET('/api/tasks/{id}/occurrences', path)),
    enabled: task.data?.kind === 'recurring',
  });
  const extensions = useQuery(extensionsQuery(id));
  const reminders = useQuery(remindersQuery(id));
  const session = useQuery({
    queryKey: ['sessions', task.data?.sessionId],
    queryFn: () => call(api.GET('/api/sessions/{id}', { params: { path: { id: task.data!.sessionId! } } })),
    enabled: !!task.data?.sessionId,
  });
  const history = useQuery(historyQuery(id));
  const attachments = useQuery(attachmentsQuery(id));

  if (task.isPending) return <Skeleton active />;
  if (task.isError) return <RecordLoadError query={task} back={{ to: '/tasks', label: t('nav.tasks') }} />;
  const data = task.data;
  const name = (departmentId: number | null | undefined) =>
    departmentId ? (byId.get(departmentId)?.name ?? `#${departmentId}`) : '—';
  const canDecide = allowedActions(data).includes('decide_extension');
  const canForward = allowedActions(data).includes('forward_extension');
  // A pending request opens below its row: the decision for whoever decides it, else the office's forwarding.
  const opensBelow = (r: Schemas['TaskExtensionResponse']) =>
    r.status === 'pending' && (canDecide || (canForward && r.forwardedAt === null));

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
              {data.recurrence && (
                <Descriptions.Item label={t('tasks.recurrence')}>{formatRecurrence(data.recurrence)}</Descriptions.Item>
              )}
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
              {data.leader && (
                <Descriptions.Item label={t('tasks.leader')}>{leaderLabel(t, data.leader)}</Descriptions.Item>
              )}
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
            <TaskActions key={data.id} task={data} />
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
                items={progress.data.items.map((p) => {
                  // An update without a unit is one the office recorded: a unit's own always names the unit.
                  const reporter = p.departmentId ? name(p.departmentId) : t('role.office');
                  return {
                    color: p.completed ? 'green' : p.percent === null ? 'gray' : 'blue',
                    content: (
                      <>
                        <Typography.Text strong>{`${formatDateTime(p.createdAt)} · ${reporter}`}</Typography.Text>
                        <br />
                        {p.percent !== null && <Tag>{p.percent}%</Tag>}
                        {p.completed && <Tag color="green">{t('actions.completed')}</Tag>}
                        <span className="pre-line">{p.note}</span>
                      </>
                    ),
                  };
                })}
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
                  // A fixed header lays the columns out evenly: the status takes the width its longest tag needs
                  // ("Hoàn thành đúng hạn"), the dates what is left.
                  scroll={{ x: 500, y: 320 }}
                  locale={{ emptyText: t('common.none') }}
                  columns={[
                    { title: t('tasks.occurrencePeriod'), dataIndex: 'periodLabel', width: 120 },
                    {
                      title: t('tasks.dueDate'),
                      width: 110,
                      render: (_, r) =>
                        r.extensionCount > 0
                          ? `${formatDate(r.dueDate)} (${t('tasks.occurrenceExtended', { count: r.extensionCount })})`
                          : formatDate(r.dueDate),
                    },
                    { title: t('tasks.status'), width: 170, render: (_, r) => <StatusTag task={r} /> },
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
                  rowExpandable: opensBelow,
                  defaultExpandAllRows: true,
                  expandedRowRender: (r) =>
                    canDecide ? (
                      <ExtensionDecision task={data} extension={r} />
                    ) : (
                      <ExtensionForward task={data} extension={r} />
                    ),
                  showExpandColumn: false,
                  expandedRowKeys: (extensions.data?.items ?? []).filter(opensBelow).map((r) => r.id),
                }}
                columns={[
                  {
                    title: t('tasks.requestedDue'),
                    render: (_, r) => formatDate(r.requestedDueDate ?? r.requestedDueAt),
                  },
                  {
                    title: t('tasks.reason'),
                    render: (_, r) => (
                      <>
                        {r.reason}
                        {r.forwardedAt && (
                          <div className="extension-opinion">
                            {t('tasks.officeOpinion', { date: formatDate(r.forwardedAt) })}: {r.forwardOpinion}
                          </div>
                        )}
                      </>
                    ),
                  },
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
                  { title: t('admin.department'), width: 96, render: (_, r) => name(r.departmentId) },
                  {
                    title: t('tasks.status'),
                    render: (_, r) => (
                      <>
                        <div>{t(`tasks.notificationStatus.${r.status}`)}</div>
                        <NotificationReasonNote notice={r} />
                      </>
                    ),
                  },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={section(t('tasks.attachments'))}>
            {attachments.isError ? (
              <LoadError error={attachments.error} />
            ) : (
              <ResponsiveTable<Attachment>
                size="small"
                rowKey="id"
                pagination={false}
                loading={attachments.isPending}
                dataSource={attachments.data}
                locale={{ emptyText: t('tasks.noAttachments') }}
                className="attachments-table"
                columns={[
                  {
                    title: t('tasks.fileName'),
                    render: (_, r) => (
                      <a href={`/api/tasks/${id}/attachments/${r.id}`} download={r.fileName} className="file-link">
                        <PaperClipOutlined aria-hidden="true" /> {r.fileName}
                      </a>
                    ),
                  },
                  { title: t('tasks.fileSize'), width: 90, align: 'right', render: (_, r) => fileSize(r.size) },
                  { title: t('tasks.uploadedAt'), width: 150, render: (_, r) => formatDateTime(r.createdAt) },
                  {
                    title: t('tasks.fileUse'),
                    width: 150,
                    render: (_, r) => (r.progressId ? t('tasks.fileOfCompletion') : t('tasks.fileNotLinked')),
                  },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={section(t('tasks.history'))} className="task-history">
            {history.isError ? (
              <LoadError error={history.error} />
            ) : (
              <ResponsiveTable<HistoryEntry>
                size="small"
                rowKey="id"
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                loading={history.isPending}
                dataSource={history.data}
                locale={{ emptyText: t('common.none') }}
                className="history-table"
                columns={[
                  { title: t('tasks.historyAt'), width: 150, render: (_, r) => formatDateTime(r.at) },
                  {
                    title: t('tasks.historyWho'),
                    width: 260,
                    render: (_, r) =>
                      r.actorName ? (
                        <>
                          {r.actorName}
                          {r.actorRole && (
                            <Typography.Text type="secondary"> ({t(`role.${r.actorRole}`)})</Typography.Text>
                          )}
                        </>
                      ) : (
                        t('tasks.historySystem')
                      ),
                  },
                  {
                    title: t('tasks.historyWhat'),
                    render: (_, r) => (
                      <span className="history-details">
                        {historyText(r, t, i18n.language.startsWith('vi'), (unit) => name(unit))}
                      </span>
                    ),
                  },
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
