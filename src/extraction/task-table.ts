import { foldVietnamese } from '../common/text/fold-vietnamese';
import { cellAt, findPastedTables, type TableCell } from './pasted-table';

/** A row of work in a table of tasks, its cells by the column they stand under. */
export interface TaskTableRow {
  start: number;
  end: number;
  work: TableCell;
  lead: TableCell | null;
  support: TableCell | null;
  deadline: TableCell | null;
}

/** A table of tasks pasted as text: where it lies in the text (its header included) and its rows of work. */
export interface TaskTable {
  start: number;
  end: number;
  rows: TaskTableRow[];
}

type TaskColumn = keyof Omit<TaskTableRow, 'start' | 'end'>;

/**
 * What a header cell names, folded: the work ("Nội dung nhiệm vụ", "Nhiệm vụ", "Tên công việc", "Nội dung thực hiện"),
 * its lead ("Cơ quan chủ trì", "Đơn vị thực hiện", "Chủ trì"), its cooperating units ("Cơ quan phối hợp") and its date
 * ("Thời gian hoàn thành", "Thời gian thực hiện", "Thời hạn", "Tiến độ"). Tested in this order: "Đơn vị phối hợp" is no
 * lead, "Thời gian thực hiện" no lead, "Đơn vị chủ trì" and "Nội dung thực hiện" each what they begin with.
 */
const COLUMNS: ReadonlyArray<[TaskColumn, RegExp]> = [
  ['support', /\bphoi hop\b/],
  ['deadline', /\b(?:thoi gian|thoi han|tien do|moc thoi gian)\b|^(?:han|hoan thanh)$/],
  ['work', /^(?:noi dung|nhiem vu|cong viec|hoat dong|giai phap|ten (?:nhiem vu|cong viec))\b/],
  ['lead', /\b(?:chu tri|phu trach)\b|^(?:co quan|don vi(?! tinh)|cap)\b/],
];

/**
 * The tables of tasks in a text, as a plan's annex gives them (see findPastedTables), under a header that names at
 * least the work and its lead or its date. Rows that only head a group of rows ("I", "LĨNH VỰC KINH TẾ", with no
 * unit and no date) are left out; so are rows whose work cell is empty.
 */
export function findTaskTables(text: string): TaskTable[] {
  const tables: TaskTable[] = [];
  for (const table of findPastedTables(text, headerColumns)) {
    const rows: TaskTableRow[] = [];
    for (const row of table.rows) {
      const [work, lead, support, deadline] = (['work', 'lead', 'support', 'deadline'] as const).map((kind) =>
        cellAt(row, table.columns[kind]),
      );
      if (work && /\p{L}/u.test(work.text) && (lead || support || deadline))
        rows.push({ start: row.start, end: row.end, work, lead, support, deadline });
    }
    if (rows.length > 0) tables.push({ start: table.start, end: table.end, rows });
  }
  return tables;
}

/** The column of each kind a header's cells name, or null when they are no header of a table of tasks. */
function headerColumns(cells: TableCell[]): Partial<Record<TaskColumn, number>> | null {
  if (cells.length < 3) return null;
  const columns: Partial<Record<TaskColumn, number>> = {};
  cells.forEach((cell, k) => {
    const folded = foldVietnamese(cell.text);
    const kind = COLUMNS.find(([, pattern]) => pattern.test(folded))?.[0];
    if (kind && columns[kind] === undefined) columns[kind] = k;
  });
  return columns.work !== undefined && (columns.lead !== undefined || columns.deadline !== undefined) ? columns : null;
}

/** What a stacked table's reader needs to know of the text: where a unit's name begins, and what reads as a date. */
export interface StackedCellReaders {
  /**
   * Where the name of a unit of the table or a body outside it (a group included) that begins at this index of the text
   * ends, or null when none begins there.
   */
  unitEndAt(index: number): number | null;
  /** The cell's words read as the work's deadline ("Trước 15/12/2024", "Tháng 01/2025", "Thường xuyên"). */
  isDeadline(text: string): boolean;
}

