import { useQuery } from '@tanstack/react-query';
import { Form, Select, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useUser } from '../../app/auth';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { ResponsiveTable } from '../../components/responsive-table';
import { api, call, type Schemas } from '../../lib/api/client';
import { useDepartments } from '../../lib/api/queries';
import { formatDate, formatDateTime, formatNumber, formatRecurrence } from '../../lib/format';
import { fieldChanges } from './audit-changes';

const PeriodRangePicker = lazy(() => import('../dashboard/period-range-picker'));

type Entry = Schemas['AuditEntryResponse'];

/** The kinds of records the log is filtered by, in the order an office thinks of them; accounts for admins only. */
const ENTITIES = [
  'task',
  'task_progress',
  'task_extension',
  'task_deadline_change',
  'task_department_change',
  'task_attachment',
  'session',
  'attendee',
  'report',
  'document',
  'frozen_reports',
  'department',
  'calendar_feed',
  'user',
] as const;

const ACTION_COLOR = { create: 'green', update: 'blue', delete: 'red' } as const;
const UNIT_FIELDS = new Set(['departmentId', 'leadDepartmentId', 'successorId', 'previousDepartmentId']);
/** Ids of other records, written as such. */
const REFERENCE_FIELDS = new Set(['sessionId', 'documentId', 'leaderId']);
/** Numbers that are names (a year, a period's number), not amounts: no thousands separator. */
const PLAIN_NUMBER_FIELDS = new Set(['year', 'periodYear', 'number', 'periodNumber', 'revision']);
/** Where the words for a record's kind are, by kind of record. */
const KIND_LABELS: Record<string, string> = {
  session: 'sessions.kinds',
  document: 'documents.kinds',
  department: 'admin.kinds',
  frozen_reports: 'reports.kinds',
  task_occurrences: 'reports.kinds',
  task: 'audit.taskKinds',
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A field's value as a clerk reads it: units by name, dates as dd/mm/yyyy, states in words, long texts cut. */
function valueText(entity: string, field: string, value: unknown, t: TFunction, unitName: (id: number) => string) {
  if (value === null || value === undefined || value === '') return '—';
  if (value === '[redacted]') return t('audit.redacted');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') {
    if (UNIT_FIELDS.has(field)) return unitName(value);
    if (REFERENCE_FIELDS.has(field)) return `#${value}`;
    return PLAIN_NUMBER_FIELDS.has(field) ? String(value) : formatNumber(value, 3);
  }
  if (Array.isArray(value)) {
    if (field === 'supportDepartmentIds') return value.map((id) => unitName(Number(id))).join('; ') || '—';
    if (value.every((v) => typeof v !== 'object')) return value.join(', ') || '—';
    return t('audit.items', { count: value.length });
  }
  if (field === 'recurrence' && typeof value === 'object' && 'every' in value) {
    return formatRecurrence(value as Parameters<typeof formatRecurrence>[0]);
  }
  if (typeof value !== 'string') return JSON.stringify(value);
  const text = value;
  if (field === 'role' && entity === 'attendee') return t(`sessions.attendee.roles.${text}`, { defaultValue: text });
  if (field === 'role') return t(`role.${text}`, { defaultValue: text });
  if (field === 'attendance') return t(`sessions.attendee.attendances.${text}`, { defaultValue: text });
  const kinds = field === 'kind' || field === 'periodKind' ? KIND_LABELS[entity] : undefined;
  if (kinds) return t(`${kinds}.${text}`, { defaultValue: text });
  if (field === 'status' && entity === 'task_extension') return t(`tasks.extStatus.${text}`, { defaultValue: text });
  if (field === 'status' && entity === 'session') return t(`sessions.statuses.${text}`, { defaultValue: text });
  if (DATE.test(text)) return formatDate(text);
  if (INSTANT.test(text)) return formatDateTime(text);
  return text.length > 240 ? `${text.slice(0, 240)}…` : text;
}

