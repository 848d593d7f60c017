import { DateTime } from 'luxon';
import { formatCalendarDate, formatLocal, localDateOf } from '../common/time/zoned-time';
import { escapeHtml, headerText } from '../mail/mail-text';
import { upperFirst } from '../common/text/letter-case';

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
  /** PROVINCE_NAME as written in Vietnamese: "tỉnh Bắc Kạn", "thành phố Hà Nội". */
  province: string;
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

/** A lead department's tasks in the reporting classes (I. done, II. open, III. standing). */
export interface DepartmentCounts {
  departmentId: number;
  code: string;
  name: string;
  doneOnTime: number;
  doneLate: number;
  withinDeadline: number;
  overdue: number;
  awaitingConfirmation: number;
  standing: number;
}

/** Longest list a digest or summary spells out; the rest are counted and left to the web app. */
export const DIGEST_LIST_LIMIT = 200;

const SUBJECT_TITLE_LENGTH = 150;

export function taskLink(appUrl: string, taskId: number): string {
  return `${appUrl}/tasks/${taskId}`;
}

/** "Văn phòng UBND tỉnh Bắc Kạn": the sender's name, from PROVINCE_NAME. */
export function officeName(province: string): string {
  return `Văn phòng UBND ${province}`;
}

/** "tỉnh Bắc Kạn" → "Bắc Kạn Provincial", "thành phố Hà Nội" → "Hà Nội City", for the English lines. */
export function provinceInEnglish(province: string): string {
  const match = /^(tỉnh|thành phố)\s+(.+)$/iu.exec(province.trim());
  if (!match) return province.trim();
  return `${match[2]} ${match[1].toLowerCase() === 'tỉnh' ? 'Provincial' : 'City'}`;
}

/** One paragraph of a letter: its plain text and its HTML (user text already escaped). */
export interface Paragraph {
  text: string;
  html: string;
}

/** A paragraph from plain text, escaped for HTML. */
export function para(text: string): Paragraph {
  return { text, html: `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>` };
}

/**
 * The frame every e-mail shares: the office's letterhead, "Kính gửi", the
 * paragraphs, the link, the English line and the footer, as plain text and HTML.
 */
