import { formatCalendarDate, localDateOf } from '../common/time/zoned-time';
import type { AuditEntry, AuditValues } from './audit-entry.entity';

export const TASK_HISTORY_ACTIONS = [
  'task_created',
  'task_updated',
  'deadline_changed',
  'task_cancelled',
  'progress_reported',
  'note_added',
  'completion_reported',
  'completion_confirmed',
  'completion_returned',
  'extension_requested',
  'extension_forwarded',
  'extension_approved',
  'extension_rejected',
  'attachment_added',
  'unit_merged',
  'record_deleted',
] as const;
export type TaskHistoryAction = (typeof TASK_HISTORY_ACTIONS)[number];

/** Task fields as the task page names them; others are bookkeeping and stay out of the history. */
const FIELD_LABELS: Record<string, string> = {
  title: 'Tên nhiệm vụ',
  description: 'Nội dung',
  sessionId: 'Phiên họp',
  documentId: 'Văn bản giao nhiệm vụ',
  leaderId: 'Lãnh đạo chỉ đạo',
  kind: 'Loại nhiệm vụ',
  leadDepartmentId: 'Đơn vị chủ trì',
  supportDepartmentIds: 'Đơn vị phối hợp',
  dueDate: 'Thời hạn',
  dueAt: 'Thời hạn',
  workingDays: 'Số ngày làm việc',
  recurrence: 'Định kỳ',
  isKey: 'Nhiệm vụ trọng tâm',
  completedOn: 'Ngày hoàn thành thực tế',
  result: 'Kết quả thực hiện',
  resultDocument: 'Văn bản báo cáo kết quả',
  difficulties: 'Khó khăn, vướng mắc, đề xuất',
  cancelReason: 'Lý do dừng thực hiện',
};

export interface HistoryLine {
  action: TaskHistoryAction;
  summary: string;
  changes: Array<{ field: string; label: string; before: unknown; after: unknown }>;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * One entry of the audit trail as a line of the task's history, in words the
 * office uses; null for writes that are bookkeeping (a progress percent copied
 * to the task, an attachment linked to its report, a deadline change row
 * whose task edit already tells the story).
 */
export function historyLineOf(entry: AuditEntry, zone: string): HistoryLine | null {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const date = (values: AuditValues): string => {
    if (typeof values.dueDate === 'string') return formatCalendarDate(values.dueDate);
    if (typeof values.dueAt === 'string') return formatCalendarDate(localDateOf(new Date(values.dueAt), zone));
    return 'không thời hạn';
  };
  if (entry.action === 'delete') return { action: 'record_deleted', summary: 'Xoá dữ liệu', changes: [] };
  switch (entry.entity) {
    case 'task':
      return entry.action === 'create' ? { action: 'task_created', summary: 'Giao nhiệm vụ', changes: [] } : taskEdit();
    case 'task_progress':
      if (entry.action !== 'create') return null;
      if (typeof after.percent !== 'number')
        return { action: 'note_added', summary: `Ý kiến: ${text(after.note)}`, changes: [] };
      return {
        action: 'progress_reported',
        summary: `Cập nhật tiến độ ${after.percent}%${text(after.note) ? `: ${text(after.note)}` : ''}`,
        changes: [],
      };
    case 'task_extension': {
      const requested = {
        dueDate: after.requestedDueDate ?? before.requestedDueDate,
        dueAt: after.requestedDueAt ?? before.requestedDueAt,
      };
      if (entry.action === 'create')
        return {
          action: 'extension_requested',
          summary: `Đề nghị gia hạn đến ngày ${date(requested)}: ${text(after.reason)}`,
          changes: [],
        };
      if (after.status === 'approved')
        return { action: 'extension_approved', summary: `Đồng ý gia hạn đến ngày ${date(requested)}`, changes: [] };
      if (after.status === 'rejected')
        return {
          action: 'extension_rejected',
          summary: `Không đồng ý gia hạn${text(after.decisionNote) ? `: ${text(after.decisionNote)}` : ''}`,
          changes: [],
        };
      if (after.forwardedAt)
        return {
          action: 'extension_forwarded',
          summary: `Văn phòng trình đề nghị gia hạn${text(after.forwardOpinion) ? `: ${text(after.forwardOpinion)}` : ''}`,
          changes: [],
        };
      return null;
    }
    case 'task_department_change': {
      if (entry.action !== 'create') return null;
      const lead = after.role === 'lead';
      const on = typeof after.effectiveOn === 'string' ? ` từ ngày ${formatCalendarDate(after.effectiveOn)}` : '';
      const field = lead ? 'leadDepartmentId' : 'supportDepartmentIds';
      return {
        action: 'unit_merged',
        summary: lead
          ? `Đơn vị chủ trì được sáp nhập: nhiệm vụ chuyển sang đơn vị tiếp nhận${on}`
          : `Đơn vị phối hợp được sáp nhập: vai trò phối hợp chuyển sang đơn vị tiếp nhận${on}`,
        changes: [
          {
            field,
            label: FIELD_LABELS[field],
            before: after.fromDepartmentId ?? null,
            after: after.toDepartmentId ?? null,
          },
        ],
      };
    }
    case 'task_attachment':
      return entry.action === 'create'
        ? { action: 'attachment_added', summary: `Đính kèm tệp ${text(after.fileName)}`, changes: [] }
        : null;
    default:
      return null;
  }

  function taskEdit(): HistoryLine | null {
    if (after.cancelledAt) {
      return {
        action: 'task_cancelled',
        summary: `Dừng thực hiện nhiệm vụ${text(after.cancelReason) ? `: ${text(after.cancelReason)}` : ''}`,
        changes: [],
      };
    }
    if ('completedAt' in after && before.completedAt && after.completedAt === null) {
      return { action: 'completion_returned', summary: 'Văn phòng trả lại báo cáo hoàn thành', changes: [] };
    }
    if (after.completedAt && !before.completedAt) {
      const on =
        typeof after.completedOn === 'string'
          ? ` (ngày hoàn thành thực tế ${formatCalendarDate(after.completedOn)})`
          : '';
      return {
        action: 'completion_reported',
        summary: `Báo cáo hoàn thành${on}${after.confirmedAt ? ', được ghi nhận ngay' : ''}`,
        changes: [],
      };
    }
    if (after.confirmedAt && !before.confirmedAt) {
      return { action: 'completion_confirmed', summary: 'Văn phòng xác nhận hoàn thành', changes: [] };
    }
    const changes = Object.keys(after)
      .filter((field) => field in FIELD_LABELS && JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      .filter((field) => !(field === 'dueAt' && 'dueDate' in after && after.dueDate !== before.dueDate))
      .map((field) => ({
        field,
        label: FIELD_LABELS[field],
        before: before[field] ?? null,
        after: after[field] ?? null,
      }));
    if (changes.length === 0) return null;
    if (changes.some((c) => c.field === 'dueDate' || c.field === 'dueAt')) {
      const others = changes.filter((c) => c.field !== 'dueDate' && c.field !== 'dueAt');
      return {
        action: 'deadline_changed',
        summary:
          `Thay đổi thời hạn từ ${date(before)} thành ${date(after)}` +
          (others.length > 0 ? `; sửa ${others.map((c) => c.label.toLowerCase()).join(', ')}` : ''),
        changes,
      };
    }
    return {
      action: 'task_updated',
      summary: `Sửa ${[...new Set(changes.map((c) => c.label.toLowerCase()))].join(', ')}`,
      changes,
    };
  }
}
