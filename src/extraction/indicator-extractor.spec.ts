import { DEMO_REPORTS } from '../demo/demo-session';
import { extractIndicators } from './indicator-extractor';
import { baseValueOf } from './units';
import { parseVietnameseNumber } from './vietnamese-number';

describe('Vietnamese numbers and units', () => {
  it.each([
    ['1,908', 1.908],
    ['194.970', 194970],
    ['887,968', 887.968],
    ['2.157.119', 2157119],
    ['3.798,254', 3798.254],
    ['40', 40],
  ])('%s is %d', (written, value) => expect(parseVietnameseNumber(written)).toBe(value));

  it('brings millions and billions of đồng to one unit', () => {
    expect(baseValueOf(194970, 'triệu đồng')).toEqual({ baseValue: 194_970_000_000, baseUnit: 'VND' });
    expect(baseValueOf(887.968, 'tỷ đồng')).toEqual({ baseValue: 887_968_000_000, baseUnit: 'VND' });
    expect(baseValueOf(1.908, 'triệu USD')).toEqual({ baseValue: 1_908_000, baseUnit: 'USD' });
  });
});

/** Each figure as [name, value, unit, change from the previous period, change from last year]. */
const rowsOf = (found: ReturnType<typeof extractIndicators>) =>
  found.map((x) => [x.name, x.value, x.unit, x.changeFromPreviousPct, x.changeFromLastYearPct]);

