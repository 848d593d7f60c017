import { HOLIDAY_FILE } from '../calendar/calendar.module';
import { loadHolidayFile } from '../calendar/holiday-table';
import { WorkingCalendar } from '../calendar/working-calendar';
import { resolveProjectPath } from '../config/app-config';
import { calendarOf, ExtractionCalendar, fallbackCalendar } from './calendar-adapter';
import { parseDeadline } from './deadline-parser';

/** The session day of the demo's source: Friday 26 January 2024. */
const REF = '2024-01-26';

describe('parseDeadline', () => {
  it.each([
    ['hoàn thành trước ngày 15/3/2024', '2024-03-15'],
    ['tổ chức trực trong dịp nghỉ lễ 30/4-01/5 năm 2024', '2024-05-01'],
    ['tổ chức trực trong dịp nghỉ lễ 30/4 và 01/5', '2024-05-01'],
    ['tăng cường đảm bảo an ninh trật tự dịp 30/4 và 1/5', '2024-05-01'],
    ['báo cáo UBND tỉnh trước 15/3', '2024-03-15'],
    ['trước ngày 20.7.2024', '2024-07-20'],
    ['chậm nhất ngày 05 tháng 02 năm 2024', '2024-02-05'],
    ['hoàn thành trong tháng 02/2024', '2024-02-29'],
    ['triển khai ngay trong tháng này', '2024-01-31'],
    ['hoàn thành trong quý I', '2024-03-31'],
    ['hoàn thành trong quý 3/2024', '2024-09-30'],
    ['báo cáo UBND thành phố trong tháng 3.2024', '2024-03-31'],
    ['6 tháng đầu năm', '2024-06-30'],
    ['trước Tết Nguyên đán (Giáp Thìn)', '2024-02-09'],
    ['trước Tết Nguyên đán Giáp Thìn 2024', '2024-02-09'],
    ['xử lý kịp thời các công việc trước, trong và sau Tết', '2024-02-24'],
    ['thời hạn: hết năm 2024', '2024-12-31'],
    ['trong 10 ngày', '2024-02-05'],
    ['gửi về Văn phòng UBND tỉnh trước 14 giờ, ngày 05/02/2024', '2024-02-05'],
    ['báo cáo trước 17h00 ngày 5/2', '2024-02-05'],
    ['chậm nhất 16 giờ 30 ngày 06 tháng 02 năm 2024', '2024-02-06'],
    ['đảm bảo đến ngày 30/12/2024, tỷ lệ cấp giấy chứng nhận phải đạt 95%', '2024-12-30'],
    ['hoàn thành đến ngày 15.3.2024', '2024-03-15'],
    ['Thời gian hoàn thành: 15/3/2024', '2024-03-15'],
    ['Hạn hoàn thành: ngày 15/3/2024', '2024-03-15'],
    ['trước thứ Sáu, ngày 15/3/2024', '2024-03-15'],
    ['tổ chức đợt cao điểm từ ngày 15/3 đến ngày 15/5/2024', '2024-05-15'],
    ['trong thời gian từ ngày 01/4/2024 đến ngày 30/6/2024', '2024-06-30'],
    ['tổ chức các hoạt động hưởng ứng Chiến dịch (từ ngày 18 - 20/9)', '2024-09-20'],
    ['tổ chức hội thi từ ngày 18 đến 20/9/2024', '2024-09-20'],
    ['rà soát cơ sở vật chất, trụ sở làm việc (từ 05/12 - 31/12/2024)', '2024-12-31'],
    ['tổ chức kiểm tra từ ngày 05/3 – 20/3/2024', '2024-03-20'],
    ['rà soát cơ sở vật chất (từ 15.12 - 25.12.2024)', '2024-12-25'],
    ['tổ chức Hội chợ OCOP khu vực phía Bắc (dự kiến tổ chức từ ngày 15/12 - 20/12/2024)', '2024-12-20'],
    [
      'Hưởng ứng Tuần lễ Áo dài (từ ngày 01/3 - 08/3/2024), giao Sở Văn hóa tổ chức tuyên truyền từ ngày 20/02 - 28/02/2024',
      '2024-02-28',
    ],
    ['treo Quốc kỳ từ ngày 16/02/2024 đến hết ngày 20/02/2024', '2024-02-20'],
    ['triển khai từ tháng 4 đến tháng 6/2024', '2024-06-30'],
    ['chậm nhất vào thứ Hai (ngày 18/3/2024)', '2024-03-18'],
    ['trước 17 giờ thứ Năm, ngày 14/3/2024', '2024-03-14'],
    ['Thời gian thực hiện: tháng 6/2024', '2024-06-30'],
    ['Thời gian hoàn thành: Quý II/2024', '2024-06-30'],
    ['thời gian thực hiện: năm 2024', '2024-12-31'],
    ['Thời hạn: tháng 6/2024', '2024-06-30'],
    ['(thời hạn hoàn thành: Quý III/2024)', '2024-09-30'],
    ['Thời hạn thực hiện: năm 2024', '2024-12-31'],
    ['trước ngày 31/12 năm 2025', '2025-12-31'],
    ['hoàn thành trong thời gian 15 ngày', '2024-02-10'],
    ['báo cáo trong vòng 02 tháng', '2024-03-26'],
    ['thời hạn không quá 2 tháng kể từ ngày ban hành văn bản này', '2024-03-26'],
    ['trong 3 tháng kể từ ngày ký', '2024-04-26'],
    ['hoàn thành trong quý này', '2024-03-31'],
    ['trình UBND tỉnh trong quý tới', '2024-06-30'],
  ])('%s → %s', (text, due) => {
    const parsed = parseDeadline(text, REF, fallbackCalendar);
    expect(parsed?.dueDate).toBe(due);
    expect(parsed?.kind).toBe('deadline');
    expect(text).toContain(parsed!.deadlineText);
  });

  it('counts working days through the calendar', () => {
    const calendar: ExtractionCalendar = {
      addWorkingDays: (from, days) => (from === REF && days === 10 ? '2024-02-16' : 'wrong'),
      lastWorkingDayBefore: () => 'wrong',
      tetDate: () => null,
    };
    const parsed = parseDeadline('báo cáo trong 10 ngày làm việc', REF, calendar);
    expect(parsed).toMatchObject({ dueDate: '2024-02-16', workingDays: 10, deadlineText: 'trong 10 ngày làm việc' });
    // Without holidays the fallback skips only weekends and fixed solar holidays.
    expect(parseDeadline('trong 10 ngày làm việc', REF, fallbackCalendar)?.dueDate).toBe('2024-02-09');
  });

  it('dates Tết and working days by the holidays file when the app gives its calendar', () => {
    const calendar = calendarOf(new WorkingCalendar(loadHolidayFile(resolveProjectPath(HOLIDAY_FILE))));
    // Tết Giáp Thìn: the break runs 8–14 February 2024.
    expect(parseDeadline('trước Tết Nguyên đán (Giáp Thìn)', REF, calendar)?.dueDate).toBe('2024-02-07');
    expect(parseDeadline('trong 10 ngày làm việc', REF, calendar)?.dueDate).toBe('2024-02-16');
  });

  it('counts a time limit from the day it names, and from each case or another event as no date', () => {
    expect(parseDeadline('trong 10 ngày kể từ ngày 15/3/2024', REF, fallbackCalendar)?.dueDate).toBe('2024-03-25');
    expect(parseDeadline('trong 05 ngày làm việc kể từ ngày 01/3', REF, fallbackCalendar)).toMatchObject({
      dueDate: '2024-03-08',
      workingDays: 5,
    });
    // Counted from each dossier as it comes: standing work, its working days kept.
    expect(
      parseDeadline(
        'thẩm định trong thời gian không quá 10 ngày làm việc kể từ khi nhận đủ hồ sơ',
        REF,
        fallbackCalendar,
      ),
    ).toMatchObject({
      kind: 'standing',
      dueDate: null,
      workingDays: 10,
      deadlineText: 'trong thời gian không quá 10 ngày làm việc kể từ khi nhận đủ hồ sơ',
    });
    // Counted from an event the text does not date.
    expect(parseDeadline('báo cáo trong 5 ngày kể từ ngày kết thúc đợt kiểm tra', REF, fallbackCalendar)).toMatchObject(
      {
        kind: 'deadline',
        dueDate: null,
      },
    );
    // Counted from the document itself, as before.
    expect(parseDeadline('trong 15 ngày kể từ ngày ký văn bản này', REF, fallbackCalendar)?.dueDate).toBe('2024-02-10');
    for (const text of [
      'trong 10 ngày kể từ ngày ký',
      'trong 10 ngày kể từ ngày nhận được Kết luận này',
      'trong 10 ngày kể từ ngày Quyết định này có hiệu lực',
    ])
      expect(parseDeadline(text, REF, fallbackCalendar)?.dueDate).toBe('2024-02-05');
    // The day named in words, or with a two-digit year.
    expect(parseDeadline('trong 10 ngày kể từ ngày 01 tháng 3 năm 2024', REF, fallbackCalendar)?.dueDate).toBe(
      '2024-03-11',
    );
    expect(parseDeadline('trong 10 ngày kể từ ngày 15/3/24', REF, fallbackCalendar)?.dueDate).toBe('2024-03-25');
  });

  it('dates the eve of Tết ("đêm Giao thừa", "đêm 30 Tết") by the last day of the lunar year', () => {
    expect(parseDeadline('tổ chức bắn pháo hoa vào đêm Giao thừa', '2023-12-20', fallbackCalendar)).toMatchObject({
      dueDate: '2024-02-09',
      deadlineText: 'vào đêm Giao thừa',
    });
    expect(parseDeadline('trực cấp cứu đêm 30 Tết', '2023-12-20', fallbackCalendar)?.dueDate).toBe('2024-02-09');
    // Tết Ất Tỵ falls on 29 January 2025.
    expect(parseDeadline('thời khắc giao thừa Tết Nguyên đán 2025', '2024-11-20', fallbackCalendar)?.dueDate).toBe(
      '2025-01-28',
    );
  });

  it('dates a day or period "năm sau" / "năm tới" in the year after the document\'s', () => {
    expect(parseDeadline('hoàn thành trong quý I năm sau', '2024-02-01', fallbackCalendar)).toMatchObject({
      dueDate: '2025-03-31',
      deadlineText: 'trong quý I năm sau',
    });
    expect(parseDeadline('báo cáo trước ngày 15/01 năm sau', '2024-11-20', fallbackCalendar)?.dueDate).toBe(
      '2025-01-15',
    );
    expect(parseDeadline('trước ngày 29/02 năm sau', '2024-02-01', fallbackCalendar)?.dueDate).toBe('2025-02-28');
  });

  it("dates a report due at a month's meeting by the month's end, the meeting's day not being given", () => {
    expect(
      parseDeadline(
        'tổng hợp báo cáo Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng 10/2024',
        '2024-09-10',
        fallbackCalendar,
      ),
    ).toMatchObject({ dueDate: '2024-10-31', deadlineText: 'tại phiên họp thường kỳ tháng 10/2024' });
    // A month well before the document's is next year's.
    expect(
      parseDeadline('báo cáo trước phiên họp UBND tỉnh thường kỳ tháng 3', '2024-09-10', fallbackCalendar)?.dueDate,
    ).toBe('2025-03-31');
    // A meeting with no month keeps its words and no date.
    expect(parseDeadline('trước phiên họp thường kỳ', '2024-09-10', fallbackCalendar)).toMatchObject({ dueDate: null });
  });

  it("dates work due before a council's session of a month by the month's end, the council named after it", () => {
    expect(
      parseDeadline(
        'khẩn trương hoàn thiện tờ trình trước khi trình Kỳ họp chuyên đề tháng 10, HĐND tỉnh khóa X diễn ra trong thời gian tới',
        '2022-09-16',
        fallbackCalendar,
      ),
    ).toMatchObject({
      dueDate: '2022-10-31',
      deadlineText: 'trước khi trình Kỳ họp chuyên đề tháng 10, HĐND tỉnh khóa X diễn ra trong thời gian tới',
    });
    expect(
      parseDeadline('hoàn thành trước kỳ họp HĐND tỉnh tháng 12/2022', '2022-09-16', fallbackCalendar),
    ).toMatchObject({ dueDate: '2022-12-31', deadlineText: 'trước kỳ họp HĐND tỉnh tháng 12/2022' });
    // With no month, "trước khi trình kỳ họp" keeps its words and no date.
    expect(parseDeadline('trước khi trình kỳ họp HĐND tỉnh', '2022-09-16', fallbackCalendar)).toMatchObject({
      dueDate: null,
      deadlineText: 'trước khi trình kỳ họp HĐND tỉnh',
    });
  });

  it('reads standing and recurring deadlines', () => {
    expect(parseDeadline('theo dõi thường xuyên', REF, fallbackCalendar)).toMatchObject({
      kind: 'standing',
      dueDate: null,
    });
    expect(parseDeadline('báo cáo hằng tháng trước ngày 20', REF, fallbackCalendar)).toMatchObject({
      kind: 'recurring',
      dueDate: null,
      recurrence: { every: 'month', day: 20, until: null },
    });
    expect(parseDeadline('định kỳ hằng quý báo cáo', REF, fallbackCalendar)).toMatchObject({
      kind: 'recurring',
      recurrence: { every: 'quarter' },
    });
  });

  it('reads "hằng tháng, quý" and "hằng quý và hằng năm" whole, recurring at the shortest of the periods', () => {
    expect(parseDeadline('tổng hợp, báo cáo hằng tháng, quý', REF, fallbackCalendar)).toMatchObject({
      deadlineText: 'hằng tháng, quý',
      recurrence: { every: 'month' },
    });
    // The notices or meetings the work follows come so; the work itself does not.
    expect(parseDeadline('thực hiện chỉ đạo tại các kết luận hằng tháng, quý', REF, fallbackCalendar)).toBeNull();
    expect(parseDeadline('tại phiên họp thường kỳ hằng tháng', REF, fallbackCalendar)).toBeNull();
    expect(parseDeadline('báo cáo hằng quý và hằng năm về Sở Tài chính', REF, fallbackCalendar)).toMatchObject({
      deadlineText: 'hằng quý và hằng năm',
      recurrence: { every: 'quarter' },
    });
    // Not the year of the work that follows.
    expect(parseDeadline('họp hằng tháng, năm 2025 tập trung rà soát', REF, fallbackCalendar)?.deadlineText).toBe(
      'hằng tháng',
    );
  });

  it('reads a rule’s day in the period after the one reported on, with no day where it is not the same days', () => {
    // The 5th of the next month is the 5th of each month: the same days.
    expect(
      parseDeadline('báo cáo kết quả hằng tháng trước ngày 05 của tháng sau', REF, fallbackCalendar),
    ).toMatchObject({
      deadlineText: 'hằng tháng trước ngày 05 của tháng sau',
      recurrence: { every: 'month', day: 5 },
    });
    // A quarter's report due in the next quarter's first month, a year's in January: days a quarterly or yearly rule
    // (due in the period's last month) cannot hold, so the office sets the day of the rule kept.
    expect(
      parseDeadline('báo cáo hằng quý trước ngày 10 của tháng đầu quý tiếp theo', REF, fallbackCalendar),
    ).toMatchObject({
      deadlineText: 'hằng quý trước ngày 10 của tháng đầu quý tiếp theo',
      kind: 'recurring',
      recurrence: { every: 'quarter', day: null },
    });
    expect(
      parseDeadline(
        'định kỳ hằng quý báo cáo kết quả về Sở Tài chính để tổng hợp trước ngày 10 tháng đầu quý sau',
        REF,
        fallbackCalendar,
      ),
    ).toMatchObject({ deadlineText: 'định kỳ hằng quý', recurrence: { every: 'quarter', day: null } });
    expect(parseDeadline('báo cáo hằng năm trước ngày 15 tháng 01 năm sau', REF, fallbackCalendar)).toMatchObject({
      deadlineText: 'hằng năm trước ngày 15 tháng 01 năm sau',
      recurrence: { every: 'year', day: null },
    });
    // Half-yearly and yearly with the day of each in brackets: read whole, the days left to the office.
    expect(
      parseDeadline(
        'báo cáo định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12) về Sở Nội vụ',
        REF,
        fallbackCalendar,
      ),
    ).toMatchObject({
      deadlineText: 'định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)',
      kind: 'recurring',
      recurrence: null,
    });
  });

  it('reads no deadline in what is to be avoided, nor in routine immunisation', () => {
    expect(
      parseDeadline(
        'đẩy nhanh giải ngân, tránh tình trạng để dồn thanh toán vốn đến cuối năm kế hoạch',
        REF,
        fallbackCalendar,
      ),
    ).toBeNull();
    expect(parseDeadline('hoàn thành trước ngày 30/6/2024, tránh chậm trễ', REF, fallbackCalendar)?.dueDate).toBe(
      '2024-06-30',
    );
    expect(parseDeadline('tiêm vét cho trẻ bị sót trong tiêm chủng thường xuyên', REF, fallbackCalendar)).toBeNull();
  });

  it('takes a date set after a part of the year named bare, the period the work covers', () => {
    expect(
      parseDeadline(
        'sơ kết 6 tháng đầu năm 2023, báo cáo UBND tỉnh trước ngày 10/7/2023',
        '2023-06-05',
        fallbackCalendar,
      ),
    ).toMatchObject({ deadlineText: 'trước ngày 10/7/2023', dueDate: '2023-07-10' });
    expect(parseDeadline('hoàn thành trong 6 tháng đầu năm 2023', '2023-03-05', fallbackCalendar)?.dueDate).toBe(
      '2023-06-30',
    );
  });

  it('reads the longer periods after a weekly or quarterly one with it, "6 tháng" among them, not "6 tháng đầu năm"', () => {
    expect(parseDeadline('báo cáo định kỳ hằng tuần, hằng tháng về tiến độ', REF, fallbackCalendar)).toMatchObject({
      deadlineText: 'định kỳ hằng tuần, hằng tháng',
      recurrence: { every: 'week', day: null },
    });
    expect(parseDeadline('báo cáo vào thứ Sáu hằng tuần và hằng tháng', REF, fallbackCalendar)).toMatchObject({
      deadlineText: 'vào thứ Sáu hằng tuần và hằng tháng',
      recurrence: { every: 'week', day: 5 },
    });
    expect(parseDeadline('báo cáo định kỳ hằng quý, 6 tháng và năm về kết quả', REF, fallbackCalendar)).toMatchObject({
      deadlineText: 'định kỳ hằng quý, 6 tháng và năm',
      recurrence: { every: 'quarter' },
    });
    expect(parseDeadline('báo cáo hằng quý và 6 tháng đầu năm', REF, fallbackCalendar)?.deadlineText).toBe('hằng quý');
  });

  it('reads a weekly duty as a weekly rule due on the weekday written, or on one the office picks', () => {
    expect(parseDeadline('báo cáo kết quả hằng tuần vào thứ Sáu', REF, fallbackCalendar)).toMatchObject({
      kind: 'recurring',
      dueDate: null,
      recurrence: { every: 'week', day: 5, until: null },
      deadlineText: 'hằng tuần vào thứ Sáu',
    });
    expect(parseDeadline('báo cáo vào Chủ nhật hằng tuần', REF, fallbackCalendar)?.recurrence).toEqual({
      every: 'week',
      day: 7,
      until: null,
    });
    expect(parseDeadline('định kỳ hằng tuần báo cáo tiến độ giải ngân', REF, fallbackCalendar)?.recurrence).toEqual({
      every: 'week',
      day: null,
      until: null,
    });
  });

  it('reads the weekday of a weekly rule in figures ("thứ 6") and with the time of day ("chiều thứ Sáu")', () => {
    for (const [text, day] of [
      ['báo cáo UBND tỉnh vào chiều thứ Sáu hằng tuần', 5],
      ['báo cáo UBND tỉnh vào thứ 6 hằng tuần', 5],
      ['báo cáo UBND tỉnh hằng tuần vào sáng thứ Hai', 1],
      ['báo cáo UBND tỉnh trước 10 giờ sáng thứ 7 hằng tuần', 6],
    ] as const)
      expect(parseDeadline(text, REF, fallbackCalendar)?.recurrence).toEqual({ every: 'week', day, until: null });
  });

  it('reads duty on several days of each week as standing work, and the weekend off as no deadline', () => {
    expect(parseDeadline('bố trí lực lượng trực vào thứ Bảy, Chủ nhật hằng tuần', REF, fallbackCalendar)).toMatchObject(
      { kind: 'standing', recurrence: null, deadlineText: 'hằng tuần' },
    );
    for (const text of [
      'cập nhật số liệu lên hệ thống hằng tuần vào thứ Hai, thứ Tư',
      'báo cáo tình hình mưa lũ vào sáng thứ Hai, thứ Tư và thứ Sáu hằng tuần',
      'tổng hợp, báo cáo số ca mắc bệnh hằng ngày và hằng tuần',
      'báo cáo hằng ngày vào lúc 8 giờ và hằng tuần vào thứ Hai',
      'báo cáo từ thứ Hai đến thứ Sáu hằng tuần',
    ])
      expect(parseDeadline(text, REF, fallbackCalendar)).toMatchObject({ kind: 'standing', recurrence: null });
    expect(
      parseDeadline('không thực hiện lịch nghỉ cố định thứ Bảy, Chủ nhật hằng tuần', REF, fallbackCalendar),
    ).toBeNull();
  });

  it('does not read the budget\'s recurrent spending ("chi thường xuyên") as standing work', () => {
    for (const text of ['rà soát các khoản chi thường xuyên', 'cắt giảm 10% kinh phí thường xuyên'])
      expect(parseDeadline(text, REF, fallbackCalendar)).toBeNull();
    expect(parseDeadline('kiểm tra thường xuyên các khoản chi', REF, fallbackCalendar)).toMatchObject({
      kind: 'standing',
    });
  });

  it("keeps the words and no date of a Tết named by a year far from the document's", () => {
    expect(parseDeadline('trước, trong và sau Tết Nguyên đán Giáp Thìn', '2026-11-16', fallbackCalendar)).toMatchObject(
      { deadlineText: 'trước, trong và sau Tết Nguyên đán Giáp Thìn', dueDate: null },
    );
    // The year around the document's is still read: Tết Bính Ngọ falls on 17 February 2026.
    expect(parseDeadline('trước Tết Nguyên đán Bính Ngọ', '2026-11-16', fallbackCalendar)?.dueDate).toBe('2026-02-16');
  });

  it('reads "định kỳ báo cáo …" as recurring at intervals the text does not give', () => {
    expect(parseDeadline('định kỳ báo cáo tình hình thực hiện', REF, fallbackCalendar)).toMatchObject({
      kind: 'recurring',
      dueDate: null,
      recurrence: null,
      deadlineText: 'định kỳ',
    });
  });

  it('takes no months from the months a report covers or the half of a year', () => {
    expect(parseDeadline('Trong 10 tháng, thu ngân sách đạt 5.000 tỷ đồng', REF, fallbackCalendar)).toBeNull();
    expect(parseDeadline('trong vòng 3 tháng qua', REF, fallbackCalendar)).toBeNull();
    // The days of an event the work is for, not the work's own period; a range of figures, not of dates.
    for (const text of [
      'chỉnh trang đô thị chào mừng ngày hội diễn ra tại thành phố từ ngày 10/9 – 12/9/2024',
      'tuyên truyền về Tuần lễ Văn hóa - Du lịch diễn ra tại huyện Ba Bể, tỉnh Bắc Kạn từ ngày 10/12 – 15/12/2024',
      'chuẩn bị gian hàng tham gia Hội chợ thương mại được tổ chức từ ngày 15/12 - 20/12/2024 tại thành phố Hà Nội',
      'bố trí kinh phí hỗ trợ mỗi hộ từ 1.5 - 2.5 triệu đồng',
      'phấn đấu giảm từ 1/3 - 1/2 số vụ cháy rừng',
      'tổng hợp số liệu từ 01/01 - 20/01/2024 để báo cáo Chủ tịch UBND tỉnh',
      'hướng dẫn người dân phòng, chống dịch sốt xuất huyết đang diễn ra từ ngày 01/2 - 28/2/2024',
      'chuẩn bị Hội nghị xúc tiến đầu tư, dự kiến tổ chức từ 10/12 - 11/12/2024',
      'chuẩn bị tài liệu phục vụ Kỳ họp thứ 20 HĐND tỉnh (từ 10/12 - 12/12/2024)',
      'xây dựng kịch bản Lễ kỷ niệm 50 năm giải phóng tỉnh diễn ra vào các ngày từ 25/3 - 26/3/2024',
    ])
      expect(parseDeadline(text, REF, fallbackCalendar)).toBeNull();
    expect(parseDeadline('trong thời gian 6 tháng đầu năm 2024', REF, fallbackCalendar)?.dueDate).toBe('2024-06-30');
  });

  it('does not take a document date or a start for a deadline', () => {
    expect(parseDeadline('theo Công văn số 6544/BKHĐT ngày 18/9/2018', REF, fallbackCalendar)).toBeNull();
    expect(parseDeadline('giải ngân vốn đầu tư công ngay từ đầu năm 2024', REF, fallbackCalendar)).toBeNull();
  });

  it('puts a day and month already well past in the next year', () => {
    expect(parseDeadline('trước ngày 10/1', '2024-11-20', fallbackCalendar)?.dueDate).toBe('2025-01-10');
  });

  it('reads "đến ngày … hoàn thành" as the date the work is finished by, and "tính đến ngày …" as no deadline', () => {
    expect(parseDeadline('đến ngày 10/08 hoàn thành phần móng nền', '2021-07-22', fallbackCalendar)).toMatchObject({
      dueDate: '2021-08-10',
      deadlineText: 'đến ngày 10/08',
    });
    expect(parseDeadline('tính đến ngày 10/08 hoàn thành 80% khối lượng', '2021-07-22', fallbackCalendar)).toBeNull();
  });

  it('reads "(đến ngày …)" closing the time left for the work as its deadline', () => {
    expect(
      parseDeadline(
        'trong thời gian còn lại (đến ngày 31.1.2021), với mục tiêu đạt kết quả cao nhất',
        '2021-01-24',
        fallbackCalendar,
      ),
    ).toMatchObject({ dueDate: '2021-01-31', deadlineText: 'đến ngày 31.1.2021' });
    expect(parseDeadline('giải ngân đến ngày 31.1.2021 đạt 90%', '2021-01-24', fallbackCalendar)).toBeNull();
  });

  it('reads a time of day with its minute mark before the date ("chậm nhất 10h00\' ngày 27/4/2020")', () => {
    expect(parseDeadline("gửi báo cáo chậm nhất 10h00' ngày 27/4/2020", '2020-04-23', fallbackCalendar)).toMatchObject({
      dueDate: '2020-04-27',
      deadlineText: "chậm nhất 10h00' ngày 27/4/2020",
    });
  });

  it('reads the end of a window on a date ("từ 5 giờ đến 14 giờ ngày 23/5/2021") as the deadline, but not "tính đến 17 giờ ngày …"', () => {
    expect(
      parseDeadline('trong thời gian từ 5 giờ đến 14 giờ ngày 23/5/2021', '2021-05-20', fallbackCalendar),
    ).toMatchObject({ dueDate: '2021-05-23', deadlineText: 'đến 14 giờ ngày 23/5/2021' });
    expect(parseDeadline('tính đến 17 giờ ngày 19/5/2021 đã có 80% đơn vị', '2021-05-20', fallbackCalendar)).toBeNull();
  });

  it.each([
    ['Thời hạn: 30/6/2024', '2024-06-30'],
    ['Thời hạn hoàn thành: 30/6/2024', '2024-06-30'],
    ['hạn hoàn thành ngày 30/6/2024', '2024-06-30'],
    ['chậm nhất đến ngày 20/5/2024', '2024-05-20'],
    ['hoàn thành xong trong ngày 15/3/2024', '2024-03-15'],
    ['từ nay đến ngày 30/6/2024', '2024-06-30'],
    ['trước thời điểm 30/6/2024', '2024-06-30'],
    ['trước 15 tháng 3', '2024-03-15'],
    ['trước ngày mùng 5/2', '2024-02-05'],
  ])('reads the due date after "%s"', (text, due) => {
    expect(parseDeadline(text, REF, fallbackCalendar)?.dueDate).toBe(due);
  });

  it('does not read "hoàn thành" without a date, nor a document\'s date, as a deadline', () => {
    expect(parseDeadline('đã hoàn thành 80% khối lượng', REF, fallbackCalendar)).toBeNull();
    expect(
      parseDeadline('hoàn thành nhiệm vụ theo Công văn số 12/UBND ngày 18/9/2023', REF, fallbackCalendar),
    ).toBeNull();
  });

  it('reads "trước ngày …" glued to the word before it, as a page that lost the space writes it, but no other glued cue', () => {
    expect(
      parseDeadline(
        'báo cáo kết quả về Sở Tài nguyên và Môi trườngtrước ngày 10/12/2022.',
        '2022-07-01',
        fallbackCalendar,
      ),
    ).toMatchObject({ dueDate: '2022-12-10', deadlineText: 'trước ngày 10/12/2022' });
    expect(
      parseDeadline('nghiên cứu phương án đối với khu vực phía Bắcthan 10/12/2022', '2022-07-01', fallbackCalendar),
    ).toBeNull();
  });

  it('reads a span of years ("trong năm 2022 - 2023") as due at the end of its last year, not of its first', () => {
    expect(parseDeadline('thời gian thực hiện trong năm 2022 - 2023.', '2022-12-06', fallbackCalendar)).toMatchObject({
      dueDate: '2023-12-31',
      deadlineText: 'trong năm 2022 - 2023',
    });
    expect(parseDeadline('hoàn thành trong năm 2022-2023', '2022-12-06', fallbackCalendar)?.dueDate).toBe('2023-12-31');
    expect(parseDeadline('hoàn thành trong năm 2023', '2022-12-06', fallbackCalendar)?.dueDate).toBe('2023-12-31');
  });
});

