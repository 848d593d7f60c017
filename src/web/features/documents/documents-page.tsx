import { useQuery } from '@tanstack/react-query';
import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { api, call, type Schemas } from '../../lib/api/client';
import { formatDate } from '../../lib/format';

/**
 * The assigning documents. Until the server records them (GET /api/documents),
 * the sessions' conclusion notices are the documents tasks come from.
 */
export default function DocumentsPage() {
  const { t } = useTranslation();
  const sessions = useQuery({
    queryKey: ['sessions', 'notices'],
    queryFn: () => call(api.GET('/api/sessions', { params: { query: { limit: 200, sort: '-heldAt' } } })),
  });
  const notices = (sessions.data?.items ?? []).filter((s) => s.noticeNumber);
  return (
    <>
      <PageHeader title={t('documents.title')} />
      <Alert type="info" showIcon title={t('common.comingWithModel')} style={{ marginBottom: 16 }} />
      {sessions.isError ? (
        <LoadError error={sessions.error} />
      ) : (
        <Table<Schemas['SessionResponse']>
          rowKey="id"
          loading={sessions.isPending}
          dataSource={notices}
          scroll={{ x: 640 }}
          columns={[
            { title: t('documents.number'), dataIndex: 'noticeNumber', width: 150 },
            { title: t('documents.issuedOn'), dataIndex: 'noticeDate', width: 130, render: formatDate },
            { title: t('documents.kind'), width: 170, render: () => t('documents.kinds.conclusion_notice') },
            {
              title: t('documents.summary'),
              dataIndex: 'title',
              render: (title: string, s) => <Link to={`/sessions/${s.id}`}>{title}</Link>,
            },
          ]}
        />
      )}
    </>
  );
}
