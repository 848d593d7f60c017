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
});