describe('parseDeadline: forms of administrative deadlines', () => {
  const read = (text: string, ref = REF) => parseDeadline(text, ref, fallbackCalendar);

  // A two-digit year; months or quarters listed, due at the end of the last; "từ nay đến Tết" as "trước Tết".
  it.each([
    ['trước ngày 15/3/25', '2025-03-15', 'trước ngày 15/3/25'],
    ['chậm nhất ngày 15.3.24', '2024-03-15', 'chậm nhất ngày 15.3.24'],
    ['hoàn thành trong tháng 3 và tháng 4/2024', '2024-04-30', 'trong tháng 3 và tháng 4/2024'],
    ['triển khai trong tháng 11 và 12/2024', '2024-12-31', 'trong tháng 11 và 12/2024'],
    ['hoàn thành trong quý III và quý IV/2024', '2024-12-31', 'trong quý III và quý IV/2024'],
    ['tập trung cao điểm từ nay đến Tết Nguyên đán', '2024-02-09', 'từ nay đến Tết Nguyên đán'],
  ])('reads "%s" as due on %s, its words "%s"', (text, due, deadlineText) => {
    expect(read(text)).toMatchObject({ dueDate: due, deadlineText });
  });

  it('reads the day after the document\'s ("ngày mai") and its own day ("ngay trong ngày", "trong ngày hôm nay")', () => {
    expect(read('báo cáo chậm nhất là ngày mai')).toMatchObject({
      dueDate: '2024-01-27',
      deadlineText: 'chậm nhất là ngày mai',
    });
    expect(read('gửi kết quả ngay trong ngày.')).toMatchObject({ dueDate: REF, deadlineText: 'ngay trong ngày' });
    expect(read('báo cáo trong ngày hôm nay')?.dueDate).toBe(REF);
    expect(read('hoàn thành bàn giao chậm nhất vào ngày mai - 31/10', '2025-10-29')).toMatchObject({
      dueDate: '2025-10-31',
      deadlineText: 'chậm nhất vào ngày mai - 31/10',
    });
    expect(read('hoàn thành trong ngày 15/3')?.dueDate).toBe('2024-03-15');
    expect(read('báo cáo UBND tỉnh ngay trong ngày 15/3')).toMatchObject({
      dueDate: '2024-03-15',
      deadlineText: 'ngay trong ngày 15/3',
    });
    expect(read('tổ chức trong ngày 15/3/2024')?.dueDate).toBe('2024-03-15');
    expect(read('Trong ngày 15/3, đã tiếp nhận 20 hồ sơ')).toBeNull();
    expect(read('trong ngày 15/3/2024 đã tiếp nhận 20 hồ sơ')).toBeNull();
    expect(read('báo cáo trong ngày 15/1/2024')).toBeNull();
  });

  it('reads "trong tuần này / tới / sau" as the last working day of that working week', () => {
    // 26 January 2024 is a Friday.
    expect(read('hoàn thành trong tuần này')).toMatchObject({ dueDate: '2024-01-26', deadlineText: 'trong tuần này' });
    expect(read('hoàn thành trong tuần tới')?.dueDate).toBe('2024-02-02');
    expect(read('báo cáo trong tuần sau', '2024-01-22')?.dueDate).toBe('2024-02-02');
    // Written on a Saturday or a Sunday, "this week" has no working day left: the day itself, never a day gone.
    expect(read('hoàn thành trong tuần này', '2024-06-01')?.dueDate).toBe('2024-06-01');
    expect(read('hoàn thành trong tuần này', '2024-06-02')?.dueDate).toBe('2024-06-02');
    expect(read('hoàn thành trong tuần tới', '2024-06-01')?.dueDate).toBe('2024-06-07');
  });

  it('reads a day written before "hằng tháng / hàng quý" and "trước ngày 30 của tháng cuối quý" as recurring on that day', () => {
    expect(read('báo cáo trước ngày 15 hằng tháng')).toMatchObject({
      kind: 'recurring',
      dueDate: null,
      recurrence: { every: 'month', day: 15 },
      deadlineText: 'trước ngày 15 hằng tháng',
    });
    expect(read('báo cáo trước ngày 20 hàng quý')?.recurrence).toMatchObject({ every: 'quarter', day: 20 });
    expect(read('gửi báo cáo trước ngày 30 của tháng cuối quý')).toMatchObject({
      kind: 'recurring',
      recurrence: { every: 'quarter', day: 30 },
    });
  });

  it('reads "trước ngày 10 của tháng sau" as that day of the next month', () => {
    expect(read('báo cáo UBND tỉnh trước ngày 10 của tháng sau')).toMatchObject({
      dueDate: '2024-02-10',
      deadlineText: 'trước ngày 10 của tháng sau',
    });
    expect(read('chậm nhất ngày 05 tháng tiếp theo', '2024-12-03')?.dueDate).toBe('2025-01-05');
    expect(read('báo cáo hằng tháng trước ngày 10 của tháng sau')?.kind).toBe('recurring');
  });

  it('reads "trước tháng 6/2024" and "trước quý II/2024" as due before the period begins', () => {
    expect(read('hoàn thành trước tháng 6/2024')).toMatchObject({
      dueDate: '2024-05-31',
      deadlineText: 'trước tháng 6/2024',
    });
    expect(read('đưa vào sử dụng trước quý II năm 2024')?.dueDate).toBe('2024-03-31');
    expect(read('trước quý I/2025')?.dueDate).toBe('2024-12-31');
    expect(read('hoàn thành giải phóng mặt bằng trước tháng 9', '2025-09-11')).toMatchObject({
      dueDate: null,
      deadlineText: 'trước tháng 9',
    });
  });

  it('reads "không quá" and "chậm nhất sau" a number of days, but not "sau 15 ngày" alone', () => {
    expect(read('thời gian giải quyết không quá 15 ngày')?.dueDate).toBe('2024-02-10');
    expect(read('chậm nhất sau 05 ngày làm việc kể từ ngày nhận được văn bản')).toMatchObject({
      dueDate: '2024-02-02',
      workingDays: 5,
    });
    expect(read('sau 15 ngày điều trị, bệnh nhân đã xuất viện')).toBeNull();
  });

  it('keeps "trước kỳ họp HĐND tỉnh cuối năm" as an undated deadline, not the end of the year', () => {
    expect(read('trình UBND tỉnh trước kỳ họp HĐND tỉnh cuối năm.')).toMatchObject({
      kind: 'deadline',
      dueDate: null,
      deadlineText: 'trước kỳ họp HĐND tỉnh cuối năm',
    });
    expect(read('hoàn thành trước kỳ họp thứ 15 HĐND tỉnh')).toMatchObject({
      dueDate: null,
      deadlineText: 'trước kỳ họp thứ 15 HĐND tỉnh',
    });
  });

  it('keeps what a count of days or months runs from with it, when that is the document itself', () => {
    expect(read('trong 15 ngày kể từ ngày ký Thông báo này, báo cáo UBND tỉnh', '2025-11-20')).toMatchObject({
      dueDate: '2025-12-05',
      deadlineText: 'trong 15 ngày kể từ ngày ký Thông báo này',
    });
    expect(read('trong vòng 02 tháng kể từ ngày ban hành Quyết định này', '2025-11-20')).toMatchObject({
      dueDate: '2026-01-20',
      deadlineText: 'trong vòng 02 tháng kể từ ngày ban hành Quyết định này',
    });
    // Another event than the document's is read with its words, and no date: the text does not say when it falls.
    expect(read('trong 15 ngày kể từ ngày kết thúc đợt kiểm tra', '2025-11-20')).toMatchObject({
      deadlineText: 'trong 15 ngày kể từ ngày kết thúc đợt kiểm tra',
      dueDate: null,
    });
  });

  it('reads the weekday written in brackets after a date with it', () => {
    expect(read('báo cáo Chủ tịch UBND tỉnh trước 30/6/2026 (thứ Ba).', '2026-03-02')).toMatchObject({
      dueDate: '2026-06-30',
      deadlineText: 'trước 30/6/2026 (thứ Ba)',
    });
    expect(read('báo cáo trước ngày 15/3/2026 (bản điện tử)', '2026-03-02')?.deadlineText).toBe('trước ngày 15/3/2026');
  });

  it('reads "dịp cuối năm" as the season, as "dịp Tết", and "cuối năm" alone as the end of the year', () => {
    expect(read('bảo đảm an ninh, trật tự dịp cuối năm', '2025-11-20')).toBeNull();
    expect(read('hoàn thành quyết toán trước cuối năm', '2025-11-20')?.dueDate).toBe('2025-12-31');
  });

  it('reads Tết Dương lịch as 1 January, not the lunar Tết', () => {
    expect(read('hoàn thành trước Tết Dương lịch', '2024-11-20')).toMatchObject({
      dueDate: '2024-12-31',
      deadlineText: 'trước Tết Dương lịch',
    });
    expect(read('đảm bảo an ninh trật tự trong dịp Tết Dương lịch 2025', '2024-12-10')?.dueDate).toBe('2025-01-01');
    expect(
      read('bảo đảm hàng hóa trong dịp Tết Dương lịch và Tết Nguyên đán Giáp Thìn 2024', '2023-12-10')?.dueDate,
    ).toBe('2024-02-24');
    expect(read('nhân dịp Tết Dương lịch, Chủ tịch UBND tỉnh thăm và tặng quà', '2024-12-10')).toBeNull();
    expect(
      read('Văn bản số 914/UBND-VP5 về việc bảo đảm trật tự an toàn giao thông trong dịp Tết Dương lịch', '2024-12-10'),
    ).toBeNull();
  });

  it('reads a quarter or a year after "hoàn thành" without "trong", but not one already past', () => {
    expect(read('hoàn thành quý I/2024')).toMatchObject({
      dueDate: '2024-03-31',
      deadlineText: 'hoàn thành quý I/2024',
    });
    expect(read('hoàn thành năm 2024')?.dueDate).toBe('2024-12-31');
    expect(read('dự án đã hoàn thành năm 2023')).toBeNull();
  });

  it('reads no deadline in what happened on the morning of a day ("Trong buổi sáng ngày 16/3, …")', () => {
    expect(read('Trong buổi sáng ngày 16/3, đoàn đã làm việc với huyện')).toBeNull();
  });

  it('reads no deadline in the horizon of a plan ("đến năm 2025", "giai đoạn 2021-2025")', () => {
    expect(read('điều chỉnh quy hoạch chung xây dựng xã đến năm 2025')).toBeNull();
    expect(read('Chương trình mục tiêu quốc gia giai đoạn 2021-2025')).toBeNull();
  });

  it.each([
    ['muộn nhất ngày 15/3/2024', '2024-03-15'],
    ['trễ nhất là ngày 15/3/2024', '2024-03-15'],
    ['không muộn hơn ngày 15/3/2024', '2024-03-15'],
    ['không chậm hơn ngày 15/3/2024', '2024-03-15'],
    ['gửi về Sở trước 10g00 ngày 15/3/2024', '2024-03-15'],
    ['gửi về Sở trước 10 giờ sáng ngày 15/3/2024', '2024-03-15'],
    ['xử lý các nội dung trong buổi chiều ngày 15/3/2024', '2024-03-15'],
    ['báo cáo trong sáng ngày 15/3', '2024-03-15'],
    ['chậm nhất tháng 6/2024', '2024-06-30'],
    ['chậm nhất quý II/2024', '2024-06-30'],
    ['Thời gian: Quý II/2024', '2024-06-30'],
    ['thời hạn 15 ngày kể từ ngày nhận được văn bản', '2024-02-10'],
    ['hoàn thành trong vòng 2 tuần', '2024-02-09'],
    ['trong 01 tuần kể từ ngày nhận được văn bản', '2024-02-02'],
    ['trong vòng 01 năm kể từ ngày ký', '2025-01-26'],
    ['hoàn thành trước Rằm tháng Giêng', '2024-02-24'],
  ])('reads "%s" as due on %s', (text, due) => {
    expect(read(text)).toMatchObject({ dueDate: due, kind: 'deadline' });
  });

  it('does not read the number after a month as another month', () => {
    expect(read('trong tháng 3, 4 đơn vị đã hoàn thành')).toMatchObject({
      dueDate: '2024-03-31',
      deadlineText: 'trong tháng 3',
    });
  });

  it('takes no deadline from the weeks or years a report covers', () => {
    expect(read('trong 2 tuần qua, đã tiếp nhận 50 hồ sơ')).toBeNull();
    expect(read('Trong 5 năm, toàn tỉnh đã xây dựng 40 trường học')).toBeNull();
    expect(read('Thời gian: 8 giờ, thứ Sáu, ngày 15/3/2024')).toBeNull();
  });

  it('reads "vào ngày …" after a work set for that day as its due date, not a day something was done on', () => {
    expect(read('Các trường học tổ chức khai giảng vào ngày 05/9', '2022-08-12')).toMatchObject({
      dueDate: '2022-09-05',
      deadlineText: 'vào ngày 05/9',
    });
    expect(read('dự kiến tổ chức hội nghị vào thứ Sáu, ngày 15/3/2024')?.dueDate).toBe('2024-03-15');
    expect(read('UBND tỉnh đã tổ chức hội nghị vào ngày 15/3/2024', '2024-03-20')).toBeNull();
    expect(read('Hội nghị được tổ chức vào ngày 15/3/2024')).toBeNull();
    expect(read('Nghị định có hiệu lực thi hành vào ngày 01/7/2024')).toBeNull();
    expect(read('bắt đầu tổ chức thi vào ngày 15/3/2024')).toBeNull();
    expect(read('Vào ngày 15/3/2024, UBND tỉnh đã ban hành kế hoạch')).toBeNull();
    expect(read('Ngày 15/3/2024, UBND tỉnh tổ chức hội nghị')).toBeNull();
    expect(read('tổ chức khai giảng vào ngày 05/9', '2022-09-20')).toBeNull();
    // The work's name may run long between the two: a quoted name and its occasion.
    expect(
      read(
        'tổ chức Lễ phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” nhân dịp Xuân Mậu Tuất năm 2018 vào sáng ngày 21/02/2018',
        '2018-01-29',
      ),
    ).toMatchObject({ dueDate: '2018-02-21', deadlineText: 'vào sáng ngày 21/02/2018' });
  });
});

