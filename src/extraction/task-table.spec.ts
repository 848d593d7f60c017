import { findStackedTaskTables, findTaskTables } from './task-table';

describe('findTaskTables', () => {
  const header = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'];

  it('reads the rows of a table pasted with tabs, each cell under the column its header names', () => {
    const text = [
      'PHỤ LỤC',
      header.join('\t'),
      ['1', 'Rà soát các dự án', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Tháng 3/2024'].join('\t'),
      ['2', 'Kiểm tra an toàn thực phẩm', 'Sở Y tế', '', 'Thường xuyên'].join('\t'),
      'Nơi nhận: …',
    ].join('\n');
    const [table] = findTaskTables(text);
    expect(table.rows.map((r) => [r.work.text, r.lead?.text, r.support?.text ?? null, r.deadline?.text])).toEqual([
      ['Rà soát các dự án', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Tháng 3/2024'],
      ['Kiểm tra an toàn thực phẩm', 'Sở Y tế', null, 'Thường xuyên'],
    ]);
    const first = table.rows[0];
    expect(text.slice(first.work.start, first.work.end)).toBe('Rà soát các dự án');
    expect(text.slice(table.start, table.end)).toBe(text.split('\n').slice(1, 4).join('\n'));
  });

  it('reads a table written with bars, leaving out its rule and the rows that head a group of rows', () => {
    const text = [
      '| STT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn |',
      '|---|---|---|---|',
      '| I | LĨNH VỰC KINH TẾ | | |',
      '| 1 | Đẩy nhanh giải ngân | UBND các huyện | 30/6/2024 |',
    ].join('\n');
    expect(findTaskTables(text)[0].rows.map((r) => [r.work.text, r.lead?.text, r.deadline?.text])).toEqual([
      ['Đẩy nhanh giải ngân', 'UBND các huyện', '30/6/2024'],
    ]);
  });

  it('finds no table in prose, nor under a header that names no work', () => {
    expect(findTaskTables('Sở Y tế chủ trì | phối hợp | thời gian: tháng 3.')).toEqual([]);
    expect(findTaskTables('STT\tHọ và tên\tChức vụ\n1\tNguyễn Văn A\tGiám đốc Sở Y tế')).toEqual([]);
    // A table of figures: its unit of measure is no lead unit.
    expect(findTaskTables('STT\tNội dung\tĐơn vị tính\tThực hiện\n1\tThu ngân sách\tTỷ đồng\t985,4')).toEqual([]);
  });
});

describe('findTaskTables: the headers offices write', () => {
  it.each([
    [['STT', 'Nội dung thực hiện', 'Đơn vị thực hiện', 'Thời gian thực hiện']],
    [['TT', 'Nhiệm vụ, giải pháp', 'Cơ quan, đơn vị chủ trì', 'Cơ quan, đơn vị phối hợp', 'Thời hạn']],
    [['TT', 'Tên nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Sản phẩm', 'Tiến độ']],
  ])('reads %j', (header) => {
    const cells = header.map((h) =>
      /phối hợp/i.test(h)
        ? 'Sở Tài chính'
        : /thời|tiến độ|hạn/i.test(h)
          ? 'Quý I/2024'
          : /^(?:STT|TT)$/.test(h)
            ? '1'
            : h === 'Sản phẩm'
              ? 'Báo cáo'
              : /nhiệm vụ|nội dung/i.test(h)
                ? 'Rà soát dự án'
                : 'Sở Y tế',
    );
    const [table] = findTaskTables([header.join('\t'), cells.join('\t')].join('\n'));
    const [row] = table.rows;
    expect([row.work.text, row.lead?.text, row.deadline?.text]).toEqual(['Rà soát dự án', 'Sở Y tế', 'Quý I/2024']);
  });
});

describe('findTaskTables: rows whose cells hold line breaks', () => {
  it('reads a row over the lines a word processor writes its cells’ paragraphs on, and no prose after the table', () => {
    const text = [
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'].join('\t'),
      '1\tRà soát các dự án;',
      'đề xuất điều chuyển vốn\tSở Kế hoạch và Đầu tư\tSở Tài chính;',
      'UBND các huyện\tTháng 6/2024',
      ['2', 'Kiểm tra an toàn thực phẩm', 'Sở Y tế', '', 'Thường xuyên'].join('\t'),
      'I\tNHIỆM VỤ KHÁC',
      'Các đơn vị triển khai thực hiện nghiêm túc.',
    ].join('\n');
    const [table] = findTaskTables(text);
    expect(table.rows.map((r) => [r.work.text, r.lead?.text, r.support?.text ?? null, r.deadline?.text])).toEqual([
      [
        'Rà soát các dự án; đề xuất điều chuyển vốn',
        'Sở Kế hoạch và Đầu tư',
        'Sở Tài chính; UBND các huyện',
        'Tháng 6/2024',
      ],
      ['Kiểm tra an toàn thực phẩm', 'Sở Y tế', null, 'Thường xuyên'],
    ]);
    expect(text.slice(table.rows[0].start, table.rows[0].end)).toBe(text.split('\n').slice(1, 4).join('\n'));
    expect(text.slice(table.start, table.end).endsWith('I\tNHIỆM VỤ KHÁC')).toBe(true);
  });
});

describe('findStackedTaskTables', () => {
  // Units and dates as the extractor reads them, here by their first words.
  const readers = (text: string) => ({
    unitEndAt: (index: number) => {
      const unit = /^(?:Sở (?:Tài chính|Kế hoạch và\s+Đầu tư)|UBND các huyện,\s+thành phố|Các chủ đầu tư)/u.exec(
        text.slice(index),
      );
      return unit ? index + unit[0].length : null;
    },
    isDeadline: (cell: string) => /^(?:Trước ngày \d|Tháng \d|Thường xuyên|\d{1,2}\/\d)/u.test(cell),
  });

  it('reads a table copied from a PDF, each cell on lines of its own, told apart by what they hold', () => {
    const text = [
      'PHỤ LỤC',
      'STT',
      'Nội dung nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian hoàn thành',
      'I',
      'LĨNH VỰC KINH TẾ',
      '1',
      'Rà soát, cân đối nguồn vốn',
      'đầu tư công năm 2025',
      'Sở Tài chính',
      'Sở Kế hoạch và',
      'Đầu tư',
      'Trước ngày',
      '15/12/2024',
      '2',
      'Đẩy nhanh tiến độ giải ngân',
      'UBND các huyện,',
      'thành phố',
      'Các chủ đầu tư',
      'Thường xuyên',
      'Nơi nhận:',
      '- Như trên;',
    ].join('\n');
    const [table] = findStackedTaskTables(text, readers(text));
    expect(table.rows.map((r) => [r.work.text, r.lead?.text, r.support?.text, r.deadline?.text])).toEqual([
      [
        'Rà soát, cân đối nguồn vốn đầu tư công năm 2025',
        'Sở Tài chính',
        'Sở Kế hoạch và Đầu tư',
        'Trước ngày 15/12/2024',
      ],
      ['Đẩy nhanh tiến độ giải ngân', 'UBND các huyện, thành phố', 'Các chủ đầu tư', 'Thường xuyên'],
    ]);
    const lead = table.rows[0].lead!;
    expect(text.slice(lead.start, lead.end)).toBe('Sở Tài chính');
    expect(text.slice(table.start, table.end)).not.toContain('Nơi nhận');
  });

  it('finds no table in prose, nor under a header that names no work', () => {
    const prose = 'STT\nHọ và tên\nChức vụ\n1\nNguyễn Văn A\nGiám đốc Sở Y tế';
    expect(findStackedTaskTables(prose, readers(prose))).toEqual([]);
    const text = 'Sở Y tế chủ trì kiểm tra an toàn thực phẩm.\nThời gian hoàn thành: tháng 3/2024.';
    expect(findStackedTaskTables(text, readers(text))).toEqual([]);
  });
});
