import { pastedBlocks } from '../../src/web/lib/pasted-blocks';

describe('pastedBlocks', () => {
  it('parts the prose of a report from a table pasted with tabs, rows as wide as the widest', () => {
    const text = [
      'Tình hình 9 tháng năm 2025.',
      'STT\tChỉ tiêu\tĐVT\tThực hiện',
      '1\tThu ngân sách\tTỷ đồng\t985,4',
      '2\tKhách du lịch\tLượt người',
      '',
      'Các ngành tiếp tục nỗ lực.',
    ].join('\n');
    expect(pastedBlocks(text)).toEqual([
      { kind: 'text', text: 'Tình hình 9 tháng năm 2025.' },
      {
        kind: 'table',
        rows: [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
          ['1', 'Thu ngân sách', 'Tỷ đồng', '985,4'],
          ['2', 'Khách du lịch', 'Lượt người', ''],
        ],
      },
      { kind: 'text', text: 'Các ngành tiếp tục nỗ lực.' },
    ]);
  });

  it('reads a table written with bars without its rule line, and leaves a lone line with a tab as prose', () => {
    expect(pastedBlocks('| TT | Chỉ tiêu |\n|---|---|\n| 1 | Thu ngân sách |')).toEqual([
      {
        kind: 'table',
        rows: [
          ['TT', 'Chỉ tiêu'],
          ['1', 'Thu ngân sách'],
        ],
      },
    ]);
    expect(pastedBlocks('Kính gửi:\tSở Tài chính\nNội dung.')).toEqual([
      { kind: 'text', text: 'Kính gửi:\tSở Tài chính\nNội dung.' },
    ]);
  });
});