describe('parseDeadline: the National Day and days of the lunar calendar', () => {
  const read = (text: string, ref = REF) => parseDeadline(text, ref, fallbackCalendar);

  it.each([
    ['hoàn thành trước Quốc khánh 2/9', REF, '2024-08-30'],
    ['trước dịp Lễ Quốc khánh 2-9 năm 2024', REF, '2024-08-30'],
    ['trước Quốc khánh 2/9', '2024-10-01', '2025-09-01'],
    ['hoàn thành trước ngày Quốc khánh 2/9', REF, '2024-08-30'],
  ])('reads "%s" (on %s) as the last working day before the National Day: %s', (text, ref, due) => {
    expect(read(text, ref)).toMatchObject({ dueDate: due, kind: 'deadline' });
  });

  it.each([
    ['tặng quà trước ngày 23 tháng Chạp', REF, '2024-02-02'],
    ['trước ngày 10 tháng Giêng', REF, '2024-02-19'],
    ['trước ngày 15 tháng 8 âm lịch', REF, '2024-09-17'],
    ['trước ngày 15/2 âm lịch', REF, '2024-03-24'],
    ['trước ngày 15/8 (âm lịch)', REF, '2024-09-17'],
    ['trước ngày 23 tháng Chạp', '2024-10-01', '2025-01-22'],
    ['trước mùng 10 tháng Giêng', REF, '2024-02-19'],
    ['trước ngày mồng 10 tháng Giêng', '2024-03-01', '2025-02-07'],
  ])('reads "%s" (on %s) as the lunar day to come: %s', (text, ref, due) => {
    expect(read(text, ref)).toMatchObject({ dueDate: due, kind: 'deadline' });
  });

  it.each([
    ['trước ngày 10 tháng Giêng năm Giáp Thìn', '2024-03-01', '2024-02-19'],
    ['trước ngày 23 tháng Chạp năm Quý Mão', '2024-03-01', '2024-02-02'],
    ['trước ngày 23 tháng Chạp (Giáp Thìn)', REF, '2025-01-22'],
  ])('reads "%s" (on %s) in the lunar year it names: %s', (text, ref, due) => {
    expect(read(text, ref)).toMatchObject({ dueDate: due, kind: 'deadline' });
  });
});

