import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DepartmentSelect } from '../../components/department-select';
import { LeaderSelect } from '../../components/leader-select';
import { RecurrenceInput, type RecurrenceValue } from '../../components/recurrence-input';
import { api, call } from '../../lib/api/client';
import { showApiErrors } from '../../lib/forms';
import { formatDate } from '../../lib/format';

interface Values {
  documentId: number;
  title: string;
  leadDepartmentId: number;
  supportDepartmentIds?: number[];
  leaderId?: number | null;
  kind: 'deadline' | 'standing' | 'recurring';
  dueDate?: Dayjs | null;
  recurrence: RecurrenceValue;
  recurrenceUntil?: Dayjs | null;
  isKey?: boolean;
}

/** The deadline fields of the body by kind: a date, none, or the rule of a recurring task (which has no date). */
function deadlineOf(v: Values) {
  if (v.kind === 'recurring') {
    const until = v.recurrenceUntil ? v.recurrenceUntil.format('YYYY-MM-DD') : null;
    return { kind: v.kind, recurrence: { every: v.recurrence.every, day: v.recurrence.day!, until } };
  }
  if (v.kind === 'standing') return { kind: v.kind, dueDate: null };
  return { kind: v.kind, dueDate: v.dueDate!.format('YYYY-MM-DD') };
}

/**
 * The office assigns a session's tasks one after another without leaving the page:
 * Ctrl+Enter assigns and puts the cursor back in an empty title; the deadline is kept,
 * since tasks of one conclusion often share it. The button is not a submit button, so a plain
 * Enter that confirms a date or a unit never assigns a half-typed task.
 */
export function AssignTasks({ sessionId, documentId }: { sessionId?: number; documentId?: number }) {
  // On a session's page the office picks among the session's documents; on a document's page the document is given.
  const documents = useQuery({
    queryKey: ['documents', { sessionId }],
    queryFn: () => call(api.GET('/api/documents', { params: { query: { sessionId, limit: 50 } } })),
    enabled: documentId === undefined,
  });
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const firstDocument = documentId ?? documents.data?.items[0]?.id;
  useEffect(() => {
    if (firstDocument && !form.getFieldValue('documentId')) form.setFieldValue('documentId', firstDocument);
  }, [firstDocument, form]);
  const title = useRef<TextAreaRef>(null);
  const assign = useMutation({
    mutationFn: (v: Values) =>
      call(
        api.POST('/api/tasks', {
          body: {
            sessionId: sessionId ?? null,
            documentId: documentId ?? v.documentId,
            title: v.title.trim(),
            leadDepartmentId: v.leadDepartmentId,
            supportDepartmentIds: v.supportDepartmentIds ?? [],
            leaderId: v.leaderId ?? null,
            ...deadlineOf(v),
            isKey: v.isKey ?? false,
          },
        }),
      ),
    onSuccess: async (task) => {
      setProblem(null);
      void message.success(t('sessions.assigned', { title: task.title }));
      form.resetFields(['title', 'leadDepartmentId', 'supportDepartmentIds', 'isKey']);
      // The document, the leader, the kind and the deadline stay: the next task usually shares them.
      title.current?.focus();
      await client.invalidateQueries({ queryKey: ['tasks'] });
      if (sessionId !== undefined) await client.invalidateQueries({ queryKey: ['sessions', sessionId] });
      await client.invalidateQueries({ queryKey: ['documents'] });
      await client.invalidateQueries({ queryKey: ['stats'] });
      // A refreshed list may have dropped the focus meanwhile (to the page itself): the next task starts in the
      // title. Focus the clerk has moved on with, to the report form below say, stays where it is: taking it back
      // seconds later would scroll the page under the pointer and send the keys typed to the wrong field.
      const focused = document.activeElement;
      if (focused === null || focused === document.body) title.current?.focus();
    },
    onError: (error) => setProblem(showApiErrors(form, error, t)),
  });
  const kind = Form.useWatch('kind', form) ?? 'deadline';
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('common.required', { field: field.toLowerCase() }) },
  ];
  /** A field whose value is picked, not typed: a document, a unit, a date. */
  const picked = (field: string) => [{ required: true, message: t('common.required', { field: field.toLowerCase() }) }];
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ kind: 'deadline', recurrence: { every: 'month', day: null, until: null } }}
      onFinish={(v) => {
        if (!assign.isPending) assign.mutate(v);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          form.submit();
        }
      }}
      aria-label={t('sessions.assign')}
    >
      <Typography.Paragraph type="secondary">{t('sessions.assignHint')}</Typography.Paragraph>
      {documentId === undefined && documents.data?.items.length === 0 && (
        <Alert type="warning" showIcon title={t('sessions.documentHint')} style={{ marginBottom: 12 }} />
      )}
      {documentId === undefined && (
        <Form.Item name="documentId" label={t('tasks.document')} rules={picked(t('tasks.document'))}>
          <Select
            loading={documents.isPending}
            options={(documents.data?.items ?? []).map((d) => ({
              value: d.id,
              label: `${t(`documents.kinds.${d.kind}`, { defaultValue: d.kindLabel })} ${d.number ?? ''} (${formatDate(d.issuedOn)})`,
            }))}
          />
        </Form.Item>
      )}
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 12 }} />}
      <Form.Item name="title" label={t('tasks.name')} rules={required(t('tasks.name'))}>
        <Input.TextArea ref={title} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="leadDepartmentId" label={t('tasks.lead')} rules={picked(t('tasks.lead'))}>
            <DepartmentSelect<number> />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="supportDepartmentIds" label={t('tasks.support')}>
            <DepartmentSelect<number[]> mode="multiple" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="leaderId" label={t('tasks.leader')}>
            <LeaderSelect />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="kind" label={t('tasks.kind')}>
            <Radio.Group
              optionType="button"
              options={(['deadline', 'standing', 'recurring'] as const).map((k) => ({
                value: k,
                label: t(`audit.taskKinds.${k}`),
              }))}
            />
          </Form.Item>
        </Col>
        {kind === 'deadline' && (
          <Col xs={12} md={6}>
            <Form.Item name="dueDate" label={t('tasks.dueDate')} rules={picked(t('tasks.dueDate'))}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
        {kind === 'recurring' && (
          <>
            <Col xs={24} md={12}>
              <Form.Item
                name="recurrence"
                label={t('tasks.recurrence')}
                rules={[
                  {
                    validator: (_, value?: RecurrenceValue) =>
                      value?.day ? Promise.resolve() : Promise.reject(new Error(t('tasks.recurrenceDayPick'))),
                  },
                ]}
              >
                <RecurrenceInput label={t('tasks.recurrence')} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="recurrenceUntil"
                label={t('tasks.recurrenceUntil')}
                extra={t('tasks.recurrenceUntilHint')}
              >
                <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={12} md={6}>
          <Form.Item name="isKey" valuePropName="checked" label={t('tasks.isKey')}>
            <Checkbox>{t('common.yes')}</Checkbox>
          </Form.Item>
        </Col>
        <Col xs={24} md={{ span: 8, offset: 16 }}>
          <Form.Item>
            <Button type="primary" onClick={() => form.submit()} loading={assign.isPending} block>
              {t('sessions.assign')} (Ctrl+Enter)
            </Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