describe('extractIndicators', () => {
  it('finds every figure of the demo reports as the demo recorded it', () => {
    for (const report of DEMO_REPORTS) {
      const found = extractIndicators(report.body);
      for (const expected of report.indicators) {
        expect(found).toContainEqual(
          expect.objectContaining({
            value: expected.value,
            unit: expected.unit,
            changeFromPreviousPct: expected.changeFromPreviousPct,
            changeFromLastYearPct: expected.changeFromLastYearPct,
          }),
        );
      }
    }
  });

  it('reads changes, plans, points, ranges, qualifiers and estimates', () => {
    const text =
      'Tổng vốn đầu tư ước đạt khoảng 5 - 7 tỷ đồng, gấp 3,3 lần so với cùng kỳ; thu ngân sách đạt trên 1.573,1 tỷ đồng, ' +
      'đạt 22,9% kế hoạch, giảm 42,3% so với cùng kỳ; tỷ lệ hộ nghèo giảm 2,5 điểm % so với năm trước.';
    const [investment, budget, poverty] = extractIndicators(text);
    expect(investment).toMatchObject({
      value: 5,
      valueMax: 7,
      qualifier: 'about',
      unit: 'tỷ đồng',
      estimate: true,
      changeFromLastYearPct: 230,
    });
    expect(budget).toMatchObject({
      value: 1573.1,
      qualifier: 'above',
      planPct: 22.9,
      changeFromLastYearPct: -42.3,
      baseValue: 1_573_100_000_000,
    });
    expect(poverty).toMatchObject({
      name: 'Tỷ lệ hộ nghèo',
      value: null,
      changeKind: 'points',
      changeFromLastYearPct: -2.5,
    });
  });

  it.each([
    [
      'what is counted, not the place it is counted in',
      'Toàn tỉnh có trên 1.200 hộ nghèo được hỗ trợ Tết, tổng kinh phí khoảng 1,5 tỷ đồng. Cả huyện có 35 trường ' +
        'đạt chuẩn quốc gia. Trên địa bàn tỉnh có 120 doanh nghiệp thành lập mới, tăng 10% so với cùng kỳ.',
      [
        ['Hộ nghèo được hỗ trợ Tết', 1200, 'hộ'],
        ['Tổng kinh phí', 1.5, 'tỷ đồng'],
        ['Trường đạt chuẩn quốc gia', 35, 'trường'],
        ['Doanh nghiệp thành lập mới', 120, 'doanh nghiệp'],
      ],
      ['Doanh nghiệp thành lập mới', 10],
    ],
    [
      'what was done and what it was done to, not the verb alone',
      'Toàn tỉnh đã hỗ trợ xóa 1.250 căn nhà tạm, nhà dột nát. Thu hút 1,35 triệu lượt khách du lịch, tăng 15% so ' +
        'với cùng kỳ. Giải quyết việc làm cho 12.500 lao động, đạt 104% kế hoạch. Trồng mới 5.200 ha rừng tập trung.',
      [
        ['Hỗ trợ xóa nhà tạm', 1250, 'căn'],
        ['Thu hút lượt khách du lịch', 1.35, 'triệu lượt khách'],
        ['Giải quyết việc làm cho lao động', 12500, 'lao động'],
        ['Trồng mới rừng tập trung', 5200, 'ha'],
      ],
      ['Thu hút lượt khách du lịch', 15],
    ],
  ] as const)('names a count by %s', (_what, text, named, [changed, pct]) => {
    const figures = extractIndicators(text);
    expect(figures.map((f) => [f.name, f.value, f.unit])).toEqual(named);
    // The change after the count stays with it.
    expect(figures.find((f) => f.name === changed)?.changeFromLastYearPct).toBe(pct);
  });

  it('gives spans into the text as received', () => {
    const text = 'Giá trị sản xuất công nghiệp đạt 194.970 triệu đồng.';
    const [one] = extractIndicators(text);
    expect(text.slice(one.sourceSpan.start, one.sourceSpan.end)).toBe(
      'Giá trị sản xuất công nghiệp đạt 194.970 triệu đồng',
    );
  });

  it('leaves the source of the figures out of the name, and reads an index given only as a change', () => {
    const [iip] = extractIndicators(
      'Thông tin từ Sở Công Thương, chỉ số sản xuất công nghiệp (IIP) tháng 8-2023 tăng 2,23% so với cùng kỳ.',
    );
    expect(iip).toMatchObject({
      name: 'Chỉ số sản xuất công nghiệp (IIP) tháng 8-2023',
      value: 102.23,
      unit: '% so với cùng kỳ',
      changeFromLastYearPct: 2.23,
    });
  });

  it('reads a change written without its percent sign right before what it compares with', () => {
    const [value] = extractIndicators(
      'Giá trị sản xuất công nghiệp trừ dầu thô và khí đốt ước đạt 43,2 ngàn tỷ đồng, tăng 6,73% so với tháng trước và tăng 6,71 so với cùng kỳ.',
    );
    expect(value).toMatchObject({ value: 43.2, changeFromPreviousPct: 6.73, changeFromLastYearPct: 6.71 });
  });

  it('reads "tỉ đồng" and "DN" as their units, and a change "về số …" as one of the figure it names', () => {
    const [enterprises, capital] = extractIndicators(
      'Sáu tháng đầu năm thành lập mới 420 DN, đạt 52,5% kế hoạch năm, tổng số vốn đăng ký 3.477 tỉ đồng, tăng 15,07% về số DN, tăng 72,66% về số vốn đăng ký so với cùng kỳ năm 2016.',
    );
    expect(enterprises).toMatchObject({
      value: 420,
      unit: 'doanh nghiệp',
      planPct: 52.5,
      changeFromLastYearPct: 15.07,
    });
    expect(capital).toMatchObject({
      value: 3477,
      unit: 'tỷ đồng',
      baseValue: 3_477_000_000_000,
      changeFromLastYearPct: 72.66,
    });
  });

  it('reads "tăng 2,2 lần" as a ratio, and the changes of a following clause "về số …" as those of the figures before it', () => {
    const found = extractIndicators(
      'Thu hút đầu tư trong nước được 77 dự án với tổng vốn đăng ký là 5.000 tỉ đồng; so với cùng kỳ tăng 2,2 lần về số dự án, tăng 4,5 lần về số vốn đăng ký.',
    );
    expect(found.map((x) => [x.value, x.unit, x.changeFromLastYearPct])).toEqual([
      [77, 'dự án', 120],
      [5000, 'tỷ đồng', 350],
    ]);
  });

  it('reads a share as a figure of its own, apart from the change and the value of its subject', () => {
    const found = extractIndicators(
      'Trong đó, châu Á (chiếm tỷ trọng 63,42% trong tổng kim ngạch xuất khẩu) tăng 10,43% so với cùng kỳ, tương đương hơn 3 tỷ USD; nhóm thủy sản chiếm tỷ trọng 3,65%, đạt 118,9 triệu USD, tăng 0,91%.',
    );
    expect(found.map((x) => [x.name, x.value, x.unit, x.changeFromLastYearPct])).toEqual([
      ['Tỷ trọng châu Á', 63.42, '%', null],
      ['Châu Á', 3, 'tỷ USD', 10.43],
      ['Nhóm thủy sản', 3.65, '%', null],
      ['Nhóm thủy sản', 118.9, 'triệu USD', 0.91],
    ]);
  });

  it('does not take the growth rate a plan set for a figure reached', () => {
    const found = extractIndicators(
      'Kim ngạch xuất khẩu (trừ dầu thô) 7 tháng đạt hơn 3,26 tỷ USD, tăng gần 12%, vượt tốc độ tăng trưởng theo kế hoạch đề ra đầu năm 2022 là 8,42%.',
    );
    expect(found.map((x) => [x.value, x.changeFromLastYearPct])).toEqual([[3.26, 12]]);
  });

  it('reads a small count written in words ("tám dự án"), but not "sau" (after) for "sáu"', () => {
    const text = 'Thu hút đầu tư trực tiếp nước ngoài (FDI) được tám dự án, tổng vốn đầu tư 31,8 triệu USD.';
    const found = extractIndicators(text);
    expect(found.map((x) => [x.value, x.unit])).toEqual([
      [8, 'dự án'],
      [31.8, 'triệu USD'],
    ]);
    expect(text.slice(found[0].sourceSpan.start, found[0].sourceSpan.end)).toMatch(/tám dự án$/);
    expect(extractIndicators('Sau dự án thủy điện, tỉnh thu hút thêm vốn.')).toEqual([]);
  });

  it('leaves out the households a petition is about, and keeps the counts its answer gives as statistics', () => {
    const text = [
      'Cử tri xã Phú Lâm đề nghị: Giải quyết dứt điểm việc 03 hộ dân tái định cư chưa được cấp đất sản xuất.',
      'TRẢ LỜI: Hiện nay còn 03 hộ chưa được cấp đất do số lượng hộ đăng ký nhận đất sản xuất trên địa bàn huyện năm 2023 là 215 hộ, với nhu cầu kinh phí là 4,5 tỷ đồng.',
    ].join('\n');
    expect(extractIndicators(text).map((x) => [x.value, x.unit])).toEqual([
      [215, 'hộ'],
      [4.5, 'tỷ đồng'],
    ]);
    // In a report, a count of households is a figure.
    expect(
      extractIndicators('Trong tháng, toàn tỉnh hỗ trợ xây mới nhà ở cho 03 hộ nghèo.').map((x) => x.value),
    ).toEqual([3]);
  });

  it('reads schools and classes as counted units, "trường hợp" as cases (not schools), and leaves out the plan a percent reached is measured against', () => {
    const found = extractIndicators(
      'Ngành giáo dục quản lý 527 trường, trung tâm với 7.175 lớp; 187.699 học sinh, trong đó có 186.030 học sinh mầm non và phổ thông đạt 98,7% so với kế hoạch UBND tỉnh giao là 188.500 học sinh.',
    );
    expect(found.map((x) => [x.value, x.unit, x.planPct])).toEqual([
      [527, 'trường', null],
      [7175, 'lớp', null],
      [187699, 'học sinh', null],
      [186030, 'học sinh', 98.7],
    ]);
    expect(extractIndicators('Trong tháng, phát hiện 05 trường hợp vi phạm.').map((x) => [x.value, x.unit])).toEqual([
      [5, 'trường hợp'],
    ]);
  });

  it('reads communes as a counted unit ("6 xã đạt 19/19 tiêu chí"), when they reach something, but not a "thị xã" or the communes where work is"', () => {
    expect(
      extractIndicators('Hiện huyện có 6 xã đạt 19/19 tiêu chí về xây dựng nông thôn mới.').map((x) => [
        x.value,
        x.unit,
      ]),
    ).toEqual([[6, 'xã']]);
    expect(extractIndicators('Tỉnh có 2 thị xã và 1 thành phố.')).toEqual([]);
    expect(extractIndicators('UBND TPHCM yêu cầu lãnh đạo 36 xã, phường chịu trách nhiệm về tiến độ.')).toEqual([]);
  });

  it('leaves out the size a plan is approved at ("quy hoạch … với quy mô diện tích 74,8 ha")', () => {
    expect(
      extractIndicators(
        'Đã phê duyệt quy hoạch chi tiết tỷ lệ 1/500 Cụm công nghiệp Thủy Phương với quy mô diện tích 74,8 ha.',
      ),
    ).toEqual([]);
    expect(
      extractIndicators('Tổng diện tích gieo trồng được 25.271,9 ha, đạt 74,6% kế hoạch.').map((x) => [
        x.value,
        x.unit,
      ]),
    ).toEqual([[25271.9, 'ha']]);
  });

  it("ends a figure's name at a blank line, so that a heading with no full stop does not name the figure after it", () => {
    const [index] = extractIndicators(
      'Tình hình sản xuất công nghiệp, thương mại tháng 9 năm 2021\n\nChỉ số sản xuất công nghiệp tháng 9 ước tăng 11,35% so với tháng trước.',
    );
    expect(index).toMatchObject({
      name: 'Chỉ số sản xuất công nghiệp tháng 9',
      value: 111.35,
      unit: '% so với tháng trước',
      estimate: true,
    });
  });

  it('reads a figure the headline gives once, where the body tells it again, and keeps one the body does not', () => {
    const found = extractIndicators(
      [
        'Huyện Đất Đỏ: Thu ngân sách tăng 55% so với cùng kỳ',
        'Báo cáo của UBND huyện cho biết: Thu ngân sách gần 421 tỷ đồng, bằng gần 262% so với dự toán, tăng 55% so với cùng kỳ. Huyện đã giải quyết việc làm cho 2.612 lượt lao động.',
      ].join('\n\n'),
    );
    expect(found.map((x) => [x.value, x.unit, x.changeFromLastYearPct, x.baseUnit])).toEqual([
      [421, 'tỷ đồng', 55, 'VND'],
      [2612, 'lượt lao động', null, 'people'],
    ]);
    expect(
      extractIndicators('Xuất khẩu tăng 12% so với cùng kỳ\n\nThu ngân sách đạt 421 tỷ đồng.').map((x) => [
        x.name,
        x.changeFromLastYearPct,
      ]),
    ).toEqual([
      ['Xuất khẩu', 12],
      ['Thu ngân sách', null],
    ]);
    // The headline pasted on the lede's line, the news site's tag between them, its period before the figure's name.
    expect(
      extractIndicators(
        '8 tháng, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 49,2 nghìn tỷ đồng (QNO) - Ông Lê Vũ Thương - Giám đốc Sở Công Thương cho biết, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 8 tháng năm 2024 đạt 49,2 nghìn tỷ đồng, tăng 9,8% so với cùng kỳ năm 2023.',
      ).map((x) => [x.name, x.value, x.changeFromLastYearPct]),
    ).toEqual([['Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 8 tháng năm 2024', 49.2, 9.8]]);
  });

  it('reads "…, nhưng vẫn giảm …" as a change of the figure before, and leaves "Do đó," and "Riêng," out of names', () => {
    expect(
      extractIndicators(
        'Do đó, tổng mức bán lẻ hàng hóa tháng 5/2020 ước đạt trên 3.718 tỷ đồng, tăng gần 60% so với tháng trước, nhưng vẫn giảm hơn 10% so với cùng kỳ. Riêng, doanh thu bán lẻ hàng hóa trong tháng 5/2020 ước đạt trên 3.313 tỷ đồng.',
      ).map((x) => [x.name, x.value, x.changeFromPreviousPct, x.changeFromLastYearPct]),
    ).toEqual([
      ['Tổng mức bán lẻ hàng hóa tháng 5/2020', 3718, 60, -10],
      ['Doanh thu bán lẻ hàng hóa trong tháng 5/2020', 3313, null, null],
    ]);
  });

  it('reads the units of blood a drive collects as a counted unit', () => {
    expect(
      extractIndicators('Tổ chức thành công hiến máu đợt 3 đạt được 540 đơn vị máu.').map((x) => [
        x.value,
        x.unit,
        x.baseUnit,
      ]),
    ).toEqual([[540, 'đơn vị máu', 'blood units']]);
  });

  it("gives a quarter's index against the quarter before, a month's against the month before", () => {
    const [quarter] = extractIndicators(
      'Chỉ số sản xuất công nghiệp (IIP) quý III ước tăng 9,8% so với quý trước và tăng 11,2% so với cùng kỳ năm trước.',
    );
    expect(quarter).toMatchObject({
      value: 109.8,
      unit: '% so với quý trước',
      changeFromPreviousPct: 9.8,
      changeFromLastYearPct: 11.2,
    });
    const [month] = extractIndicators('Chỉ số sản xuất công nghiệp tháng 9 quý III tăng 2,1% so với tháng trước.');
    expect(month).toMatchObject({ value: 102.1, unit: '% so với tháng trước' });
  });

  it('ends a name before "hiện có" / "hiện nay có", not inside it', () => {
    const [herd] = extractIndicators('Tổng đàn trâu hiện có 1,25 triệu con, giảm 2,1% so với cùng kỳ.');
    expect(herd).toMatchObject({ name: 'Tổng đàn trâu', value: 1.25, unit: 'triệu con', changeFromLastYearPct: -2.1 });
    expect(extractIndicators('Số hộ nghèo hiện nay có 1.234 hộ.')[0]).toMatchObject({
      name: 'Số hộ nghèo',
      value: 1234,
    });
  });

  it('reads a change with a word of degree ("tăng nhẹ 0,04%", "giảm sâu 2,5%")', () => {
    const [cpi] = extractIndicators(
      'Chỉ số giá tiêu dùng tháng 9 tăng nhẹ 0,04% so với tháng trước và giảm sâu 2,5% so với cùng kỳ.',
    );
    expect(cpi).toMatchObject({ value: 100.04, changeFromPreviousPct: 0.04, changeFromLastYearPct: -2.5 });
  });

  it('reads the branches given after an index ("Trong đó, ngành khai khoáng tăng …") as indices of their own', () => {
    const found = extractIndicators(
      'Chỉ số sản xuất công nghiệp tháng 9 tăng 11,35% so với tháng trước. Trong đó, ngành khai khoáng tăng 67,31% so với tháng trước; ngành chế biến chế tạo tăng 10,97% so với tháng trước.',
    );
    expect(found.map((x) => [x.name, x.value, x.unit])).toEqual([
      ['Chỉ số sản xuất công nghiệp tháng 9', 111.35, '% so với tháng trước'],
      ['Chỉ số ngành khai khoáng', 167.31, '% so với tháng trước'],
      ['Chỉ số ngành chế biến chế tạo', 110.97, '% so với tháng trước'],
    ]);
    // After a figure that is no index, the parts stay changes.
    const revenue = extractIndicators(
      'Tổng thu ngân sách đạt 1.573 tỷ đồng. Trong đó, thu nội địa tăng 5% so với cùng kỳ.',
    );
    expect(revenue.map((x) => [x.value, x.changeFromLastYearPct])).toEqual([
      [1573, null],
      [null, 5],
    ]);
  });

  it('reads changes given "lần lượt" in the order of the periods named, before or after them', () => {
    const [sales] = extractIndicators(
      'Chỉ số tiêu thụ tháng 9 so với tháng trước và cùng kỳ tăng lần lượt 5,4% và 17,2%.',
    );
    expect(sales).toMatchObject({ value: 105.4, changeFromPreviousPct: 5.4, changeFromLastYearPct: 17.2 });
    const [prices] = extractIndicators(
      'Chỉ số giá tiêu dùng giảm lần lượt 0,5% và 3,2% so với tháng trước và cùng kỳ.',
    );
    expect(prices).toMatchObject({ changeFromPreviousPct: -0.5, changeFromLastYearPct: -3.2 });
  });

  it('reads a cumulative figure that names its own subject ("lũy kế chỉ số …") as a figure of its own', () => {
    const found = extractIndicators(
      'Chỉ số tiêu thụ tháng 9 tăng 5,4% so với tháng trước, lũy kế chỉ số tiêu thụ ngành chế biến 9 tháng ước tăng 4,2% so cùng kỳ.',
    );
    expect(found.map((x) => [x.value, x.unit, x.changeFromPreviousPct, x.changeFromLastYearPct])).toEqual([
      [105.4, '% so với tháng trước', 5.4, null],
      [104.2, '% so với cùng kỳ', null, 4.2],
    ]);
  });

  it('names an index from its own comma-piece, and reads culverts as a counted unit', () => {
    const [index] = extractIndicators(
      'Sản xuất công nghiệp tiếp tục đà phục hồi và phát triển, chỉ số sản xuất công nghiệp tháng 9 tăng 7,6% so với tháng trước.',
    );
    expect(index).toMatchObject({ name: 'Chỉ số sản xuất công nghiệp tháng 9', value: 107.6 });
    expect(
      extractIndicators('Các địa phương làm được 133,47km mặt đường và 281 cống.').map((x) => [x.value, x.unit]),
    ).toEqual([
      [133.47, 'km'],
      [281, 'cống'],
    ]);
  });

  it('reads a growth rate reached against last year ("tăng trưởng … đạt 2,4% so với cùng kỳ") as a change', () => {
    const [growth] = extractIndicators(
      '09 tháng đầu năm, tốc độ tăng trưởng kinh tế trên địa bàn thị xã đạt 2,4% so với cùng kỳ. Các nhiệm vụ tiếp tục phát triển.',
    );
    expect(growth).toMatchObject({ value: null, changeFromLastYearPct: 2.4 });
  });

  it('reads the works of conclusion notices as a counted unit ("10 nội dung công việc")', () => {
    const found = extractIndicators(
      'Vẫn còn những hạn chế, như: 10 nội dung công việc tại các thông báo kết luận của Chủ tịch UBND thị xã giao vẫn chưa hoàn thành.',
    );
    expect(found.map((x) => [x.value, x.unit])).toEqual([[10, 'nội dung công việc']]);
  });

  it('reads the part reached of a whole written after it ("209/1.167 doanh nghiệp") and millions of visits', () => {
    const found = extractIndicators(
      'Đến ngày 29-9 có 209/1.167 doanh nghiệp hoạt động trở lại. Trong 9 tháng, tổng lượng khách đến hơn 2 triệu lượt, đạt hơn 33% kế hoạch. Giải ngân vốn đầu tư công đạt 2.458/7.758 tỉ đồng.',
    );
    expect(found.map((x) => [x.value, x.unit, x.baseValue])).toEqual([
      [209, 'doanh nghiệp', 209],
      [2, 'triệu lượt', 2_000_000],
      [2458, 'tỷ đồng', 2_458_000_000_000],
    ]);
  });

  it('leaves out the figure a province aims at ("phấn đấu đạt mục tiêu …", "đề ra mục tiêu … đạt …") with its change', () => {
    const found = extractIndicators(
      'Năm 2019, tỉnh phấn đấu đạt mục tiêu giá trị sản xuất công nghiệp 12.000 tỷ đồng, tăng trên 8% so với năm 2018. Tỉnh đề ra mục tiêu giá trị sản xuất công nghiệp đạt 12.000 tỷ đồng. Riêng 2 tháng đầu năm, giá trị sản xuất công nghiệp đạt trên 1.466 tỷ đồng, tăng 7,85% so với cùng kỳ.',
    );
    expect(found.map((x) => [x.value, x.unit, x.changeFromLastYearPct])).toEqual([[1466, 'tỷ đồng', 7.85]]);
  });

  it('leaves out a level required ("… phải đạt tối thiểu là 95%"), keeping the figure reached', () => {
    const found = extractIndicators(
      'Đảm bảo đến ngày 30/12/2013, tỷ lệ cấp giấy chứng nhận quyền sử dụng đất lần đầu phải đạt tối thiểu là 95%. Đến nay, tỷ lệ cấp giấy chứng nhận quyền sử dụng đất lần đầu đạt 87%.',
    );
    expect(found.map((x) => [x.value, x.unit])).toEqual([[87, '%']]);
  });

  it('drops "Báo cáo cho thấy" from an index\'s name and reads the goods named after "như" as indices of their own', () => {
    const found = extractIndicators(
      'Báo cáo cũng cho thấy chỉ số giá tiêu dùng bình quân 4 tháng tăng 1,8% so với cùng kỳ. Trong đó một số nhóm hàng có chỉ số giá tăng cao như thực phẩm tăng 4,2%, giá đô la Mỹ giảm 0,6%.',
    );
    expect(found.map((x) => [x.name, x.value, x.unit])).toEqual([
      ['Chỉ số giá tiêu dùng bình quân 4 tháng', 101.8, '% so với cùng kỳ'],
      ['Chỉ số thực phẩm', 104.2, '% so với cùng kỳ'],
      ['Chỉ số giá đô la Mỹ', 99.4, '% so với cùng kỳ'],
    ]);
  });

  it('reads "CPI" as the consumer price index and a change after ", nhưng" as one more of the figure before it', () => {
    const found = extractIndicators(
      'Riêng tháng 9, CPI giảm 0,3% so với tháng trước, nhưng tăng 1,5% so với cùng kỳ năm trước.',
    );
    expect(rowsOf(found)).toEqual([['Chỉ số giá tiêu dùng', 99.7, '% so với tháng trước', -0.3, 1.5]]);
  });

  it('reads "so với tháng 4" of the May index as against the month before, and drops a change against another month named', () => {
    const [may] = extractIndicators(
      'Chỉ số giá tiêu dùng tháng 5/2024 tăng 0,14% so với tháng 4, so với cùng kỳ năm trước tăng 6%.',
    );
    expect([may.value, may.unit, may.changeFromPreviousPct, may.changeFromLastYearPct]).toEqual([
      100.14,
      '% so với tháng trước',
      0.14,
      6,
    ]);
    const [august] = extractIndicators(
      'Chỉ số giá tiêu dùng tháng 8/2023 tăng 0,59% so với tháng trước, tăng 1,26% so với tháng 12/2022 và tăng 4,59% so với cùng kỳ năm trước.',
    );
    expect([august.changeFromPreviousPct, august.changeFromLastYearPct]).toEqual([0.59, 4.59]);
  });

  it('reads what a change compares with when it is written before the change ("so với tháng trước giảm 2,3%")', () => {
    const [sales] = extractIndicators(
      'Tổng mức bán lẻ hàng hóa tháng 10 đạt 6.000 tỷ đồng, so với tháng trước giảm 2,3%.',
    );
    expect([sales.value, sales.changeFromPreviousPct, sales.changeFromLastYearPct]).toEqual([6000, -2.3, null]);
  });

  it('reads "giá tiêu dùng" as the consumer price index', () => {
    const found = extractIndicators('Bình quân 5 tháng đầu năm 2024 giá tiêu dùng tăng 5,72%.');
    expect(found.map((x) => [x.name, x.value, x.unit])).toEqual([
      ['Chỉ số giá tiêu dùng bình quân 5 tháng đầu năm 2024', 105.72, '% so với cùng kỳ'],
    ]);
  });

  it('reads the goods listed after "Chỉ số giá một số nhóm hàng … như sau:" as indices compared as the opening line says', () => {
    const found = extractIndicators(
      'Chỉ số giá một số nhóm hàng tháng 5 so với tháng trước như sau: lương thực tăng 1,75%, ngô tăng 18,72%; giá thực phẩm tăng 0,74%, trong đó giá thịt heo giảm 1,73%. Doanh thu dịch vụ tăng 3%.',
    );
    expect(rowsOf(found)).toEqual([
      ['Chỉ số giá lương thực', 101.75, '% so với tháng trước', 1.75, null],
      ['Chỉ số giá ngô', 118.72, '% so với tháng trước', 18.72, null],
      ['Chỉ số giá thực phẩm', 100.74, '% so với tháng trước', 0.74, null],
      ['Chỉ số giá thịt heo', 98.27, '% so với tháng trước', -1.73, null],
      ['Doanh thu dịch vụ', null, null, null, 3],
    ]);
  });

  it('reads the groups listed inside a sentence ("… có 4/11 nhóm hàng có chỉ số tăng nhẹ là …") as indices, compared as the index they break down', () => {
    const found = extractIndicators(
      'Chỉ số giá tiêu dùng tháng 6/2018 tăng 0,42% so với tháng 5/2018. Trong tháng có 4/11 nhóm hàng có chỉ số tăng nhẹ là nhóm hàng ăn và dịch vụ ăn uống tăng 0,70%; nhóm giao thông tăng 0,69%.',
    );
    expect(rowsOf(found)).toEqual([
      ['Chỉ số giá tiêu dùng tháng 6/2018', 100.42, '% so với tháng trước', 0.42, null],
      ['Chỉ số giá nhóm hàng ăn và dịch vụ ăn uống', 100.7, '% so với tháng trước', 0.7, null],
      ['Chỉ số giá nhóm giao thông', 100.69, '% so với tháng trước', 0.69, null],
    ]);
    const [, drinks, education] = extractIndicators(
      'CPI tháng 11 giảm 0,01% so với tháng trước. Có 6 nhóm tăng gồm: nhóm đồ uống và thuốc lá tăng 0,36%; nhóm giáo dục tăng 0,2%.',
    );
    expect([drinks.changeFromPreviousPct, education.changeFromPreviousPct, education.value]).toEqual([
      0.36, 0.2, 100.2,
    ]);
  });

  it('reads a list of groups that "tăng với tháng trước" (no "so") as compared with the month before, not the index above it', () => {
    const found = extractIndicators(
      'So với cùng kỳ năm 2024, CPI tháng 4 tăng 1,45%. Trong số 11 nhóm hàng hóa và dịch vụ chính có 7/11 nhóm hàng hóa có chỉ số giá tăng với tháng trước, gồm: Hàng ăn và dịch vụ ăn uống tăng 0,41%; Đồ uống và thuốc lá tăng 0,17%.',
    );
    expect(rowsOf(found).slice(1)).toEqual([
      ['Chỉ số giá hàng ăn và dịch vụ ăn uống', 100.41, '% so với tháng trước', 0.41, null],
      ['Chỉ số giá đồ uống và thuốc lá', 100.17, '% so với tháng trước', 0.17, null],
    ]);
  });

  it('names the index told after its causes ("… là những nguyên nhân chính làm cho chỉ số giá … giảm 0,40%"), and drops it when it only restates a figure', () => {
    expect(
      rowsOf(
        extractIndicators(
          'Giá xăng, dầu giảm, là những nguyên nhân chính làm cho chỉ số giá tiêu dùng tháng 9 năm 2024 giảm 0,40% so với tháng trước.',
        ),
      ),
    ).toEqual([['Chỉ số giá tiêu dùng tháng 9 năm 2024', 99.6, '% so với tháng trước', -0.4, null]]);
    const found = extractIndicators(
      'Chỉ số giá tiêu dùng (CPI) tháng 9 năm 2024 trên địa bàn tỉnh giảm 0,40% so với tháng trước và tăng 1,55% so với cùng kỳ năm trước. Giá xăng, dầu giảm, là những nguyên nhân chính làm cho chỉ số giá tiêu dùng tháng 9 năm 2024 giảm 0,40% so với tháng trước. Có 4 nhóm giảm so với tháng trước đó là: Đồ uống và thuốc lá giảm 0,4%.',
    );
    expect(rowsOf(found)).toEqual([
      ['Chỉ số giá tiêu dùng (CPI) tháng 9 năm 2024 trên địa bàn tỉnh', 99.6, '% so với tháng trước', -0.4, 1.55],
      ['Chỉ số giá đồ uống và thuốc lá', 99.6, '% so với tháng trước', -0.4, null],
    ]);
  });

  it('reads dwellings, health stations and officials as units ("2.763 căn", "494/494 trạm y tế", "gần 4.000 cán bộ")', () => {
    const found = extractIndicators(
      'Toàn tỉnh đã hoàn thành 2.763 căn nhà ở xã hội, đạt 72,8% mục tiêu giai đoạn 2021 - 2025. Tỉnh đã bàn giao 494/494 trạm y tế và gần 4.000 cán bộ về UBND xã, phường quản lý.',
    );
    expect(found.map((x) => [x.value, x.unit, x.planPct, x.baseUnit])).toEqual([
      [2763, 'căn', 72.8, 'dwellings'],
      [494, 'trạm y tế', null, 'health stations'],
      [4000, 'cán bộ', null, 'people'],
    ]);
    expect(extractIndicators('Sở đã xác định 2 căn cứ pháp lý.')).toEqual([]);
  });

  it('reads land-use certificates issued ("1.250 giấy chứng nhận", "320 GCN") as a count named by its deed', () => {
    const found = extractIndicators(
      'Đã cấp 1.250 giấy chứng nhận quyền sử dụng đất lần đầu, đạt 62,5% kế hoạch. Trong tháng, cấp 95 GCN.',
    );
    expect(found.map((x) => [x.name, x.value, x.unit, x.planPct, x.baseUnit])).toEqual([
      ['Cấp giấy chứng nhận quyền sử dụng đất lần đầu', 1250, 'giấy chứng nhận', 62.5, 'certificates'],
      ['Cấp GCN', 95, 'GCN', null, 'certificates'],
    ]);
  });

  it('keeps "có" inside a name where it is no verb ("lương thực có hạt", "lao động có việc làm")', () => {
    const found = extractIndicators(
      'Sản lượng lương thực có hạt ước đạt 450 nghìn tấn. Số lao động có việc làm tăng thêm 12.500 người, đạt 104% kế hoạch.',
    );
    expect(found.map((x) => [x.name, x.value])).toEqual([
      ['Sản lượng lương thực có hạt', 450],
      ['Số lao động có việc làm', 12500],
    ]);
  });

  it('names a count told after the place only by what it counts ("Toàn tỉnh có 320 hợp tác xã, 1.250 tổ hợp tác")', () => {
    const found = extractIndicators('Cả tỉnh có 320 hợp tác xã, 1.250 tổ hợp tác đang hoạt động.');
    expect(found.map((x) => [x.name, x.value, x.unit, x.baseUnit])).toEqual([
      ['Hợp tác xã', 320, 'hợp tác xã', 'cooperatives'],
      ['Tổ hợp tác đang hoạt động', 1250, 'tổ hợp tác', 'cooperative groups'],
    ]);
  });

  it('reads a figure named after words with no number as its own, not the value of the change-only figure before them', () => {
    const found = extractIndicators(
      'Năm 2013, tổng giá trị sản xuất tăng 9,74%, cơ cấu kinh tế chuyển dịch đúng hướng, thu nhập bình quân đầu người đạt 26,1 triệu đồng (tăng 11% so với năm 2012).',
    );
    expect(found.map((x) => [x.value, x.unit, x.changeFromLastYearPct])).toEqual([
      [null, null, 9.74],
      [26.1, 'triệu đồng', 11],
    ]);
  });

  it('reads "…, đạt 117,87%" after a figure as the share of its plan reached, and "đạt 101,1% so với cùng kỳ" as a change of 1,1%', () => {
    const [poultry] = extractIndicators('Đàn gia cầm có trên 10.100 con, đạt 117,87%, tình hình cây trồng ổn định.');
    expect(poultry).toMatchObject({ name: 'Đàn gia cầm', value: 10100, unit: 'con', planPct: 117.87 });
    expect(extractIndicators('Thu ngân sách đạt 464 tỷ đồng, đạt 58,55%.')).toHaveLength(1);
    const [fish] = extractIndicators('Sản lượng khai thác thuỷ sản ước đạt 2.130 tấn, đạt 101,1% so với cùng kỳ.');
    expect(fish).toMatchObject({ value: 2130, unit: 'tấn', changeFromLastYearPct: 1.1, planPct: null });
    // A rate reached is the figure itself; a growth rate reached is a change (not a ratio).
    expect(extractIndicators('Tỷ lệ tham gia BHYT đạt 95%.')[0]).toMatchObject({ value: 95, unit: '%' });
    expect(extractIndicators('Tốc độ tăng trưởng kinh tế đạt 2,4% so với cùng kỳ.')[0]).toMatchObject({
      value: null,
      changeFromLastYearPct: 2.4,
    });
  });

  it('names counts of the same things joined by what is said of each ("3 người chết, 1 người mất tích")', () => {
    const found = extractIndicators('Toàn tỉnh có 3 người chết, 1 người mất tích, 2 người bị thương do mưa lũ.');
    expect(found.map((x) => [x.name, x.value, x.unit])).toEqual([
      ['Người chết', 3, 'người'],
      ['Người mất tích', 1, 'người'],
      ['Người bị thương do mưa lũ', 2, 'người'],
    ]);
  });

  it('counts houses told what befell them ("34 nhà bị sập"), not "3 nhà máy", "5 nhà đầu tư"', () => {
    const found = extractIndicators('Bên cạnh đó, có 34 nhà bị sập hoàn toàn, 19.200 nhà bị ngập.');
    expect(found.map((x) => [x.name, x.value, x.unit, x.baseUnit])).toEqual([
      ['Nhà bị sập hoàn toàn', 34, 'nhà', 'dwellings'],
      ['Nhà bị ngập', 19200, 'nhà', 'dwellings'],
    ]);
    expect(extractIndicators('Toàn tỉnh có 3 nhà máy, 5 nhà đầu tư đến tìm hiểu và 2 nhà thầu.')).toEqual([]);
  });

  it('reads "gần" as a qualifier only as a word, not inside "giải ngân"', () => {
    const [paid] = extractIndicators('Đã giải ngân 1.234,5 tỷ đồng/2.500 tỷ đồng kế hoạch vốn.');
    expect(paid).toMatchObject({ name: 'Đã giải ngân', value: 1234.5, qualifier: null });
    expect(extractIndicators('Đã giải ngân gần 1.234 tỷ đồng.')[0]).toMatchObject({ value: 1234, qualifier: 'below' });
  });

  it('reads ten thousands of tonnes, trees, firewood, products in thousands and health-insurance cards as units', () => {
    const found = extractIndicators(
      'Tổng sản lượng lương thực đạt trên 61,8 vạn tấn. Số cây trồng phân tán ước thực hiện 80 nghìn cây, tăng 42,9% so cùng kỳ. ' +
        'Sản lượng củi khai thác là 2,2 nghìn ste. Dệt may ước đạt 9,07 triệu sản phẩm. Cấp 33.909 thẻ bảo hiểm y tế.',
    );
    expect(found.map((x) => [x.name, x.value, x.unit, x.baseValue, x.baseUnit])).toEqual([
      ['Tổng sản lượng lương thực', 61.8, 'vạn tấn', 618000, 'tonnes'],
      ['Số cây trồng phân tán', 80, 'nghìn cây', 80000, 'trees'],
      ['Sản lượng củi khai thác', 2.2, 'nghìn ste', 2200, 'stacked m3'],
      ['Dệt may', 9.07, 'triệu sản phẩm', 9070000, 'products'],
      ['Cấp thẻ bảo hiểm y tế', 33909, 'thẻ bảo hiểm y tế', 33909, 'cards'],
    ]);
  });

  it('gives "…, chỉ đạt 72,4% kế hoạch" to the figure before it', () => {
    const [jobs, ...rest] = extractIndicators(
      'Trong năm, tỉnh chỉ giải quyết việc làm được cho 21.000 người, giảm 28% so với cùng kỳ, chỉ đạt 72,4% kế hoạch.',
    );
    expect(jobs).toMatchObject({ value: 21000, changeFromLastYearPct: -28, planPct: 72.4 });
    expect(rest).toEqual([]);
  });

  it('reads head of livestock written in figures after the herd\'s name, and "con" after anything else as no unit', () => {
    const found = extractIndicators(
      'Địa phương có tổng đàn heo 92.942 con, tăng 6% so với cùng kỳ năm 2021; tuy nhiên, đàn trâu có 380 con, giảm 6,2%; ' +
        'đàn bò 7.412 con (giảm 2,9% so với cùng kỳ). Đàn gia cầm đạt trên 12 triệu con.',
    );
    expect(found.map((x) => [x.name, x.value, x.unit, x.changeFromLastYearPct, x.baseUnit])).toEqual([
      ['Tổng đàn heo', 92942, 'con', 6, 'head'],
      ['Đàn trâu', 380, 'con', -6.2, 'head'],
      ['Đàn bò', 7412, 'con', -2.9, 'head'],
      ['Đàn gia cầm', 12, 'triệu con', null, 'head'],
    ]);
    expect(extractIndicators('Gia đình ông có 3 con nhỏ, 2 con đang đi học.')).toEqual([]);
  });

  it('names a count by what it counts after a period alone or a lead-in ("Đáng chú ý, 6 tháng đầu năm có …")', () => {
    const found = extractIndicators(
      'Đáng chú ý, 6 tháng đầu năm có 500 doanh nghiệp thành lập mới, tăng 7,6%. ' +
        'Được biết, quý I, toàn tỉnh có 102 doanh nghiệp đăng ký thành lập mới với 659 tỷ đồng vốn đăng ký.',
    );
    expect(found.map((x) => [x.name, x.value])).toEqual([
      ['Doanh nghiệp thành lập mới', 500],
      ['Doanh nghiệp đăng ký thành lập mới', 102],
      ['Vốn đăng ký', 659],
    ]);
  });

  it('reads a change since the start of the year ("so với đầu năm", "so với cuối năm 2015", "so với 31/12/2021") as no field', () => {
    const found = extractIndicators(
      'Các TCTD huy động được 36.582 tỷ đồng, tăng 13,48% so với cuối năm 2015, tăng 27,29% so với cùng kỳ năm trước. ' +
        'Dư nợ tín dụng ước đạt 98.500 tỷ đồng, tăng 9,6% so với đầu năm. Tổng nguồn vốn đạt 25.390 tỷ đồng; so với 31/12/2021 tăng 6,2%.',
    );
    expect(found.map((x) => [x.value, x.changeFromPreviousPct, x.changeFromLastYearPct])).toEqual([
      [36582, null, 27.29],
      [98500, null, null],
      [25390, null, null],
    ]);
  });

  it('reads a change told as an amount ("(-619 ha)", "bằng 1.790 ha") and the figure compared with as no figures', () => {
    const found = extractIndicators(
      'Cây lúa: 16.491 ha, giảm 0,70% (-116 ha) so với vụ mùa năm 2018. Cây lúa ruộng: 12.470 ha, tăng 0,23% (+29 ha). ' +
        'Diện tích gieo trồng vụ Đông Xuân đạt 59.765 ha, tăng 3,09% bằng 1.790 ha so với cùng vụ năm trước. ' +
        'Vốn đăng ký là 1.986 tỉ đồng, tăng 113% so với cùng kỳ năm trước (921 tỉ đồng); nhóm công ty cổ phần 1.071 tỉ đồng ' +
        '(so với 79 tỉ đồng cùng kỳ năm trước).',
    );
    expect(found.map((x) => [x.name, x.value, x.changeFromLastYearPct])).toEqual([
      ['Cây lúa', 16491, -0.7],
      ['Cây lúa ruộng', 12470, 0.23],
      ['Diện tích gieo trồng vụ Đông Xuân', 59765, 3.09],
      ['Vốn đăng ký', 1986, 113],
      ['Nhóm công ty cổ phần', 1071, null],
    ]);
  });

  it('gives "…, tăng 9,8% và cây hoa … 218,9 ha" its change to the figure before and its name to the figure after', () => {
    const found = extractIndicators(
      'Sản lượng thủy sản khai thác đạt hơn 74.886 tấn, tăng 0,13% và sản lượng thủy sản nuôi trồng đạt hơn 12.675 tấn, tăng 4,61%.',
    );
    expect(found.map((x) => [x.name, x.value, x.changeFromLastYearPct])).toEqual([
      ['Sản lượng thủy sản khai thác', 74886, 0.13],
      ['Sản lượng thủy sản nuôi trồng', 12675, 4.61],
    ]);
  });

  it('names an index after a heading line by its own line, and the months so far by the index just told', () => {
    const found = extractIndicators(
      '2. Giá cả\n- Chỉ số giá tiêu dùng (CPI) tháng 9 năm 2022 tăng 1,55% so với tháng trước; bình quân 9 tháng tăng 3,68% so với cùng kỳ.\n' +
        '1. Về sản xuất công nghiệp\nChỉ số sản xuất công nghiệp tháng 6/2021 tăng 1,59% so với tháng trước; lũy kế 6 tháng ước tăng ' +
        '13,57% so cùng kỳ, trong đó: công nghiệp chế biến, chế tạo tăng 14,26%; cung cấp nước tăng 4,93%.\n' +
        'Tổng mức bán lẻ hàng hóa và doanh\nthu dịch vụ tiêu dùng đạt 4.125 tỷ đồng.',
    );
    expect(found.map((x) => [x.name, x.value, x.unit])).toEqual([
      ['Chỉ số giá tiêu dùng (CPI) tháng 9 năm 2022', 101.55, '% so với tháng trước'],
      ['Chỉ số giá tiêu dùng (CPI) bình quân 9 tháng', 103.68, '% so với cùng kỳ'],
      ['Chỉ số sản xuất công nghiệp tháng 6/2021', 101.59, '% so với tháng trước'],
      ['Chỉ số sản xuất công nghiệp lũy kế 6 tháng', 113.57, '% so với cùng kỳ'],
      ['Chỉ số công nghiệp chế biến, chế tạo', 114.26, '% so với cùng kỳ'],
      ['Chỉ số cung cấp nước', 104.93, '% so với cùng kỳ'],
      ['Tổng mức bán lẻ hàng hóa và doanh\nthu dịch vụ tiêu dùng', 4125, 'tỷ đồng'],
    ]);
    expect(found[0].sourceSpan.start).toBe(12);
  });

  it('reads what a change compares with past its amount in brackets, and the same season a year before as last year', () => {
    const found = extractIndicators(
      'Trị giá xuất khẩu ước thực hiện tháng 8/2016 là 59,43 triệu USD, tăng 4,46% (tăng 2,5 triệu USD) so với tháng trước, ' +
        'so với cùng kỳ năm trước tăng 32,5% (tăng 14,6 triệu USD). Tổng diện tích gieo trồng đạt 158.555 ha, bằng 99,6% ' +
        '(giảm 629 ha) so với năm trước. Diện tích cây hàng năm vụ Đông xuân ước đạt 42.823,1 ha, bằng 98,75% so với vụ Đông ' +
        'xuân năm trước. Sơ bộ diện tích lúa đạt 59.765 ha, tăng 3,09% so với cùng vụ năm trước.',
    );
    expect(found.map((x) => [x.name, x.value, x.changeFromPreviousPct, x.changeFromLastYearPct, x.estimate])).toEqual([
      ['Trị giá xuất khẩu', 59.43, 4.46, 32.5, true],
      ['Tổng diện tích gieo trồng', 158555, null, -0.4, false],
      ['Diện tích cây hàng năm vụ Đông xuân', 42823.1, null, -1.25, true],
      ['Diện tích lúa', 59765, null, 3.09, true],
    ]);
  });

  it('reads the changes of a sentence opening "So với tháng trước, …" as against the month before, and the list after it', () => {
    const found = extractIndicators(
      'So với tháng trước, chỉ số giá tiêu dùng tháng 11/2023 giảm 0,01%. Trong 11 nhóm hàng hóa và dịch vụ chính, có 5 nhóm ' +
        'hàng tăng giá: nhóm hàng ăn và dịch vụ ăn uống tăng 0,02%; nhóm giao thông giảm 0,51%. So với cùng kỳ năm trước, CPI ' +
        'tháng 11/2023 tăng 3,3%.',
    );
    expect(found.map((x) => [x.value, x.unit, x.changeFromPreviousPct, x.changeFromLastYearPct])).toEqual([
      [99.99, '% so với tháng trước', -0.01, null],
      [100.02, '% so với tháng trước', 0.02, null],
      [99.49, '% so với tháng trước', -0.51, null],
      [103.3, '% so với cùng kỳ', null, 3.3],
    ]);
  });

  it('goes on with a figure after a semicolon, reads "chiếm tới" as a share, and names a figure between two changes', () => {
    const found = extractIndicators(
      'Tổng thu ngân sách trên địa bàn huyện ước thực hiện là 235 tỷ đồng; đạt 24% dự toán, tăng 11% so với cùng kỳ. ' +
        'Dư nợ cho vay ngắn hạn chiếm tới 62,4%. Khu vực công nghiệp - xây dựng tăng 3,95% và khu vực dịch vụ tăng 6,11% so ' +
        'với cùng kỳ năm ngoái. Tổng mức bán lẻ tăng 1,5% so với tháng trước và tăng 10,8% so với cùng kỳ.',
    );
    expect(
      found.map((x) => [x.name, x.value, x.planPct, x.changeFromPreviousPct, x.changeFromLastYearPct, x.estimate]),
    ).toEqual([
      ['Tổng thu ngân sách trên địa bàn huyện', 235, 24, null, 11, true],
      ['Dư nợ cho vay ngắn hạn', 62.4, null, null, null, false],
      ['Khu vực công nghiệp - xây dựng', null, null, null, 3.95, false],
      ['Khu vực dịch vụ', null, null, null, 6.11, false],
      ['Tổng mức bán lẻ', null, null, 1.5, 10.8, false],
    ]);
  });

  it('keeps a heading that names the figure its own line only dates ("Thu ngân sách nhà nước\\nƯớc 9 tháng đạt …")', () => {
    const found = extractIndicators(
      'Thu ngân sách nhà nước\nƯớc 9 tháng đạt 4.250 tỷ đồng, bằng 70,2% dự toán.\n' +
        'Chỉ số giá tiêu dùng (CPI)\nTháng 9 tăng 0,32% so với tháng trước.',
    );
    expect(found.map((x) => [x.name, x.value])).toEqual([
      ['Thu ngân sách nhà nước', 4250],
      ['Chỉ số giá tiêu dùng (CPI)\nTháng 9', 100.32],
    ]);
  });

  it('gives an opening "So với tháng trước," neither past another comparison nor to the months so far', () => {
    const found = extractIndicators(
      'So với tháng trước, chỉ số giá tiêu dùng tăng 0,3%; bình quân 9 tháng tăng 3,5%. So với tháng trước, doanh thu bán ' +
        'lẻ hàng hóa tăng 1,2%; so với cùng kỳ năm trước tăng 9,8%; doanh thu dịch vụ lưu trú, ăn uống tăng 15,6%.',
    );
    expect(found.map((x) => [x.name, x.changeFromPreviousPct, x.changeFromLastYearPct])).toEqual([
      ['Chỉ số giá tiêu dùng', 0.3, null],
      ['Chỉ số giá tiêu dùng bình quân 9 tháng', null, 3.5],
      ['Doanh thu bán lẻ hàng hóa', 1.2, 9.8],
      ['Doanh thu dịch vụ lưu trú, ăn uống', null, 15.6],
    ]);
  });

  it('reads a rate "ở mức" or "ước" as its level, and a change since the year\'s start as no points', () => {
    const found = extractIndicators(
      'Nợ xấu toàn địa bàn ở mức 1,25%, giảm 0,15 điểm phần trăm so với cuối năm trước. Tỷ lệ thất nghiệp chung ước khoảng 2,1%.',
    );
    expect(found.map((x) => [x.name, x.value, x.changeFromLastYearPct, x.changeKind])).toEqual([
      ['Nợ xấu toàn địa bàn', 1.25, null, 'percent'],
      ['Tỷ lệ thất nghiệp chung', 2.1, null, 'percent'],
    ]);
  });

  it('reads passengers, passenger- and tonne-kilometres, containers, pieces in thousands, members, works and targets', () => {
    const found = extractIndicators(
      'Vận chuyển đạt 15,7 triệu hành khách, tăng 6,3%; luân chuyển 169 triệu người.km; hàng hóa luân chuyển 791,9 triệu tấn.km. ' +
        'Hàng container đạt 42.541 TEU. Áo sơ mi đạt 4,1 triệu cái; gạch xây dựng 89,1 triệu viên; giày da 5.340 nghìn đôi. ' +
        'Toàn Đảng bộ đã kết nạp 50 đảng viên. Huyện triển khai 105 công trình. Huyện hoàn thành 23/27 chỉ tiêu.',
    );
    expect(found.map((x) => [x.value, x.unit, x.baseUnit])).toEqual([
      [15.7, 'triệu hành khách', 'people'],
      [169, 'triệu người.km', 'passenger-km'],
      [791.9, 'triệu tấn.km', 'tonne-km'],
      [42541, 'TEU', 'TEU'],
      [4.1, 'triệu cái', 'pieces'],
      [89.1, 'triệu viên', 'pieces'],
      [5340, 'nghìn đôi', 'pairs'],
      [50, 'đảng viên', 'people'],
      [105, 'công trình', 'works'],
      [23, 'chỉ tiêu', 'targets'],
    ]);
    // Bare, "cái", "viên", "đôi", "quả" fold as "cải", "viện", "đối", "qua"; "tỷ lệ" is no billions; a proposal no result.
    expect(
      extractIndicators(
        '05/08/2022 10:07 GMT+7\nQua kiểm tra hiện trường. Kế hoạch năm học 2022-2023 đối với giáo dục mầm non. Đến tháng ' +
          '02/2019 tỷ lệ tham gia BHYT còn thấp. Sở Kế hoạch và Đầu tư đề xuất 30 công trình.',
      ),
    ).toEqual([]);
  });

  it('reads "đạt tỷ lệ X%" as a rate, and a pair\'s comparison written after the second for both', () => {
    const found = extractIndicators(
      'Hồ sơ giải quyết trực tuyến đạt tỷ lệ 19,5%. Nhóm lương thực tăng 1,02% và nhóm thực phẩm tăng 0,57% so với tháng trước.',
    );
    expect(found.map((x) => [x.name, x.value, x.changeFromPreviousPct])).toEqual([
      ['Hồ sơ giải quyết trực tuyến', 19.5, null],
      ['Nhóm lương thực', null, 1.02],
      ['Nhóm thực phẩm', null, 0.57],
    ]);
  });

  it('reads "so với tháng trước bằng 101,72%" as a change, "tháng cùng kỳ" as last year, and an estimated index by its name', () => {
    const found = extractIndicators(
      'Toàn tỉnh vận chuyển được hơn 2,531 triệu lượt hành khách, so với tháng trước bằng 101,72%. Chỉ số tồn kho tháng 4 bằng ' +
        '99,06% so với tháng trước và bằng 95,58% so với tháng cùng kỳ năm trước. Dự ước chỉ số sản xuất công nghiệp tháng 10 ' +
        'tăng 1,34% so với tháng trước. Ước tính 10 tháng năm 2022 tăng 10,53% so cùng kỳ năm trước.',
    );
    expect(found.map((x) => [x.name, x.value, x.changeFromPreviousPct, x.changeFromLastYearPct])).toEqual([
      ['Toàn tỉnh vận chuyển', 2.531, 1.72, null],
      ['Chỉ số tồn kho tháng 4', 99.06, -0.94, -4.42],
      ['Chỉ số sản xuất công nghiệp tháng 10', 101.34, 1.34, null],
      ['Chỉ số sản xuất công nghiệp 10 tháng năm 2022', 110.53, null, 10.53],
    ]);
  });

  it('names a bare "đạt tỷ lệ" by the figure before, reads "hành khách.km", and leaves only a figure proposed out', () => {
    const found = extractIndicators(
      'Văn phòng tiếp nhận 23.456 hồ sơ, đã giải quyết 22.345 hồ sơ, đạt tỷ lệ 95,3%. Luân chuyển hành khách ước đạt 245,3 ' +
        'triệu hành khách.km. Trên cơ sở đề xuất của các địa phương, tỉnh đã phân bổ 1.245 tỷ đồng. Sở Tài chính đề xuất bố ' +
        'trí 300 tỷ đồng. Đại biểu đề nghị thực hiện gói 40 triệu hỗ trợ cho các thôn.',
    );
    expect(found.map((x) => [x.name, x.value, x.unit])).toEqual([
      ['Văn phòng tiếp nhận', 23456, 'hồ sơ'],
      ['Đã giải quyết', 22345, 'hồ sơ'],
      ['Tỷ lệ giải quyết', 95.3, '%'],
      ['Luân chuyển hành khách', 245.3, 'triệu hành khách.km'],
      ['Trên cơ sở đề xuất của các địa phương, tỉnh đã phân bổ', 1245, 'tỷ đồng'],
    ]);
  });

  it('reads the dollar written out ("21,8 tỷ đô la Mỹ") as a unit', () => {
    const found = extractIndicators(
      '10 tháng năm 2020, kim ngạch xuất khẩu của tỉnh Thái Nguyên đạt 21,8 tỷ đô la Mỹ.',
    );
    expect(found.map((x) => [x.value, x.unit, x.baseValue, x.baseUnit])).toEqual([
      [21.8, 'tỷ đô la Mỹ', 21_800_000_000, 'USD'],
    ]);
  });

  it('reads the share of a figure given only as changes ("…, chiếm gần 98% …") as a figure of its own', () => {
    const found = extractIndicators(
      'Khu vực kinh tế có vốn đầu tư của nước ngoài tăng 0,4% so với tháng trước và tăng 10,3% so với cùng kỳ, chiếm gần 98% tổng giá trị xuất khẩu trong toàn tỉnh.',
    );
    expect(rowsOf(found)).toEqual([
      ['Khu vực kinh tế có vốn đầu tư của nước ngoài', null, null, 0.4, 10.3],
      ['Tỷ trọng khu vực kinh tế có vốn đầu tư của nước ngoài', 98, '%', null, null],
    ]);
  });

  it('reads the level a rate comes to ("giảm còn 3,2%", "tăng lên 45%") as its value', () => {
    expect(
      extractIndicators('Tỷ lệ hộ nghèo giảm còn 3,2%. Tỷ lệ che phủ rừng tăng lên 45%.').map((x) => [x.value, x.unit]),
    ).toEqual([
      [3.2, '%'],
      [45, '%'],
    ]);
  });

  it('reads every figure after an aim up to the full stop as aimed at, across ";" and ":"', () => {
    expect(
      extractIndicators(
        'Gia Lai phấn đấu đến hết quý IV-2025 giải ngân đạt trên 90% kế hoạch vốn đầu tư công năm 2025; đến hết ngày 31-1-2026 giải ngân đạt 100%.',
      ),
    ).toEqual([]);
    expect(
      extractIndicators(
        'Năm 2024, tỉnh phấn đấu thu ngân sách đạt 12.000 tỷ đồng, trong đó: thu nội địa 10.000 tỷ đồng, thu từ hoạt động xuất nhập khẩu 2.000 tỷ đồng.',
      ),
    ).toEqual([]);
    // A figure reached before the aim stays.
    expect(
      extractIndicators('Thu ngân sách 9 tháng đạt 5.000 tỷ đồng; phấn đấu cả năm đạt 7.000 tỷ đồng.').map(
        (x) => x.value,
      ),
    ).toEqual([5000]);
  });

  it('reads a target named in a purpose ("góp phần thực hiện hoàn thành chỉ tiêu … đạt trên 3,8%") as aimed at', () => {
    expect(
      extractIndicators(
        'Kế hoạch được ban hành nhằm thực hiện có hiệu quả các nhiệm vụ, góp phần thực hiện hoàn thành chỉ tiêu tăng trưởng kinh tế ngành nông, lâm nghiệp, thuỷ sản năm 2023 bình quân đạt trên 3,8%.',
      ),
    ).toEqual([]);
  });

  it('reads no figure in a year ("đến năm 2020 cần tránh …")', () => {
    expect(
      extractIndicators('Việc đề xuất địa điểm lập quy hoạch các khu công nghiệp đến năm 2020 cần tránh trùng lặp.'),
    ).toEqual([]);
  });

  it('reads cases and the persons in them ("trên 2000 vụ với trên 2.100 đối tượng") as figures', () => {
    const found = extractIndicators(
      'Năm 2023, các cấp các ngành đã phát hiện, xử phạt vi phạm hành chính trên 2000 vụ với trên 2.100 đối tượng.',
    );
    expect(found.map((x) => [x.value, x.unit, x.baseUnit])).toEqual([
      [2000, 'vụ', 'cases'],
      [2100, 'đối tượng', 'people'],
    ]);
  });

  it('gives the share of the plan written before a breakdown in brackets to the figure it goes on with', () => {
    const found = extractIndicators(
      'Tổng vốn đầu tư phát triển toàn xã hội 9 tháng qua hơn 15.380 tỷ đồng, bằng 82,5% kế hoạch (vốn nhà nước gần 8.520 tỷ đồng, vốn ngoài nhà nước hơn 5.920 tỷ đồng và vốn FDI 945 tỷ đồng).',
    );
    expect(found.map((x) => [x.value, x.planPct])).toEqual([
      [15380, 82.5],
      [8520, null],
      [5920, null],
      [945, null],
    ]);
  });
});