describe('parseDeadline: festivals, holidays by their day, years and seasons', () => {
  const read = (text: string, ref = '2024-09-06') => parseDeadline(text, ref, fallbackCalendar);

  it('reads "trước Tết Trung thu" as the last working day before the full moon of the eighth lunar month, not Tết', () => {
    expect(read('tặng quà cho trẻ em trước Tết Trung thu')).toMatchObject({ dueDate: '2024-09-16' });
    expect(read('tặng quà cho trẻ em trước Tết Trung thu', '2024-09-20')).toMatchObject({ dueDate: '2025-10-03' });
    expect(read('trước Tết Thanh minh')).toBeNull();
  });

  it.each([
    ['thu hồi nợ thuế từ trước ngày 01/01/2024, hoàn thành trong quý III/2024', 'trong quý III/2024', '2024-09-30'],
    ['thanh toán cho các gói thầu đã ký hợp đồng trước ngày 07/8/2024', null, null],
    ['xử lý các khoản nợ phát sinh trước ngày 01/7/2024', null, null],
    ['bảo đảm an ninh trật tự trước ngày 10/9/2024', 'trước ngày 10/9/2024', '2024-09-10'],
    ['giải ngân vốn đầu tư trước ngày 30/9/2024', 'trước ngày 30/9/2024', '2024-09-30'],
  ])('reads a cut-off in "%s" as the cases it names, no deadline', (text, words, due) => {
    const found = read(text);
    expect(found && [found.deadlineText, found.dueDate]).toEqual(words === null ? null : [words, due]);
  });

  it.each([
    ['hoàn thành sửa chữa phòng học trước ngày tựu trường', 'trước ngày tựu trường'],
    ['kiểm tra cơ sở vật chất trước kỳ thi tốt nghiệp THPT năm 2024', 'trước kỳ thi tốt nghiệp THPT năm 2024'],
    ['bố trí đủ giáo viên trước khi bắt đầu năm học mới', 'trước khi bắt đầu năm học mới'],
  ])('keeps the words of a school time, "%s", with no date', (text, words) => {
    expect(read(text)).toMatchObject({ deadlineText: words, dueDate: null, kind: 'deadline' });
  });

  it('dates "trong vòng 24 giờ" by the day the hours run out, and keeps the words of hours counted from each case', () => {
    expect(read('tổ chức điều tra, báo cáo UBND tỉnh trong vòng 24 giờ', '2024-07-05')).toMatchObject({
      deadlineText: 'trong vòng 24 giờ',
      dueDate: '2024-07-06',
    });
    expect(read('xử lý ổ dịch trong 48 giờ', '2024-07-05')).toMatchObject({ dueDate: '2024-07-07' });
    expect(read('xử lý ổ dịch trong vòng 48 giờ kể từ khi phát hiện ca bệnh', '2024-07-05')).toMatchObject({
      deadlineText: 'trong vòng 48 giờ kể từ khi phát hiện ca bệnh',
      dueDate: null,
    });
    expect(read('số ca mắc trong 24 giờ qua tăng', '2024-07-05')).toBeNull();
    expect(
      read('tắt đèn trong 01 giờ, từ 20 giờ 30 phút đến 21 giờ 30 phút thứ bảy', '2022-02-21')?.dueDate ?? null,
    ).toBeNull();
    expect(read('báo cáo kết quả không quá 2 giờ', '2024-07-05')).toMatchObject({ dueDate: '2024-07-05' });
  });

  it.each([
    [
      'chủ đầu tư đến tháng 12/2025 phải hoàn thành giải phóng mặt bằng',
      '2025-03-12',
      'đến tháng 12/2025',
      '2025-12-31',
    ],
    ['hoàn thành việc rà soát trong 3 tháng.', '2025-03-12', 'trong 3 tháng', '2025-06-12'],
    ['các cơ quan, đơn vị treo cờ Tổ quốc vào ngày 1-1-2025', '2024-12-20', 'vào ngày 1-1-2025', '2025-01-01'],
  ])('dates "%s" (on %s) by "%s": %s', (text, ref, words, due) => {
    expect(read(text, ref)).toMatchObject({ deadlineText: words, dueDate: due });
  });

  it.each([
    ['từ tháng 3/2025 đến tháng 12/2025, rà soát hồ sơ', '2025-12-31'],
    ['thu ngân sách trong 3 tháng đầu năm đạt 30%', null],
  ])('leaves "%s" to the rules of a range or a period reported', (text, due) => {
    expect(read(text, '2025-03-12')?.dueDate ?? null).toBe(due);
  });

  it.each([
    // 8 January 2025 is a Wednesday.
    ['báo cáo kết quả vào thứ Sáu tuần này', 'vào thứ Sáu tuần này', '2025-01-10'],
    ['báo cáo kết quả trước thứ Ba của tuần kế tiếp', 'trước thứ Ba của tuần kế tiếp', '2025-01-14'],
    ['báo cáo kết quả vào sáng thứ Hai tuần sau', 'vào sáng thứ Hai tuần sau', '2025-01-13'],
  ])('dates "%s" by the weekday of the week named', (text, words, due) => {
    expect(read(text, '2025-01-08')).toMatchObject({ deadlineText: words, dueDate: due });
  });

  it('gives no date to a weekday of this week already gone by', () => {
    expect(read('báo cáo kết quả vào thứ Hai tuần này', '2025-01-08')?.dueDate ?? null).toBeNull();
  });

  it('reads "báo cáo … theo quý / theo tháng" as a rule that comes round, and not "theo quy định"', () => {
    expect(read('tổng hợp kết quả, báo cáo UBND tỉnh theo quý.')).toMatchObject({
      kind: 'recurring',
      deadlineText: 'theo quý',
      recurrence: { every: 'quarter', day: null, until: null },
    });
    expect(read('định kỳ báo cáo theo tháng về Ban An toàn giao thông tỉnh')).toMatchObject({
      deadlineText: 'theo tháng',
      recurrence: { every: 'month', day: null, until: null },
    });
    expect(read('hoàn chỉnh dự thảo, báo cáo Chủ tịch UBND tỉnh theo quy định.')).toBeNull();
  });

  it.each([
    ['hoàn thành trước dịp 30/4', '2024-03-01', '2024-04-29'],
    ['trước dịp lễ 30/4 và 1/5', '2024-03-01', '2024-04-29'],
  ])('reads "%s" (on %s) as the last working day before the holiday: %s', (text, ref, due) => {
    expect(read(text, ref)).toMatchObject({ dueDate: due, kind: 'deadline' });
  });

  it.each(['chậm nhất đến hết ngày 15/10/2024', 'chậm nhất là hết ngày 15/10/2024'])(
    'reads "%s" whole, its "chậm nhất" with it',
    (text) => {
      expect(read(text)).toMatchObject({ dueDate: '2024-10-15', deadlineText: text });
    },
  );

  it.each([
    ['Thời gian: 05/02/2024', '2024-02-05'],
    ['Thời gian thực hiện: đêm 09/02/2024 (tức đêm 30 Tết)', '2024-02-09'],
  ])('reads the time field of an activity "%s" as its date (not the hour and day of a meeting)', (text, due) => {
    expect(read(text, '2024-01-10')).toMatchObject({ dueDate: due });
  });

  it('reads "trước năm 2025" as the end of 2024, and nothing for a year already begun', () => {
    expect(read('hoàn thành việc lập bảng giá đất trước năm 2025')).toMatchObject({
      dueDate: '2024-12-31',
      deadlineText: 'trước năm 2025',
    });
    expect(read('hoàn thành trước năm 2024')).toBeNull();
  });

  it.each([
    ['gia cố các hồ đập xung yếu trước mùa mưa bão năm 2024', 'trước mùa mưa bão năm 2024'],
    ['kiểm tra thường trực từ nay đến kết thúc mùa khô', 'từ nay đến kết thúc mùa khô'],
  ])('keeps the words of "%s" with no date', (text, words) => {
    expect(read(text)).toMatchObject({ dueDate: null, deadlineText: words, kind: 'deadline' });
  });

  it.each([
    // The first week's last working day (7 October 2024 is a Monday; the 5th and 6th are a weekend).
    ['trình UBND tỉnh trong tuần đầu tháng 10/2024', 'trong tuần đầu tháng 10/2024', '2024-10-07'],
    ['trình UBND tỉnh trong tuần  đầu tháng 10/2024', 'trong tuần  đầu tháng 10/2024', '2024-10-07'],
    ['tổ chức hội nghị vào tuần cuối của tháng 6/2024', 'vào tuần cuối của tháng 6/2024', '2024-06-28'],
    // The last working day of the month's first ten days, and of its middle ten (20 April 2025 is a Sunday).
    ['hoàn thành vào đầu tháng 10/2024', 'vào đầu tháng 10/2024', '2024-10-10'],
    ['khởi công vào giữa tháng 4/2025', 'vào giữa tháng 4/2025', '2025-04-18'],
    // The first half's last working day (15 June 2024 is a Saturday), and the month's for its second half.
    ['hoàn thành trong nửa đầu tháng 6/2024', 'trong nửa đầu tháng 6/2024', '2024-06-14'],
    ['hoàn thành trong nửa cuối tháng 6/2024', 'trong nửa cuối tháng 6/2024', '2024-06-28'],
  ])('dates "%s" by the end of the part of the month it names', (text, words, due) => {
    expect(read(text)).toMatchObject({ dueDate: due, deadlineText: words, kind: 'deadline' });
  });

  it('reads the day of "định kỳ báo cáo … trước ngày 20 hằng tháng" written after the report', () => {
    expect(read('định kỳ báo cáo UBND tỉnh trước ngày 20 hằng tháng')).toMatchObject({
      deadlineText: 'trước ngày 20 hằng tháng',
      kind: 'recurring',
      recurrence: { every: 'month', day: 20 },
    });
    expect(read('định kỳ báo cáo UBND tỉnh')).toMatchObject({ deadlineText: 'định kỳ', recurrence: null });
  });

  it('reads the day of a monthly report written after the work, leaving the work out of the deadline’s words', () => {
    expect(
      read('định kỳ hằng tháng báo cáo kết quả giải ngân về Sở Kế hoạch và Đầu tư trước ngày 25 để tổng hợp'),
    ).toMatchObject({ deadlineText: 'định kỳ hằng tháng', recurrence: { every: 'month', day: 25 } });
    expect(
      read('hằng tháng, báo cáo kết quả về Sở Tài chính để tổng hợp, báo cáo UBND tỉnh trước ngày 25/9/2024'),
    ).toMatchObject({
      deadlineText: 'hằng tháng',
      recurrence: { every: 'month', day: null },
    });
  });

  it('dates a part of the year written with a leading zero or as a half, and days of the first lunar month', () => {
    expect(read('hoàn thành trong 06 tháng đầu năm 2024')).toMatchObject({
      deadlineText: 'trong 06 tháng đầu năm 2024',
      dueDate: '2024-06-30',
    });
    expect(read('hoàn thành trong nửa cuối năm 2024')?.dueDate).toBe('2024-12-31');
    expect(read('hoàn thành trong 16 tháng đầu nhiệm kỳ')?.dueDate ?? null).toBeNull();
    // Tết Giáp Thìn is 10 February 2024: its fifth day is the 14th; the first lunar month ends on 9 March.
    expect(read('tham mưu trước ngày mùng 5 Tết Giáp Thìn', REF)?.dueDate).toBe('2024-02-14');
    expect(read('tổ chức gặp mặt ngay trong tháng Giêng', REF)).toMatchObject({
      deadlineText: 'ngay trong tháng Giêng',
      dueDate: '2024-03-09',
    });
  });

  it('dates an event by the day given in brackets after it', () => {
    expect(read('hoàn thành trước ngày khai mạc lễ hội (15/02/2024)', REF)).toMatchObject({
      deadlineText: 'trước ngày khai mạc lễ hội (15/02/2024)',
      dueDate: '2024-02-15',
    });
    expect(read('trình UBND tỉnh trước kỳ họp HĐND tỉnh (dự kiến ngày 10/7/2024)')?.dueDate).toBe('2024-07-10');
    expect(read('rà soát các trường hợp trước đây (theo Quyết định 15/2023)')?.dueDate ?? null).toBeNull();
  });

  it('dates an aim by the day it is to be reached ("phấn đấu đến ngày …"), not a day a report stands at', () => {
    expect(read('phấn đấu đến ngày 30/6/2024 giải ngân đạt trên 50% kế hoạch vốn', REF)).toMatchObject({
      deadlineText: 'đến ngày 30/6/2024',
      dueDate: '2024-06-30',
    });
    expect(read('phấn đấu đến 30/6/2024 giải ngân đạt trên 50%', REF)?.dueDate).toBe('2024-06-30');
    expect(read('đến ngày 10/3/2024, tổng số vốn đã giải ngân là 250 tỷ đồng', REF)?.dueDate ?? null).toBeNull();
  });

  it('dates days of one month written "từ ngày 20 đến ngày 22/02/2024" on the last', () => {
    expect(read('tổ chức Lễ hội từ ngày 20 đến ngày 22/02/2024', REF)).toMatchObject({
      deadlineText: 'từ ngày 20 đến ngày 22/02/2024',
      dueDate: '2024-02-22',
    });
  });

  it('dates "trong năm tới" and "đến hết năm sau" at the end of next year', () => {
    expect(read('hoàn thành trong năm tới', '2024-11-20')).toMatchObject({
      deadlineText: 'trong năm tới',
      dueDate: '2025-12-31',
    });
    expect(read('hoàn thành đến hết năm sau', '2024-11-20')?.dueDate).toBe('2025-12-31');
  });

  it('keeps the day and hour written before "hằng tuần" with the weekly rule ("trước 15h, thứ năm hàng tuần")', () => {
    expect(read('tổng hợp báo cáo UBND tỉnh trước 15h, thứ năm hàng tuần', REF)).toMatchObject({
      deadlineText: 'trước 15h, thứ năm hàng tuần',
      kind: 'recurring',
      recurrence: { every: 'week', day: 4, until: null },
      dueDate: null,
    });
    expect(read('báo cáo vào thứ Sáu hằng tuần', REF)?.deadlineText).toBe('vào thứ Sáu hằng tuần');
  });

  it.each([
    ['ban hành Quyết định kiện toàn Ban Chỉ đạo trong quý II năm nay', 'trong quý II năm nay', '2024-06-30'],
    ['hoàn thành xong trước ngày 30/9 năm nay', 'xong trước ngày 30/9 năm nay', '2024-09-30'],
  ])('keeps "năm nay" with the deadline it dates in the document\'s year: %s', (text, words, due) => {
    const found = read(text, '2024-03-12');
    expect([found?.deadlineText, found?.dueDate]).toEqual([words, due]);
  });

  it('reads no deadline in the days looked back on: "trong vòng 14 ngày qua", "trong 5 ngày gần đây"', () => {
    expect(read('cách ly các trường hợp đi qua vùng dịch trong vòng 14 ngày qua', '2020-02-05')).toBeNull();
    expect(read('thu gom rác thải ứ đọng trong 5 ngày gần đây', '2020-02-05')).toBeNull();
    expect(read('hoàn thành trong vòng 14 ngày', '2020-02-05')?.dueDate).toBe('2020-02-19');
  });

  it('keeps "tới" after a count with its deadline, and counts "chậm nhất 15 ngày" from the document', () => {
    expect(read('bằng mọi biện pháp trong vòng 7 ngày tới, phải khống chế được dịch', '2021-07-24')).toMatchObject({
      deadlineText: 'trong vòng 7 ngày tới',
      dueDate: '2021-07-31',
    });
    expect(read('hoàn thành trong 2 tuần tới', '2021-07-24')?.dueDate).toBe('2021-08-07');
    expect(read('báo cáo UBND tỉnh chậm nhất 15 ngày kể từ ngày ký văn bản này', '2025-08-13')?.dueDate).toBe(
      '2025-08-28',
    );
  });

  it('dates no months counted from an event of each case ("trong 12 tháng kể từ khi được giao đất")', () => {
    expect(read('khởi công trong 12 tháng kể từ khi được giao đất', '2025-08-13')).toMatchObject({
      deadlineText: 'trong 12 tháng kể từ khi được giao đất',
      dueDate: null,
    });
    expect(read('hoàn thành trong 3 tháng kể từ ngày ký văn bản này', '2025-08-13')?.dueDate).toBe('2025-11-13');
  });

  it('dates a month and the longer period after it at the end of that period', () => {
    expect(
      read('thực hiện tốt nhiệm vụ trọng tâm trong tháng 7 và những tháng cuối năm 2022', '2022-07-05'),
    ).toMatchObject({
      deadlineText: 'trong tháng 7 và những tháng cuối năm 2022',
      dueDate: '2022-12-31',
    });
    expect(read('nhiệm vụ trọng tâm trong tháng 4 và quý II năm 2021', '2021-04-02')?.dueDate).toBe('2021-06-30');
  });

  it('reads "vào ngày 3/11" as the day of the work, and no deadline in how long an event lasts', () => {
    expect(read('tiếp tục cho học sinh nghỉ học vào ngày 3/11', '2025-11-02')?.dueDate).toBe('2025-11-03');
    expect(read('Vào ngày 3/11, UBND tỉnh đã tổ chức hội nghị', '2025-11-02')).toBeNull();
    expect(read('phục vụ kỳ họp HĐND thành phố diễn ra trong 2 ngày 13-14/7', '2017-07-12')).toBeNull();
  });

  it('dates work on named days ("nghỉ học trong ngày 30 và 31/10/2019") on the last of them', () => {
    expect(read('cho học sinh nghỉ học trong ngày 30 và 31/10/2019 để tránh bão', '2019-10-29')).toMatchObject({
      deadlineText: 'trong ngày 30 và 31/10/2019',
      dueDate: '2019-10-31',
    });
    expect(read('cho học sinh nghỉ học trong 2 ngày 30, 31/10', '2019-10-29')?.dueDate).toBe('2019-10-31');
    expect(read('Trong ngày 30/10, đã có 20 tàu vào bờ', '2019-10-29')).toBeNull();
    expect(
      read('hoàn thành việc di dời dân trong ngày 30 và 31/10/2019, tuyệt đối không để người dân ở lại', '2019-10-29')
        ?.dueDate,
    ).toBe('2019-10-31');
    expect(read('Trong ngày 30/10, các đơn vị đã di dời 500 hộ', '2019-10-29')).toBeNull();
  });

  it('dates no count of days from an event ("chậm nhất 03 ngày sau khi kết thúc", "muộn nhất 05 ngày trước phiên họp")', () => {
    expect(
      read('báo cáo kết quả chậm nhất 03 ngày sau khi kết thúc đợt kiểm tra', '2024-03-15')?.dueDate ?? null,
    ).toBeNull();
    expect(read('gửi dự thảo muộn nhất 05 ngày trước phiên họp thường kỳ', '2024-03-15')?.dueDate ?? null).toBeNull();
    expect(read('bảo đảm nguồn cung hàng hóa trong tháng 12 và quý I', '2023-12-20')?.dueDate).toBe('2024-03-31');
    expect(read('rà soát, báo cáo trong 07 ngày tới đây', '2024-03-15')?.deadlineText).toBe('trong 07 ngày tới đây');
  });
});

