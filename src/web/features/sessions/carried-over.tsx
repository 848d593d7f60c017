import { useQuery } from '@tanstack/react-query';
import { Empty, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusTag } from '../../app/task-status';
import { LoadError } from '../../components/query-state';
import { ResponsiveTable } from '../../components/responsive-table';
import type { Schemas } from '../../lib/api/client';
import { formatDate } from '../../lib/format';
import { carriedOverQuery } from './session-queries';

type CarriedOverTask = Schemas['CarriedOverTask'];

/**
 * The session's review of earlier directives: what earlier sessions assigned that is still open, or was
 * completed since the previous session, by lead unit — the list the office reports on at the meeting.
 */
export function CarriedOver({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const review = useQuery(carriedOverQuery(sessionId));
  if (review.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (review.isError) return <LoadError error={review.error} retry={() => void review.refetch()} />;
  const { units, since } = review.data;
  if (units.length === 0) return <Empty description={t('sessions.carriedOverNone')} />;
  const columns = [
    {
      title: t('tasks.name'),
      dataIndex: 'title',
      render: (title: string, task: CarriedOverTask) => <Link to={`/tasks/${task.id}`}>{title}</Link>,
    },
    {
      title: t('tasks.dueDate'),
      dataIndex: 'dueDate',
      width: 130,
      render: (date: string | null) => (date ? formatDate(date) : t('tasks.noDeadline')),
    },
    {
      title: t('tasks.status'),
      dataIndex: 'status',
      width: 190,
      render: (_: unknown, task: CarriedOverTask) => <StatusTag task={task} />,
    },
    {
      title: t('tasks.completedAt'),
      dataIndex: 'completedOn',
      width: 130,
      render: (date: string | null) => (date ? formatDate(date) : '—'),
    },
  ];
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {since ? t('sessions.carriedOverSince', { date: formatDate(since) }) : t('sessions.carriedOverFirst')}
      </Typography.Text>
      {units.map((unit) => (
        <section key={unit.departmentId} aria-label={unit.name}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {unit.name} ({unit.tasks.length})
          </Typography.Title>
          <ResponsiveTable<CarriedOverTask>
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={unit.tasks}
            pagination={false}
          />
        </section>
      ))}
    </Space>
  );
}
