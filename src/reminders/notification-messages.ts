import { DateTime } from 'luxon';
import { formatCalendarDate, formatLocal, localDateOf } from '../common/time/zoned-time';
import { escapeHtml, headerText } from '../mail/mail-text';

/**
 * The texts of every e-mail: Vietnamese for the reader, one English line for
 * those who need it, plain text and HTML. Everything a user typed is escaped in
 * the HTML part; subjects are single lines.
 */

export interface ComposedMessage {
  subject: string;
  text: string;
  html: string;
}

export interface MessageContext {
  appUrl: string;
  timeZone: string;
  now: Date;
}

export interface TaskFacts {
  id: number;
  title: string;
  dueAt: Date;
  /** Set when the deadline was given as a calendar date (it then ends at 23:59:59 local). */
  dueDate: string | null;
  leadDepartmentName: string;
}

/** A digest line: an overdue or due-soon task. */
export interface DigestItem extends TaskFacts {
  role: 'lead' | 'cooperating';
}

export interface DepartmentCounts {
  departmentId: number;
  code: string;
  name: string;
  doneOnTime: number;
  doneLate: number;
  withinDeadline: number;
  overdue: number;
}

/** Longest list a digest or summary spells out; the rest are counted and left to the web app. */
export const DIGEST_LIST_LIMIT = 200;

const SUBJECT_TITLE_LENGTH = 150;

const FOOTER_TEXT =
  '--\nVăn phòng UBND tỉnh — thư gửi tự động, vui lòng không trả lời.\n(Office of the Provincial People’s Committee — automated message, please do not reply.)';
const FOOTER_HTML =
  '<hr><p style="color:#666;font-size:12px">Văn phòng UBND tỉnh — thư gửi tự động, vui lòng không trả lời.<br>' +
  '<span lang="en">Office of the Provincial People’s Committee — automated message, please do not reply.</span></p>';

export function taskLink(appUrl: string, taskId: number): string {
  return `${appUrl}/tasks/${taskId}`;
}

export function composeReminder(
  task: TaskFacts,
  department: { name: string },
  role: 'lead' | 'cooperating',
  context: MessageContext,
): ComposedMessage {
  const left = timeLeft(task, context);
  const deadline = deadlineText(task, context.timeZone);
  const link = taskLink(context.appUrl, task.id);
  const roleVi = role === 'lead' ? 'đơn vị chủ trì' : 'đơn vị phối hợp';
  const roleEn = role === 'lead' ? 'your department leads it' : 'your department is a cooperating department';
  const subject = headerText(
    `[Nhắc hạn${role === 'cooperating' ? ' – phối hợp' : ''}] ${capitalize(left.vi)}: ${headerText(task.title, SUBJECT_TITLE_LENGTH)}`,
    250,
  );
  const english = `English: Reminder: the task "${task.title}" is due ${deadline.en} (${left.en}); ${roleEn}.`;
  const text = [
    `Kính gửi: ${department.name}`,
    '',
    `Nhắc hạn nhiệm vụ (${roleVi}):`,
    `"${task.title}"`,
    `Đơn vị chủ trì: ${task.leadDepartmentName}`,
    `Hạn hoàn thành: ${deadline.vi} — ${left.vi}.`,
    '',
    `Xem và cập nhật tiến độ: ${link}`,
    '',
    english,
    '',
    FOOTER_TEXT,
  ].join('\n');
  const html = page(subject, [
    `<p>Kính gửi: <strong>${escapeHtml(department.name)}</strong></p>`,
    `<p>Nhắc hạn nhiệm vụ (${roleVi}):<br><strong>${escapeHtml(task.title)}</strong></p>`,
    `<p>Đơn vị chủ trì: ${escapeHtml(task.leadDepartmentName)}<br>Hạn hoàn thành: <strong>${escapeHtml(deadline.vi)}</strong> — ${escapeHtml(left.vi)}.</p>`,
    `<p><a href="${escapeHtml(link)}">Xem và cập nhật tiến độ</a></p>`,
    `<p lang="en">${escapeHtml(english)}</p>`,
  ]);
  return { subject, text, html };
}