describe('extractIndicators on the thousands written as a word', () => {
  it('reads "1 nghìn 676,2 tỷ đồng" as 1.676,2 billion, and thousands of hectares as a unit', () => {
    const [output, area] = extractIndicators(
      'giá trị sản xuất công nghiệp – xây dựng cơ bản đạt 1 nghìn 676,2 tỷ đồng; tổng diện tích gieo trồng đạt gần 34 nghìn ha.',
    );
    expect(output).toMatchObject({ value: 1676.2, unit: 'tỷ đồng' });
    expect(area).toMatchObject({ value: 34, unit: 'nghìn ha', baseValue: 34000, baseUnit: 'hectares' });
    expect(parseVietnameseNumber('1 nghin 676,2')).toBe(1676.2);
    // "4,6 nghìn tỷ đồng" stays a value in thousands of billions.
    expect(extractIndicators('tổng giá trị sản xuất ước trên 4,6 nghìn tỷ đồng')[0]).toMatchObject({
      value: 4.6,
      unit: 'nghìn tỷ đồng',
    });
  });
});

describe('extractIndicators on a share of the same period and on counted cases', () => {
  it('reads "bằng 56,9% so với cùng kỳ" as a change of −43,1% of the figure before it, not as a figure', () => {
    const found = extractIndicators(
      'Tổng thu ngân sách Nhà nước đến ngày 15/6 ước đạt 3.620 tỷ đồng, bằng 56,9% so với cùng kỳ năm 2019. Thu hút đầu tư trong nước đạt 13.379,1 tỷ đồng, bằng 53,1% so với tháng trước.',
    );
    expect(rowsOf(found)).toEqual([
      ['Tổng thu ngân sách Nhà nước đến ngày 15/6', 3620, 'tỷ đồng', null, -43.1],
      ['Thu hút đầu tư trong nước', 13379.1, 'tỷ đồng', -46.9, null],
    ]);
    // Against the plan it stays the share of the plan reached.
    expect(extractIndicators('Thu nội địa đạt 2.433 tỷ đồng, bằng 28,4% dự toán Trung ương giao.')[0]).toMatchObject({
      planPct: 28.4,
      changeFromLastYearPct: null,
    });
  });

  it('reads cases, houses, millions of people and billions with the currency unsaid as units', () => {
    const found = extractIndicators(
      'Cả nước có 134 trường hợp mắc Covid-19; mưa lớn làm 100 nhà dân bị ngập; thành phố có hơn 4 triệu người; mỗi xã được hỗ trợ gần 9 tỉ.',
    );
    expect(found.map((x) => [x.value, x.unit, x.baseValue, x.baseUnit])).toEqual([
      [134, 'trường hợp', 134, 'cases'],
      [100, 'nhà dân', 100, 'dwellings'],
      [4, 'triệu người', 4_000_000, 'people'],
      [9, 'tỷ', 9_000_000_000, 'VND'],
    ]);
  });
});