export function letter(
  subject: string,
  to: string,
  paragraphs: readonly Paragraph[],
  link: { url: string; label: string } | null,
  english: string,
  context: Pick<MessageContext, 'province'>,
): ComposedMessage {
  const office = officeName(context.province);
  const officeEn = `Office of the ${provinceInEnglish(context.province)} People’s Committee`;
  const englishLine = `English: ${english}`;
  const text = [
    office.toUpperCase(),
    '',
    `Kính gửi: ${to}`,
    ...paragraphs.flatMap((p) => ['', p.text]),
    ...(link ? ['', `${link.label}: ${link.url}`] : []),
    '',
    englishLine,
    '',
    `--\n${office} — thư gửi tự động, vui lòng không trả lời.\n(${officeEn} — automated message, please do not reply.)`,
  ].join('\n');
  const html =
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="font-family:Arial,sans-serif;font-size:14px">` +
    [
      `<p style="font-weight:bold">${escapeHtml(office.toUpperCase())}</p>`,
      `<p>Kính gửi: <strong>${escapeHtml(to)}</strong></p>`,
      ...paragraphs.map((p) => p.html),
      link ? `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>` : '',
      `<p lang="en">${escapeHtml(englishLine)}</p>`,
      `<hr><p style="color:#666;font-size:12px">${escapeHtml(office)} — thư gửi tự động, vui lòng không trả lời.<br>` +
        `<span lang="en">${escapeHtml(officeEn)} — automated message, please do not reply.</span></p>`,
    ]
      .filter(Boolean)
      .join('\n') +
    '</body></html>';
  return { subject: headerText(subject, 250), text, html };
}

/** "[Nhắc việc] Còn 3 ngày: <title>"; the English line says the same. */
export function composeReminder(
  task: TaskFacts,
  department: { name: string },
  role: 'lead' | 'cooperating',
  context: MessageContext,
): ComposedMessage {
  const left = timeLeft(task, context);
  const deadline = deadlineText(task, context.timeZone);
  const tag = role === 'lead' ? '[Nhắc việc]' : '[Nhắc việc – đơn vị phối hợp]';
  const roleVi = role === 'lead' ? 'đơn vị chủ trì' : 'đơn vị phối hợp';
  const roleEn = role === 'lead' ? 'your department leads it' : 'your department is a cooperating department';
  const subject = `${tag} ${upperFirst(left.vi)}: ${headerText(task.title, SUBJECT_TITLE_LENGTH)}`;
  const english = `Reminder: the task "${task.title}" is due ${deadline.en} (${left.en}); ${roleEn}.`;
  return letter(
    subject,
    department.name,
    [
      {
        text: `${officeName(context.province)} nhắc Quý cơ quan thực hiện nhiệm vụ (${roleVi}):\n"${task.title}"`,
        html: `<p>${escapeHtml(officeName(context.province))} nhắc Quý cơ quan thực hiện nhiệm vụ (${roleVi}):<br><strong>${escapeHtml(task.title)}</strong></p>`,
      },
      {
        text: `Đơn vị chủ trì: ${task.leadDepartmentName}\nThời hạn hoàn thành: ${deadline.vi} — ${left.vi}.`,
        html: `<p>Đơn vị chủ trì: ${escapeHtml(task.leadDepartmentName)}<br>Thời hạn hoàn thành: <strong>${escapeHtml(deadline.vi)}</strong> — ${escapeHtml(left.vi)}.</p>`,
      },
    ],
    { url: taskLink(context.appUrl, task.id), label: 'Xem và cập nhật tiến độ' },
    english,
    context,
  );
}

/** The overdue notice: carry the task out and report the result, with the cause and a proposed completion date. */
export function composeOverdue(
  task: TaskFacts,
  department: { name: string },
  context: MessageContext,
): ComposedMessage {
  const deadline = deadlineText(task, context.timeZone);
  const subject = `[Quá hạn] ${headerText(task.title, SUBJECT_TITLE_LENGTH)}`;
  const english =
    `Overdue: the task "${task.title}" passed its deadline (${deadline.en}) and has not been reported complete. ` +
    'Please carry it out and report the result, stating the cause of the delay and a proposed completion date.';
  return letter(
    subject,
    department.name,
    [
      {
        text: `Nhiệm vụ "${task.title}" đã quá thời hạn hoàn thành (${deadline.vi}) mà chưa được báo cáo hoàn thành.`,
        html: `<p>Nhiệm vụ <strong>${escapeHtml(task.title)}</strong> đã quá thời hạn hoàn thành (${escapeHtml(deadline.vi)}) mà chưa được báo cáo hoàn thành.</p>`,
      },
      para(
        `Đề nghị Quý cơ quan khẩn trương tổ chức thực hiện và báo cáo kết quả về ${officeName(context.province)}; ` +
          'trường hợp chưa hoàn thành, báo cáo rõ nguyên nhân và đề xuất thời gian hoàn thành.',
      ),
    ],
    { url: taskLink(context.appUrl, task.id), label: 'Xem nhiệm vụ và báo cáo kết quả' },
    english,
    context,
  );
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
  const subject = `[Tổng hợp ngày ${day}] ${headerText(department.name, 120)}: ${overdue.length} nhiệm vụ quá hạn, ${dueSoon.length} sắp đến hạn`;
  const english = `Tasks of your department as of ${day}: ${overdue.length} overdue, ${dueSoon.length} due soon.`;
  const roleText = (item: DigestItem) =>
    item.role === 'lead' ? 'Chủ trì' : `Phối hợp (chủ trì: ${item.leadDepartmentName})`;
  // Each listed item's texts, computed once for the plain text and the HTML (zoned date formatting is the costly part).
  const block = (title: string, list: readonly DigestItem[], state: (item: DigestItem) => string): Paragraph => {
    const rows = listed(list).map((item) => ({
      title: item.title,
      role: roleText(item),
      deadline: deadlineText(item, context.timeZone).vi,
      state: state(item),
      link: taskLink(context.appUrl, item.id),
    }));
    return {
      text: [
        `${title} (${list.length})`,
        ...rows.map(
          (row, i) => `${i + 1}. ${row.title} — ${row.role} — Thời hạn: ${row.deadline}, ${row.state}\n   ${row.link}`,
        ),
        ...more(list.length),
      ].join('\n'),
      html:
        `<h3>${escapeHtml(title)} (${list.length})</h3><table border="1" cellpadding="4" cellspacing="0">` +
        '<tr><th>Nhiệm vụ</th><th>Chủ trì/Phối hợp</th><th>Thời hạn</th><th>Tình trạng</th></tr>' +
        rows
          .map(
            (row) =>
              `<tr><td><a href="${escapeHtml(row.link)}">${escapeHtml(row.title)}</a></td>` +
              `<td>${escapeHtml(row.role)}</td><td>${escapeHtml(row.deadline)}</td>` +
              `<td>${escapeHtml(row.state)}</td></tr>`,
          )
          .join('') +
        `</table>${moreHtml(list.length)}`,
    };
  };
  return letter(
    subject,
    department.name,
    [
      {
        text: `Tình hình nhiệm vụ của Quý cơ quan tính đến ngày ${day}: ${overdue.length} nhiệm vụ quá hạn, ${dueSoon.length} nhiệm vụ sắp đến hạn.`,
        html: `<h2 style="font-size:16px">Tình hình nhiệm vụ của Quý cơ quan tính đến ngày ${day}</h2><p><strong>${overdue.length}</strong> nhiệm vụ quá hạn, <strong>${dueSoon.length}</strong> nhiệm vụ sắp đến hạn.</p>`,
      },
      ...(overdue.length > 0 ? [block('NHIỆM VỤ QUÁ HẠN', overdue, (item) => overdueText(item, context))] : []),
      ...(dueSoon.length > 0 ? [block('NHIỆM VỤ SẮP ĐẾN HẠN', dueSoon, (item) => timeLeft(item, context).vi)] : []),
    ],
    null,
    english,
    context,
  );
}

/** The reporting classes of a summary, in the order and with the names the office reports them. */
const SUMMARY_GROUPS = [
  {
    heading: 'I. Đã hoàn thành',
    en: 'I. Completed',
    classes: [
      { key: 'doneOnTime', vi: 'đúng hạn', en: 'on time' },
      { key: 'doneLate', vi: 'quá hạn', en: 'late' },
    ],
  },
  {
    heading: 'II. Chưa hoàn thành',
    en: 'II. Not completed',
    classes: [
      { key: 'withinDeadline', vi: 'trong hạn', en: 'within the deadline' },
      { key: 'overdue', vi: 'quá hạn', en: 'overdue' },
      { key: 'awaitingConfirmation', vi: 'chờ xác nhận', en: 'awaiting confirmation' },
    ],
  },
  { heading: 'III. Thường xuyên', en: 'III. Standing', classes: [{ key: 'standing', vi: '', en: '' }] },
] as const;

type CountKey = (typeof SUMMARY_GROUPS)[number]['classes'][number]['key'];

/** The office's province-wide summary: the three groups for the province and per lead department, then the overdue list. */
export function composeSummary(
  counts: readonly DepartmentCounts[],
  overdue: readonly TaskFacts[],
  overdueTotal: number,
  period: string,
  context: MessageContext,
): ComposedMessage {
  const day = formatCalendarDate(period);
  const keys = SUMMARY_GROUPS.flatMap((group) => group.classes.map((c) => c.key));
  const total = Object.fromEntries(keys.map((key) => [key, counts.reduce((sum, row) => sum + row[key], 0)])) as Record<
    CountKey,
    number
  >;
  const subject = `[Tổng hợp ngày ${day}] Tình hình thực hiện nhiệm vụ: ${total.overdue} quá hạn, ${total.withinDeadline} trong hạn`;
  const asOf = formatLocal(context.now, context.timeZone);
  const groupSum = (group: (typeof SUMMARY_GROUPS)[number], row: Record<CountKey, number>) =>
    group.classes.reduce((sum, c) => sum + row[c.key], 0);
  const groupLine = (group: (typeof SUMMARY_GROUPS)[number], row: Record<CountKey, number>, lang: 'vi' | 'en') => {
    const detail = group.classes.filter((c) => c[lang]).map((c) => `${c[lang]}: ${row[c.key]}`);
    return `${lang === 'vi' ? group.heading : group.en}: ${groupSum(group, row)}${detail.length > 0 ? ` (${detail.join('; ')})` : ''}`;
  };
  const english = `Task summary as of ${formatLocalEnglish(context.now, context.timeZone)}: ${SUMMARY_GROUPS.map((g) => groupLine(g, total, 'en')).join('; ')}.`;
  const list = listed(overdue);
  const columns = SUMMARY_GROUPS.flatMap((group) => group.classes.map((c) => ({ group, c })));
  const table =
    '<table border="1" cellpadding="4" cellspacing="0">' +
    '<tr><th rowspan="2">Đơn vị chủ trì</th>' +
    SUMMARY_GROUPS.map(
      (g) =>
        `<th colspan="${g.classes.length}"${g.classes.length === 1 ? ' rowspan="2"' : ''}>${escapeHtml(g.heading)}</th>`,
    ).join('') +
    '</tr><tr>' +
    columns
      .filter(({ group }) => group.classes.length > 1)
      .map(({ c }) => `<th>${escapeHtml(upperFirst(c.vi))}</th>`)
      .join('') +
    '</tr>' +
    counts
      .map(
        (row) =>
          `<tr><td>${escapeHtml(row.name)}</td>${columns.map(({ c }) => `<td>${row[c.key]}</td>`).join('')}</tr>`,
      )
      .join('') +
    `<tr><th>Tổng số</th>${columns.map(({ c }) => `<th>${total[c.key]}</th>`).join('')}</tr></table>`;
  return letter(
    subject,
    `Lãnh đạo ${officeName(context.province)}`,
    [
      {
        text: [
          `Tình hình thực hiện nhiệm vụ đến ${asOf}:`,
          ...SUMMARY_GROUPS.map((g) => groupLine(g, total, 'vi')),
        ].join('\n'),
        html:
          `<h2 style="font-size:16px">Tình hình thực hiện nhiệm vụ đến ${escapeHtml(asOf)}</h2><ul>` +
          SUMMARY_GROUPS.map((g) => `<li>${escapeHtml(groupLine(g, total, 'vi'))}</li>`).join('') +
          '</ul>',
      },
      {
        text: [
          'THEO ĐƠN VỊ CHỦ TRÌ',
          ...counts.map((row) => `- ${row.name}: ${SUMMARY_GROUPS.map((g) => groupLine(g, row, 'vi')).join(' – ')}`),
        ].join('\n'),
        html: `<h3>Theo đơn vị chủ trì</h3>${table}`,
      },
      {
        text: [
          `DANH SÁCH NHIỆM VỤ QUÁ HẠN (${overdueTotal})`,
          ...list.map(
            (task, i) =>
              `${i + 1}. ${task.title} — ${task.leadDepartmentName} — Thời hạn: ${deadlineText(task, context.timeZone).vi}, ${overdueText(task, context)}\n   ${taskLink(context.appUrl, task.id)}`,
          ),
          ...more(overdueTotal, list.length),
        ].join('\n'),
        html:
          `<h3>Danh sách nhiệm vụ quá hạn (${overdueTotal})</h3>` +
          (list.length === 0
            ? '<p>Không có nhiệm vụ quá hạn.</p>'
            : '<table border="1" cellpadding="4" cellspacing="0"><tr><th>Nhiệm vụ</th><th>Đơn vị chủ trì</th><th>Thời hạn</th><th>Tình trạng</th></tr>' +
              list
                .map(
                  (task) =>
                    `<tr><td><a href="${escapeHtml(taskLink(context.appUrl, task.id))}">${escapeHtml(task.title)}</a></td>` +
                    `<td>${escapeHtml(task.leadDepartmentName)}</td><td>${escapeHtml(deadlineText(task, context.timeZone).vi)}</td>` +
                    `<td>${escapeHtml(overdueText(task, context))}</td></tr>`,
                )
                .join('') +
              '</table>' +
              moreHtml(overdueTotal, list.length)),
      },
    ],
    null,
    english,
    context,
  );
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
  const midnight = (instant: Date) => Date.parse(`${localDateOf(instant, timeZone)}T00:00:00Z`);
  return Math.round((midnight(to) - midnight(from)) / 86_400_000);
}

function listed<T>(items: readonly T[]): readonly T[] {
  return items.slice(0, DIGEST_LIST_LIMIT);
}

function more(total: number, shown = Math.min(total, DIGEST_LIST_LIMIT)): string[] {
  return total > shown ? [`… và ${total - shown} nhiệm vụ khác (xem trên hệ thống).`] : [];
}

function moreHtml(total: number, shown = Math.min(total, DIGEST_LIST_LIMIT)): string {
  return total > shown ? `<p>… và ${total - shown} nhiệm vụ khác (xem trên hệ thống).</p>` : '';
}

/** "07:30 on 22/01/2024" in the configured zone, for English lines. */
function formatLocalEnglish(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("HH:mm 'on' dd/MM/yyyy");
}