export function composeOverdue(
  task: TaskFacts,
  department: { name: string },
  context: MessageContext,
): ComposedMessage {
  const deadline = deadlineText(task, context.timeZone);
  const link = taskLink(context.appUrl, task.id);
  const subject = headerText(`[Quá hạn] ${headerText(task.title, SUBJECT_TITLE_LENGTH)}`, 250);
  const english = `English: Overdue: the task "${task.title}" passed its deadline (${deadline.en}) and has not been reported complete.`;
  const text = [
    `Kính gửi: ${department.name}`,
    '',
    `Nhiệm vụ "${task.title}" đã quá hạn hoàn thành (${deadline.vi}) mà chưa được báo cáo hoàn thành.`,
    'Đề nghị đơn vị khẩn trương hoàn thành hoặc đề xuất gia hạn.',
    '',
    `Xem nhiệm vụ: ${link}`,
    '',
    english,
    '',
    FOOTER_TEXT,
  ].join('\n');
  const html = page(subject, [
    `<p>Kính gửi: <strong>${escapeHtml(department.name)}</strong></p>`,
    `<p>Nhiệm vụ <strong>${escapeHtml(task.title)}</strong> đã quá hạn hoàn thành (${escapeHtml(deadline.vi)}) mà chưa được báo cáo hoàn thành.</p>`,
    '<p>Đề nghị đơn vị khẩn trương hoàn thành hoặc đề xuất gia hạn.</p>',
    `<p><a href="${escapeHtml(link)}">Xem nhiệm vụ</a></p>`,
    `<p lang="en">${escapeHtml(english)}</p>`,
  ]);
  return { subject, text, html };
}

/**
 * A department's morning digest: overdue tasks first (most days overdue first),
 * then tasks due soon. `items` come ordered by deadline, which is that order.
 */
export function composeDigest(
  department: { name: string },
  items: readonly DigestItem[],
  period: string,
  context: MessageContext,
): ComposedMessage {
  const overdue = items.filter((item) => item.dueAt.getTime() < context.now.getTime());
  const dueSoon = items.filter((item) => item.dueAt.getTime() >= context.now.getTime());
  const day = formatCalendarDate(period);
  const subject = headerText(
    `[Tổng hợp ngày ${day}] ${headerText(department.name, 120)}: ${overdue.length} nhiệm vụ quá hạn, ${dueSoon.length} sắp đến hạn`,
    250,
  );
  const english = `English: Daily digest for ${day}: ${overdue.length} overdue task(s), ${dueSoon.length} due soon.`;
  const line = (item: DigestItem, index: number, state: string) =>
    `${index + 1}. ${item.title} — ${item.role === 'lead' ? 'chủ trì' : `phối hợp (chủ trì: ${item.leadDepartmentName})`} — hạn ${deadlineText(item, context.timeZone).vi}, ${state}\n   ${taskLink(context.appUrl, item.id)}`;
  const text = [
    `Kính gửi: ${department.name}`,
    '',
    `Tổng hợp nhiệm vụ ngày ${day}: ${overdue.length} nhiệm vụ quá hạn, ${dueSoon.length} nhiệm vụ sắp đến hạn.`,
    ...section(`NHIỆM VỤ QUÁ HẠN (${overdue.length})`, overdue, (item, i) => line(item, i, overdueText(item, context))),
    ...section(`NHIỆM VỤ SẮP ĐẾN HẠN (${dueSoon.length})`, dueSoon, (item, i) =>
      line(item, i, timeLeft(item, context).vi),
    ),
    '',
    english,
    '',
    FOOTER_TEXT,
  ].join('\n');
  const rows = (list: readonly DigestItem[], state: (item: DigestItem) => string) =>
    list
      .slice(0, DIGEST_LIST_LIMIT)
      .map(
        (item) =>
          `<tr><td><a href="${escapeHtml(taskLink(context.appUrl, item.id))}">${escapeHtml(item.title)}</a></td>` +
          `<td>${item.role === 'lead' ? 'Chủ trì' : `Phối hợp (chủ trì: ${escapeHtml(item.leadDepartmentName)})`}</td>` +
          `<td>${escapeHtml(deadlineText(item, context.timeZone).vi)}</td><td>${escapeHtml(state(item))}</td></tr>`,
      )
      .join('');
  const table = (title: string, list: readonly DigestItem[], state: (item: DigestItem) => string) =>
    list.length === 0
      ? ''
      : `<h3>${title} (${list.length})</h3><table border="1" cellpadding="4" cellspacing="0">` +
        `<tr><th>Nhiệm vụ</th><th>Vai trò</th><th>Hạn</th><th>Tình trạng</th></tr>${rows(list, state)}</table>${moreHtml(list.length)}`;
  const html = page(subject, [
    `<p>Kính gửi: <strong>${escapeHtml(department.name)}</strong></p>`,
    `<p>Tổng hợp nhiệm vụ ngày ${day}: <strong>${overdue.length}</strong> nhiệm vụ quá hạn, <strong>${dueSoon.length}</strong> nhiệm vụ sắp đến hạn.</p>`,
    table('Nhiệm vụ quá hạn', overdue, (item) => overdueText(item, context)),
    table('Nhiệm vụ sắp đến hạn', dueSoon, (item) => timeLeft(item, context).vi),
    `<p lang="en">${escapeHtml(english)}</p>`,
  ]);
  return { subject, text, html };
}

