import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, Select, Space, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DepartmentSelect } from '../../components/department-select';
import { LeaderSelect } from '../../components/leader-select';
import { api, call, type Schemas } from '../../lib/api/client';
import { formatDate } from '../../lib/format';
import { failureText } from '../../lib/failures';
import { RecurrenceInput, type RecurrenceValue } from '../../components/recurrence-input';
import { ResponsiveTable } from '../../components/responsive-table';

type Draft = Schemas['DraftTaskResponse'];
type Group = Schemas['DepartmentGroupResponse'];
/** How a text says a task has no deadline: such a draft is left without a date on purpose. */
interface Row {
  key: number;
  title: string;
  /** The directive as the text writes it: saved as the task's description, whatever the office makes of the title. */
  description: string;
  leaderId: number | null;
  /** Whom the text assigns as a whole ("UBND các huyện, thành phố") and the groups of units that stands for. */
  groupAssignees: string[];
  groupKeys: Draft['groupKeys'];
  leadDepartmentId: number | null;
  supportDepartmentIds: number[];
  dueDate: Dayjs | null;
  isKey: boolean;
  candidates: Schemas['LeadCandidate'][];
  deadlineText: string | null;
  /**
   * A recurring directive ("hằng tháng trước ngày 20", "thứ Sáu hằng tuần") keeps its rule and becomes a recurring
   * task; a rule the text gives no day for ("định kỳ hằng tháng báo cáo") waits for the office to pick one.
   */
  recurrence: RecurrenceValue | null;
  /**
   * Work the text gave a time it has no date for ("trước mùa mưa bão") or none, done once ("xây dựng kế hoạch …"): the
   * office is asked for a date. Ongoing work ("tăng cường …", "thường xuyên") is left standing.
   */
  dateWanted: boolean;
}

const toRow = (d: Draft, key: number): Row => ({
  key,
  title: d.title,
  description: d.description,
  leaderId: d.leaderId,
  groupAssignees: d.groupAssignees,
  groupKeys: d.groupKeys,
  leadDepartmentId: d.leadDepartmentId ?? d.leadCandidates[0]?.departmentId ?? null,
  supportDepartmentIds: d.supportDepartmentIds,
  dueDate: d.dueDate ? dayjs(d.dueDate) : null,
  isKey: d.isKey,
  candidates: d.leadCandidates,
  deadlineText: d.deadlineText,
  recurrence: d.kind === 'recurring' ? d.recurrence : null,
  dateWanted: d.kind === 'deadline' && !d.dueDate,
});

/** The body of one reviewed draft: a recurring one carries its rule and no deadline, as the API requires. */
const toTask = (r: Row) => {
  const common = {
    title: r.title.trim(),
    description: r.description.trim() || null,
    leaderId: r.leaderId,
    leadDepartmentId: r.leadDepartmentId!,
    supportDepartmentIds: r.supportDepartmentIds.filter((d) => d !== r.leadDepartmentId),
    isKey: r.isKey,
  };
  if (r.recurrence) {
    const { every, day, until } = r.recurrence;
    return { ...common, kind: 'recurring' as const, recurrence: { every, day: day!, until } };
  }
  return {
    ...common,
    dueDate: r.dueDate ? r.dueDate.format('YYYY-MM-DD') : null,
    kind: r.dueDate ? ('deadline' as const) : ('standing' as const),
  };
};

/** Where the drafts are read for and created under: a session (under one of its documents) or one document. */
export type PasteTarget = { sessionId: number; documentId?: undefined } | { documentId: number; sessionId?: undefined };

/**
 * The office pastes the conclusion of the session, or the text of a document; the server drafts its tasks
 * (saving nothing), the office corrects units, leaders, deadlines and key tasks in the table, and creates them
 * all at once.
 */
