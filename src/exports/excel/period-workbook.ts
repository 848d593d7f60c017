import type ExcelJS from 'exceljs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { formatCalendarDate } from '../../common/time/zoned-time';
import { PeriodTaskRows } from '../../periods/period-task-rows';
import type { PeriodFigures, PeriodReportData, PeriodTaskGroup, PeriodTaskRow } from './period-report.shape';

/**
 * The period report as a workbook in the layout of the state's appendices
 * (Nghị định 30/2020): "Phụ lục I", one row per task grouped by where it
 * stands, and "Phụ lục II", one row per unit with a total. A4 landscape,
 * Times New Roman, the issuer and motto blocks, the title with the report it
 * belongs to, the cut-off, header rows repeated on every printed page, frozen
 * panes, dates as dates, numbers as numbers, sums as formulas. Written with
 * exceljs's streaming writer: rows leave for `out` as they are made.
 */

export interface PeriodWorkbookOptions {
  /** "Bắc Kạn". */
  /** PROVINCE_NAME, e.g. "tỉnh Bắc Kạn". */
  province: string;
  /** The report the appendices go with, when it has a number: "25/BC-VPUBND". */
  reportNumber?: string | null;
  reportDate?: string | null;
  /**
   * False when the report holds only some units (a department's own row): the
   * last row is then the province's figures as given, not a sum of the rows above.
   */
  allUnits?: boolean;
}

const FONT = 'Times New Roman';
const TABLE_SIZE = 11;
type Font = Partial<ExcelJS.Font>;
const font = (size: number, extra: Font = {}): Font => ({ name: FONT, size, ...extra });
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const DATE_FORMAT = 'dd/mm/yyyy';
const PERCENT_FORMAT = '0.00%';

/** A calendar date as the spreadsheet's date (a serial day, no time, no zone). */
const asDate = (date: string) => new Date(`${date}T00:00:00Z`);

