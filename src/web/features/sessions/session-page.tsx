import { EditOutlined, FileAddOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Collapse,
  Descriptions,
  Empty,
  Form,
  Input,
  Popconfirm,
  Row,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useUser } from '../../app/auth';
import { attendeesQuery, reportsQuery, sessionQuery } from './session-queries';
import { AfterFirstPaint } from '../../components/after-first-paint';
import { PageHeader } from '../../components/page-header';
import { LoadError, RecordLoadError } from '../../components/query-state';
import { api, call, type Schemas } from '../../lib/api/client';
import { useDepartments, useTasks } from '../../lib/api/queries';
import { showApiErrors } from '../../lib/forms';
import { formatChange, formatDateTime, formatDate, formatNumber } from '../../lib/format';
import { TaskTable } from '../tasks/task-table';
import { AssignTasks } from './assign-tasks';
import { CarriedOver } from './carried-over';
import { PasteConclusion } from './paste-conclusion';
import { DocumentForm } from '../documents/document-form';
import { ReportIndicators } from './report-indicators';
import { PastedText } from '../../components/pasted-text';
import { AddReport, EditReport, SessionForm } from './session-forms';
import { ResponsiveTable } from '../../components/responsive-table';
import { DownloadButton } from '../../components/download-button';

const section = (title: string) => <h2 className="card-title">{title}</h2>;