describe('parseDeadline: up to a month from now', () => {
  it('reads "từ nay đến tháng 9/2023" as through that month, as "từ nay đến hết tháng …" is', () => {
    const read = (text: string) => parseDeadline(text, '2023-07-10', fallbackCalendar);
    expect(read('quyết tâm từ nay đến tháng 9/2023 phải xử lý dứt điểm')).toMatchObject({
      deadlineText: 'từ nay đến tháng 9/2023',
      dueDate: '2023-09-30',
    });
    expect(read('từ nay đến hết tháng 9/2023')?.dueDate).toBe('2023-09-30');
    expect(read('từ nay đến tháng 12')?.dueDate).toBe('2023-12-31');
  });
});

describe('parseDeadline: what is left of the year', () => {
  it('reads "những tháng / ngày còn lại của năm (2024)" as due at the year\'s end', () => {
    const read = (text: string) => parseDeadline(text, '2024-08-10', fallbackCalendar);
    expect(read('hoàn thành các chỉ tiêu trong những tháng còn lại của năm 2024')).toMatchObject({
      deadlineText: 'trong những tháng còn lại của năm 2024',
      dueDate: '2024-12-31',
    });
    expect(read('trong các tháng còn lại của năm')?.dueDate).toBe('2024-12-31');
  });

  it('reads "2 tháng còn lại của năm 2023", "thời gian còn lại của năm", "quý còn lại" likewise, not "… và những năm tiếp theo"', () => {
    const read = (text: string) => parseDeadline(text, '2023-11-03', fallbackCalendar);
    expect(read('Trong 2 tháng còn lại của năm 2023, huyện tập trung hoàn thành các mục tiêu')).toMatchObject({
      deadlineText: 'Trong 2 tháng còn lại của năm 2023',
      dueDate: '2023-12-31',
    });
    expect(read('đẩy nhanh giải ngân trong thời gian còn lại của năm')?.dueDate).toBe('2023-12-31');
    expect(read('trong hai quý còn lại năm 2024')?.dueDate).toBe('2024-12-31');
    // Open-ended: the rest of this year and the years after it.
    expect(
      read('chỉ đạo trong những tháng còn lại năm 2023 và những năm tiếp theo là: định hướng lại …')?.dueDate ?? null,
    ).toBeNull();
  });
});