describe('extractIndicators on billions and millions written together', () => {
  it('reads "gần 4 tỷ 500 triệu đồng" as 4,5 billion đồng', () => {
    const [gifts] = extractIndicators('Thành phố đã trao gần 13.000 suất quà, trị giá gần 4 tỷ 500 triệu đồng.').filter(
      (x) => x.unit === 'tỷ đồng',
    );
    expect(gifts).toMatchObject({ value: 4.5, unit: 'tỷ đồng', qualifier: 'below', baseValue: 4_500_000_000 });
  });
});

describe('extractIndicators on a change written with its amount', () => {
  it('reads "giảm 1.686ha (bằng 2,24%)" as a change of −2,24%, and "(1,32 tạ/ha)" after a change as no figure', () => {
    const found = extractIndicators(
      'Vụ mùa năm 2019, toàn tỉnh đã gieo trồng 73.467ha lúa, giảm 1.686ha (bằng 2,24%) so với vụ mùa năm 2018. Năng suất lúa vụ mùa đạt 51,50 tạ/ha, tăng 2,63% (1,32 tạ/ha) so với vụ mùa 2018; sản lượng thóc đạt 378.366 tấn, tăng 0,32% (1.216 tấn) so với vụ mùa năm 2018. Lương thực bình quân đầu người đạt 509 kg/người.',
    );
    expect(found.map((x) => [x.value, x.unit, x.changeFromLastYearPct])).toEqual([
      [73467, 'ha', -2.24],
      [51.5, 'tạ/ha', 2.63],
      [378366, 'tấn', 0.32],
      [509, 'kg/người', null],
    ]);
  });
});