/** The office's province-wide summary: counts per lead department, then the overdue list. */
export function composeSummary(
  counts: readonly DepartmentCounts[],
  overdue: readonly TaskFacts[],
  overdueTotal: number,
  period: string,
  context: MessageContext,
): ComposedMessage {
  const day = formatCalendarDate(period);
  const total = counts.reduce(
    (sum, row) => ({
      doneOnTime: sum.doneOnTime + row.doneOnTime,
      doneLate: sum.doneLate + row.doneLate,
      withinDeadline: sum.withinDeadline + row.withinDeadline,
      overdue: sum.overdue + row.overdue,
    }),
    { doneOnTime: 0, doneLate: 0, withinDeadline: 0, overdue: 0 },
  );
  const subject = `[Báo cáo ngày ${day}] Tình hình thực hiện nhiệm vụ: ${total.overdue} quá hạn, ${total.withinDeadline} trong hạn`;
  const asOf = formatLocal(context.now, context.timeZone);
  const totals = `${total.doneOnTime} hoàn thành đúng hạn, ${total.doneLate} hoàn thành quá hạn, ${total.withinDeadline} đang thực hiện trong hạn, ${total.overdue} quá hạn`;
  const english = `English: Task summary as of ${asOf}: ${total.doneOnTime} done on time, ${total.doneLate} done late, ${total.withinDeadline} within deadline, ${total.overdue} overdue.`;
  const listed = overdue.slice(0, DIGEST_LIST_LIMIT);
  const text = [
    'Kính gửi: Văn phòng UBND tỉnh',
    '',
    `Tình hình thực hiện nhiệm vụ đến ${asOf}: ${totals}.`,
    '',
    'THEO ĐƠN VỊ CHỦ TRÌ (hoàn thành đúng hạn / hoàn thành quá hạn / trong hạn / quá hạn)',
    ...counts.map(
      (row) => `- ${row.name}: ${row.doneOnTime} / ${row.doneLate} / ${row.withinDeadline} / ${row.overdue}`,
    ),
    '',
    `DANH SÁCH NHIỆM VỤ QUÁ HẠN (${overdueTotal})`,
    ...listed.map(
      (task, i) =>
        `${i + 1}. ${task.title} — ${task.leadDepartmentName} — hạn ${deadlineText(task, context.timeZone).vi}, ${overdueText(task, context)}\n   ${taskLink(context.appUrl, task.id)}`,
    ),
    ...(overdueTotal > listed.length
      ? [`… và ${overdueTotal - listed.length} nhiệm vụ quá hạn khác (xem trên hệ thống).`]
      : []),
    '',
    english,
    '',
    FOOTER_TEXT,
  ].join('\n');
  const html = page(subject, [
    '<p>Kính gửi: <strong>Văn phòng UBND tỉnh</strong></p>',
    `<p>Tình hình thực hiện nhiệm vụ đến ${escapeHtml(asOf)}: ${escapeHtml(totals)}.</p>`,
    '<h3>Theo đơn vị chủ trì</h3><table border="1" cellpadding="4" cellspacing="0">' +
      '<tr><th>Đơn vị</th><th>Hoàn thành đúng hạn</th><th>Hoàn thành quá hạn</th><th>Trong hạn</th><th>Quá hạn</th></tr>' +
      counts
        .map(
          (row) =>
            `<tr><td>${escapeHtml(row.name)}</td><td>${row.doneOnTime}</td><td>${row.doneLate}</td><td>${row.withinDeadline}</td><td>${row.overdue}</td></tr>`,
        )
        .join('') +
      `<tr><th>Tổng số</th><th>${total.doneOnTime}</th><th>${total.doneLate}</th><th>${total.withinDeadline}</th><th>${total.overdue}</th></tr></table>`,
    `<h3>Danh sách nhiệm vụ quá hạn (${overdueTotal})</h3>` +
      (listed.length === 0
        ? '<p>Không có nhiệm vụ quá hạn.</p>'
        : '<table border="1" cellpadding="4" cellspacing="0"><tr><th>Nhiệm vụ</th><th>Đơn vị chủ trì</th><th>Hạn</th><th>Tình trạng</th></tr>' +
          listed
            .map(
              (task) =>
                `<tr><td><a href="${escapeHtml(taskLink(context.appUrl, task.id))}">${escapeHtml(task.title)}</a></td>` +
                `<td>${escapeHtml(task.leadDepartmentName)}</td><td>${escapeHtml(deadlineText(task, context.timeZone).vi)}</td>` +
                `<td>${escapeHtml(overdueText(task, context))}</td></tr>`,
            )
            .join('') +
          '</table>' +
          moreHtml(overdueTotal)),
    `<p lang="en">${escapeHtml(english)}</p>`,
  ]);
  return { subject: headerText(subject, 250), text, html };
}

