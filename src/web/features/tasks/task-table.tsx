import { CheckCircleFilled } from '@ant-design/icons';
import { Card, Grid, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusTag } from '../../app/task-status';
import { LoadError } from '../../components/query-state';
import { useDepartments, useTasks, type Task, type TaskQuery } from '../../lib/api/queries';
import { daysSince, formatDate } from '../../lib/format';
import { PlainTable } from '../../components/plain-table';
import { ResponsiveTable } from '../../components/responsive-table';

const OPEN = new Set(['in_progress', 'due_soon', 'overdue']);

/** How far a deadline is: "Quá hạn 5 ngày", "Đến hạn hôm nay" or "Còn 2 ngày" for open tasks. */
export function DeadlineNote({ task }: { task: Task }) {
  const { t } = useTranslation();
  const due = task.dueDate ?? task.dueAt;
  if (!due || !OPEN.has(task.status)) return null;
  const days = daysSince(due);
  // Typography.Text's markup, written out: a list renders one per row (see TaskTable).
  return days > 0 ? (
    <span className="ant-typography ant-typography-danger">{t('tasks.daysOverdue', { count: days })}</span>
  ) : days === 0 ? (
    <span className="ant-typography">
      <strong>{t('tasks.dueToday')}</strong>
    </span>
  ) : (
    <span className="ant-typography ant-typography-secondary">{t('tasks.daysLeft', { count: -days })}</span>
  );
}

/** Progress's small line, as antd draws it (role, bar, figure; a tick once complete). */
function ProgressLine({ percent, label }: { percent: number; label: string }) {
  const done = percent >= 100;
  return (
    <div
      className={`ant-progress ant-progress-status-${done ? 'success' : 'normal'} ant-progress-line ant-progress-line-align-end ant-progress-line-position-outer ant-progress-show-info ant-progress-small`}
      role="progressbar"
      aria-valuenow={percent}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-label={label}
    >
      <div className="ant-progress-body" style={{ width: '100%' }}>
        <div className="ant-progress-rail" style={{ height: 6 }}>
          <div className="ant-progress-track" style={{ width: `${Math.min(100, Math.max(0, percent))}%`, height: 6 }} />
        </div>
        <span
          className="ant-progress-indicator ant-progress-indicator-end ant-progress-indicator-outer"
          title={done ? undefined : `${percent}%`}
        >
          {done ? <CheckCircleFilled /> : `${percent}%`}
        </span>
      </div>
    </div>
  );
}

/**
 * The task list every page uses; sorting and paging are the caller's (server-side). Its cells are plain markup
 * with antd's class names rather than Space, Typography, Tag and Progress components: a page of rows mounted
 * several of those per row, which took about a fifth of the task list's first render.
 */
export function TaskTable({
  dueSort,
  className,
  ...props
}: TableProps<Task> & { dueSort?: 'ascend' | 'descend' | null }) {
  const { t } = useTranslation();
  const { byId } = useDepartments();
  // On a phone the rows are cards (ResponsiveTable); wider, antd's table markup without its Table (PlainTable).
  const phone = Grid.useBreakpoint().sm === false;
  const List = phone ? ResponsiveTable<Task> : PlainTable<Task>;
  return (
    <List
      rowKey="id"
      size="middle"
      // Scrolls sideways below 900 px through its style sheet (.task-table).
      className={className ? `task-table ${className}` : 'task-table'}
      columns={[
        {
          title: t('tasks.name'),
          dataIndex: 'title',
          render: (title: string, task) => (
            <div className="task-cell">
              <Link to={`/tasks/${task.id}`}>{title}</Link>
              {(task.isKey || task.document?.number) && (
                <div className="task-cell-meta">
                  {task.isKey && <span className="ant-tag ant-tag-filled ant-tag-magenta">{t('tasks.isKey')}</span>}
                  {task.document?.number && (
                    <span className="ant-typography ant-typography-secondary">{task.document.number}</span>
                  )}
                </div>
              )}
            </div>
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
            <div className="task-cell task-cell-tight">
              <span>{task.dueDate || task.dueAt ? formatDate(task.dueDate ?? task.dueAt) : t('tasks.noDeadline')}</span>
              <DeadlineNote task={task} />
            </div>
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
          render: (percent: number) => <ProgressLine percent={percent} label={t('tasks.progress')} />,
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