describe("extractIndicators on lengths and on the citizens' reception", () => {
  it('reads metres and square metres apart, households and the citizens received as units', () => {
    const found = extractIndicators(
      'Sạt lở 1.200m bờ sông làm 18 nhà dân phải di dời; 4.500 hộ dân được hỗ trợ. Trong tháng, lãnh đạo tỉnh tiếp 04 lượt công dân, 02 đoàn công dân. Diện tích sàn 250 m² đã hoàn thành.',
    );
    expect(found.map((x) => [x.value, x.unit, x.baseUnit])).toEqual([
      [1200, 'm', 'm'],
      [18, 'nhà dân', 'dwellings'],
      [4500, 'hộ dân', 'households'],
      [4, 'lượt công dân', 'visits'],
      [2, 'đoàn công dân', 'delegations'],
      [250, 'm²', 'm2'],
    ]);
  });
});

describe('extractIndicators on growth rates, branches and counts of the statistics office', () => {
  it('reads a growth rate told without what it compares with as a change from last year, not a yearly average', () => {
    const found = extractIndicators(
      'Quý I, tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) của tỉnh ước đạt 9,58%, đứng thứ 5/14 tỉnh. Bình quân giai đoạn 2021-2024 ước đạt 5,22%/năm. GRDP 6 tháng đầu năm 2021 đạt 5,74%. 6 tháng qua tốc độ tăng trưởng kinh tế của tỉnh đến 11,7%.',
    );
    expect(rowsOf(found)).toEqual([
      ['Quý I, tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) của tỉnh', null, null, null, 9.58],
      ['Bình quân giai đoạn 2021-2024', 5.22, '%/năm', null, null],
      ['GRDP 6 tháng đầu năm 2021', null, null, null, 5.74],
      ['6 tháng qua tốc độ tăng trưởng kinh tế của tỉnh', null, null, null, 11.7],
    ]);
  });

  it("reads an index's branches as compared like the index, and its cumulative figure against the same months", () => {
    const found = extractIndicators(
      'Chỉ số sản xuất toàn ngành công nghiệp tháng 7/2022 ước tăng 15,27% so với tháng trước.\n\nTrong đó, một số ngành công nghiệp chủ yếu: Ngành công nghiệp khai khoáng ước tăng 6,08%; Ngành công nghiệp chế biến, chế tạo ước tăng 7,54%.\n\nLũy kế từ đầu năm đến cuối tháng 7/2022 chỉ số sản xuất toàn ngành công nghiệp ước tăng 11,9% so với tháng cùng kỳ.',
    );
    expect(rowsOf(found)).toEqual([
      ['Chỉ số sản xuất toàn ngành công nghiệp tháng 7/2022', 115.27, '% so với tháng trước', 15.27, null],
      ['Chỉ số ngành công nghiệp khai khoáng', 106.08, '% so với tháng trước', 6.08, null],
      ['Chỉ số ngành công nghiệp chế biến, chế tạo', 107.54, '% so với tháng trước', 7.54, null],
      [
        'Chỉ số sản xuất toàn ngành công nghiệp lũy kế từ đầu năm đến cuối tháng 7/2022',
        111.9,
        '% so với cùng kỳ',
        null,
        11.9,
      ],
    ]);
  });

  it('reads a branch named in brackets after the change of the whole as a figure of its own', () => {
    const text =
      'Công nghiệp và xây dựng tăng 8,22% (trong đó công nghiệp tăng 8,48%; xây dựng tăng 7,57%); dịch vụ tăng 6,33% so với cùng kỳ.';
    const found = extractIndicators(text);
    expect(rowsOf(found)).toEqual([
      ['Công nghiệp và xây dựng', null, null, null, 8.22],
      ['Công nghiệp', null, null, null, 8.48],
      ['Xây dựng', null, null, null, 7.57],
      ['Dịch vụ', null, null, null, 6.33],
    ]);
    expect(text.slice(found[0].sourceSpan.start, found[0].sourceSpan.end)).toBe('Công nghiệp và xây dựng tăng 8,22%');
  });

  it('counts gifts, reads "4 tỷ 500 triệu đồng" to its last word, and takes "30 công trình" for no culverts', () => {
    const text =
      'Tổng số quà tết hỗ trợ cho các đối tượng là gần 13.000 suất quà giá trị gần 4 tỷ 500 triệu đồng. Sở Kế hoạch và Đầu tư đề xuất 30 công trình tiêu biểu.';
    const found = extractIndicators(text);
    expect(found.map((x) => [x.value, x.unit, x.baseUnit])).toEqual([
      [13000, 'suất quà', 'gifts'],
      [4.5, 'tỷ đồng', 'VND'],
    ]);
    expect(text.slice(found[1].sourceSpan.start, found[1].sourceSpan.end)).toMatch(/4 tỷ 500 triệu đồng$/);
  });
});

