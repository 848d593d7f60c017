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