function AddAttendee({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form] = Form.useForm<Schemas['CreateAttendeeDto']>();
  const [problem, setProblem] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: (body: Schemas['CreateAttendeeDto']) =>
      call(api.POST('/api/sessions/{id}/attendees', { params: { path: { id: sessionId } }, body })),
    onSuccess: async () => {
      setProblem(null);
      form.resetFields();
      await client.invalidateQueries({ queryKey: ['sessions', sessionId] });
    },
    onError: (error) => setProblem(showApiErrors(form, error, t)),
  });
  const a = 'sessions.attendee';
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => add.mutate(v)}
      initialValues={{ role: 'member', attendance: 'present' }}
      className="no-print"
    >
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 12 }} />}
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item
            name="fullName"
            label={t(`${a}.fullName`)}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { field: t(`${a}.fullName`).toLowerCase() }),
              },
            ]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="position" label={t(`${a}.position`)}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="organization" label={t(`${a}.organization`)}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="role" label={t(`${a}.role`)}>
            <Select
              options={(['chair', 'member', 'invited', 'secretary'] as const).map((r) => ({
                value: r,
                label: t(`${a}.roles.${r}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="attendance" label={t(`${a}.attendance`)}>
            <Select
              options={(['present', 'absent', 'delegated'] as const).map((r) => ({
                value: r,
                label: t(`${a}.attendances.${r}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label=" " colon={false}>
            <Button htmlType="submit" loading={add.isPending} block>
              {t(`${a}.add`)}
            </Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}

/** Takes an attendee recorded by mistake off the session's list, after a confirmation. */
function RemoveAttendee({ sessionId, attendee }: { sessionId: number; attendee: Schemas['AttendeeResponse'] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { message } = App.useApp();
  const remove = useMutation({
    mutationFn: () =>
      call(
        api.DELETE('/api/sessions/{id}/attendees/{attendeeId}', {
          params: { path: { id: sessionId, attendeeId: attendee.id } },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sessions', sessionId] }),
    onError: (error) => void message.error(showApiErrors(null, error, t)),
  });
  return (
    <Popconfirm
      title={t('sessions.attendee.removeConfirm', { name: attendee.fullName })}
      okText={t('sessions.attendee.remove')}
      cancelText={t('common.cancel')}
      onConfirm={() => remove.mutate()}
    >
      <Button
        size="small"
        loading={remove.isPending}
        aria-label={`${t('sessions.attendee.remove')} ${attendee.fullName}`}
      >
        {t('sessions.attendee.remove')}
      </Button>
    </Popconfirm>
  );
}

function Indicators({ report }: { report: Schemas['ReportResponse'] }) {
  const { t } = useTranslation();
  if (report.indicators.length === 0) return null;
  return (
    <ResponsiveTable
      size="small"
      rowKey="name"
      pagination={false}
      dataSource={report.indicators}
      scroll={{ x: 680 }}
      columns={[
        {
          title: t('sessions.report.indicator'),
          dataIndex: 'name',
          render: (name: string, r) => (
            <>
              {name} {r.estimate && <Tag>{t('sessions.report.read.estimate')}</Tag>}
            </>
          ),
        },
        {
          title: t('sessions.report.value'),
          dataIndex: 'value',
          align: 'right',
          width: 110,
          render: (v: number) => formatNumber(v, 3),
        },
        { title: t('sessions.report.unit'), dataIndex: 'unit', width: 110, render: (u: string | null) => u ?? '' },
        {
          title: t('sessions.report.changeFromPrevious'),
          dataIndex: 'changeFromPreviousPct',
          align: 'right',
          width: 130,
          render: (v: number | null, r) => formatChange(v, r.changeKind),
        },
        {
          title: t('sessions.report.changeFromLastYear'),
          dataIndex: 'changeFromLastYearPct',
          align: 'right',
          width: 130,
          render: (v: number | null, r) => formatChange(v, r.changeKind),
        },
        {
          title: t('sessions.report.planPct'),
          dataIndex: 'planPct',
          align: 'right',
          width: 140,
          render: (v: number | null) => (v === null ? '—' : `${formatNumber(v, 2)}%`),
        },
      ]}
    />
  );
}

export default function SessionPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const user = useUser();
  const office = user.role === 'admin' || user.role === 'office';
  const { byId } = useDepartments();
  const session = useQuery(sessionQuery(id));
  const attendees = useQuery(attendeesQuery(id));
  const reports = useQuery(reportsQuery(id));
  const tasks = useTasks({ sessionId: id, limit: 200, sort: 'createdAt' });
  const [editing, setEditing] = useState<'session' | 'document' | null>(null);
  const [editingReport, setEditingReport] = useState<Schemas['ReportResponse'] | null>(null);
  // The office edits any unit's report, a unit's officer its own (as the server allows).
  const mayEditReport = (r: Schemas['ReportResponse']) =>
    office || (user.role === 'department' && user.departmentId === r.departmentId);

  if (session.isPending) return <Skeleton active />;
  if (session.isError) return <RecordLoadError query={session} back={{ to: '/sessions', label: t('nav.sessions') }} />;
  const s = session.data;
  return (
    <>
      <PageHeader
        title={s.title}
        extra={
          <Space wrap>
            {office && (
              <Button icon={<EditOutlined />} onClick={() => setEditing('session')}>
                {t('sessions.form.edit')}
              </Button>
            )}
            {office && (
              <Button icon={<FileAddOutlined />} onClick={() => setEditing('document')}>
                {t('sessions.form.addDocument')}
              </Button>
            )}
            {(user.role === 'office' || user.role === 'leader') && (
              <DownloadButton href={`/api/sessions/${s.id}/conclusion-notice.docx`} icon={<FileWordOutlined />}>
                {t('sessions.conclusionNotice')}
              </DownloadButton>
            )}
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('app.print')}
            </Button>
          </Space>
        }
      />
      {editing === 'session' && <SessionForm session={s} onClose={() => setEditing(null)} />}
      {editing === 'document' && <DocumentForm session={s} onClose={() => setEditing(null)} />}
      {editingReport && <EditReport report={editingReport} onClose={() => setEditingReport(null)} />}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('sessions.heldAt')}>{formatDateTime(s.heldAt)}</Descriptions.Item>
          <Descriptions.Item label={t('sessions.kind')}>{t(`sessions.kinds.${s.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('sessions.status')}>
            <Tag>{t(`sessions.statuses.${s.status}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('sessions.location')}>{s.location ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('sessions.chairedBy')}>{s.chairedBy ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('sessions.notice')}>
            {s.noticeNumber ? `${s.noticeNumber}${s.noticeDate ? `, ${formatDate(s.noticeDate)}` : ''}` : '—'}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary">
          {t('sessions.counts', { attendees: s.attendeeCount, reports: s.reportCount, tasks: s.taskCount })}
        </Typography.Text>
      </Card>
      {/* The details above are the first screen; the forms and lists below render once they show. */}
      <AfterFirstPaint fallback={<Skeleton active />}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {office && (
            <Card size="small" title={section(t('sessions.assign'))} className="no-print">
              <AssignTasks sessionId={id} />
            </Card>
          )}
          {office && (
            <Card size="small" title={section(t('paste.title'))} className="no-print">
              <PasteConclusion sessionId={id} />
            </Card>
          )}
          <Card size="small" title={section(`${t('sessions.tasks')} (${tasks.data?.total ?? s.taskCount})`)}>
            {tasks.isError ? (
              <LoadError error={tasks.error} />
            ) : (
              <TaskTable
                size="small"
                loading={tasks.isPending}
                dataSource={tasks.data?.items}
                pagination={false}
                locale={{ emptyText: t('common.none') }}
              />
            )}
          </Card>
          <Card size="small" title={section(t('sessions.carriedOver'))}>
            <CarriedOver sessionId={id} />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card size="small" title={section(t('sessions.conclusion'))} style={{ height: '100%' }}>
                {s.conclusion ? (
                  <Typography.Paragraph className="pre-line">{s.conclusion}</Typography.Paragraph>
                ) : (
                  <Empty />
                )}
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={section(t('sessions.minutes'))} style={{ height: '100%' }}>
                {s.minutes ? <Typography.Paragraph className="pre-line">{s.minutes}</Typography.Paragraph> : <Empty />}
              </Card>
            </Col>
          </Row>
          <Card
            size="small"
            title={section(`${t('sessions.attendees')} (${attendees.data?.total ?? s.attendeeCount})`)}
          >
            <ResponsiveTable<Schemas['AttendeeResponse']>
              size="small"
              rowKey="id"
              loading={attendees.isPending}
              dataSource={attendees.data?.items}
              pagination={false}
              scroll={{ x: 640 }}
              columns={[
                { title: t('sessions.attendee.fullName'), dataIndex: 'fullName' },
                {
                  title: t('sessions.attendee.position'),
                  dataIndex: 'position',
                  render: (v: string | null) => v ?? '',
                },
                {
                  title: t('sessions.attendee.organization'),
                  render: (_, r) => r.organization ?? (r.departmentId ? byId.get(r.departmentId)?.name : ''),
                },
                {
                  title: t('sessions.attendee.role'),
                  dataIndex: 'role',
                  width: 110,
                  render: (r: string) => t(`sessions.attendee.roles.${r}`),
                },
                {
                  title: t('sessions.attendee.attendance'),
                  width: 160,
                  render: (_, r) => (
                    <>
                      <Tag color={r.attendance === 'present' ? 'green' : r.attendance === 'absent' ? 'red' : 'orange'}>
                        {t(`sessions.attendee.attendances.${r.attendance}`)}
                      </Tag>
                      {r.delegateName}
                    </>
                  ),
                },
                ...(office
                  ? [
                      {
                        title: t('common.actions'),
                        width: 100,
                        render: (_: unknown, r: Schemas['AttendeeResponse']) => (
                          <RemoveAttendee sessionId={id} attendee={r} />
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            {office && (
              <div style={{ marginTop: 16 }}>
                <AddAttendee sessionId={id} />
              </div>
            )}
          </Card>
          <Card size="small" title={section(`${t('sessions.reports')} (${reports.data?.total ?? s.reportCount})`)}>
            {reports.isError ? (
              <LoadError error={reports.error} />
            ) : reports.isPending ? (
              <Skeleton active />
            ) : reports.data.items.length === 0 ? (
              <Empty />
            ) : (
              <Collapse
                items={reports.data.items.map((r) => ({
                  key: r.id,
                  label: `${byId.get(r.departmentId)?.name ?? ''} — ${r.title}`,
                  children: (
                    <>
                      <PastedText text={r.body} />
                      <Indicators report={r} />
                      {mayEditReport(r) && (
                        <Button
                          size="small"
                          className="no-print"
                          icon={<EditOutlined />}
                          style={{ marginTop: 12 }}
                          onClick={() => setEditingReport(r)}
                          aria-label={`${t('sessions.report.edit')} ${r.title}`}
                        >
                          {t('sessions.report.edit')}
                        </Button>
                      )}
                      {office && <ReportIndicators report={r} />}
                    </>
                  ),
                }))}
              />
            )}
            {(office || user.role === 'department') && (
              <div style={{ marginTop: 16 }}>
                <AddReport sessionId={id} />
              </div>
            )}
          </Card>
        </Space>
      </AfterFirstPaint>
    </>
  );
}