describe('extractIndicators on figures per head, energy and shares remaining', () => {
  it('keeps a figure per head apart from totals, reads energy units and a share after "còn"', () => {
    const found = extractIndicators(
      'GRDP bình quân đầu người đạt 45 triệu đồng/người. Thu nhập bình quân đầu người đạt 50,2 triệu đồng/người/năm. Sản lượng điện thương phẩm đạt 120 triệu kWh, tăng 6%. Tỷ lệ hộ nghèo còn 12,5%.',
    );
    expect(found.map((x) => [x.value, x.unit, x.baseValue, x.baseUnit, x.changeFromLastYearPct])).toEqual([
      [45, 'triệu đồng/người', 45_000_000, 'VND per person', null],
      [50.2, 'triệu đồng/người/năm', 50_200_000, 'VND per person per year', null],
      [120, 'triệu kWh', 120_000_000, 'kWh', 6],
      [12.5, '%', 12.5, '%', null],
    ]);
  });

  it('reads no count in "Covid-19 còn …", "còn" folding as "con"', () => {
    expect(extractIndicators('Tình hình dịch Covid-19 còn diễn biến phức tạp, khó lường.')).toEqual([]);
  });
});

describe('extractIndicators on what a department also counts, and counts in thousands or millions', () => {
  it.each([
    ['Giải quyết việc làm cho 12 nghìn lao động.', 12, 'nghìn lao động', 12_000, 'people'],
    ['Sản lượng lương thực đạt 1,2 triệu tấn.', 1.2, 'triệu tấn', 1_200_000, 'tonnes'],
    ['Tổng đàn gia cầm ước đạt 2,5 triệu con.', 2.5, 'triệu con', 2_500_000, 'head'],
    ['Đã tiêm 150.000 liều vắc xin.', 150000, 'liều vắc xin', 150_000, 'doses'],
    ['Sản lượng điện đạt 1.250 GWh.', 1250, 'GWh', 1_250_000_000, 'kWh'],
    ['Toàn tỉnh có 45 hợp tác xã.', 45, 'hợp tác xã', 45, 'cooperatives'],
    ['Tổng số thuê bao internet đạt 350 nghìn thuê bao.', 350, 'nghìn thuê bao', 350_000, 'subscribers'],
  ])('reads "%s" as %d %s (%d %s)', (text, value, unit, baseValue, baseUnit) => {
    const [figure] = extractIndicators(text);
    expect(figure).toMatchObject({ value, unit, baseValue, baseUnit });
  });

  it('reads no head of livestock in "tăng trên 2 con số" (two digits)', () => {
    expect(extractIndicators('Tốc độ tăng trưởng đạt mức tăng trên 2 con số.').filter((x) => x.value !== null)).toEqual(
      [],
    );
  });
});