/** "ngày 31/01/2024" for a date deadline, "17:00 ngày 31/01/2024" for an exact one. */
export function deadlineText(task: Pick<TaskFacts, 'dueAt' | 'dueDate'>, timeZone: string): { vi: string; en: string } {
  if (task.dueDate) {
    const day = formatCalendarDate(task.dueDate);
    return { vi: `ngày ${day}`, en: `on ${day}` };
  }
  const local = DateTime.fromJSDate(task.dueAt, { zone: timeZone });
  return { vi: formatLocal(task.dueAt, timeZone), en: `at ${local.toFormat('HH:mm:ss, dd/MM/yyyy')} (${timeZone})` };
}

/** How long is left until the deadline, as the reader sees it when the message is sent. */
export function timeLeft(
  task: Pick<TaskFacts, 'dueAt' | 'dueDate'>,
  context: Pick<MessageContext, 'now' | 'timeZone'>,
): { vi: string; en: string } {
  const ms = task.dueAt.getTime() - context.now.getTime();
  if (ms <= 0) return { vi: 'đã đến hạn', en: 'due now' };
  const days = calendarDaysBetween(context.now, task.dueAt, context.timeZone);
  if (ms >= 86_400_000 && days >= 1) return { vi: `còn ${days} ngày`, en: `in ${days} day(s)` };
  if (days === 0 && task.dueDate) return { vi: 'đến hạn hôm nay', en: 'due today' };
  if (ms >= 3_600_000) {
    const hours = Math.floor(ms / 3_600_000);
    return { vi: `còn ${hours} giờ`, en: `in ${hours} hour(s)` };
  }
  if (ms >= 60_000) {
    const minutes = Math.floor(ms / 60_000);
    return { vi: `còn ${minutes} phút`, en: `in ${minutes} minute(s)` };
  }
  const seconds = Math.max(1, Math.round(ms / 1000));
  return { vi: `còn ${seconds} giây`, en: `in ${seconds} second(s)` };
}

export function overdueText(task: Pick<TaskFacts, 'dueAt'>, context: Pick<MessageContext, 'now' | 'timeZone'>): string {
  const days = calendarDaysBetween(task.dueAt, context.now, context.timeZone);
  return days >= 1 ? `quá hạn ${days} ngày` : 'vừa quá hạn';
}

/** Whole local calendar days from `from` to `to` in `timeZone` (not 24-hour periods). */
export function calendarDaysBetween(from: Date, to: Date, timeZone: string): number {
  const a = DateTime.fromISO(localDateOf(from, timeZone), { zone: 'UTC' });
  const b = DateTime.fromISO(localDateOf(to, timeZone), { zone: 'UTC' });
  return Math.round(b.diff(a, 'days').days);
}

function section<T>(title: string, items: readonly T[], line: (item: T, index: number) => string): string[] {
  if (items.length === 0) return [];
  const listed = items.slice(0, DIGEST_LIST_LIMIT);
  return [
    '',
    title,
    ...listed.map(line),
    ...(items.length > listed.length
      ? [`… và ${items.length - listed.length} nhiệm vụ khác (xem trên hệ thống).`]
      : []),
  ];
}

function moreHtml(total: number): string {
  return total > DIGEST_LIST_LIMIT ? `<p>… và ${total - DIGEST_LIST_LIMIT} nhiệm vụ khác (xem trên hệ thống).</p>` : '';
}

function page(title: string, blocks: string[]): string {
  return (
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body style="font-family:Arial,sans-serif;font-size:14px">${blocks.filter(Boolean).join('\n')}${FOOTER_HTML}</body></html>`
  );
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
