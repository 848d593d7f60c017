import { formatCalendarDate } from '../common/time/zoned-time';
import { escapeHtml, headerText } from '../mail/mail-text';
import {
  ComposedMessage,
  deadlineText,
  letter,
  MessageContext,
  officeName,
  Paragraph,
  para,
  TaskFacts,
  taskLink,
} from './notification-messages';
import type { TaskEventKind } from '../notifications/notification.entity';

/** What an event e-mail says about the extension it concerns. */
export interface ExtensionFacts {
  requestedDueAt: Date;
  requestedDueDate: string | null;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  decisionNote: string | null;
  /** The office's opinion when it forwarded the request to the deciding leader. */
  forwardOpinion: string | null;
}

export interface TaskEventFacts extends TaskFacts {
  dueAt: Date;
  role: 'lead' | 'cooperating' | 'office' | 'leader';
  cancelReason: string | null;
  completedOn: string | null;
  extension: ExtensionFacts | null;
  /** Why the office returned the completion (done_returned). */
  returnReason: string | null;
}

const TITLE_LENGTH = 150;

/**
 * The e-mails of the moments that call for someone's action: a task assigned,
 * its deadline changed, the task stopped, an extension requested, forwarded or
 * decided, a completion reported or returned. One function, one wording per event, in the frame every
 * message shares.
 */
export function composeTaskEvent(
  kind: TaskEventKind,
  task: TaskEventFacts,
  to: string,
  context: MessageContext,
): ComposedMessage {
  const title = headerText(task.title, TITLE_LENGTH);
  const deadline = task.dueAt.getTime() > 0 ? deadlineText(task, context.timeZone) : null;
  const deadlineLine = deadline ? `Thời hạn hoàn thành: ${deadline.vi}.` : 'Nhiệm vụ thường xuyên (không có thời hạn).';
  const roleVi = task.role === 'lead' ? 'chủ trì' : 'phối hợp';
  const quoted: Paragraph = {
    text: `"${task.title}"\nĐơn vị chủ trì: ${task.leadDepartmentName}\n${deadlineLine}`,
    html: `<p><strong>${escapeHtml(task.title)}</strong><br>Đơn vị chủ trì: ${escapeHtml(task.leadDepartmentName)}<br>${escapeHtml(deadlineLine)}</p>`,
  };
  const link = { url: taskLink(context.appUrl, task.id), label: 'Xem nhiệm vụ' };
  const office = officeName(context.province);
  const extension = task.extension;
  const requested = extension
    ? extension.requestedDueDate
      ? `ngày ${formatCalendarDate(extension.requestedDueDate)}`
      : deadlineText({ dueAt: extension.requestedDueAt, dueDate: null }, context.timeZone).vi
    : '';
  switch (kind) {
    case 'assigned':
      return letter(
        `[Giao nhiệm vụ] ${title}`,
        to,
        [para(`${office} thông báo Quý cơ quan được giao ${roleVi} thực hiện nhiệm vụ:`), quoted],
        { ...link, label: 'Xem nhiệm vụ và cập nhật tiến độ' },
        `A task has been assigned to your department (${task.role === 'lead' ? 'as lead' : 'as a cooperating department'}): "${task.title}"${deadline ? `, due ${deadline.en}` : ''}.`,
        context,
      );
    case 'deadline_moved':
      return letter(
        `[Điều chỉnh thời hạn] ${title}`,
        to,
        [
          para(`${office} thông báo thời hạn hoàn thành của nhiệm vụ Quý cơ quan ${roleVi} đã được điều chỉnh:`),
          quoted,
        ],
        link,
        `The deadline of the task "${task.title}" has changed${deadline ? `: it is now due ${deadline.en}` : ''}.`,
        context,
      );
    case 'task_cancelled':
      return letter(
        `[Dừng thực hiện] ${title}`,
        to,
        [
          para(`${office} thông báo dừng thực hiện nhiệm vụ Quý cơ quan ${roleVi}:`),
          quoted,
          ...(task.cancelReason ? [para(`Lý do: ${task.cancelReason}`)] : []),
        ],
        link,
        `The task "${task.title}" has been stopped; no further report is needed.`,
        context,
      );
    case 'ext_requested':
      return letter(
        `[Đề nghị gia hạn] ${title}`,
        to,
        [
          para(`${task.leadDepartmentName} đề nghị gia hạn nhiệm vụ đến ${requested}:`),
          quoted,
          para(`Lý do: ${extension?.reason ?? ''}`),
          para('Đề nghị xem xét, cho ý kiến quyết định.'),
        ],
        { ...link, label: 'Xem và quyết định' },
        `${task.leadDepartmentName} asks for the deadline of the task "${task.title}" to be extended (reason given in Vietnamese above); your decision is awaited.`,
        context,
      );
    case 'ext_forwarded':
      return letter(
        `[Trình đề nghị gia hạn] ${title}`,
        to,
        [
          para(`${office} trình đề nghị của ${task.leadDepartmentName} gia hạn nhiệm vụ đến ${requested}:`),
          quoted,
          para(`Lý do: ${extension?.reason ?? ''}`),
          ...(extension?.forwardOpinion ? [para(`Ý kiến của ${office}: ${extension.forwardOpinion}`)] : []),
          para('Kính trình Lãnh đạo xem xét, quyết định.'),
        ],
        { ...link, label: 'Xem và quyết định' },
        `The office forwards ${task.leadDepartmentName}'s request to extend the task "${task.title}", with its opinion (in Vietnamese above); your decision is awaited.`,
        context,
      );
    case 'ext_decided': {
      const approved = extension?.status === 'approved';
      return letter(
        `[${approved ? 'Đồng ý gia hạn' : 'Không đồng ý gia hạn'}] ${title}`,
        to,
        [
          para(
            approved
              ? `Đề nghị gia hạn nhiệm vụ của Quý cơ quan đã được đồng ý; thời hạn hoàn thành mới: ${requested}.`
              : `Đề nghị gia hạn nhiệm vụ của Quý cơ quan không được đồng ý; đề nghị Quý cơ quan hoàn thành nhiệm vụ theo thời hạn đã giao.`,
          ),
          quoted,
          ...(extension?.decisionNote ? [para(`Ý kiến: ${extension.decisionNote}`)] : []),
        ],
        link,
        approved
          ? `Your request to extend the task "${task.title}" was approved.`
          : `Your request to extend the task "${task.title}" was refused; please complete it by the current deadline.`,
        context,
      );
    }
    case 'done_reported':
      return letter(
        `[Báo cáo hoàn thành] ${title}`,
        to,
        [
          para(
            `${task.leadDepartmentName} báo cáo hoàn thành nhiệm vụ${task.completedOn ? ` ngày ${formatCalendarDate(task.completedOn)}` : ''}:`,
          ),
          quoted,
          para('Đề nghị xem xét, xác nhận kết quả.'),
        ],
        { ...link, label: 'Xem kết quả và xác nhận' },
        `${task.leadDepartmentName} reports the task "${task.title}" complete; please review and confirm it.`,
        context,
      );
    case 'done_returned':
      return letter(
        `[Trả lại báo cáo hoàn thành] ${title}`,
        to,
        [
          para('Báo cáo hoàn thành nhiệm vụ của Quý cơ quan chưa được xác nhận và được trả lại:'),
          quoted,
          ...(task.returnReason ? [para(`Lý do: ${task.returnReason}`)] : []),
          para('Đề nghị Quý cơ quan tiếp tục thực hiện và báo cáo lại kết quả.'),
        ],
        link,
        `Your completion report for the task "${task.title}" was returned; please carry on and report again.`,
        context,
      );
  }
}
