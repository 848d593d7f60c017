import { findPastedTables, type TableCell } from './pasted-table';

/** A header reader that takes any header of three cells or more, naming each column by its text. */
const everyColumn = (cells: TableCell[]) =>
  cells.length >= 3 ? Object.fromEntries(cells.map((cell, k) => [cell.text, k])) : null;

const headerOf = (text: string) => findPastedTables(text, everyColumn).map((t) => t.header.map((c) => c.text));

describe('findPastedTables', () => {
  it('reads a header of two lines copied from a word processor, a merged heading being one cell', () => {
    const text = [
      'STT\tChỉ tiêu\tThực hiện\tSo sánh (%)',
      '\t\tCùng kỳ\tNăm nay\tKế hoạch\tCùng kỳ',
      '1\tThu ngân sách\t876,3\t985,4\t78,8\t112,5',
    ].join('\n');
    expect(headerOf(text)).toEqual([
      ['STT', 'Chỉ tiêu', 'Thực hiện Cùng kỳ', 'Thực hiện Năm nay', 'So sánh (%) Kế hoạch', 'So sánh (%) Cùng kỳ'],
    ]);
    expect(findPastedTables(text, everyColumn)[0].rows.map((r) => r.cells[1].text)).toEqual(['Thu ngân sách']);
  });

  it('reads a header of two lines copied from a spreadsheet, a merged heading being the heading and empty cells', () => {
    const text = [
      'STT\tChỉ tiêu\tĐVT\tSo sánh (%)\t',
      '\t\t\tKế hoạch\tCùng kỳ',
      '1\tThu ngân sách\tTỷ đồng\t78,8\t112,5',
    ].join('\n');
    expect(headerOf(text)).toEqual([['STT', 'Chỉ tiêu', 'ĐVT', 'So sánh (%) Kế hoạch', 'So sánh (%) Cùng kỳ']]);
  });

  it('keeps a first row without a number as a row, not a second line of the header', () => {
    const text = ['STT\tNội dung\tĐơn vị chủ trì', '\tRà soát các dự án\tSở Tài chính'].join('\n');
    expect(headerOf(text)).toEqual([['STT', 'Nội dung', 'Đơn vị chủ trì']]);
    expect(findPastedTables(text, everyColumn)[0].rows).toHaveLength(1);
  });
});
