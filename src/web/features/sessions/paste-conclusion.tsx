import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DepartmentSelect } from '../../components/department-select';
import { api, call, type Schemas } from '../../lib/api/client';
import { formatDate } from '../../lib/format';
import { ResponsiveTable } from '../../components/responsive-table';

type Draft = Schemas['DraftTaskResponse'];
interface Row {
  key: number;
  title: string;
  leadDepartmentId: number | null;
  supportDepartmentIds: number[];
  dueDate: Dayjs | null;
  isKey: boolean;
  candidates: Schemas['LeadCandidate'][];
  deadlineText: string | null;
  /** A recurring directive ("hằng tháng trước ngày 20") keeps its rule and becomes a recurring task. */
  recurrence: Draft['recurrence'];
}

const toRow = (d: Draft, key: number): Row => ({
  key,
  title: d.title,
  leadDepartmentId: d.leadDepartmentId ?? d.leadCandidates[0]?.departmentId ?? null,
  supportDepartmentIds: d.supportDepartmentIds,
  dueDate: d.dueDate ? dayjs(d.dueDate) : null,
  isKey: d.isKey,
  candidates: d.leadCandidates,
  deadlineText: d.deadlineText,
  recurrence: d.kind === 'recurring' ? d.recurrence : null,
});

/** The body of one reviewed draft: a recurring one carries its rule and no deadline, as the API requires. */
const toTask = (r: Row) => {
  const common = {
    title: r.title.trim(),
    leadDepartmentId: r.leadDepartmentId!,
    supportDepartmentIds: r.supportDepartmentIds.filter((d) => d !== r.leadDepartmentId),
    isKey: r.isKey,
  };
  if (r.recurrence) return { ...common, kind: 'recurring' as const, recurrence: r.recurrence };
  return {
    ...common,
    dueDate: r.dueDate ? r.dueDate.format('YYYY-MM-DD') : null,
    kind: r.dueDate ? ('deadline' as const) : ('standing' as const),
  };
};

/**
 * The office pastes the conclusion of the session; the server drafts its tasks (saving nothing),
 * the office corrects units, deadlines and key tasks in the table, and creates them all at once.
 */