export function PasteConclusion(target: PasteTarget) {
  const { sessionId } = target;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [rows, setRows] = useState<Row[] | null>(null);
  // The date the text's relative deadlines were counted from (the document's or the session's).
  const [referenceDate, setReferenceDate] = useState<string | null>(null);
  const beforeText = (r: Row) =>
    !r.recurrence && r.dueDate !== null && referenceDate !== null && r.dueDate.format('YYYY-MM-DD') < referenceDate;
  const [pickedDocument, setPickedDocument] = useState<number | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const documents = useQuery({
    queryKey: ['documents', { sessionId }],
    queryFn: () => call(api.GET('/api/documents', { params: { query: { sessionId, limit: 50 } } })),
    enabled: sessionId !== undefined,
  });
  const chosenDocument = target.documentId ?? pickedDocument ?? documents.data?.items[0]?.id;
  const fieldId = sessionId !== undefined ? `paste-${sessionId}` : `paste-document-${target.documentId}`;
  // The units a group assignee stands for, offered to the office: a group is expanded only when it says so.
  const groups = useQuery({
    queryKey: ['departments', 'groups'],
    queryFn: () => call(api.GET('/api/departments/groups')),
    staleTime: 5 * 60_000,
    enabled: rows !== null && rows.some((r) => r.groupKeys.length > 0),
  });
  const groupByKey = new Map((groups.data ?? []).map((g) => [g.key, g]));
  const draft = useMutation({
    mutationFn: () =>
      call(
        sessionId !== undefined
          ? api.POST('/api/sessions/{id}/draft-tasks', { params: { path: { id: sessionId } }, body: { text } })
          : api.POST('/api/documents/{id}/draft-tasks', {
              params: { path: { id: target.documentId } },
              body: { text },
            }),
      ),
    onSuccess: (result) => {
      setProblem(null);
      setRows(result.items.map(toRow));
      setReferenceDate(result.referenceDate);
    },
    onError: (error) => setProblem(failureText(error, t)),
  });
  const create = useMutation({
    mutationFn: (list: Row[]) =>
      call(
        sessionId !== undefined
          ? api.POST('/api/sessions/{id}/tasks/bulk', {
              params: { path: { id: sessionId } },
              body: { documentId: chosenDocument!, tasks: list.map(toTask) },
            })
          : api.POST('/api/documents/{id}/tasks/bulk', {
              params: { path: { id: target.documentId } },
              body: { tasks: list.map(toTask) },
            }),
      ),
    onSuccess: async (_, list) => {
      setProblem(null);
      setRows(null);
      setText('');
      void message.success(t('paste.created', { count: list.length }));
      await client.invalidateQueries({ queryKey: ['tasks'] });
      if (sessionId !== undefined) await client.invalidateQueries({ queryKey: ['sessions', sessionId] });
      await client.invalidateQueries({ queryKey: ['documents'] });
      await client.invalidateQueries({ queryKey: ['stats'] });
    },
    onError: (error) => setProblem(failureText(error, t)),
  });
  const update = (key: number, patch: Partial<Row>) =>
    setRows((current) => current?.map((r) => (r.key === key ? { ...r, ...patch } : r)) ?? null);
  const incomplete = (rows ?? []).some((r) => !r.title.trim() || !r.leadDepartmentId || r.recurrence?.day === null);
  const addSupport = (row: Row, ids: number[]) =>
    update(row.key, {
      supportDepartmentIds: [...new Set([...row.supportDepartmentIds, ...ids])].filter(
        (id) => id !== row.leadDepartmentId,
      ),
    });

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t(sessionId !== undefined ? 'paste.hint' : 'paste.documentHint')}
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={() => draft.mutate()}>
        <Form.Item label={t(sessionId !== undefined ? 'paste.text' : 'paste.documentText')} htmlFor={fieldId}>
          <Input.TextArea
            id={fieldId}
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
          {sessionId !== undefined && (
            // The label above the select: beside it, the two overflowed a phone's width.
            <Form layout="vertical">
              <Form.Item label={t('tasks.document')} htmlFor={`paste-document-of-${sessionId}`}>
                <Select
                  id={`paste-document-of-${sessionId}`}
                  value={chosenDocument}
                  onChange={setPickedDocument}
                  style={{ width: '100%', maxWidth: 420 }}
                  options={(documents.data?.items ?? []).map((d) => ({
                    value: d.id,
                    label: `${t(`documents.kinds.${d.kind}`, { defaultValue: d.kindLabel })} ${d.number ?? ''} (${formatDate(d.issuedOn)})`,
                  }))}
                />
              </Form.Item>
            </Form>
          )}
          <ResponsiveTable<Row>
            rowKey="key"
            size="small"
            className="row-cards-stacked"
            dataSource={rows}
            pagination={false}
            // Fixed widths: a draft's long text or many cooperating units must not squeeze its title to a sliver.
            // Five columns that fit a laptop's 1,366 px beside the menu: the leader sits under the lead unit and the
            // key-task mark under the title, so that nothing the office checks in a draft is out of view. On a
            // narrower screen the title stays at the left when the rest is scrolled to.
            tableLayout="fixed"
            scroll={{ x: 1030 }}
            locale={{ emptyText: t('paste.none') }}
            columns={[
              {
                title: t('tasks.name'),
                width: 340,
                fixed: 'left',
                render: (_, r) => (
                  <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                    <Input.TextArea
                      aria-label={`${t('tasks.name')} ${r.key + 1}`}
                      value={r.title}
                      autoSize={{ minRows: 2, maxRows: 6 }}
                      onChange={(e) => update(r.key, { title: e.target.value })}
                    />
                    {r.description.trim() !== r.title.trim() && (
                      <Typography.Paragraph
                        type="secondary"
                        style={{ marginBottom: 0, fontSize: 13 }}
                        ellipsis={{
                          rows: 2,
                          expandable: 'collapsible',
                          symbol: (open) => t(open ? 'paste.less' : 'paste.more'),
                        }}
                      >
                        {t('paste.source')}: {r.description}
                      </Typography.Paragraph>
                    )}
                    <Checkbox
                      // Not bold as the card's head is on a phone: the mark is a field, not the title.
                      style={{ fontWeight: 'normal' }}
                      aria-label={`${t('tasks.isKey')} ${r.key + 1}`}
                      checked={r.isKey}
                      onChange={(e) => update(r.key, { isKey: e.target.checked })}
                    >
                      {t('tasks.isKey')}
                    </Checkbox>
                  </Space>
                ),
              },
              {
                title: t('paste.leadAndLeader'),
                width: 230,
                render: (_, r) => (
                  <Space orientation="vertical" size={6} style={{ width: '100%' }}>
                    <DepartmentSelect<number>
                      aria-label={`${t('tasks.lead')} ${r.key + 1}`}
                      value={r.leadDepartmentId ?? undefined}
                      status={r.leadDepartmentId ? undefined : 'error'}
                      onChange={(v) => update(r.key, { leadDepartmentId: v ?? null })}
                      style={{ width: '100%' }}
                    />
                    <LeaderSelect
                      aria-label={`${t('tasks.leader')} ${r.key + 1}`}
                      placeholder={t('tasks.leader')}
                      value={r.leaderId ?? undefined}
                      onChange={(v) => update(r.key, { leaderId: v ?? null })}
                      style={{ width: '100%' }}
                    />
                  </Space>
                ),
              },
              {
                title: t('tasks.dueDate'),
                width: 170,
                render: (_, r) => (
                  // As wide as its cell: on a phone the row is a card, and the rule's two selects fill its width.
                  <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                    {r.recurrence ? (
                      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                        <Typography.Text strong>{t('paste.recurring')}</Typography.Text>
                        <RecurrenceInput
                          label={`${t('tasks.recurrence')} ${r.key + 1}`}
                          value={r.recurrence}
                          stacked
                          onChange={(recurrence) => update(r.key, { recurrence })}
                        />
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
                        // The text speaks of a time it gave no date for ("trước mùa mưa bão") or of work done once
                        // with none: the office picks it; or a date before the text's own, most often a slip of the
                        // year ("15-1-2025" in 2026).
                        status={(!r.dueDate && r.dateWanted) || beforeText(r) ? 'warning' : undefined}
                        onChange={(v) => update(r.key, { dueDate: v })}
                      />
                    )}
                    {r.deadlineText && <Typography.Text type="secondary">{r.deadlineText}</Typography.Text>}
                    {beforeText(r) && referenceDate && (
                      <Typography.Text type="warning" style={{ fontSize: 13 }}>
                        {t('paste.beforeText', { date: formatDate(referenceDate) })}
                      </Typography.Text>
                    )}
                    {!r.recurrence && !r.dueDate && (
                      <Typography.Text type={r.dateWanted ? 'warning' : 'secondary'} style={{ fontSize: 13 }}>
                        {t(r.dateWanted ? 'paste.dateWanted' : 'paste.noDateIsStanding')}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
              {
                title: t('tasks.support'),
                width: 230,
                render: (_, r) => (
                  <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                    <DepartmentSelect<number[]>
                      mode="multiple"
                      maxTagCount={2}
                      maxTagPlaceholder={(omitted) => t('paste.moreUnits', { count: omitted.length })}
                      aria-label={`${t('tasks.support')} ${r.key + 1}`}
                      value={r.supportDepartmentIds}
                      onChange={(v) => update(r.key, { supportDepartmentIds: v ?? [] })}
                      style={{ width: '100%' }}
                    />
                    <GroupAssignees row={r} groups={groupByKey} onAdd={(ids) => addSupport(r, ids)} />
                  </Space>
                ),
              },
              {
                title: t('paste.remove'),
                width: 60,
                render: (_, r) => (
                  <Tooltip title={t('paste.remove')}>
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`${t('paste.remove')} ${r.key + 1}`}
                      onClick={() => setRows((current) => current?.filter((x) => x.key !== r.key) ?? null)}
                    />
                  </Tooltip>
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

/**
 * Whom the directive assigns beyond the units picked: groups ("các sở, ban, ngành"), each with the units it stands
 * for, which one click adds to the cooperating units (the lead unit stays the one the office picks), and bodies the
 * unit table lacks ("Hội Chữ thập đỏ tỉnh"), by name. Nothing is added until the office asks.
 */
function GroupAssignees({
  row,
  groups,
  onAdd,
}: {
  row: Row;
  groups: Map<Group['key'], Group>;
  onAdd: (ids: number[]) => void;
}) {
  const { t } = useTranslation();
  if (row.groupAssignees.length === 0) return null;
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('paste.groups')}: {row.groupAssignees.join('; ')}
      </Typography.Text>
      {row.groupKeys.map((key) => {
        const group = groups.get(key);
        if (!group) return null;
        // Within the sentence: "các sở, ban, ngành", not "Các sở, ban, ngành".
        const name = group.name.replace(/^Các /, 'các ');
        const missing = group.members
          .map((m) => m.id)
          .filter((id) => id !== row.leadDepartmentId && !row.supportDepartmentIds.includes(id));
        if (missing.length === 0) return null;
        return (
          <Button
            key={key}
            type="link"
            size="small"
            style={{ paddingInline: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
            onClick={() => onAdd(missing)}
            aria-label={`${t('paste.addGroup', { count: missing.length, group: name })} ${row.key + 1}`}
          >
            {t('paste.addGroup', { count: missing.length, group: name })}
          </Button>
        );
      })}
    </Space>
  );
}
