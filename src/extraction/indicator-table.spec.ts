import { extractIndicators } from './indicator-extractor';
import { tableIndicators } from './indicator-table';

describe('tableIndicators', () => {
  const header = [
    'STT',
    'Chỉ tiêu',
    'Đơn vị tính',
    'Kế hoạch năm 2025',
    'Thực hiện 9 tháng',
    'So với kế hoạch (%)',
    'So với cùng kỳ (%)',
  ];

  it('reads a row a figure: its name, unit, the period reported, the share of the plan and the index on last year', () => {
    const text = [
      header.join('\t'),
      ['1', 'Tổng thu ngân sách nhà nước trên địa bàn', 'Tỷ đồng', '1.250', '985,4', '78,8', '112,5'].join('\t'),
      ['2', 'Số lao động được giải quyết việc làm', 'Người', '7.500', '6.120', '81,6', '98,4'].join('\t'),
      ['3', 'Tỷ lệ hộ nghèo giảm', '%', '3', '-', '-', '-'].join('\t'),
    ].join('\n');
    const { indicators, spans } = tableIndicators(text);
    expect(indicators.map((i) => [i.name, i.value, i.unit, i.baseValue, i.planPct, i.changeFromLastYearPct])).toEqual([
      ['Tổng thu ngân sách nhà nước trên địa bàn', 985.4, 'tỷ đồng', 985_400_000_000, 78.8, 12.5],
      ['Số lao động được giải quyết việc làm', 6120, 'người', 6120, 81.6, -1.6],
    ]);
    expect(indicators.every((i) => !i.estimate && i.changeKind === 'percent')).toBe(true);
    expect(text.slice(indicators[0].sourceSpan.start, indicators[0].sourceSpan.end)).toBe(text.split('\n')[1]);
    expect(spans).toEqual([{ start: 0, end: text.length }]);
  });

  it('reads a table written with bars: the estimate, a change given as such, a part of a row and a rate in points', () => {
    const text = [
      '| TT | Chỉ tiêu | ĐVT | Thực hiện cùng kỳ 2024 | Ước thực hiện 9 tháng 2025 | Tăng, giảm so cùng kỳ (%) |',
      '|---|---|---|---|---|---|',
      '| I | CHỈ TIÊU KINH TẾ | | | | |',
      '| 1 | Thu ngân sách nhà nước | Triệu đồng | 876.300 | 985.400 | 12,5 |',
      '| | - Trong đó: Thu nội địa | Triệu đồng | 801.000 | 870.250 | 8,6 |',
      '| 2 | Tỷ lệ bao phủ bảo hiểm y tế | % | 93,1 | 94,2 | 1,1 |',
    ].join('\n');
    const rows = tableIndicators(text).indicators;
    expect(rows.map((i) => [i.name, i.value, i.unit, i.changeFromLastYearPct, i.changeKind, i.estimate])).toEqual([
      ['Thu ngân sách nhà nước', 985_400, 'triệu đồng', 12.5, 'percent', true],
      ['Thu nội địa', 870_250, 'triệu đồng', 8.6, 'percent', true],
      ['Tỷ lệ bao phủ bảo hiểm y tế', 94.2, '%', 1.1, 'points', true],
    ]);
  });

  it('reads the unit after the name when the table has no unit column', () => {
    const text = [
      'TT\tChỉ tiêu\tThực hiện 9 tháng\tSo với cùng kỳ (%)',
      '1\tThu ngân sách nhà nước (tỷ đồng)\t985,4\t112,5',
      '2\tSố doanh nghiệp thành lập mới (Doanh nghiệp)\t245\t104,3',
      '3\tDiện tích gieo trồng (vụ mùa)\t1.250\t98,0',
    ].join('\n');
    expect(tableIndicators(text).indicators.map((i) => [i.name, i.value, i.unit, i.baseValue])).toEqual([
      ['Thu ngân sách nhà nước', 985.4, 'tỷ đồng', 985_400_000_000],
      ['Số doanh nghiệp thành lập mới', 245, 'doanh nghiệp', 245],
      // Not a unit: the brackets stay in the name.
      ['Diện tích gieo trồng (vụ mùa)', 1250, null, null],
    ]);
  });

  it('finds no table of figures in a table of tasks, a list of people or a plan without its results', () => {
    for (const text of [
      'STT\tNội dung\tĐơn vị chủ trì\tThời gian\n1\tRà soát\tSở Y tế\tQuý I',
      'STT\tHọ và tên\tChức vụ\n1\tNguyễn Văn A\tGiám đốc',
      'STT\tChỉ tiêu\tĐVT\tKế hoạch năm 2026\n1\tThu ngân sách\tTỷ đồng\t1.300',
    ])
      expect(tableIndicators(text).spans).toEqual([]);
  });
});

describe('extractIndicators with a table', () => {
  it('reads the prose around a table as before, and the table by its rows rather than as sentences', () => {
    const text = [
      'Tổng sản phẩm trên địa bàn (GRDP) ước tăng 8,2% so với cùng kỳ.',
      '',
      'MỘT SỐ CHỈ TIÊU CHỦ YẾU 9 THÁNG NĂM 2025',
      'STT\tChỉ tiêu\tĐơn vị tính\tThực hiện 9 tháng\tSo với cùng kỳ (%)',
      '1\tKim ngạch xuất khẩu\tTriệu USD\t36,2\t115,1',
      '',
      'Khách du lịch đạt 912.000 lượt người, tăng 21,6% so với cùng kỳ.',
    ].join('\n');
    expect(extractIndicators(text).map((i) => [i.name, i.value, i.unit, i.changeFromLastYearPct])).toEqual([
      ['Tổng sản phẩm trên địa bàn (GRDP)', null, null, 8.2],
      ['Kim ngạch xuất khẩu', 36.2, 'triệu USD', 15.1],
      ['Khách du lịch', 912_000, 'lượt người', 21.6],
    ]);
  });
});
