import { comparablePoints } from '../../src/web/features/indicators/comparable-points';
import type { components } from '../../src/web/lib/api/schema';

type Point = components['schemas']['IndicatorPointResponse'];

let report = 0;
function point(value: number, unit: string | null, baseValue: number | null, baseUnit: string | null): Point {
  report += 1;
  return {
    name: 'Thu ngân sách nhà nước',
    value,
    unit,
    baseValue,
    baseUnit,
    changeFromPreviousPct: null,
    changeFromLastYearPct: null,
    planPct: null,
    changeKind: 'percent',
    estimate: false,
    heldAt: `2024-0${report}-20T02:00:00.000Z`,
    reportId: report,
    sessionId: report,
    sessionTitle: `Phiên họp tháng ${report}`,
  };
}

describe('comparablePoints', () => {
  it('draws a series that mixes "triệu đồng" and "tỷ đồng" in the unit of the latest report', () => {
    const series = [point(194970, 'triệu đồng', 194970e6, 'VND'), point(887.968, 'tỷ đồng', 887968e6, 'VND')];
    const drawn = comparablePoints(series);
    expect(drawn.unit).toBe('tỷ đồng');
    expect(drawn.points.map((p) => p.value)).toEqual([194.97, 887.968]);
  });

  it('leaves off the chart a point whose unit cannot be converted, and keeps those written in the same unit', () => {
    const series = [
      point(12, 'lượt người', 12, 'people'),
      point(40, 'tỷ đồng', null, null),
      point(52, 'tỷ đồng', null, null),
    ];
    const drawn = comparablePoints(series);
    expect(drawn.unit).toBe('tỷ đồng');
    expect(drawn.points.map((p) => [p.reportId, p.value])).toEqual([
      [series[1].reportId, 40],
      [series[2].reportId, 52],
    ]);
  });

  it('draws nothing of an empty series', () => {
    expect(comparablePoints([])).toEqual({ unit: null, points: [] });
  });
});
