import { endOfLocalDay } from '../common/time/zoned-time';
import {
  calendarDaysBetween,
  composeDigest,
  composeOverdue,
  composeReminder,
  composeSummary,
  DigestItem,
  timeLeft,
} from './notification-messages';

const ZONE = 'Asia/Ho_Chi_Minh';
const context = (now: string) => ({
  appUrl: 'https://nhiemvu.backan.gov.vn',
  timeZone: ZONE,
  now: new Date(now),
  province: 'tỉnh Bắc Kạn',
});
const hostile = 'Báo cáo <script>alert("x")</script> & "Tết" \r\nBcc: attacker@example.com';

describe('composeReminder', () => {
  const task = {
    id: 12,
    title: 'Tổ chức "Tết trồng cây" Xuân Giáp Thìn',
    dueAt: endOfLocalDay('2024-02-20', ZONE),
    dueDate: '2024-02-20',
    leadDepartmentName: 'Sở Nông nghiệp và PTNT',
  };

  it('writes Vietnamese with an English line, the deadline in local time and a link to the task', () => {
    const message = composeReminder(
      task,
      { name: 'Sở Nông nghiệp và PTNT' },
      'lead',
      context('2024-02-17T01:00:00.000Z'),
    );
    expect(message.subject).toBe('[Nhắc việc] Còn 3 ngày: Tổ chức "Tết trồng cây" Xuân Giáp Thìn');
    expect(message.text.split('\n')[0]).toBe('VĂN PHÒNG UBND TỈNH BẮC KẠN');
    expect(message.text).toContain('Kính gửi: Sở Nông nghiệp và PTNT');
    expect(message.text).toContain('Văn phòng UBND tỉnh Bắc Kạn nhắc Quý cơ quan thực hiện nhiệm vụ (đơn vị chủ trì):');
    expect(message.text).toContain('Thời hạn hoàn thành: ngày 20/02/2024 — còn 3 ngày.');
    expect(message.text).toContain('Văn phòng UBND tỉnh Bắc Kạn — thư gửi tự động, vui lòng không trả lời.');
    expect(message.text).toContain(
      '(Office of the Bắc Kạn Provincial People’s Committee — automated message, please do not reply.)',
    );
    expect(message.text).toContain('Xem và cập nhật tiến độ: https://nhiemvu.backan.gov.vn/tasks/12');
    expect(message.text).toContain(
      'English: Reminder: the task "Tổ chức "Tết trồng cây" Xuân Giáp Thìn" is due on 20/02/2024 (in 3 day(s)); your department leads it.',
    );
    expect(message.html).toContain('<a href="https://nhiemvu.backan.gov.vn/tasks/12">');
    expect(message.html).toContain('Tổ chức &quot;Tết trồng cây&quot; Xuân Giáp Thìn');
  });

  it('marks a cooperating department', () => {
    const message = composeReminder(task, { name: 'Sở Tài chính' }, 'cooperating', context('2024-02-19T01:00:00.000Z'));
    expect(message.subject).toBe('[Nhắc việc – đơn vị phối hợp] Còn 1 ngày: Tổ chức "Tết trồng cây" Xuân Giáp Thìn');
    expect(message.text).toContain('thực hiện nhiệm vụ (đơn vị phối hợp):');
    expect(message.text).toContain('your department is a cooperating department');
  });

  it('escapes user text in HTML and keeps the subject on one line', () => {
    const message = composeReminder(
      { ...task, title: hostile, leadDepartmentName: '<b>Sở</b>' },
      { name: '<i>Sở</i>' },
      'lead',
      context('2024-02-17T01:00:00.000Z'),
    );
    expect(message.subject).not.toMatch(/[\r\n]/);
    expect(message.subject).toContain('Bcc: attacker@example.com');
    expect(message.html).not.toContain('<script>');
    expect(message.html).not.toContain('<b>Sở</b>');
    expect(message.html).not.toContain('<i>Sở</i>');
    expect(message.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Tết&quot;');
  });
});

describe('timeLeft', () => {
  const exact = { dueAt: new Date('2024-02-08T10:00:00.000Z'), dueDate: null };
  it.each([
    ['2024-02-05T01:00:00.000Z', 'còn 3 ngày'],
    ['2024-02-08T08:00:00.000Z', 'còn 2 giờ'],
    ['2024-02-08T09:30:00.000Z', 'còn 30 phút'],
    ['2024-02-08T09:59:50.000Z', 'còn 10 giây'],
    ['2024-02-08T10:00:00.000Z', 'đã đến hạn'],
  ])('at %s: %s', (now, expected) => {
    expect(timeLeft(exact, context(now)).vi).toBe(expected);
  });

  it('says "due today" on the day of a date deadline', () => {
    expect(
      timeLeft(
        { dueAt: endOfLocalDay('2024-02-08', ZONE), dueDate: '2024-02-08' },
        context('2024-02-08T01:00:00.000Z'),
      ),
    ).toEqual({ vi: 'đến hạn hôm nay', en: 'due today' });
  });

  it('counts calendar days in the configured zone', () => {
    expect(calendarDaysBetween(new Date('2024-01-31T16:59:59.999Z'), new Date('2024-01-31T17:00:00.000Z'), ZONE)).toBe(
      1,
    );
    expect(calendarDaysBetween(new Date('2024-01-31T01:00:00.000Z'), new Date('2024-01-31T16:00:00.000Z'), ZONE)).toBe(
      0,
    );
  });
});

describe('composeOverdue', () => {
  it('tells the lead the task is overdue, in both languages', () => {
    const message = composeOverdue(
      {
        id: 3,
        title: 'Chi trả trợ cấp Tết',
        dueAt: new Date('2024-02-08T10:00:00.000Z'),
        dueDate: null,
        leadDepartmentName: 'Sở LĐ-TB&XH',
      },
      { name: 'Sở Lao động – Thương binh và Xã hội' },
      context('2024-02-08T10:00:01.000Z'),
    );
    expect(message.subject).toBe('[Quá hạn] Chi trả trợ cấp Tết');
    expect(message.text).toContain('đã quá thời hạn hoàn thành (17:00 ngày 08/02/2024)');
    expect(message.text).toContain(
      'Đề nghị Quý cơ quan khẩn trương tổ chức thực hiện và báo cáo kết quả về Văn phòng UBND tỉnh Bắc Kạn; trường hợp chưa hoàn thành, báo cáo rõ nguyên nhân và đề xuất thời gian hoàn thành.',
    );
    expect(message.text).not.toContain('gia hạn');
    expect(message.text).toContain(
      'English: Overdue: the task "Chi trả trợ cấp Tết" passed its deadline (at 17:00:00, 08/02/2024 (Asia/Ho_Chi_Minh))',
    );
  });
});

describe('composeDigest', () => {
  const item = (id: number, dueDate: string, role: DigestItem['role'] = 'lead'): DigestItem => ({
    id,
    title: `Nhiệm vụ ${id}`,
    dueAt: endOfLocalDay(dueDate, ZONE),
    dueDate,
    leadDepartmentName: 'Sở Y tế',
    role,
  });

  it('lists overdue tasks first, most days overdue first, then tasks due soon', () => {
    const message = composeDigest(
      { name: 'Sở Y tế' },
      [item(1, '2024-01-10'), item(2, '2024-01-20', 'cooperating'), item(3, '2024-01-23'), item(4, '2024-01-24')],
      '2024-01-22',
      context('2024-01-22T00:30:00.000Z'),
    );
    expect(message.subject).toBe('[Tổng hợp ngày 22/01/2024] Sở Y tế: 2 nhiệm vụ quá hạn, 2 sắp đến hạn');
    const order = ['Nhiệm vụ 1', 'Nhiệm vụ 2', 'Nhiệm vụ 3', 'Nhiệm vụ 4'].map((title) => message.text.indexOf(title));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(message.text.indexOf('NHIỆM VỤ QUÁ HẠN (2)')).toBeLessThan(message.text.indexOf('NHIỆM VỤ SẮP ĐẾN HẠN (2)'));
    expect(message.text).toContain('quá hạn 12 ngày');
    expect(message.text).toContain('Phối hợp (chủ trì: Sở Y tế) — Thời hạn: ngày 20/01/2024');
    expect(message.text).toContain(
      'Tình hình nhiệm vụ của Quý cơ quan tính đến ngày 22/01/2024: 2 nhiệm vụ quá hạn, 2 nhiệm vụ sắp đến hạn.',
    );
    expect(message.html).toContain('<th>Chủ trì/Phối hợp</th><th>Thời hạn</th>');
    expect(message.text).toContain('English: Tasks of your department as of 22/01/2024: 2 overdue, 2 due soon.');
  });
});

describe('composeSummary', () => {
  it('gives the four classes per department with totals, and the overdue list', () => {
    const message = composeSummary(
      [
        {
          departmentId: 1,
          code: 'SCT',
          name: 'Sở Công Thương',
          doneOnTime: 3,
          doneLate: 1,
          withinDeadline: 2,
          overdue: 1,
          awaitingConfirmation: 1,
          standing: 2,
        },
        {
          departmentId: 2,
          code: 'SYT',
          name: 'Sở Y tế',
          doneOnTime: 0,
          doneLate: 0,
          withinDeadline: 1,
          overdue: 0,
          awaitingConfirmation: 0,
          standing: 0,
        },
      ],
      [
        {
          id: 9,
          title: hostile,
          dueAt: endOfLocalDay('2024-01-15', ZONE),
          dueDate: '2024-01-15',
          leadDepartmentName: 'Sở Công Thương',
        },
      ],
      1,
      '2024-01-22',
      context('2024-01-22T00:30:00.000Z'),
    );
    expect(message.subject).toBe('[Tổng hợp ngày 22/01/2024] Tình hình thực hiện nhiệm vụ: 1 quá hạn, 3 trong hạn');
    expect(message.text).toContain('Kính gửi: Lãnh đạo Văn phòng UBND tỉnh Bắc Kạn');
    expect(message.text).toContain(
      [
        'Tình hình thực hiện nhiệm vụ đến 07:30 ngày 22/01/2024:',
        'I. Đã hoàn thành: 4 (đúng hạn: 3; quá hạn: 1)',
        'II. Chưa hoàn thành: 5 (trong hạn: 3; quá hạn: 1; chờ xác nhận: 1)',
        'III. Thường xuyên: 2',
      ].join('\n'),
    );
    expect(message.text).toContain(
      '- Sở Công Thương: I. Đã hoàn thành: 4 (đúng hạn: 3; quá hạn: 1) – II. Chưa hoàn thành: 4 (trong hạn: 2; quá hạn: 1; chờ xác nhận: 1) – III. Thường xuyên: 2',
    );
    expect(message.text).toContain('DANH SÁCH NHIỆM VỤ QUÁ HẠN (1)');
    expect(message.html).toContain(
      '<tr><th>Tổng số</th><th>3</th><th>1</th><th>3</th><th>1</th><th>1</th><th>2</th></tr>',
    );
    // English throughout, including the time.
    expect(message.text).toContain(
      'English: Task summary as of 07:30 on 22/01/2024: I. Completed: 4 (on time: 3; late: 1); II. Not completed: 5 (within the deadline: 3; overdue: 1; awaiting confirmation: 1); III. Standing: 2.',
    );
    expect(message.text.split('\n').find((line) => line.startsWith('English:'))).not.toMatch(/ngày|hạn/);
    expect(message.html).not.toContain('<script>');
  });
});
