import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/auth';
import { PageHeader } from '../../components/page-header';
import { CalendarFeed } from '../admin/unit-files';
import { TaskSection } from './task-table';

/** The department officer's morning page: overdue first, then due soon, then the rest of what is open, then what awaits the office's confirmation. */
export default function MyUnitPage() {
  const { t } = useTranslation();
  const user = useUser();
  const unit = user.departmentId ?? undefined;
  const base = { departmentId: unit, sort: 'dueAt' as const, limit: 100 };
  return (
    <>
      <PageHeader title={t('tasks.myUnit')}>
        <Typography.Paragraph type="secondary">{t('tasks.myUnitHint')}</Typography.Paragraph>
      </PageHeader>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <TaskSection title={t('status.overdue')} query={{ ...base, status: ['overdue'] }} empty={t('common.none')} />
        <TaskSection title={t('status.due_soon')} query={{ ...base, status: ['due_soon'] }} empty={t('common.none')} />
        <TaskSection
          title={t('status.in_progress')}
          query={{ ...base, status: ['in_progress', 'standing'] }}
          empty={t('common.none')}
        />
        {/* Reported done, not yet confirmed: the unit sees what the office still has to accept (or may return). */}
        <TaskSection
          title={t('status.awaiting_confirmation')}
          query={{ ...base, status: ['awaiting_confirmation'] }}
          empty={t('common.none')}
        />
        {unit !== undefined && (
          <Card size="small" title={t('unitFiles.calendar')}>
            <CalendarFeed departmentId={unit} />
          </Card>
        )}
      </Space>
    </>
  );
}
