import ExcelJS from 'exceljs';
import { Writable } from 'node:stream';
import { periodReportFixture } from '../../scripts/bench/period-report-fixture';
import type { PeriodFigures, PeriodTaskGroup } from '../../src/exports/excel/period-report.shape';
import { periodFileName, periodLabel, writePeriodWorkbook } from '../../src/exports/excel/period-workbook';
import { periodWorkbookBytes, readWorkbook, valueOf } from '../helpers/workbook-files';

/** The period workbook read back with exceljs and compared with the report it was written from. */
describe('Period report workbook', () => {
  const report = periodReportFixture(400);
  let workbook: ExcelJS.Workbook;
  let tasksSheet: ExcelJS.Worksheet;
  let unitsSheet: ExcelJS.Worksheet;
  /** The first row after the table header (rows 10–12). */
  const FIRST = 13;

  beforeAll(async () => {
    workbook = await readWorkbook(await periodWorkbookBytes(report, { province: 'tỉnh Bắc Kạn' }));
    tasksSheet = workbook.getWorksheet('Phụ lục I')!;
    unitsSheet = workbook.getWorksheet('Phụ lục II')!;
  });

  it('names the file and the period as the office does', () => {
    expect(periodFileName(report)).toBe('bao-cao-nhiem-vu-2024-01.xlsx');
    expect(periodFileName({ ...report, kind: 'quarter', number: 1 })).toBe('bao-cao-nhiem-vu-2024-q1.xlsx');
    expect(periodLabel({ ...report, kind: 'quarter', number: 3 })).toBe('quý III/2024');
    expect(periodLabel({ ...report, kind: 'half', number: 1 })).toBe('6 tháng đầu năm 2024');
  });

  it('has the two appendices, in order, set up for landscape A4 with repeated header rows and frozen panes', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Phụ lục I', 'Phụ lục II']);
    for (const sheet of [tasksSheet, unitsSheet]) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.pageSetup.printTitlesRow).toBe('10:12');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 12 });
      expect(sheet.getCell('A1').value).toBe('UBND TỈNH BẮC KẠN');
      expect(sheet.getCell('A2').value).toBe('VĂN PHÒNG');
      const motto = sheet.getRow(1).values as unknown[];
      expect(motto).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(sheet.getRow(2).values as unknown[]).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(sheet.getCell('A7').value).toBe(
        '(Kèm theo Báo cáo số         /BC-VPUBND ngày       /      /2024 của Văn phòng UBND tỉnh Bắc Kạn)',
      );
      expect(sheet.getCell('A8').value).toBe('Số liệu tính đến ngày 14/01/2024');
      expect(sheet.getCell('A13').font?.name).toBe('Times New Roman');
    }
    expect(tasksSheet.getCell('A4').value).toBe('Phụ lục I');
    expect(unitsSheet.getCell('A4').value).toBe('Phụ lục II');
  });

  it('lists every task once under its group, each group with its count, with dates as dates and numbers as numbers', () => {
    const groups: Array<[string, PeriodTaskGroup[]]> = [
      ['ĐÃ HOÀN THÀNH', ['done_on_time', 'done_late']],
      ['Hoàn thành đúng hạn', ['done_on_time']],
      ['Hoàn thành quá hạn', ['done_late']],
      ['CHƯA HOÀN THÀNH', ['open_within_deadline', 'open_overdue', 'awaiting_confirmation']],
      ['Đang thực hiện trong hạn', ['open_within_deadline']],
      ['Quá hạn', ['open_overdue']],
      ['Chờ xác nhận hoàn thành', ['awaiting_confirmation']],
      ['NHIỆM VỤ THƯỜNG XUYÊN', ['standing']],
      ['DỪNG THỰC HIỆN', ['cancelled']],
    ];
    const headings = new Map<string, { count: number; row: number }>();
    const taskRows: number[] = [];
    for (let r = FIRST; r <= tasksSheet.rowCount; r++) {
      const text = tasksSheet.getCell(r, 2).value;
      const heading = typeof text === 'string' ? /^(.*) \((\d+) nhiệm vụ\)$/.exec(text) : null;
      if (heading && typeof tasksSheet.getCell(r, 1).value === 'string')
        headings.set(heading[1], { count: Number(heading[2]), row: r });
      else if (typeof tasksSheet.getCell(r, 1).value === 'number') taskRows.push(r);
    }
    for (const [title, members] of groups) {
      expect({ title, count: headings.get(title)?.count }).toEqual({
        title,
        count: report.tasks.filter((t) => members.includes(t.group)).length,
      });
    }
    expect(taskRows).toHaveLength(report.tasks.length);
    expect(taskRows.map((r) => tasksSheet.getCell(r, 1).value)).toEqual(taskRows.map((_, i) => i + 1));
    // The rows under "Quá hạn" are the overdue tasks, in the report's order.
    const overdue = report.tasks.filter((t) => t.group === 'open_overdue');
    const start = headings.get('Quá hạn')!.row + 1;
    overdue.forEach((task, i) => {
      const row = tasksSheet.getRow(start + i);
      expect(row.getCell(6).value).toBe(task.title);
      expect(row.getCell(2).value).toBe(task.document.number);
      expect(row.getCell(3).value).toEqual(new Date(`${task.document.issuedOn}T00:00:00Z`));
      expect(row.getCell(3).numFmt).toBe('dd/mm/yyyy');
      expect(row.getCell(9).value).toEqual(new Date(`${task.originalDueDate}T00:00:00Z`));
      expect(row.getCell(14).value).toBe('Quá hạn');
      expect(row.getCell(15).value).toBe(task.daysOverdue);
      expect(row.getCell(7).value).toBe(task.leadDepartment);
    });
    const standing = report.tasks.findIndex((t) => t.group === 'standing');
    const standingRow = headings.get('NHIỆM VỤ THƯỜNG XUYÊN')!.row + 1;
    expect(tasksSheet.getCell(standingRow, 9).value).toBe('Thường xuyên');
    expect(standing).toBeGreaterThanOrEqual(0);
    const extended = report.tasks.filter((t) => t.group === 'done_on_time' && t.extensionCount > 0)[0];
    const extendedRow = taskRows.find(
      (r) =>
        tasksSheet.getCell(r, 6).value === extended.title &&
        tasksSheet.getCell(r, 11).value === extended.extensionCount,
    );
    expect(extendedRow).toBeDefined();
    expect(tasksSheet.getCell(extendedRow!, 10).value).toEqual(new Date(`${extended.dueDate}T00:00:00Z`));
  });

  it('gives one row per unit with the report’s figures, and a total whose formulas add up to the province', () => {
    const keys: Array<[number, (f: PeriodFigures) => number | null]> = [
      [3, (f) => f.carriedOver + f.assignedInPeriod],
      [4, (f) => f.carriedOver],
      [5, (f) => f.assignedInPeriod],
      [6, (f) => f.doneOnTime + f.doneLate],
      [7, (f) => f.doneOnTime],
      [8, (f) => f.doneLate],
      [9, (f) => f.openWithinDeadline + f.openOverdue + f.awaitingConfirmation],
      [10, (f) => f.openWithinDeadline],
      [11, (f) => f.openOverdue],
      [12, (f) => f.awaitingConfirmation],
      [13, (f) => f.standing],
      [14, (f) => f.completionRate],
      [15, (f) => f.onTimeRate],
      [16, (f) => f.overdueRate],
    ];
    report.units.forEach((unit, i) => {
      const row = unitsSheet.getRow(FIRST + i);
      expect(row.getCell(1).value).toBe(i + 1);
      expect(row.getCell(2).value).toBe(unit.name);
      for (const [col, figure] of keys)
        expect({ unit: unit.name, col, value: valueOf(row.getCell(col)) }).toEqual({
          unit: unit.name,
          col,
          value: figure(unit),
        });
      expect(row.getCell(3).formula).toBe(`D${FIRST + i}+E${FIRST + i}`);
      expect(row.getCell(14).numFmt).toBe('0.00%');
    });
    const total = unitsSheet.getRow(FIRST + report.units.length);
    expect(total.getCell(1).value).toBe('Tổng cộng');
    for (const [col, figure] of keys)
      expect({ col, value: valueOf(total.getCell(col)) }).toEqual({ col, value: figure(report.province) });
    expect(total.getCell(4).formula).toBe(`SUM(D${FIRST}:D${FIRST + report.units.length - 1})`);
    expect(valueOf(total.getCell(3))).toBe(report.province.total);
    // The groups add up: every task of the province is in exactly one column.
    const p = report.province;
    expect(
      p.doneOnTime +
        p.doneLate +
        p.openWithinDeadline +
        p.openOverdue +
        p.awaitingConfirmation +
        p.standing +
        p.cancelled,
    ).toBe(p.total);
  });

  it('waits for a reader that stops reading, and gives up when the reader goes away', async () => {
    let received = 0;
    // Takes the first 64 KB, then never asks for more, as a client that stopped reading.
    const stalled = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        if (received < 64 * 1024) done();
      },
    });
    let settled = false;
    const writing = writePeriodWorkbook(periodReportFixture(20_000), stalled, { province: 'tỉnh Bắc Kạn' }).finally(
      () => (settled = true),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    // The workbook is not finished while its bytes are unread.
    expect(settled).toBe(false);
    stalled.destroy();
    await expect(writing).rejects.toThrow('closed the stream before the end');
  });
});
