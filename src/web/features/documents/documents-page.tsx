import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useUser } from '../../app/auth';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { api, call, type Schemas } from '../../lib/api/client';
import { formatDate, formatNumber } from '../../lib/format';
import { ResponsiveTable } from '../../components/responsive-table';
import { DOCUMENT_KINDS, DocumentForm } from './document-form';

type Document = Schemas['DocumentResponse'];

/** The documents tasks are assigned by, filtered in the address like the task list. */
export default function DocumentsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const office = user.role === 'admin' || user.role === 'office';
  const [adding, setAdding] = useState(false);
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1);
  const q = params.get('q') ?? undefined;
  const kind = (params.get('kind') ?? undefined) as Document['kind'] | undefined;
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const documents = useQuery({
    queryKey: ['documents', 'list', { page, q, kind, year }],
    queryFn: () => call(api.GET('/api/documents', { params: { query: { page, limit: 20, q, kind, year } } })),
    placeholderData: (previous) => previous,
  });
  const set = (key: string, value?: string | number | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, String(value));
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };
  return (
    <>
      <PageHeader
        title={t('documents.title')}
        extra={
          office && (
            <Button type="primary" onClick={() => setAdding(true)}>
              {t('documents.form.add')}
            </Button>
          )
        }
      />
      {adding && <DocumentForm session={null} onClose={() => setAdding(false)} />}
      <Form layout="inline" className="filters no-print" style={{ rowGap: 8, marginBottom: 8 }}>
        <Form.Item label={t('common.search')} htmlFor="document-q">
          <Input.Search
            id="document-q"
            allowClear
            defaultValue={q}
            onSearch={(value) => set('q', value.trim())}
            style={{ width: 260, maxWidth: '100%' }}
          />
        </Form.Item>
        <Form.Item label={t('documents.kind')} htmlFor="document-kind">
          <Select
            id="document-kind"
            allowClear
            value={kind}
            placeholder={t('common.all')}
            onChange={(value) => set('kind', value)}
            style={{ width: 220 }}
            options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documents.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('reports.year')} htmlFor="document-year">
          <InputNumber id="document-year" min={2000} max={2100} value={year} onChange={(y) => set('year', y)} />
        </Form.Item>
      </Form>
      {documents.isError ? (
        <LoadError error={documents.error} retry={() => void documents.refetch()} />
      ) : (
        <ResponsiveTable<Document>
          rowKey="id"
          loading={documents.isFetching}
          dataSource={documents.data?.items}
          scroll={{ x: 820 }}
          pagination={{
            current: page,
            pageSize: 20,
            total: documents.data?.total ?? 0,
            onChange: (p) => set('page', p === 1 ? undefined : p),
            showTotal: (count) => t('common.total', { count }),
          }}
          columns={[
            { title: t('documents.number'), dataIndex: 'number', width: 140, render: (n: string | null) => n ?? '—' },
            { title: t('documents.issuedOn'), dataIndex: 'issuedOn', width: 120, render: formatDate },
            {
              title: t('documents.kind'),
              dataIndex: 'kind',
              width: 170,
              render: (k: string) => t(`documents.kinds.${k}`),
            },
            {
              title: t('documents.summary'),
              dataIndex: 'summary',
              render: (summary: string, d) => <Link to={`/documents/${d.id}`}>{summary}</Link>,
            },
            { title: t('documents.issuer'), dataIndex: 'issuer', width: 180 },
            {
              title: t('nav.tasks'),
              dataIndex: 'taskCount',
              width: 100,
              align: 'right',
              render: (count: number, d) => <Link to={`/tasks?documentId=${d.id}`}>{formatNumber(count)}</Link>,
            },
          ]}
        />
      )}
    </>
  );
}