describe('parseDeadline: a month, then the rest of the year', () => {
  it('reads "trong tháng 6 cũng như các tháng cuối năm" as due at the year\'s end, as "… và những tháng cuối năm"', () => {
    const read = (text: string) => parseDeadline(text, '2017-05-29', fallbackCalendar);
    expect(read('các nhiệm vụ trọng tâm trong tháng 6 cũng như các tháng cuối năm')).toMatchObject({
      deadlineText: 'trong tháng 6 cũng như các tháng cuối năm',
      dueDate: '2017-12-31',
    });
    expect(read('trong tháng 6 và những tháng cuối năm 2017')?.dueDate).toBe('2017-12-31');
  });
});

describe('parseDeadline: a month that opens standing work', () => {
  it('reads "trong tháng 5 và các tháng tiếp theo" as standing, its words kept, and no month as its deadline', () => {
    const read = (text: string) => parseDeadline(text, '2021-05-10', fallbackCalendar);
    expect(read('tập trung thực hiện các nhiệm vụ trong tháng 5 và các tháng tiếp theo')).toMatchObject({
      deadlineText: 'trong tháng 5 và các tháng tiếp theo',
      dueDate: null,
      kind: 'standing',
    });
    expect(read('triển khai từ tháng này và những tháng sau')?.kind).toBe('standing');
    expect(read('thực hiện trong năm 2021 và các năm tiếp theo')).toMatchObject({ dueDate: null, kind: 'standing' });
    // A month's deadline, then what the later months hold, after a comma: the month stays the deadline.
    expect(read('hoàn thành việc kê khai trong tháng 5, các tháng tiếp theo cập nhật biến động')?.dueDate).toBe(
      '2021-05-31',
    );
    // The month alone is still its deadline, and what is left of the year its end.
    expect(read('hoàn thành trong tháng 5')?.dueDate).toBe('2021-05-31');
    expect(read('hoàn thành trong những tháng còn lại của năm')?.dueDate).toBe('2021-12-31');
  });
});

