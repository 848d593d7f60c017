import { deadlineText, statusLabel } from '../../src/exports/task-labels';
import { TASK_STATUS_LABELS } from '../../src/tasks/task-status';

/** The exports name statuses as the tasks feature does, under both names of the standing status. */
describe('Status labels in the exported files', () => {
  it('are the tasks feature’s own labels', () => {
    for (const [status, label] of Object.entries(TASK_STATUS_LABELS)) expect(statusLabel(status)).toBe(label);
    expect(statusLabel('overdue')).toBe('Quá hạn');
    expect(statusLabel('cancelled')).toBe('Dừng thực hiện');
  });

  it('call a standing task "Thường xuyên" whether its status is `standing` or the older `no_deadline`', () => {
    expect(statusLabel('standing')).toBe('Thường xuyên');
    expect(statusLabel('no_deadline')).toBe('Thường xuyên');
    expect(deadlineText({ dueDate: null, dueAt: null }, 'Asia/Ho_Chi_Minh')).toBe('Thường xuyên');
  });
});