describe('extractIndicators on the names of counts and of the figures after them', () => {
  const names = (text: string) => extractIndicators(text).map((x) => [x.name, x.value, x.unit]);

  it('names a count by what it counts, a figure after "với" by its own words, and a second value of a figure by it', () => {
    expect(
      names(
        'Trong 10 tháng, toàn tỉnh có 245 doanh nghiệp thành lập mới với tổng vốn đăng ký 3.120 tỷ đồng; 85 doanh nghiệp quay trở lại hoạt động. Có 12 dự án được cấp mới với tổng vốn 1.234,5 tỷ đồng và 0,5 triệu USD.',
      ),
    ).toEqual([
      ['Doanh nghiệp thành lập mới', 245, 'doanh nghiệp'],
      ['Tổng vốn đăng ký', 3120, 'tỷ đồng'],
      ['Doanh nghiệp quay trở lại hoạt động', 85, 'doanh nghiệp'],
      ['Dự án được cấp mới', 12, 'dự án'],
      ['Tổng vốn', 1234.5, 'tỷ đồng'],
      ['Tổng vốn', 0.5, 'triệu USD'],
    ]);
  });

  it('names a figure by the label before its colon (its list mark left out), and leaves out who told it and the day it stands at', () => {
    expect(
      names(
        '- Thu nội địa: 980 tỷ đồng (đạt 81,7% dự toán).\nChi cân đối ngân sách: 215.120 triệu đồng, đạt 54,06% dự toán. Sở Kế hoạch và Đầu tư cho biết, tổng vốn đầu tư phát triển toàn xã hội 9 tháng qua đạt 15.380 tỷ đồng. Đến ngày 29-9 có 209/1.167 doanh nghiệp hoạt động trở lại (chiếm 17,9%).',
      ),
    ).toEqual([
      ['Thu nội địa', 980, 'tỷ đồng'],
      ['Chi cân đối ngân sách', 215120, 'triệu đồng'],
      ['Tổng vốn đầu tư phát triển toàn xã hội 9 tháng qua', 15380, 'tỷ đồng'],
      ['Tỷ trọng doanh nghiệp hoạt động trở lại', 17.9, '%'],
      ['Doanh nghiệp hoạt động trở lại', 209, 'doanh nghiệp'],
    ]);
  });
});

