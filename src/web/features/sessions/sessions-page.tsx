import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useUser } from '../../app/auth';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { api, call, type Schemas } from '../../lib/api/client';
import { formatDate } from '../../lib/format';
import { ResponsiveTable } from '../../components/responsive-table';
import { SessionForm } from './session-forms';

const STATUS_COLOR = { scheduled: 'blue', held: 'orange', concluded: 'green' } as const;

export default function SessionsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const office = user.role === 'admin' || user.role === 'office';
  const [adding, setAdding] = useState(false);
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1);
  const q = params.get('q') ?? undefined;
  const kind = (params.get('kind') ?? undefined) as Schemas['SessionResponse']['kind'] | undefined;
  const sessions = useQuery({
    queryKey: ['sessions', 'list', { page, q, kind }],
    queryFn: () => call(api.GET('/api/sessions', { params: { query: { page, limit: 20, q, kind, sort: '-heldAt' } } })),
    placeholderData: (previous) => previous,
  });
  const set = (key: string, value?: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };
  return (
    <>
      <PageHeader
        title={t('sessions.title')}
        extra={
          office && (
            <Button type="primary" onClick={() => setAdding(true)}>
              {t('sessions.form.add')}
            </Button>
          )
        }
      />
      {adding && <SessionForm session={null} onClose={() => setAdding(false)} />}
      <Form layout="inline" className="filters no-print" style={{ rowGap: 8, marginBottom: 8 }}>
        <Form.Item label={t('common.search')} htmlFor="session-q">
          <Input.Search
            id="session-q"
            allowClear
            defaultValue={q}
            onSearch={(value) => set('q', value.trim())}
            style={{ width: 280, maxWidth: '100%' }}
          />
        </Form.Item>
        <Form.Item label={t('sessions.kind')} htmlFor="session-kind">
          <Select
            id="session-kind"
            allowClear
            value={kind}
            placeholder={t('common.all')}
            onChange={(value) => set('kind', value)}
            style={{ width: 160 }}
            options={(['regular', 'thematic', 'extraordinary'] as const).map((k) => ({
              value: k,
              label: t(`sessions.kinds.${k}`),
            }))}
          />
        </Form.Item>
      </Form>
      {sessions.isError ? (
        <LoadError error={sessions.error} retry={() => void sessions.refetch()} />
      ) : (
        <ResponsiveTable<Schemas['SessionResponse']>
          rowKey="id"
          loading={sessions.isFetching}
          dataSource={sessions.data?.items}
          scroll={{ x: 720 }}
          pagination={{
            current: page,
            pageSize: 20,
            total: sessions.data?.total ?? 0,
            onChange: (p) => set('page', p === 1 ? undefined : String(p)),
            showTotal: (count) => t('common.total', { count }),
          }}
          columns={[
            {
              title: t('sessions.name'),
              dataIndex: 'title',
              render: (title: string, s) => <Link to={`/sessions/${s.id}`}>{title}</Link>,
            },
            { title: t('sessions.heldAt'), dataIndex: 'heldAt', width: 120, render: formatDate },
            {
              title: t('sessions.kind'),
              dataIndex: 'kind',
              width: 120,
              render: (k: string) => t(`sessions.kinds.${k}`),
            },
            {
              title: t('sessions.notice'),
              dataIndex: 'noticeNumber',
              width: 150,
              render: (n: string | null) => n ?? '—',
            },
            {
              title: t('sessions.status'),
              dataIndex: 'status',
              width: 130,
              render: (s: keyof typeof STATUS_COLOR) => (
                <Tag color={STATUS_COLOR[s]}>{t(`sessions.statuses.${s}`)}</Tag>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
