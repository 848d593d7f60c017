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
    ['báo cáo UBND tỉnh trước 15/3', '2024-03-15'],
    ['trước ngày 20.7.2024', '2024-07-20'],
    ['chậm nhất ngày 05 tháng 02 năm 2024', '2024-02-05'],
    ['hoàn thành trong tháng 02/2024', '2024-02-29'],
    ['triển khai ngay trong tháng này', '2024-01-31'],
    ['hoàn thành trong quý I', '2024-03-31'],
    ['hoàn thành trong quý 3/2024', '2024-09-30'],
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
