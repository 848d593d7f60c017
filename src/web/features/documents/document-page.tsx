import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useUser } from '../../app/auth';
import { PageHeader } from '../../components/page-header';
import { RecordLoadError } from '../../components/query-state';
import { api, call } from '../../lib/api/client';
import { formatDate } from '../../lib/format';
import { AssignTasks } from '../sessions/assign-tasks';
import { PasteConclusion } from '../sessions/paste-conclusion';
import { TaskSection } from '../tasks/task-table';

const section = (title: string) => <h2 className="card-title">{title}</h2>;

/**
 * A document tasks are assigned under: what it is, the tasks it assigns and, for the office, the form to assign more
 * under it — for a letter, a decision or a plan that came without a session as for a session's notice.
 */
export default function DocumentPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const user = useUser();
  const office = user.role === 'admin' || user.role === 'office';
  const document = useQuery({
    queryKey: ['documents', id],
    queryFn: () => call(api.GET('/api/documents/{id}', { params: { path: { id } } })),
  });
  if (document.isPending) return <Skeleton active />;
  if (document.isError)
    return <RecordLoadError query={document} back={{ to: '/documents', label: t('nav.documents') }} />;
  const d = document.data;
  const kind = t(`documents.kinds.${d.kind}`, { defaultValue: d.kindLabel });
  return (
    <>
      <PageHeader
        title={d.number ? `${kind} ${d.number}` : kind}
        extra={
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('app.print')}
          </Button>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
            <Descriptions.Item label={t('documents.number')}>{d.number ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('documents.issuedOn')}>{formatDate(d.issuedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('documents.kind')}>{kind}</Descriptions.Item>
            <Descriptions.Item label={t('documents.issuer')}>{d.issuer}</Descriptions.Item>
            <Descriptions.Item label={t('documents.form.signerName')}>
              {d.signerName ? `${d.signerName}${d.signerTitle ? `, ${d.signerTitle}` : ''}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('documents.session')}>
              {d.sessionId ? <Link to={`/sessions/${d.sessionId}`}>{t('documents.openSession')}</Link> : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('documents.summary')} span="filled">
              {d.summary}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        {office && (
          <Card size="small" title={section(t('sessions.assign'))} className="no-print">
            <AssignTasks documentId={d.id} sessionId={d.sessionId ?? undefined} />
          </Card>
        )}
        {office && (
          <Card size="small" title={section(t('paste.documentTitle'))} className="no-print">
            <PasteConclusion documentId={d.id} />
          </Card>
        )}
        <TaskSection
          title={t('documents.tasks')}
          query={{ documentId: id, limit: 200, sort: 'createdAt' }}
          empty={t('common.none')}
        />
      </Space>
    </>
  );
}
