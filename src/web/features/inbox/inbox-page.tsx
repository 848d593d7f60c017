import { useQuery } from '@tanstack/react-query';
import { Alert, Badge, Card, Empty, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusTag } from '../../app/task-status';
import { PageHeader } from '../../components/page-header';
import { api, call, type Schemas } from '../../lib/api/client';
import { formatDate, formatDateTime } from '../../lib/format';
import { failureText } from '../../lib/failures';

type InboxItem = Schemas['InboxItem'];
type InboxKind = InboxItem['kind'];

/** The order the groups appear in: decisions first, then the office's work, then the unit's. */
const KINDS: InboxKind[] = [
  'decide_extension',
  'forward_extension',
  'confirm_completion',
  'returned_completion',
  'report_progress',
];

function InboxGroup({ kind, items }: { kind: InboxKind; items: InboxItem[] }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={
        <Space>
          <span id={`inbox-${kind}`}>{t(`inbox.kinds.${kind}`)}</span>
          <Badge count={items.length} showZero color="#1677ff" aria-label={t('inbox.count', { count: items.length })} />
        </Space>
      }
    >
      <List
        aria-labelledby={`inbox-${kind}`}
        className="inbox-list"
        dataSource={items}
        renderItem={(item) => (
          <List.Item key={`${item.kind}-${item.taskId}-${item.extensionId ?? ''}`}>
            <List.Item.Meta
              title={<Link to={`/tasks/${item.taskId}`}>{item.title}</Link>}
              description={
                <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                  <Space wrap size={[12, 4]}>
                    <StatusTag task={item} />
                    <Typography.Text type="secondary">
                      {t('inbox.lead')}: {item.leadDepartmentName}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {t('inbox.dueDate')}: {item.dueDate ? formatDate(item.dueDate) : t('inbox.noDeadline')}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {t('inbox.waitingSince')}: {formatDateTime(item.waitingSince)}
                    </Typography.Text>
                  </Space>
                  {item.note && <Typography.Paragraph style={{ marginBottom: 0 }}>{item.note}</Typography.Paragraph>}
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

/** What awaits the signed-in user (GET /api/inbox), grouped by what is to be done, with counts. */
export default function InboxPage() {
  const { t } = useTranslation();
  // Under 'tasks' so that every task action, which refreshes the tasks, refreshes the inbox too.
  const inbox = useQuery({ queryKey: ['tasks', 'inbox'], queryFn: () => call(api.GET('/api/inbox')) });
  const groups = KINDS.map((kind) => ({
    kind,
    items: (inbox.data?.items ?? []).filter((i) => i.kind === kind),
  })).filter((g) => g.items.length > 0);
  return (
    <>
      <PageHeader title={t('inbox.title')} />
      {inbox.isError && <Alert type="error" showIcon role="alert" title={failureText(inbox.error, t)} />}
      {inbox.isSuccess && groups.length === 0 && <Empty description={t('inbox.empty')} />}
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {groups.map((group) => (
          <InboxGroup key={group.kind} kind={group.kind} items={group.items} />
        ))}
      </Space>
    </>
  );
}