describe('extractIndicators on what will be done', () => {
  it('proposes no figure for a plan told in the future ("sẽ bố trí 500 giường bệnh"), and keeps one reached', () => {
    const found = extractIndicators(
      'Khi hoàn thành, bệnh viện sẽ bố trí 500 giường bệnh phục vụ điều trị. Năm 2024, bệnh viện đã có 350 giường bệnh. Sản phẩm được chia sẻ 120 nghìn lượt.',
    );
    expect(found.map((x) => [x.value, x.unit])).toEqual([
      [350, 'giường bệnh'],
      [120, 'nghìn lượt'],
    ]);
  });
});

describe('extractIndicators on a department’s account of schools, health and welfare', () => {
  it('names the parts and shares of a count, reads gifts given ("tặng" is no rise) and what was recorded', () => {
    const found = extractIndicators(
      'Năm học 2023-2024, toàn tỉnh có 523 trường học, trong đó 312 trường đạt chuẩn quốc gia, chiếm 59,7%. Trong tháng, toàn tỉnh ghi nhận 125 ca mắc sốt xuất huyết. Trao tặng 15.000 suất quà Tết cho hộ nghèo với tổng kinh phí 7,5 tỷ đồng. Hỗ trợ xây dựng 350 nhà đại đoàn kết.',
    );
    expect(found.map((x) => [x.name, x.value, x.unit])).toEqual([
      ['Trường học', 523, 'trường'],
      ['Trường đạt chuẩn quốc gia', 312, 'trường'],
      ['Tỷ trọng trường đạt chuẩn quốc gia', 59.7, '%'],
      ['Ghi nhận ca mắc sốt xuất huyết', 125, 'ca mắc'],
      ['Trao tặng suất quà Tết cho hộ nghèo', 15000, 'suất quà'],
      ['Tổng kinh phí', 7.5, 'tỷ đồng'],
      ['Hỗ trợ xây dựng nhà đại đoàn kết', 350, 'nhà đại đoàn kết'],
    ]);
  });
});

describe('extractIndicators on rates', () => {
  it('keeps what a rate is per in its unit, so that it joins no series of totals', () => {
    const found = extractIndicators(
      'Công suất xử lý rác đạt 300 tấn/ngày. Nhà máy nước cung cấp 20.000 m3/ngày đêm. Giá lúa 7.500 đồng/kg. Thu nhập 4,5 triệu đồng/tháng. Năng suất lúa đạt 60 tạ/ha.',
    );
    expect(found.map((x) => [x.value, x.unit, x.baseUnit])).toEqual([
      [300, 'tấn/ngày', null],
      [20000, 'm3/ngày đêm', null],
      [7500, 'đồng/kg', null],
      [4.5, 'triệu đồng/tháng', null],
      [60, 'tạ/ha', 'quintals per hectare'],
    ]);
  });
});

describe('extractIndicators on numbers that count nothing', () => {
  it('reads no figure in the number of a name, nor "còn" (still) as head of livestock', () => {
    expect(extractIndicators('Tình hình dịch Covid-19 còn diễn biến phức tạp, khó lường.')).toEqual([]);
    expect(extractIndicators('Các ca nhiễm SARS-CoV-2 trong tỉnh đều đã được cách ly.')).toEqual([]);
    expect(extractIndicators('Đàn gia cầm đạt 2,5 triệu con, tăng 3%.').map((x) => [x.value, x.unit])).toEqual([
      [2.5, 'triệu con'],
    ]);
    expect(extractIndicators('Đàn gia cầm đạt 2,5 triệu còn lại sau dịch.')).toEqual([]);
  });
});

describe('extractIndicators on the cases and establishments of health and inspection reports', () => {
  it('reads cases of a disease and establishments inspected, not fish, shifts or songs', () => {
    const read = (text: string) => extractIndicators(text).map((x) => [x.value, x.unit]);
    expect(read('Số ca mắc sốt xuất huyết là 125 ca, tăng 45 ca so với cùng kỳ.')).toEqual([[125, 'ca']]);
    expect(read('Toàn tỉnh có 1.250 cơ sở kinh doanh thực phẩm, đã kiểm tra 320 cơ sở.')).toEqual([
      [1250, 'cơ sở'],
      [320, 'cơ sở'],
    ]);
    expect(read('Thả 50.000 cá giống xuống hồ.')).toEqual([]);
    expect(read('Tổ chức thi công theo phương châm 3 ca, 4 kíp.')).toEqual([]);
    expect(read('Bố trí 2 ca trực, 1 ca sĩ biểu diễn.')).toEqual([]);
  });
});

describe('extractIndicators naming counts by what they count', () => {
  it('names a measure or a count by the words after it where the words before name no figure', () => {
    const names = (text: string) => extractIndicators(text).map((x) => [x.name, x.value]);
    expect(names('Hiện có 3.500 ha lúa bị ngập úng, 1.200 ha hoa màu bị thiệt hại.')).toEqual([
      ['Lúa bị ngập úng', 3500],
      ['Hoa màu bị thiệt hại', 1200],
    ]);
    expect(names('Mưa lớn kèm lốc xoáy đã làm 12 nhà dân bị tốc mái.')).toEqual([['Nhà dân bị tốc mái', 12]]);
    expect(names('Trong tháng, các cơ quan đã tiếp 45 lượt công dân.')).toEqual([['Tiếp lượt công dân', 45]]);
    expect(names('Các cơ quan chức năng đã kiểm tra 320 cơ sở.')).toEqual([['Kiểm tra cơ sở', 320]]);
    // "cơ" of "cơ quan", "cơ bản" is no "có" ending the name.
    expect(names('Vốn đầu tư xây dựng cơ bản đạt 2.458 tỷ đồng.')).toEqual([['Vốn đầu tư xây dựng cơ bản', 2458]]);
    // A second value of the same figure keeps its name.
    expect(names('Tổng vốn đăng ký 1.234,5 tỷ đồng và 0,5 triệu USD.')).toEqual([
      ['Tổng vốn đăng ký', 1234.5],
      ['Tổng vốn đăng ký', 0.5],
    ]);
  });
});
