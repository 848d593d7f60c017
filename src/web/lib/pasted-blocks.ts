import { findPastedTables } from '../../extraction/pasted-table';

/** A run of a pasted text: paragraphs as written, or a table of cells (its first row the header). */
export type PastedBlock = { kind: 'text'; text: string } | { kind: 'table'; rows: string[][] };

/**
 * A report's text as a clerk pastes it, its tables apart from its prose, read as the extraction of its figures reads
 * them (findPastedTables: cells separated by tabs or written with "|", a header of one or two lines, a row whose
 * cells hold line breaks read over its lines, a rule line left out): a header of two cells or more with a row under
 * it is a table, every row given as many cells as the widest.
 */
export function pastedBlocks(text: string): PastedBlock[] {
  const blocks: PastedBlock[] = [];
  let from = 0;
  const prose = (to: number) => {
    const written = text.slice(from, to).trim();
    if (written !== '') blocks.push({ kind: 'text', text: written });
  };
  for (const table of findPastedTables(text, (cells) => (cells.length >= 2 ? {} : null))) {
    if (table.rows.length === 0) continue;
    prose(table.start);
    const rows = [table.header, ...table.rows.map((row) => row.cells)].map((cells) => cells.map((cell) => cell.text));
    const width = Math.max(...rows.map((cells) => cells.length));
    blocks.push({
      kind: 'table',
      rows: rows.map((cells) => [...cells, ...Array<string>(width - cells.length).fill('')]),
    });
    from = table.end;
  }
  prose(text.length);
  return blocks;
}
