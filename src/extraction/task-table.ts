import { foldVietnamese } from '../common/text/fold-vietnamese';

/** A cell of a pasted table: [start, end) in the text as received, its text trimmed. */
export interface TableCell {
  start: number;
  end: number;
  text: string;
}

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

interface Line {
  start: number;
  end: number;
  cells: TableCell[];
}

/**
 * What a header cell names, folded: the work ("Nội dung nhiệm vụ", "Nhiệm vụ", "Tên công việc", "Nội dung thực hiện"),
 * its lead ("Cơ quan chủ trì", "Đơn vị thực hiện", "Chủ trì"), its cooperating units ("Cơ quan phối hợp") and its date
 * ("Thời gian hoàn thành", "Thời gian thực hiện", "Thời hạn", "Tiến độ"). Tested in this order: "Đơn vị phối hợp" is no
 * lead, "Thời gian thực hiện" no lead, "Đơn vị chủ trì" and "Nội dung thực hiện" each what they begin with.
 */
const COLUMNS: ReadonlyArray<[keyof Omit<TaskTableRow, 'start' | 'end'>, RegExp]> = [
  ['support', /\bphoi hop\b/],
  ['deadline', /\b(?:thoi gian|thoi han|tien do|moc thoi gian)\b|^(?:han|hoan thanh)$/],
  ['work', /^(?:noi dung|nhiem vu|cong viec|hoat dong|giai phap|ten (?:nhiem vu|cong viec))\b/],
  ['lead', /\b(?:chu tri|phu trach)\b|^(?:co quan|don vi|cap)\b/],
];

/**
 * The tables of tasks in a text, as a plan's annex gives them when copied from a word processor or a page: one row a
 * line, its cells separated by tabs or by "|", under a header that names at least the work and its lead or its date.
 * Rows that only head a group of rows ("I", "LĨNH VỰC KINH TẾ", with no unit and no date) are left out; so are rows
 * whose work cell is empty.
 */
export function findTaskTables(text: string): TaskTable[] {
  const lines = linesOf(text);
  const tables: TaskTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const columns = headerColumns(lines[i]);
    if (!columns) continue;
    const rows: TaskTableRow[] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j].cells.length >= 2; j++) {
      const cell = (k: number | undefined) => {
        const c = k === undefined ? undefined : lines[j].cells[k];
        return c && c.text !== '' ? c : null;
      };
      const work = cell(columns.work);
      if (!work || !/\p{L}/u.test(work.text)) continue;
      const row = { start: lines[j].start, end: lines[j].end, work };
      const [lead, support, deadline] = [cell(columns.lead), cell(columns.support), cell(columns.deadline)];
      if (!lead && !support && !deadline) continue;
      rows.push({ ...row, lead, support, deadline });
    }
    if (rows.length > 0) tables.push({ start: lines[i].start, end: lines[j - 1].end, rows });
    i = j - 1;
  }
  return tables;
}

/** The lines of the text that hold at least three cells (two separators), with their cells; others have none. */
function linesOf(text: string): Line[] {
  const out: Line[] = [];
  for (const m of text.matchAll(/[^\n]*/g)) {
    if (m[0] === '' && m.index > 0 && text[m.index - 1] !== '\n') continue;
    const line = m[0].replace(/\r$/, '');
    const separator = (line.match(/\t/g)?.length ?? 0) >= 2 ? '\t' : (line.match(/\|/g)?.length ?? 0) >= 2 ? '|' : null;
    const cells: TableCell[] = [];
    if (separator) {
      let from = 0;
      for (const part of line.split(separator)) {
        const lead = part.length - part.trimStart().length;
        const start = m.index + from + lead;
        cells.push({ start, end: start + part.trim().length, text: part.trim() });
        from += part.length + 1;
      }
      // "| a | b |": the empty cells outside the outer bars are none.
      if (separator === '|') {
        if (cells[0]?.text === '') cells.shift();
        if (cells[cells.length - 1]?.text === '') cells.pop();
      }
    }
    out.push({ start: m.index, end: m.index + line.length, cells });
  }
  return out;
}

/** The column of each kind a header line names, or null when the line is no header of a table of tasks. */
function headerColumns(line: Line): Partial<Record<keyof Omit<TaskTableRow, 'start' | 'end'>, number>> | null {
  if (line.cells.length < 3) return null;
  const columns: Partial<Record<keyof Omit<TaskTableRow, 'start' | 'end'>, number>> = {};
  line.cells.forEach((cell, k) => {
    const folded = foldVietnamese(cell.text);
    const kind = COLUMNS.find(([, pattern]) => pattern.test(folded))?.[0];
    if (kind && columns[kind] === undefined) columns[kind] = k;
  });
  return columns.work !== undefined && (columns.lead !== undefined || columns.deadline !== undefined) ? columns : null;
}
