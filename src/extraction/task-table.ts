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
 * The tables of tasks in a text, as a plan's annex gives them when copied from a word processor or a page: its cells
 * separated by tabs or by "|", under a header that names at least the work and its lead or its date. A row is a line,
 * or several when a cell holds line breaks (a word processor writes a cell's paragraphs on lines of their own): the
 * lines are read together until the row has as many cells as the header. Rows that only head a group of rows ("I",
 * "LĨNH VỰC KINH TẾ", with no unit and no date) are left out; so are rows whose work cell is empty.
 */
export function findTaskTables(text: string): TaskTable[] {
  const lines = linesOf(text);
  const tables: TaskTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i];
    const columns = header.separator ? headerColumns(cellsOf(text, header.start, header.end, header.separator)) : null;
    if (!columns || !header.separator) continue;
    const separator = header.separator;
    const wanted = countOf(text.slice(header.start, header.end), separator);
    const rows: TaskTableRow[] = [];
    let end = header.end;
    let j = i + 1;
    while (j < lines.length && lines[j].separator === separator) {
      // The row's lines: this one and those after it, up to as many separators as the header has.
      let last = j;
      let count = countOf(text.slice(lines[j].start, lines[j].end), separator);
      while (count < wanted && last + 1 < lines.length && last - j < MAX_ROW_LINES) {
        const next = lines[last + 1];
        const more = countOf(text.slice(next.start, next.end), separator);
        if (count + more > wanted) break;
        count += more;
        last++;
      }
      // A row that stays short of the header's cells is the one line (a group's heading, or the table's last row
      // before the text goes on), not the lines after it.
      if (count !== wanted) last = j;
      const cells = cellsOf(text, lines[j].start, lines[last].end, separator);
      const cell = (k: number | undefined) => {
        const c = k === undefined ? undefined : cells[k];
        return c && c.text !== '' ? c : null;
      };
      const work = cell(columns.work);
      const [lead, support, deadline] = [cell(columns.lead), cell(columns.support), cell(columns.deadline)];
      if (work && /\p{L}/u.test(work.text) && (lead || support || deadline))
        rows.push({ start: lines[j].start, end: lines[last].end, work, lead, support, deadline });
      end = lines[last].end;
      j = last + 1;
    }
    if (rows.length > 0) tables.push({ start: header.start, end, rows });
    i = j - 1;
  }
  return tables;
}

/** How many lines one row may run over. */
const MAX_ROW_LINES = 12;

interface Line {
  start: number;
  end: number;
  /** The separator of the line's cells: a tab, "|" when it has two bars and no tab, or null for no cells. */
  separator: '\t' | '|' | null;
}

/** The text's lines, each with the separator its cells use, if any. */
function linesOf(text: string): Line[] {
  const out: Line[] = [];
  for (const m of text.matchAll(/[^\n]*/g)) {
    if (m[0] === '' && m.index > 0 && text[m.index - 1] !== '\n') continue;
    const line = m[0].replace(/\r$/, '');
    const separator = line.includes('\t') ? '\t' : countOf(line, '|') >= 2 ? '|' : null;
    out.push({ start: m.index, end: m.index + line.length, separator });
  }
  return out;
}

function countOf(line: string, separator: string): number {
  return line.split(separator).length - 1;
}

/** The cells of [start, end) of the text, the line breaks inside a cell read as spaces. */
function cellsOf(text: string, start: number, end: number, separator: '\t' | '|'): TableCell[] {
  const cells: TableCell[] = [];
  let from = start;
  for (const part of text.slice(start, end).split(separator)) {
    const lead = part.length - part.trimStart().length;
    const at = from + lead;
    cells.push({ start: at, end: at + part.trim().length, text: part.replace(/\s+/g, ' ').trim() });
    from += part.length + 1;
  }
  // "| a | b |": the empty cells outside the outer bars are none.
  if (separator === '|') {
    if (cells[0]?.text === '') cells.shift();
    if (cells[cells.length - 1]?.text === '') cells.pop();
  }
  return cells;
}

/** The column of each kind a header's cells name, or null when they are no header of a table of tasks. */
function headerColumns(cells: TableCell[]): Partial<Record<keyof Omit<TaskTableRow, 'start' | 'end'>, number>> | null {
  if (cells.length < 3) return null;
  const columns: Partial<Record<keyof Omit<TaskTableRow, 'start' | 'end'>, number>> = {};
  cells.forEach((cell, k) => {
    const folded = foldVietnamese(cell.text);
    const kind = COLUMNS.find(([, pattern]) => pattern.test(folded))?.[0];
    if (kind && columns[kind] === undefined) columns[kind] = k;
  });
  return columns.work !== undefined && (columns.lead !== undefined || columns.deadline !== undefined) ? columns : null;
}