export function PasteConclusion({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [documentId, setDocumentId] = useState<number | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const documents = useQuery({
    queryKey: ['documents', { sessionId }],
    queryFn: () => call(api.GET('/api/documents', { params: { query: { sessionId, limit: 50 } } })),
  });
  const chosenDocument = documentId ?? documents.data?.items[0]?.id;
  const draft = useMutation({
    mutationFn: () =>
      call(api.POST('/api/sessions/{id}/draft-tasks', { params: { path: { id: sessionId } }, body: { text } })),
    onSuccess: (result) => {
      setProblem(null);
      setRows(result.items.map(toRow));
    },
    onError: (error) => setProblem(error instanceof Error ? error.message : String(error)),
  });
  const create = useMutation({
    mutationFn: (list: Row[]) =>
      call(
        api.POST('/api/sessions/{id}/tasks/bulk', {
          params: { path: { id: sessionId } },
          body: {
            documentId: chosenDocument!,
            tasks: list.map(toTask),
          },
        }),
      ),
    onSuccess: async (_, list) => {
      setProblem(null);
      setRows(null);
      setText('');
      void message.success(t('paste.created', { count: list.length }));
      await client.invalidateQueries({ queryKey: ['tasks'] });
      await client.invalidateQueries({ queryKey: ['sessions', sessionId] });
      await client.invalidateQueries({ queryKey: ['stats'] });
    },
    onError: (error) => setProblem(error instanceof Error ? error.message : String(error)),
  });
  const update = (key: number, patch: Partial<Row>) =>
    setRows((current) => current?.map((r) => (r.key === key ? { ...r, ...patch } : r)) ?? null);
  const incomplete = (rows ?? []).some((r) => !r.title.trim() || !r.leadDepartmentId);

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('paste.hint')}
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={() => draft.mutate()}>
        <Form.Item label={t('paste.text')} htmlFor={`paste-${sessionId}`}>
          <Input.TextArea
            id={`paste-${sessionId}`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 4, maxRows: 14 }}
          />
        </Form.Item>
        <Button htmlType="submit" loading={draft.isPending} disabled={!text.trim()}>
          {t('paste.draft')}
        </Button>
      </Form>
      {problem && <Alert type="error" showIcon role="alert" title={problem} />}
      {rows && (
        <>
          <Form layout="inline">
            <Form.Item label={t('tasks.document')} htmlFor={`paste-document-${sessionId}`}>
              <Select
                id={`paste-document-${sessionId}`}
                value={chosenDocument}
                onChange={setDocumentId}
                style={{ minWidth: 260 }}
                options={(documents.data?.items ?? []).map((d) => ({
                  value: d.id,
                  label: `${t(`documents.kinds.${d.kind}`, { defaultValue: d.kindLabel })} ${d.number ?? ''} (${formatDate(d.issuedOn)})`,
                }))}
              />
            </Form.Item>
          </Form>
          <ResponsiveTable<Row>
            rowKey="key"
            size="small"
            dataSource={rows}
            pagination={false}
            scroll={{ x: 1100 }}
            locale={{ emptyText: t('paste.none') }}
            columns={[
              {
                title: t('tasks.name'),
                render: (_, r) => (
                  <Input.TextArea
                    aria-label={`${t('tasks.name')} ${r.key + 1}`}
                    value={r.title}
                    autoSize={{ minRows: 2, maxRows: 6 }}
                    onChange={(e) => update(r.key, { title: e.target.value })}
                  />
                ),
              },
              {
                title: t('tasks.lead'),
                width: 230,
                render: (_, r) => (
                  <DepartmentSelect<number>
                    aria-label={`${t('tasks.lead')} ${r.key + 1}`}
                    value={r.leadDepartmentId ?? undefined}
                    status={r.leadDepartmentId ? undefined : 'error'}
                    onChange={(v) => update(r.key, { leadDepartmentId: v ?? null })}
                    style={{ width: '100%' }}
                  />
                ),
              },
              {
                title: t('tasks.support'),
                width: 230,
                render: (_, r) => (
                  <DepartmentSelect<number[]>
                    mode="multiple"
                    aria-label={`${t('tasks.support')} ${r.key + 1}`}
                    value={r.supportDepartmentIds}
                    onChange={(v) => update(r.key, { supportDepartmentIds: v ?? [] })}
                    style={{ width: '100%' }}
                  />
                ),
              },
              {
                title: t('tasks.dueDate'),
                width: 160,
                render: (_, r) => (
                  <Space orientation="vertical" size={2}>
                    {r.recurrence ? (
                      <Space size={4} wrap>
                        <Typography.Text strong>{t('paste.recurring')}</Typography.Text>
                        <Button
                          size="small"
                          type="link"
                          onClick={() => update(r.key, { recurrence: null })}
                          aria-label={`${t('paste.oneDeadline')} ${r.key + 1}`}
                        >
                          {t('paste.oneDeadline')}
                        </Button>
                      </Space>
                    ) : (
                      <DatePicker
                        aria-label={`${t('tasks.dueDate')} ${r.key + 1}`}
                        format="DD/MM/YYYY"
                        value={r.dueDate}
                        onChange={(v) => update(r.key, { dueDate: v })}
                      />
                    )}
                    {r.deadlineText && <Typography.Text type="secondary">{r.deadlineText}</Typography.Text>}
                  </Space>
                ),
              },
              {
                title: t('tasks.isKey'),
                width: 90,
                render: (_, r) => (
                  <Checkbox
                    aria-label={`${t('tasks.isKey')} ${r.key + 1}`}
                    checked={r.isKey}
                    onChange={(e) => update(r.key, { isKey: e.target.checked })}
                  />
                ),
              },
              {
                title: t('common.actions'),
                width: 80,
                render: (_, r) => (
                  <Button
                    size="small"
                    danger
                    aria-label={`${t('paste.remove')} ${r.key + 1}`}
                    onClick={() => setRows((current) => current?.filter((x) => x.key !== r.key) ?? null)}
                  >
                    {t('paste.remove')}
                  </Button>
                ),
              },
            ]}
          />
          {incomplete && <Alert type="warning" showIcon title={t('paste.incomplete')} />}
          <Space wrap>
            <Button
              type="primary"
              loading={create.isPending}
              disabled={rows.length === 0 || incomplete || !chosenDocument}
              onClick={() => create.mutate(rows)}
            >
              {t('paste.createAll', { count: rows.length })}
            </Button>
            <Button onClick={() => setRows(null)}>{t('paste.discard')}</Button>
          </Space>
        </>
      )}
    </Space>
  );
}
