import { useTranslation } from 'react-i18next';
import type { Task } from '../lib/api/queries';

const COLORS: Record<string, string> = {
  in_progress: 'blue',
  due_soon: 'orange',
  overdue: 'red',
  standing: 'cyan',
  awaiting_confirmation: 'purple',
  done_on_time: 'green',
  done_late: 'gold',
  cancelled: 'default',
};

/**
 * The status of a task in the government's wording: the server's label when it sends one. Tag's markup written
 * out (antd's styles apply), as lists show one per row.
 */
export function StatusTag({ task }: { task: Pick<Task, 'status' | 'statusLabel'> }) {
  const { t, i18n } = useTranslation();
  const label = i18n.language === 'vi' && task.statusLabel ? task.statusLabel : t(`status.${task.status}`);
  return <span className={`ant-tag ant-tag-filled ant-tag-${COLORS[task.status] ?? 'default'}`}>{label}</span>;
}
