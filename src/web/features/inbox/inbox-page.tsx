import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/auth';
import { PageHeader } from '../../components/page-header';
import type { TaskQuery } from '../../lib/api/queries';
import { TaskSection } from '../tasks/task-table';

/**
 * What awaits the signed-in user. Until the server's inbox (GET /api/inbox) is
 * available it is read from the task list: a unit's overdue and due-soon tasks to
 * report on; for the office and leaders, the overdue and due-soon tasks to follow up.
 */
export default function InboxPage() {
  const { t } = useTranslation();
  const user = useUser();
  const query: TaskQuery = {
    status: ['overdue', 'due_soon'],
    sort: 'dueAt',
    limit: 50,
    ...(user.role === 'department' ? { leadDepartmentId: user.departmentId ?? undefined } : {}),
  };
  return (
    <>
      <PageHeader title={t('inbox.title')} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <TaskSection
          title={user.role === 'department' ? t('inbox.toReport') : t('inbox.toFollow')}
          query={query}
          empty={t('inbox.empty')}
        />
      </Space>
    </>
  );
}