describe('parseDeadline: the opening of the school year', () => {
  it('reads "trước (ngày / khi / lễ) khai giảng" as the last working day before 5 September', () => {
    const read = (text: string, ref: string) => parseDeadline(text, ref, fallbackCalendar)?.dueDate;
    expect(read('sửa chữa phòng học trước khi khai giảng năm học mới', '2024-07-20')).toBe('2024-09-04');
    expect(read('hoàn thành trước ngày khai giảng', '2024-07-20')).toBe('2024-09-04');
    // After this year's opening, the next; a school year named gives its own.
    expect(read('hoàn thành trước ngày khai giảng', '2024-10-01')).toBe('2025-09-04');
    expect(read('trước lễ khai giảng năm học 2025-2026', '2024-10-01')).toBe('2025-09-04');
    // A course's opening, a time counted back from the school year's or a date given is no 5 September.
    expect(
      read('hoàn thành tuyển sinh trước khi khai giảng lớp Trung cấp lý luận chính trị', '2024-07-20'),
    ).toBeUndefined();
    expect(read('thông báo các khoản thu trước ngày khai giảng ít nhất 15 ngày', '2024-07-20')).not.toBe('2024-09-04');
    expect(read('cải tạo ký túc xá trước ngày khai giảng khóa học mới vào ngày 15/10/2024', '2024-07-20')).toBe(
      '2024-10-15',
    );
    // 5 September 2026 is a Saturday: the Friday before.
    expect(read('trước ngày khai giảng', '2026-08-01')).toBe('2026-09-04');
  });
});

