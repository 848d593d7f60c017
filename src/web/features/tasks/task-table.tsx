import { Card, Progress, Space, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusTag } from '../../app/task-status';
import { LoadError } from '../../components/query-state';
import { useDepartments, useTasks, type Task, type TaskQuery } from '../../lib/api/queries';
import { daysSince, formatDate } from '../../lib/format';
import { ResponsiveTable } from '../../components/responsive-table';

const OPEN = new Set(['in_progress', 'due_soon', 'overdue']);

/** How far a deadline is: "Quá hạn 5 ngày", "Đến hạn hôm nay" or "Còn 2 ngày" for open tasks. */
export function DeadlineNote({ task }: { task: Task }) {
  const { t } = useTranslation();
  const due = task.dueDate ?? task.dueAt;
  if (!due || !OPEN.has(task.status)) return null;
  const days = daysSince(due);
  return days > 0 ? (
    <Typography.Text type="danger">{t('tasks.daysOverdue', { count: days })}</Typography.Text>
  ) : days === 0 ? (
    <Typography.Text strong>{t('tasks.dueToday')}</Typography.Text>
  ) : (
    <Typography.Text type="secondary">{t('tasks.daysLeft', { count: -days })}</Typography.Text>
  );
}

/** The task list every page uses; sorting and paging are the caller's (server-side). */
export function TaskTable({ dueSort, ...props }: TableProps<Task> & { dueSort?: 'ascend' | 'descend' | null }) {
  const { t } = useTranslation();
  const { byId } = useDepartments();
  return (
    <ResponsiveTable<Task>
      rowKey="id"
      size="middle"
      scroll={{ x: 900 }}
      columns={[
        {
          title: t('tasks.name'),
          dataIndex: 'title',
          render: (title: string, task) => (
            <Space orientation="vertical" size={2}>
              <Link to={`/tasks/${task.id}`}>{title}</Link>
              <Space size={4} wrap>
                {task.isKey && <Tag color="magenta">{t('tasks.isKey')}</Tag>}
                {task.document?.number && <Typography.Text type="secondary">{task.document.number}</Typography.Text>}
              </Space>
            </Space>
          ),
        },
        {
          title: t('tasks.lead'),
          dataIndex: 'leadDepartmentId',
          width: 180,
          render: (id: number) => byId.get(id)?.name ?? id,
        },
        {
          title: t('tasks.dueDate'),
          key: 'dueAt',
          dataIndex: 'dueDate',
          width: 150,
          sorter: dueSort !== undefined,
          sortOrder: dueSort,
          sortDirections: ['ascend', 'descend'],
          render: (_: unknown, task) => (
            <Space orientation="vertical" size={0}>
              <span>{task.dueDate || task.dueAt ? formatDate(task.dueDate ?? task.dueAt) : t('tasks.noDeadline')}</span>
              <DeadlineNote task={task} />
            </Space>
          ),
        },
        {
          title: t('tasks.status'),
          dataIndex: 'status',
          width: 190,
          render: (_: unknown, task) => <StatusTag task={task} />,
        },
        {
          title: t('tasks.progress'),
          dataIndex: 'progressPercent',
          width: 130,
          render: (percent: number) => <Progress percent={percent} size="small" aria-label={t('tasks.progress')} />,
        },
      ]}
      {...props}
    />
  );
}

/** A titled list of tasks for one query, with its count (My unit, To do). */
export function TaskSection({ title, query, empty }: { title: string; query: TaskQuery; empty: string }) {
  const tasks = useTasks(query);
  return (
    <Card
      size="small"
      title={<h2 className="card-title">{`${title}${tasks.data ? ` (${tasks.data.total})` : ''}`}</h2>}
    >
      {tasks.isError ? (
        <LoadError error={tasks.error} retry={() => void tasks.refetch()} />
      ) : (
        <TaskTable
          size="small"
          loading={tasks.isPending}
          dataSource={tasks.data?.items}
          pagination={false}
          locale={{ emptyText: empty }}
        />
      )}
    </Card>
  );
}
