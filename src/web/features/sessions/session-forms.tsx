import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useUser } from '../../app/auth';
import { DepartmentSelect } from '../../components/department-select';
import { FormModal } from '../../components/form-modal';
import { api, call, type Schemas } from '../../lib/api/client';
import { showApiErrors, textOrNull, useRequired } from '../../lib/forms';

type Session = Schemas['SessionResponse'];

const SESSION_KINDS = ['regular', 'thematic', 'extraordinary'] as const;
const SESSION_STATUSES = ['scheduled', 'held', 'concluded'] as const;

interface SessionValues {
  title: string;
  kind: Session['kind'];
  heldAt: Dayjs;
  location?: string | null;
  chairedBy?: string | null;
  status?: Session['status'];
  noticeNumber?: string | null;
  noticeDate?: Dayjs | null;
  minutes?: string | null;
  conclusion?: string | null;
}

/**
 * Records a new session (then opens its page) or corrects one: its title, kind, time and place, and once held its
 * status, minutes, conclusion and the number and date of its conclusion notice. The time is the browser's, sent
 * with its offset; the server keeps the instant.
 */
export function SessionForm({ session, onClose }: { session: Session | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const required = useRequired();
  const [form] = Form.useForm<SessionValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: SessionValues) => {
      const details = {
        title: v.title,
        kind: v.kind,
        heldAt: v.heldAt.format(),
        location: textOrNull(v.location),
        chairedBy: textOrNull(v.chairedBy),
        status: v.status ?? 'scheduled',
      };
      if (!session) return call(api.POST('/api/sessions', { body: details }));
      return call(
        api.PATCH('/api/sessions/{id}', {
          params: { path: { id: session.id } },
          body: {
            ...details,
            noticeNumber: textOrNull(v.noticeNumber),
            noticeDate: v.noticeDate ? v.noticeDate.format('YYYY-MM-DD') : null,
            minutes: textOrNull(v.minutes),
            conclusion: textOrNull(v.conclusion),
          },
        }),
      );
    },
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: ['sessions'] });
      onClose();
      if (!session) await navigate(`/sessions/${saved.id}`);
    },
    onError: (error) => setProblem(showApiErrors(form, error, t)),
  });
  const initialValues: Partial<SessionValues> = session
    ? {
        ...session,
        heldAt: dayjs(session.heldAt),
        noticeDate: session.noticeDate ? dayjs(session.noticeDate) : null,
      }
    : { kind: 'regular', status: 'scheduled', heldAt: dayjs().hour(8).minute(0).second(0).millisecond(0) };
  return (
    <FormModal
      title={session ? t('sessions.form.edit') : t('sessions.form.add')}
      form={form}
      saving={save.isPending}
      problem={problem}
      onClose={onClose}
      width={session ? 820 : 640}
    >
      {/* Named, so that its fields' ids (session_title, …) differ from those of the page's other forms. */}
      <Form form={form} name="session" layout="vertical" initialValues={initialValues} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="title" label={t('sessions.name')} rules={required(t('sessions.name'))}>
          <Input placeholder={t('sessions.form.titleExample')} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="heldAt" label={t('sessions.heldAt')} rules={required(t('sessions.heldAt'), 'date')}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="kind" label={t('sessions.kind')}>
              <Select options={SESSION_KINDS.map((k) => ({ value: k, label: t(`sessions.kinds.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="status" label={t('sessions.status')} tooltip={t('sessions.form.statusHint')}>
              <Select options={SESSION_STATUSES.map((s) => ({ value: s, label: t(`sessions.statuses.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="location" label={t('sessions.location')}>
              <Input placeholder={t('sessions.form.locationExample')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="chairedBy" label={t('sessions.chairedBy')}>
              <Input placeholder={t('sessions.form.chairedByExample')} />
            </Form.Item>
          </Col>
        </Row>
        {session && (
          <>
            <Row gutter={12}>
              <Col xs={24} sm={12}>
                <Form.Item name="noticeNumber" label={t('sessions.form.noticeNumber')}>
                  <Input placeholder="18/TB-UBND" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="noticeDate" label={t('sessions.form.noticeDate')}>
                  <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="conclusion" label={t('sessions.conclusion')}>
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} />
            </Form.Item>
            <Form.Item name="minutes" label={t('sessions.minutes')}>
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} />
            </Form.Item>
          </>
        )}
      </Form>
    </FormModal>
  );
}

interface ReportValues {
  departmentId: number;
  title: string;
  body: string;
}

/**
 * Records what a unit reported at the session. The office records any unit's report; a unit's officer records
 * the unit's own (the server refuses another unit's).
 */
export function AddReport({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const user = useUser();
  const client = useQueryClient();
  const required = useRequired();
  const [form] = Form.useForm<ReportValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const ownUnit = user.role === 'department' ? (user.departmentId ?? undefined) : undefined;
  const add = useMutation({
    mutationFn: (body: ReportValues) =>
      call(api.POST('/api/sessions/{id}/reports', { params: { path: { id: sessionId } }, body })),
    onSuccess: async () => {
      setProblem(null);
      form.resetFields();
      await client.invalidateQueries({ queryKey: ['sessions', sessionId] });
    },
    onError: (error) => setProblem(showApiErrors(form, error, t)),
  });
  const r = 'sessions.report';
  return (
    <Form
      form={form}
      name="report"
      layout="vertical"
      onFinish={(v) => add.mutate(v)}
      initialValues={{ departmentId: ownUnit }}
      className="no-print"
      aria-label={t(`${r}.add`)}
    >
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 12 }} />}
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <Form.Item
            name="departmentId"
            label={t(`${r}.department`)}
            rules={[{ required: true, message: t('common.required', { field: t(`${r}.department`).toLowerCase() }) }]}
          >
            <DepartmentSelect<number> disabled={ownUnit !== undefined} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name="title" label={t(`${r}.title`)} rules={required(t(`${r}.title`))}>
            <Input placeholder={t(`${r}.titleExample`)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="body" label={t(`${r}.body`)} rules={required(t(`${r}.body`))}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending}>
        {t(`${r}.add`)}
      </Button>
    </Form>
  );
}

/** Corrects a recorded report's title and text (the office, or the unit's own officer). */
export function EditReport({ report, onClose }: { report: Schemas['ReportResponse']; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const required = useRequired();
  const [form] = Form.useForm<{ title: string; body: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: { title: string; body: string }) =>
      call(api.PATCH('/api/reports/{id}', { params: { path: { id: report.id } }, body })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['sessions', report.sessionId] });
      onClose();
    },
    onError: (error) => setProblem(showApiErrors(form, error, t)),
  });
  const r = 'sessions.report';
  return (
    <FormModal
      title={t(`${r}.edit`)}
      form={form}
      saving={save.isPending}
      problem={problem}
      onClose={onClose}
      width={720}
    >
      <Form
        form={form}
        name="report-edit"
        layout="vertical"
        initialValues={{ title: report.title, body: report.body }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="title" label={t(`${r}.title`)} rules={required(t(`${r}.title`))}>
          <Input />
        </Form.Item>
        <Form.Item name="body" label={t(`${r}.body`)} rules={required(t(`${r}.body`))}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