const column = (index: number) => {
  let name = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

/** "tháng 01/2024", "quý I/2024", "6 tháng đầu năm 2024", "năm 2024", or the dates. */
export function periodLabel(report: Pick<PeriodReportData, 'kind' | 'year' | 'number' | 'from' | 'to'>): string {
  const roman = ['I', 'II', 'III', 'IV'];
  switch (report.kind) {
    case 'month':
      return `tháng ${String(report.number).padStart(2, '0')}/${report.year}`;
    case 'quarter':
      return `quý ${roman[(report.number ?? 1) - 1]}/${report.year}`;
    case 'half':
      return `6 tháng ${report.number === 2 ? 'cuối' : 'đầu'} năm ${report.year}`;
    case 'year':
      return `năm ${report.year}`;
    default:
      return `từ ngày ${formatCalendarDate(report.from)} đến ngày ${formatCalendarDate(report.to)}`;
  }
}

/** bao-cao-nhiem-vu-2024-01.xlsx, -2024-q1, -2024-h1, -2024, or the dates. */
export function periodFileName(report: Pick<PeriodReportData, 'kind' | 'year' | 'number' | 'from' | 'to'>): string {
  const suffix =
    report.kind === 'month'
      ? `${report.year}-${String(report.number).padStart(2, '0')}`
      : report.kind === 'quarter'
        ? `${report.year}-q${report.number}`
        : report.kind === 'half'
          ? `${report.year}-h${report.number}`
          : report.kind === 'year'
            ? `${report.year}`
            : `${report.from}-den-${report.to}`;
  return `bao-cao-nhiem-vu-${suffix}.xlsx`;
}

interface SheetLayout {
  appendix: string;
  title: string;
  /** Column widths, in characters. */
  widths: number[];
}

/** The heading rows every appendix sheet starts with; answers the next free row. */
function writeHeading(
  sheet: ExcelJS.Worksheet,
  layout: SheetLayout,
  report: PeriodReportData,
  options: PeriodWorkbookOptions,
): number {
  const last = layout.widths.length;
  const issuerEnd = Math.max(2, Math.round(last * 0.3));
  const mottoStart = last - Math.max(3, Math.round(last * 0.4)) + 1;
  const put = (
    row: number,
    from: number,
    to: number,
    value: string,
    f: Font,
    align: Partial<ExcelJS.Alignment> = {},
  ) => {
    const cell = sheet.getCell(row, from);
    cell.value = value;
    cell.font = f;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true, ...align };
    if (to > from) sheet.mergeCells(row, from, row, to);
  };
  put(1, 1, issuerEnd, `UBND ${options.province.toUpperCase()}`, font(12));
  put(1, mottoStart, last, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', font(12, { bold: true }));
  put(2, 1, issuerEnd, 'VĂN PHÒNG', font(12, { bold: true, underline: 'single' }));
  put(2, mottoStart, last, 'Độc lập - Tự do - Hạnh phúc', font(13, { bold: true, underline: 'single' }));
  put(4, 1, last, layout.appendix, font(13, { bold: true }));
  put(5, 1, last, layout.title, font(13, { bold: true }));
  put(
    6,
    1,
    last,
    `Kỳ báo cáo ${periodLabel(report)} (từ ngày ${formatCalendarDate(report.from)} đến ngày ${formatCalendarDate(report.to)})`,
    font(12, { bold: true }),
  );
  const number = options.reportNumber ?? '        /BC-VPUBND';
  const date = options.reportDate ? formatCalendarDate(options.reportDate) : `      /      /${report.year}`;
  put(
    7,
    1,
    last,
    `(Kèm theo Báo cáo số ${number} ngày ${date} của Văn phòng UBND ${options.province})`,
    font(12, { italic: true }),
  );
  put(8, 1, last, `Số liệu tính đến ngày ${formatCalendarDate(report.to)}`, font(12, { italic: true }));
  for (const row of [1, 2, 4, 5, 6, 7, 8]) sheet.getRow(row).height = row === 5 ? 20 : 17;
  return HEADER_TOP;
}

/** Two header rows (with merged groups) and a row of column numbers; answers the first data row. */
function writeTableHeader(
  sheet: ExcelJS.Worksheet,
  top: number,
  groups: Array<{ title: string; children?: string[] }>,
  numbers: string[],
): number {
  let col = 1;
  const headerCell = (row: number, c: number, value: string) => {
    const cell = sheet.getCell(row, c);
    cell.value = value;
    cell.font = font(TABLE_SIZE, { bold: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
  };
  for (const group of groups) {
    if (!group.children) {
      headerCell(top, col, group.title);
      headerCell(top + 1, col, '');
      sheet.mergeCells(top, col, top + 1, col);
      col += 1;
      continue;
    }
    headerCell(top, col, group.title);
    for (let i = 1; i < group.children.length; i++) headerCell(top, col + i, '');
    sheet.mergeCells(top, col, top, col + group.children.length - 1);
    group.children.forEach((child, i) => headerCell(top + 1, col + i, child));
    col += group.children.length;
  }
  numbers.forEach((n, i) => {
    const cell = sheet.getCell(top + 2, i + 1);
    cell.value = n;
    cell.font = font(10, { italic: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = THIN;
  });
  sheet.getRow(top).height = 33;
  sheet.getRow(top + 1).height = 48;
  return top + 3;
}

/** The rows of the table header: two of titles and one of column numbers, under the heading. */
const HEADER_TOP = 10;
const FIRST_DATA = HEADER_TOP + 3;

/** Landscape A4 fitted to the page width, header rows on every page, panes frozen under them. */
function sheetOptions(): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      // Nghị định 30/2020: 20–25 mm top and bottom, 30–35 mm at the binding edge, 15–20 mm opposite (inches here).
      margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_TOP}:${FIRST_DATA - 1}`,
    },
    // Page numbers centred in the top margin, not on the first page.
    headerFooter: {
      differentFirst: true,
      firstHeader: '',
      oddHeader: '&C&"Times New Roman"&13&P',
    },
    views: [{ state: 'frozen', xSplit: 0, ySplit: FIRST_DATA - 1, topLeftCell: `A${FIRST_DATA}` }],
  };
}

/** A sheet with its heading and table header written and sent; answers it and its first data row. */
function startSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  layout: SheetLayout,
  report: PeriodReportData,
  options: PeriodWorkbookOptions,
  header: { groups: Array<{ title: string; children?: string[] }>; numbers: string[] },
): { sheet: ExcelJS.Worksheet; first: number } {
  const sheet = workbook.addWorksheet(layout.appendix, sheetOptions());
  sheet.columns = layout.widths.map((width) => ({ width }));
  const headerTop = writeHeading(sheet, layout, report, options);
  const first = writeTableHeader(sheet, headerTop, header.groups, header.numbers);
  for (let r = 1; r < first; r++) sheet.getRow(r).commit();
  return { sheet, first };
}

const GROUPS: Array<{
  label: string;
  title: string;
  parts: Array<{ group: PeriodTaskGroup; label: string; title: string }>;
}> = [
  {
    label: 'I',
    title: 'ĐÃ HOÀN THÀNH',
    parts: [
      { group: 'done_on_time', label: '1', title: 'Hoàn thành đúng hạn' },
      { group: 'done_late', label: '2', title: 'Hoàn thành quá hạn' },
    ],
  },
  {
    label: 'II',
    title: 'CHƯA HOÀN THÀNH',
    parts: [
      { group: 'open_within_deadline', label: '1', title: 'Đang thực hiện trong hạn' },
      { group: 'open_overdue', label: '2', title: 'Quá hạn' },
      { group: 'awaiting_confirmation', label: '3', title: 'Chờ xác nhận hoàn thành' },
    ],
  },
  { label: 'III', title: 'NHIỆM VỤ THƯỜNG XUYÊN', parts: [{ group: 'standing', label: '', title: '' }] },
  { label: 'IV', title: 'DỪNG THỰC HIỆN', parts: [{ group: 'cancelled', label: '', title: '' }] },
];

const UNIT_WIDTHS = [4.5, 30, 8, 9, 8, 8, 8, 8, 8, 8, 8, 8.5, 9, 9, 9, 9, 10];

/** Phụ lục I's columns, in characters: about 80 % of them fit a landscape page at 11 pt. */
const TASK_WIDTHS = [4.5, 9, 10.5, 15, 9, 24, 11, 11, 10.5, 10.5, 5.5, 10, 10.5, 10, 5.5, 12, 7];
const TASK_COLUMNS = TASK_WIDTHS.length;

/**
 * The height a row needs for its wrapped text: spreadsheet programs do not
 * grow a row written with its cells already set, so it is estimated here from
 * the column widths (Times New Roman fits about 1.3 characters per unit of width).
 */
function rowHeight(values: ExcelJS.CellValue[], widths: number[], size: number): number {
  let lines = 1;
  values.forEach((value, i) => {
    if (typeof value !== 'string' || value === '') return;
    const perLine = Math.max(1, Math.floor((widths[i] - 0.5) * 1.3));
    const needed = value.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 1.12) / perLine)), 0);
    lines = Math.max(lines, needed);
  });
  return Math.ceil(lines * size * 1.2 + 3);
}

/**
 * The styles of Phụ lục I's rows, one object per kind of cell shared by all
 * the cells of that kind: exceljs remembers a style object it has already
 * registered and answers its id at once, where a fresh object per cell is
 * serialised and looked up again (most of the time of a 100,000-row report).
 * They are never changed after this point.
 */
const TASK_CELL_STYLES: Record<'text' | 'centred' | 'date', Partial<ExcelJS.Style>> = {
  text: {
    font: font(TABLE_SIZE),
    border: THIN,
    alignment: { horizontal: 'left', vertical: 'top', wrapText: true },
  },
  centred: {
    font: font(TABLE_SIZE),
    border: THIN,
    alignment: { horizontal: 'center', vertical: 'top', wrapText: true },
  },
  date: {
    font: font(TABLE_SIZE),
    border: THIN,
    alignment: { horizontal: 'center', vertical: 'top', wrapText: true },
    numFmt: DATE_FORMAT,
  },
};

/** The rows that open a group (level 1, "I. ĐÃ HOÀN THÀNH") and a part of it (level 2, "1. Hoàn thành đúng hạn"). */
const GROUP_HEADING_STYLES: Record<1 | 2, Record<'label' | 'title', Partial<ExcelJS.Style>>> = {
  1: {
    label: {
      font: font(TABLE_SIZE, { bold: true }),
      border: THIN,
      alignment: { horizontal: 'center', vertical: 'middle' },
    },
    title: {
      font: font(TABLE_SIZE, { bold: true }),
      border: THIN,
      alignment: { horizontal: 'left', vertical: 'middle' },
    },
  },
  2: {
    label: {
      font: font(TABLE_SIZE, { bold: true, italic: true }),
      border: THIN,
      alignment: { horizontal: 'center', vertical: 'middle' },
    },
    title: {
      font: font(TABLE_SIZE, { bold: true, italic: true }),
      border: THIN,
      alignment: { horizontal: 'left', vertical: 'middle' },
    },
  },
};

/** About 100 KB of sheet XML: how often the writer looks whether the compressor keeps up. */
const ROWS_BETWEEN_DRAINS = 100;
/**
 * How much sheet XML may wait for the compressor before the writer waits for
 * it to be taken whole: enough for rows to be made while earlier ones are
 * compressed. Kept small because buffers that wait long outlive the young
 * generation and are only freed by a full collection: at 8 MB the 100,000-row
 * report peaked at 310 MB, at 256 KB at 257 MB, for no more CPU time.
 */
const PENDING_XML_BOUND = 256 * 1024;

/**
 * Waits until the zip entry of `sheet` has taken what it was given. exceljs
 * hands each 64 KB of sheet XML to the zip archive without looking at the
 * answer of `write`, so rows made faster than they are compressed (or than
 * the client reads them) pile up in memory: a 100,000-row sheet, about
 * 110 MB of XML, was held almost whole. The sheet's stream keeps the stream
 * it writes to in `pipes`; without it (another exceljs), rows are still
 * written, only without that bound. Rejects when the output is gone (the
 * client went away), so an abandoned download does not wait for ever.
 */
async function sheetDrained(sheet: ExcelJS.Worksheet, stop: AbortSignal): Promise<void> {
  const target = (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes?.[0];
  const state = (target as unknown as { _writableState?: { needDrain?: boolean; length?: number } } | undefined)
    ?._writableState;
  if (target && state?.needDrain && (state.length ?? 0) > PENDING_XML_BOUND) {
    await once(target, 'drain', { signal: stop }).catch((error: unknown) => {
      if (!stop.aborted) throw error;
    });
  } else await new Promise((resolve) => setImmediate(resolve));
  stop.throwIfAborted();
}

async function writeTaskSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  report: PeriodReportData,
  options: PeriodWorkbookOptions,
  stop: AbortSignal,
): Promise<void> {
  const layout: SheetLayout = {
    appendix: 'Phụ lục I',
    title: 'DANH MỤC NHIỆM VỤ DO CHỦ TỊCH, CÁC PHÓ CHỦ TỊCH UBND TỈNH GIAO VÀ KẾT QUẢ THỰC HIỆN',
    widths: TASK_WIDTHS,
  };
  const { sheet, first } = startSheet(workbook, layout, report, options, {
    groups: [
      { title: 'STT' },
      { title: 'Văn bản giao nhiệm vụ', children: ['Số, ký hiệu', 'Ngày ban hành', 'Trích yếu'] },
      { title: 'Lãnh đạo chỉ đạo' },
      { title: 'Nội dung nhiệm vụ' },
      { title: 'Đơn vị chủ trì' },
      { title: 'Đơn vị phối hợp' },
      { title: 'Thời hạn hoàn thành', children: ['Theo văn bản giao', 'Điều chỉnh', 'Số lần gia hạn'] },
      { title: 'Kết quả thực hiện', children: ['Văn bản báo cáo', 'Ngày hoàn thành thực tế'] },
      { title: 'Tình trạng' },
      { title: 'Số ngày quá hạn' },
      { title: 'Khó khăn, vướng mắc, đề xuất' },
      { title: 'Ghi chú' },
    ],
    numbers: Array.from({ length: TASK_COLUMNS }, (_, i) => `(${i + 1})`),
  });

  const rows = 'rows' in report ? report.rows : PeriodTaskRows.of(report.tasks);
  let rowNumber = first;
  let sequence = 0;
  const heading = (label: string, title: string, count: number, level: 1 | 2) => {
    const row = sheet.getRow(rowNumber);
    row.getCell(1).value = label;
    row.getCell(2).value = `${title} (${count} nhiệm vụ)`;
    const styles = GROUP_HEADING_STYLES[level];
    for (let c = 1; c <= TASK_COLUMNS; c++) row.getCell(c).style = c === 1 ? styles.label : styles.title;
    sheet.mergeCells(rowNumber, 2, rowNumber, TASK_COLUMNS);
    row.commit();
    rowNumber++;
  };
  for (const section of GROUPS) {
    const count = section.parts.reduce((n, p) => n + rows.count(p.group), 0);
    if (section.label === 'IV' && count === 0) continue;
    heading(section.label, section.title, count, 1);
    for (const part of section.parts) {
      if (part.title) heading(part.label, part.title, rows.count(part.group), 2);
      for (const task of rows.inGroup(part.group)) {
        writeTaskRow(sheet.getRow(rowNumber), ++sequence, task);
        rowNumber++;
        if (sequence % ROWS_BETWEEN_DRAINS === 0) await sheetDrained(sheet, stop);
      }
    }
  }
  sheet.commit();
}

function writeTaskRow(row: ExcelJS.Row, sequence: number, task: PeriodTaskRow): void {
  const moved = task.dueDate !== null && task.dueDate !== task.originalDueDate;
  const values: Array<ExcelJS.CellValue> = [
    sequence,
    task.document.number ?? '',
    asDate(task.document.issuedOn),
    task.document.summary,
    task.leaderName ?? '',
    task.title,
    task.leadDepartment,
    task.supportDepartments.join('; '),
    task.originalDueDate ? asDate(task.originalDueDate) : task.dueDate ? asDate(task.dueDate) : 'Thường xuyên',
    moved ? asDate(task.dueDate as string) : null,
    task.extensionCount > 0 ? task.extensionCount : null,
    task.resultDocument ?? '',
    task.completedOn ? asDate(task.completedOn) : null,
    task.statusLabel,
    task.daysOverdue && task.daysOverdue > 0 ? task.daysOverdue : null,
    task.difficulties ?? '',
    task.note ?? '',
  ];
  values.forEach((value, i) => {
    const cell = row.getCell(i + 1);
    cell.value = value;
    cell.style =
      value instanceof Date
        ? TASK_CELL_STYLES.date
        : typeof value === 'number' || i === 0 || i === 8
          ? TASK_CELL_STYLES.centred
          : TASK_CELL_STYLES.text;
  });
  row.height = rowHeight(values, TASK_WIDTHS, TABLE_SIZE);
  row.commit();
}

function writeUnitSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  report: PeriodReportData,
  options: PeriodWorkbookOptions,
): void {
  const layout: SheetLayout = {
    appendix: 'Phụ lục II',
    title: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO ĐƠN VỊ',
    widths: UNIT_WIDTHS,
  };
  const { sheet, first } = startSheet(workbook, layout, report, options, {
    groups: [
      { title: 'STT' },
      { title: 'Đơn vị' },
      { title: 'Tổng số nhiệm vụ', children: ['Tổng số', 'Kỳ trước chuyển sang', 'Giao trong kỳ'] },
      { title: 'Đã hoàn thành', children: ['Tổng số', 'Đúng hạn', 'Quá hạn'] },
      { title: 'Chưa hoàn thành', children: ['Tổng số', 'Trong hạn', 'Quá hạn', 'Chờ xác nhận'] },
      { title: 'Thường xuyên' },
      { title: 'Tỷ lệ (%)', children: ['Hoàn thành', 'Đúng hạn', 'Quá hạn'] },
      { title: 'Ghi chú' },
    ],
    numbers: [
      '(1)',
      '(2)',
      '(3)=(4)+(5)',
      '(4)',
      '(5)',
      '(6)=(7)+(8)',
      '(7)',
      '(8)',
      '(9)=(10)+(11)+(12)',
      '(10)',
      '(11)',
      '(12)',
      '(13)',
      '(14)',
      '(15)',
      '(16)',
      '(17)',
    ],
  });

  const write = (
    rowNumber: number,
    label: string | number,
    name: string,
    figures: PeriodFigures,
    note: string,
    totals: boolean,
  ) => {
    const row = sheet.getRow(rowNumber);
    const last = first + report.units.length - 1;
    const count = (key: Exclude<keyof PeriodFigures, 'overdueByAge'>, col: number): ExcelJS.CellValue =>
      totals && summed
        ? { formula: `SUM(${column(col)}${first}:${column(col)}${last})`, result: figures[key] ?? undefined }
        : (figures[key] ?? null);
    const rate = (value: number | null): ExcelJS.CellValue => value;
    const sum = (cols: number[], result: number): ExcelJS.CellValue => ({
      formula: cols.map((c) => `${column(c)}${rowNumber}`).join('+'),
      result,
    });
    const f = figures;
    const values: ExcelJS.CellValue[] = [
      label,
      name,
      sum([4, 5], f.carriedOver + f.assignedInPeriod),
      count('carriedOver', 4),
      count('assignedInPeriod', 5),
      sum([7, 8], f.doneOnTime + f.doneLate),
      count('doneOnTime', 7),
      count('doneLate', 8),
      sum([10, 11, 12], f.openWithinDeadline + f.openOverdue + f.awaitingConfirmation),
      count('openWithinDeadline', 10),
      count('openOverdue', 11),
      count('awaitingConfirmation', 12),
      count('standing', 13),
      rate(f.completionRate),
      rate(f.onTimeRate),
      rate(f.overdueRate),
      note,
    ];
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      cell.value = value;
      cell.font = font(TABLE_SIZE, { bold: totals });
      cell.border = THIN;
      cell.alignment = { horizontal: i === 1 || i === 16 ? 'left' : 'center', vertical: 'middle', wrapText: true };
      if (i >= 13 && i <= 15) cell.numFmt = PERCENT_FORMAT;
    });
    row.height = rowHeight(values, UNIT_WIDTHS, TABLE_SIZE);
    // The total's label spans STT and unit; merged before the row leaves for the stream.
    if (totals) sheet.mergeCells(rowNumber, 1, rowNumber, 2);
    row.commit();
  };
  const summed = options.allUnits !== false && report.units.length > 0;
  report.units.forEach((unit, i) =>
    write(first + i, i + 1, unit.name, unit, unit.rank !== null ? `Xếp thứ ${unit.rank}` : '', false),
  );
  write(first + report.units.length, summed ? 'Tổng cộng' : 'Toàn tỉnh', '', report.province, '', true);
  sheet.commit();
}

/** Writes the whole workbook to `out` and resolves once it is finished. */
export async function writePeriodWorkbook(
  report: PeriodReportData,
  out: Writable,
  options: PeriodWorkbookOptions,
): Promise<void> {
  // Loaded at the first export, not at every start: exceljs and what it brings take about 20 MB of memory.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Văn phòng UBND tỉnh';
  workbook.title = `Báo cáo tình hình thực hiện nhiệm vụ ${periodLabel(report)}`;
  const gone = new AbortController();
  // A stream closes after its end too: only one closed before all of the zip was written is abandoned.
  const abandon = () => {
    if (!out.writableFinished) gone.abort(new Error("The workbook's reader closed the stream before the end"));
  };
  out.once('error', abandon);
  out.once('close', abandon);
  // The zip's end waits for the reader too: a reader gone while it finishes must not leave it waiting.
  const abandoned = new Promise<never>((_, reject) =>
    gone.signal.addEventListener('abort', () => reject(gone.signal.reason as Error), { once: true }),
  );
  abandoned.catch(() => undefined);
  try {
    await writeTaskSheet(workbook, report, options, gone.signal);
    writeUnitSheet(workbook, report, options);
    await Promise.race([workbook.commit(), abandoned]);
  } finally {
    out.off('error', abandon);
    out.off('close', abandon);
  }
}