/** A row's number alone on its line: "1", "2.", "12". */
const ROW_NUMBER = /^\d{1,3}\.?$/;
/** A group's number alone on its line ("I", "II."), the group's name on the lines after it. */
const GROUP_NUMBER = /^[IVX]{1,5}\.?$/;
/** The number column's header: "STT", "TT", "Số TT". */
const NUMBER_HEADER = /^(?:stt|tt|so tt|so thu tu)$/;
/** What ends a table: the notice's list of recipients, its signature, a heading. */
const AFTER_TABLE = /^(?:noi nhan|tm\.?\s|kt\.?\s|chu tich|pho chu tich|ghi chu\s*:)/;
/** How many lines a row's cells may run over, wrapped as a page prints them. */
const MAX_STACKED_ROW_LINES = 16;

/**
 * A table of tasks copied from a PDF or a printed page: each cell on lines of its own, a cell's words wrapped over as
 * many lines as the page took ("STT ⏎ Nội dung nhiệm vụ ⏎ Đơn vị chủ trì ⏎ Đơn vị phối hợp ⏎ Thời gian hoàn thành ⏎ 1 ⏎
 * Rà soát, cân đối nguồn ⏎ vốn đầu tư công ⏎ Sở Tài chính ⏎ Sở Kế hoạch và ⏎ Đầu tư ⏎ Trước 15/12/2024 ⏎ 2 ⏎ …"). The
 * header is read from its cells, one a line after the number's; each row opens with its number alone on a line. A
 * row's cells are told apart by what they hold, since a wrapped cell takes any number of lines: the work first, the
 * lead from the first line that opens with a unit's name, the cooperating units from the next such line, the date
 * from the last line (or two) that reads as one.
 */
export function findStackedTaskTables(text: string, readers: StackedCellReaders): TaskTable[] {
  const lines = [...text.matchAll(/[^\n]+/g)]
    .map((m) => {
      const lead = m[0].length - m[0].trimStart().length;
      const written = m[0].trim();
      return { start: m.index + lead, end: m.index + lead + written.length, text: written };
    })
    .filter((line) => line.text !== '');
  const tables: TaskTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!NUMBER_HEADER.test(foldVietnamese(lines[i].text))) continue;
    // The header's cells: short lines up to the first row's number.
    let j = i + 1;
    while (j < lines.length && j - i <= 8 && !ROW_NUMBER.test(lines[j].text) && lines[j].text.split(' ').length <= 8)
      j++;
    if (j >= lines.length || !ROW_NUMBER.test(lines[j].text)) continue;
    const columns = headerColumns(lines.slice(i, j));
    if (!columns || columns.work === undefined) continue;
    const rows: TaskTableRow[] = [];
    let end = lines[j - 1].end;
    let k = j;
    while (k < lines.length && ROW_NUMBER.test(lines[k].text)) {
      let last = k + 1;
      while (
        last < lines.length &&
        last - k <= MAX_STACKED_ROW_LINES &&
        !ROW_NUMBER.test(lines[last].text) &&
        !GROUP_NUMBER.test(lines[last].text) &&
        !AFTER_TABLE.test(foldVietnamese(lines[last].text))
      )
        last++;
      const row = readStackedRow(lines.slice(k + 1, last), columns, readers);
      if (row) rows.push(row);
      if (last > k + 1) end = lines[last - 1].end;
      k = last;
      // A group's number and name between rows ("II ⏎ LĨNH VỰC VĂN HÓA – XÃ HỘI"): up to the next row's number.
      if (k < lines.length && GROUP_NUMBER.test(lines[k].text)) {
        let next = k + 1;
        while (next < lines.length && next - k <= 3 && !ROW_NUMBER.test(lines[next].text)) next++;
        if (next < lines.length && ROW_NUMBER.test(lines[next].text)) k = next;
      }
    }
    if (rows.length > 0) tables.push({ start: lines[i].start, end, rows });
    i = k - 1;
  }
  return tables;
}