/** The record an entry is about, linked to its page where it has one. */
function RecordCell({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const label = `${t(`audit.entities.${entry.entity}`, { defaultValue: entry.entity })}${entry.entityId ? ` #${entry.entityId}` : ''}`;
  const taskId = entry.taskId ?? (entry.entity === 'task' && entry.entityId ? Number(entry.entityId) : null);
  if (taskId) return <Link to={`/tasks/${taskId}`}>{label}</Link>;
  if (entry.entity === 'session' && entry.entityId) return <Link to={`/sessions/${entry.entityId}`}>{label}</Link>;
  if (entry.entity === 'document' && entry.entityId) return <Link to={`/documents/${entry.entityId}`}>{label}</Link>;
  return <>{label}</>;
}

/**
 * Who changed what, when (GET /api/audit): every record the office keeps, with the values before and after, the
 * newest first, filtered by kind of record and by date. Accounts' changes are shown to administrators only.
 */
export default function AuditPage() {
  const { t } = useTranslation();
  const { role } = useUser();
  const { byId } = useDepartments();
  const unitName = (id: number) => byId.get(id)?.name ?? `#${id}`;
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1);
  const entity = params.get('entity') ?? undefined;
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const log = useQuery({
    queryKey: ['audit', { page, entity, from, to }],
    queryFn: () => call(api.GET('/api/audit', { params: { query: { page, limit: 50, entity, from, to } } })),
    placeholderData: (previous) => previous,
  });
  const set = (values: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(values)) {
      if (value) next.set(key, String(value));
      else next.delete(key);
    }
    if (!('page' in values)) next.delete('page');
    setParams(next);
  };
  const entities = ENTITIES.filter((e) => e !== 'user' || role === 'admin');
  return (
    <>
      <PageHeader title={t('audit.title')} />
      <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
      <Form layout="inline" className="filters no-print" style={{ rowGap: 8, marginBottom: 8 }}>
        <Form.Item label={t('audit.entity')} htmlFor="audit-entity">
          <Select
            id="audit-entity"
            allowClear
            value={entity}
            placeholder={t('common.all')}
            style={{ width: 240 }}
            onChange={(v) => set({ entity: v })}
            options={entities.map((e) => ({ value: e, label: t(`audit.entities.${e}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('audit.period')} htmlFor="audit-period">
          <Suspense fallback={null}>
            <PeriodRangePicker id="audit-period" from={from} to={to} onChange={(f, e) => set({ from: f, to: e })} />
          </Suspense>
        </Form.Item>
      </Form>
      {log.isError ? (
        <LoadError error={log.error} />
      ) : (
        <ResponsiveTable<Entry>
          rowKey="id"
          size="small"
          loading={log.isFetching}
          dataSource={log.data?.items}
          scroll={{ x: 980 }}
          cardHead={(e) => `${formatDateTime(e.occurredAt)} · ${e.actorName ?? t('tasks.historySystem')}`}
          cardOmit={['occurredAt', 'actor']}
          pagination={{
            current: page,
            pageSize: 50,
            total: log.data?.total ?? 0,
            onChange: (p) => set({ page: p === 1 ? undefined : p }),
            showTotal: (count) => t('common.total', { count }),
          }}
          columns={[
            { title: t('audit.at'), key: 'occurredAt', width: 130, render: (_, e) => formatDateTime(e.occurredAt) },
            {
              title: t('audit.actor'),
              key: 'actor',
              width: 190,
              render: (_, e) =>
                e.actorName ? (
                  <>
                    {e.actorName}
                    {e.actorRole && <div className="audit-role">{t(`role.${e.actorRole}`)}</div>}
                  </>
                ) : (
                  t('tasks.historySystem')
                ),
            },
            {
              title: t('audit.record'),
              key: 'record',
              width: 190,
              render: (_, e) => (
                <>
                  <Tag color={ACTION_COLOR[e.action]}>{t(`audit.actions.${e.action}`)}</Tag>
                  <RecordCell entry={e} />
                </>
              ),
            },
            {
              title: t('audit.changes'),
              key: 'changes',
              render: (_, e) => {
                const changes = fieldChanges(e);
                if (changes.length === 0) return '—';
                return (
                  <ul className="audit-changes">
                    {changes.map((c) => (
                      <li key={c.field}>
                        <span className="audit-field">{t(`audit.fields.${c.field}`, { defaultValue: c.field })}:</span>{' '}
                        {e.action === 'update'
                          ? `${valueText(e.entity, c.field, c.before, t, unitName)} → ${valueText(e.entity, c.field, c.after, t, unitName)}`
                          : valueText(e.entity, c.field, e.action === 'create' ? c.after : c.before, t, unitName)}
                      </li>
                    ))}
                  </ul>
                );
              },
            },
          ]}
        />
      )}
    </>
  );
}
