/** A cell of a pasted table: [start, end) in the text as received, its text trimmed. */
export interface TableCell {
  start: number;
  end: number;
  text: string;
}

/** A row of a pasted table: where it lies in the text and its cells, in the header's order. */
export interface PastedRow {
  start: number;
  end: number;
  cells: TableCell[];
}

/** A table pasted as text: where it lies (its header included), the column of each kind its header names, its rows. */
export interface PastedTable<K extends string> {
  start: number;
  end: number;
  columns: Partial<Record<K, number>>;
  header: TableCell[];
  rows: PastedRow[];
}

/**
 * The tables of a text as a word processor or a page gives them when copied: cells separated by tabs or by "|",
 * under a header that `readHeader` recognises (the column of each kind it names, or null for no header of the
 * table wanted). A row is a line, or several when a cell holds line breaks (a word processor writes a cell's
 * paragraphs on lines of their own): the lines are read together until the row has as many cells as the header.
 * A rule line ("|---|---|") is no row. Which rows matter is the caller's to decide.
 */
export function findPastedTables<K extends string>(
  text: string,
  readHeader: (cells: TableCell[]) => Partial<Record<K, number>> | null,
): PastedTable<K>[] {
  const lines = linesOf(text);
  const tables: PastedTable<K>[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.separator) continue;
    const separator = line.separator;
    const lower = lines[i + 1]?.separator === separator ? lines[i + 1] : null;
    const twoLines =
      lower &&
      underHeadings(cellsOf(text, line.start, line.end, separator), cellsOf(text, lower.start, lower.end, separator));
    const header = twoLines ?? cellsOf(text, line.start, line.end, separator);
    const columns = readHeader(header);
    if (!columns) continue;
    // The header's last line: its cells are as many as each row's.
    const last = twoLines && lower ? lower : line;
    const headerEnd = last.end;
    const wanted = countOf(text.slice(last.start, headerEnd), separator);
    const rows: PastedRow[] = [];
    let end = headerEnd;
    let j = twoLines ? i + 2 : i + 1;
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
      if (!cells.every((cell) => /^[\s:-]*$/.test(cell.text)))
        rows.push({ start: lines[j].start, end: lines[last].end, cells });
      end = lines[last].end;
      j = last + 1;
    }
    tables.push({ start: line.start, end, columns, header, rows });
    i = j - 1;
  }
  return tables;
}

/**
 * A header of two lines, as copied with merged cells: "So sánh (%)" over "Kế hoạch" and "Cùng kỳ" on the first
 * line, those two on the second, whose cells under a heading of one line (STT, Chỉ tiêu) are empty. A word processor
 * writes a merged heading as one cell, a spreadsheet as the heading and empty cells. The header read as one line of
 * the second's cells, each sub-heading after its heading ("So sánh (%) Kế hoạch"); or null when the second line is no
 * such line: its first cell is not empty, it has a figure, or its sub-headings do not fall under the first line's
 * headings.
 */
function underHeadings(upper: TableCell[], lower: TableCell[]): TableCell[] | null {
  if (lower.length < upper.length || lower[0]?.text !== '' || lower.every((cell) => cell.text === '')) return null;
  if (lower.some((cell) => /^[\d.,\s%+-]+$/.test(cell.text))) return null;
  const header: TableCell[] = [];
  if (lower.length === upper.length) {
    // A spreadsheet's: a sub-heading's heading is the nearest heading at or before it, and each lies under a merged
    // heading (the heading followed by empty cells): a line with a cell under a heading of its own is a row of data.
    const merged = (k: number) => upper[k].text === '' || upper[k + 1]?.text === '';
    if (lower.some((cell, k) => cell.text !== '' && !merged(k))) return null;
    let heading = upper[0];
    lower.forEach((cell, k) => {
      if (upper[k].text !== '') heading = upper[k];
      header.push(cell.text === '' ? upper[k] : { ...cell, text: `${heading.text} ${cell.text}`.trim() });
    });
    return header;
  }
  // A word processor's: a run of sub-headings falls under one heading of the first line, or the last run under as
  // many as the first line has left, evenly ("Thực hiện" over two, "So sánh (%)" over two).
  let above = 0;
  for (let k = 0; k < lower.length;) {
    if (lower[k].text === '') {
      if (!upper[above]) return null;
      header.push(upper[above++]);
      k++;
      continue;
    }
    let end = k;
    while (end < lower.length && lower[end].text !== '') end++;
    const last = lower.slice(end).every((cell) => cell.text === '');
    const headings = last ? upper.length - above - (lower.length - end) : 1;
    if (headings < 1 || (end - k) % headings !== 0 || (end - k) / headings < 2) return null;
    const [start, each] = [k, (end - k) / headings];
    for (; k < end; k++) {
      const heading = upper[above + Math.floor((k - start) / each)];
      if (!heading) return null;
      header.push({ ...lower[k], text: `${heading.text} ${lower[k].text}`.trim() });
    }
    above += headings;
  }
  return above === upper.length ? header : null;
}

/** The cell at `index` of a row, or null when the row has none there or it is empty. */
export function cellAt(row: PastedRow, index: number | undefined): TableCell | null {
  const cell = index === undefined ? undefined : row.cells[index];
  return cell && cell.text !== '' ? cell : null;
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