/** The words a date cell opens with, when the page wraps it: "Trước ngày ⏎ 15/12/2024", "Chậm nhất ⏎ ngày 20/3". */
const DATE_WORDS =
  /^(?:trước|chậm nhất|muộn nhất|trong|hoàn thành|tháng|quý|năm|ngày|từ|đến|hằng|hàng|định kỳ)(?![\p{L}\p{M}])/iu;

/** A line of a cell that goes on in the next: it ends in a word that joins ("giữa", "và", "của", "cho", "các", …) or a comma. */
const RUNS_ON = /(?:,|(?<![\p{L}\p{M}])(?:giữa|và|với|của|cho|các|tại|đến|về|theo|thuộc|trên|từ))$/u;

/** One row's lines (its number left out) as its cells, told apart by what they hold; null when no work is read. */
function readStackedRow(
  lines: TableCell[],
  columns: Partial<Record<TaskColumn, number>>,
  readers: StackedCellReaders,
): TaskTableRow | null {
  if (lines.length < 2) return null;
  const cellOf = (part: TableCell[]): TableCell | null =>
    part.length === 0
      ? null
      : { start: part[0].start, end: part[part.length - 1].end, text: part.map((l) => l.text).join(' ') };
  // The date: the last line, or the last two when the first of them is a short line of the same date wrapped ("Trước
  // ngày ⏎ 15/12/2024"), not a unit's name.
  let dateFrom = lines.length;
  if (columns.deadline !== undefined) {
    const joined = (from: number) =>
      lines
        .slice(from)
        .map((l) => l.text)
        .join(' ');
    const wrapped = (from: number) =>
      from >= 1 && DATE_WORDS.test(lines[from].text) && lines[from].text.split(' ').length <= 4;
    const n = lines.length;
    if (readers.isDeadline(lines[n - 1].text) && n - 1 >= 1) {
      dateFrom = n - 1;
      if (wrapped(n - 2) && readers.isDeadline(joined(n - 2))) dateFrom = n - 2;
    } else if (wrapped(n - 2) && readers.isDeadline(joined(n - 2))) dateFrom = n - 2;
  }
  // The units: from the first line after the work's first that opens with a unit's name and holds nothing else but
  // other units, after a line of the work that does not run on into it ("… quy chế phối hợp giữa ⏎ Sở Tài chính và Kho
  // bạc Nhà nước tỉnh" is the work's; so is "UBND các huyện thực hiện quyết toán").
  const opensCell = (n: number) => {
    const end = readers.unitEndAt(lines[n].start);
    if (end === null || RUNS_ON.test(lines[n - 1].text)) return false;
    return end >= lines[n].end || /^\s*(?:[,;(–-]|và\s|$)/u.test(lines[n].text.slice(end - lines[n].start));
  };
  const unitLines: number[] = [];
  for (let n = 1; n < dateFrom; n++) if (opensCell(n)) unitLines.push(n);
  const leadFrom = unitLines[0] ?? dateFrom;
  const supportFrom =
    columns.support !== undefined && columns.lead !== undefined ? (unitLines[1] ?? dateFrom) : dateFrom;
  const work = cellOf(lines.slice(0, leadFrom));
  if (!work || !/\p{L}/u.test(work.text)) return null;
  const lead = columns.lead !== undefined ? cellOf(lines.slice(leadFrom, supportFrom)) : null;
  const support =
    columns.support !== undefined
      ? cellOf(lines.slice(columns.lead !== undefined ? supportFrom : leadFrom, dateFrom))
      : null;
  const deadline = cellOf(lines.slice(dateFrom));
  if (!lead && !support && !deadline) return null;
  return { start: lines[0].start, end: lines[lines.length - 1].end, work, lead, support, deadline };
}