describe('parseDeadline: "đến ngày …" after a completion, and the days of a holiday', () => {
  const read = (text: string) => parseDeadline(text, '2024-03-05', fallbackCalendar);

  it('reads "hoàn thành … đến ngày …" and "đến ngày …, phải …" as the date, not "tính đến ngày …" or a term', () => {
    expect(read('hoàn thành dự án đến ngày 31/3/2024')).toMatchObject({
      dueDate: '2024-03-31',
      deadlineText: 'đến ngày 31/3/2024',
    });
    expect(read('đánh giá tác động môi trường phải hoàn thành đến 30/10')?.dueDate).toBe('2024-10-30');
    expect(read('đến ngày 15/9 phải phê duyệt quy hoạch')?.dueDate).toBe('2024-09-15');
    expect(read('kết quả hoàn thành tính đến ngày 31/3/2024')).toBeNull();
    expect(read('áp dụng đến ngày 31/12/2024')).toBeNull();
  });

  it('reads "trong 4 ngày nghỉ lễ" as the holiday, no count of days from the document', () => {
    expect(read('bảo đảm trật tự an toàn giao thông trong 4 ngày nghỉ lễ')).toBeNull();
    expect(read('báo cáo trước 14 giờ ngày 3-5-2024 về tình hình trong 4 ngày nghỉ lễ')?.dueDate).toBe('2024-05-03');
    expect(read('hoàn thành trong 10 ngày')?.dueDate).toBe('2024-03-15');
  });
});

describe('parseDeadline: days counted back from the opening of the school year', () => {
  it('gives no 5 September to "ít nhất 15 ngày trước khai giảng"', () => {
    const due = parseDeadline(
      'thông báo kế hoạch tuyển sinh ít nhất 15 ngày trước khai giảng',
      '2024-07-10',
      fallbackCalendar,
    );
    expect(due?.dueDate ?? null).toBeNull();
  });
});

describe('parseDeadline: the day of an event named with its date', () => {
  it('reads "trước ngày bầu cử 15/3/2026" and "trước ngày khai mạc 20/3" as those dates', () => {
    const read = (text: string) => parseDeadline(text, '2026-01-10', fallbackCalendar)?.dueDate;
    expect(read('hoàn thành niêm yết danh sách cử tri trước ngày bầu cử 15/3/2026')).toBe('2026-03-15');
    expect(read('hoàn thành trang trí trước ngày khai mạc 20/3')).toBe('2026-03-20');
    // The National Day keeps its own rule: the last working day before its break.
    expect(read('trước ngày Quốc khánh 2/9')).toBe('2026-09-01');
  });

  it('reads the day of the year written after the yearly rule ("Hằng năm, trước ngày 15/12, …")', () => {
    expect(
      parseDeadline('Hằng năm, trước ngày 15/12, Sở Tài chính tổng hợp báo cáo', REF, fallbackCalendar),
    ).toMatchObject({
      deadlineText: 'Hằng năm, trước ngày 15/12',
      kind: 'recurring',
      recurrence: { every: 'year', day: 15 },
    });
    // Another month's day the recurrence cannot hold: the rule, with the day left to the office.
    expect(parseDeadline('hằng năm, trước ngày 15/6 báo cáo', REF, fallbackCalendar)).toMatchObject({
      deadlineText: 'hằng năm, trước ngày 15/6',
      kind: 'recurring',
      recurrence: { every: 'year', day: null },
    });
  });

  it('reads no rule from a quantity of each year ("sản lượng khai thác hàng năm")', () => {
    expect(parseDeadline('nhằm kiểm soát sản lượng khai thác hàng năm', REF, fallbackCalendar)).toBeNull();
    // Annual crops, as land texts name them.
    expect(
      parseDeadline(
        'xử lý các trường hợp tự ý trồng cây lâu năm trên đất nông nghiệp, trồng cây hàng năm',
        REF,
        fallbackCalendar,
      ),
    ).toBeNull();
    expect(parseDeadline('chuyển mục đích đất trồng cây hằng năm khác', REF, fallbackCalendar)).toBeNull();
    // A planting done each year is a period.
    expect(
      parseDeadline('tổ chức trồng cây hàng năm vào dịp Tết trồng cây', REF, fallbackCalendar)?.recurrence,
    ).toMatchObject({ every: 'year' });
    expect(parseDeadline('báo cáo hàng năm về tình hình thu ngân sách', REF, fallbackCalendar)).toMatchObject({
      kind: 'recurring',
      recurrence: { every: 'year', day: null },
    });
  });
});

describe('parseDeadline on the Tết season', () => {
  const read = (text: string, ref = '2025-01-10') => parseDeadline(text, ref, fallbackCalendar);

  it('reads "trong dịp Tết (Nguyên đán)" and "trong các ngày nghỉ Tết" as the season of ongoing work, with no date', () => {
    for (const [text, written] of [
      ['thực hiện chế độ thông tin, báo cáo trong dịp Tết Nguyên đán', 'trong dịp Tết Nguyên đán'],
      ['bảo đảm an ninh trật tự trong dịp Tết', 'trong dịp Tết'],
      ['trực cấp cứu 24/24 giờ trong các ngày nghỉ Tết Nguyên đán Ất Tỵ', 'trong các ngày nghỉ Tết Nguyên đán Ất Tỵ'],
    ])
      expect(read(text)).toMatchObject({ deadlineText: written, dueDate: null, kind: 'standing' });
    expect(read('thăm, tặng quà nhân dịp Tết Nguyên đán')).toBeNull();
    // A bare "dịp Tết" is the occasion the work serves, as the demo's conclusion writes it.
    expect(read('tổ chức các hoạt động vui chơi, đón Xuân phục vụ người dân dịp Tết, đảm bảo an toàn')).toBeNull();
  });

  it("reads the year written after a dash as the Tết season's, and takes it with the words", () => {
    expect(
      read(
        'tăng cường quản lý đất đai, nhất là trong thời gian trước, trong và sau Tết Nguyên đán Canh Tý - năm 2020',
        '2020-01-10',
      ),
    ).toMatchObject({ deadlineText: 'trước, trong và sau Tết Nguyên đán Canh Tý - năm 2020', dueDate: '2020-02-08' });
  });

  it('reads "trước dịp Tết Nguyên đán" as before Tết, as "trước Tết"', () => {
    expect(read('đưa vào phục vụ nhân dân trước dịp tết nguyên đán', '2017-07-06')).toMatchObject({
      deadlineText: 'trước dịp tết nguyên đán',
      dueDate: '2018-02-15',
    });
  });
});

describe('parseDeadline on a month or quarter after "vào" and a monthly window', () => {
  const read = (text: string, ref = '2023-11-15') => parseDeadline(text, ref, fallbackCalendar);

  it('reads "vào tháng 12/2023", "vào quý III/2024" as the period the work is done in, not one gone by', () => {
    expect(read('hoàn thành vào tháng 12/2023')).toMatchObject({
      deadlineText: 'vào tháng 12/2023',
      dueDate: '2023-12-31',
    });
    expect(read('tổ chức vào quý III/2024')?.dueDate).toBe('2024-09-30');
    expect(read('khởi công vào tháng 3 năm 2024')?.dueDate).toBe('2024-03-31');
    expect(read('trình kỳ họp thứ 5 vào tháng 7/2017')).toBeNull();
    expect(read('Vào tháng 3/2024, UBND tỉnh đã ban hành kế hoạch')).toBeNull();
  });

  it('reads "(định kỳ) từ ngày 1 đến ngày 5 hằng tháng" as monthly by the 5th', () => {
    expect(read('Định kỳ từ ngày 1 đến ngày 5 hằng tháng, các đơn vị cập nhật số liệu')).toMatchObject({
      kind: 'recurring',
      recurrence: { every: 'month', day: 5 },
    });
  });
});

describe('parseDeadline: a deadline named after its word, and a day the month lacks', () => {
  const read = (text: string, ref = '2024-10-10') => parseDeadline(text, ref, fallbackCalendar);

  it('reads "hạn chót (nộp …) là (17 giờ) ngày …" as the day it names', () => {
    expect(read('Hạn chót nộp báo cáo là ngày 25/10/2024.')).toMatchObject({
      deadlineText: 'Hạn chót nộp báo cáo là ngày 25/10/2024',
      dueDate: '2024-10-25',
    });
    expect(read('Hạn cuối nhận hồ sơ là 17 giờ ngày 25/10/2024')?.dueDate).toBe('2024-10-25');
    // Not a length of time after the word: "hạn chót của gói thầu là 30 ngày" names no day.
    expect(read('hạn chót của gói thầu là 30 ngày kể từ ngày ký')).toBeNull();
  });

  it('keeps "trước 31/11/2024", "chậm nhất ngày 30/2" as the deadline’s words with no date', () => {
    expect(read('hoàn thành thẩm định hồ sơ trước 31/11/2024')).toMatchObject({
      deadlineText: 'trước 31/11/2024',
      dueDate: null,
      kind: 'deadline',
    });
    expect(read('báo cáo chậm nhất ngày 30/2/2025')).toMatchObject({
      deadlineText: 'chậm nhất ngày 30/2/2025',
      dueDate: null,
    });
    // A day every such month has, or a leap year's 29 February, is a date.
    expect(read('báo cáo trước ngày 29/2/2028')?.dueDate).toBe('2028-02-29');
    expect(read('báo cáo trước ngày 30/11/2024')?.dueDate).toBe('2024-11-30');
    // Not a number that is no day: "trước 32/11", "trước 31/13".
    expect(read('trước 32/11/2024')).toBeNull();
    expect(read('trước 31/13/2024')).toBeNull();
  });
});

describe('parseDeadline: the part of the day a work is set for', () => {
  const read = (text: string, ref = '2024-11-01') => parseDeadline(text, ref, fallbackCalendar);

  it('reads "tổ chức … vào tối (sáng) ngày …" yet to come as the day, not the meeting day of the document', () => {
    expect(read('tổ chức bắn pháo hoa vào tối ngày 10/11/2024')).toMatchObject({
      deadlineText: 'vào tối ngày 10/11/2024',
      dueDate: '2024-11-10',
    });
    expect(read('tổ chức lễ ra quân vào sáng ngày 05/11/2024')?.dueDate).toBe('2024-11-05');
    expect(read('tại cuộc họp Thường trực Chính phủ vào chiều ngày 01/11/2024')).toBeNull();
  });
});
