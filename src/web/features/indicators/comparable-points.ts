// The generated types alone (not the client, which needs a browser): the unit tests type-check this file under Node.
import type { components } from '../../lib/api/schema';

type Point = components['schemas']['IndicatorPointResponse'];

/**
 * The points of a series that can be drawn on one axis, in the unit of the latest: a series that mixes "triệu đồng"
 * and "tỷ đồng" compares through each point's value in the canonical unit (`baseValue`), converted back to the unit
 * the latest report wrote. Points whose unit cannot be converted (no canonical value, or another kind of unit) are
 * left off the chart; the table still lists them.
 */
export function comparablePoints(points: Point[]): { unit: string | null; points: Point[] } {
  const latest = points.at(-1);
  if (!latest) return { unit: null, points: [] };
  const scale = latest.baseValue !== null && latest.value !== 0 ? latest.baseValue / latest.value : null;
  const drawn = points.flatMap((p) => {
    if (p.unit === latest.unit) return [p];
    if (scale && p.baseValue !== null && p.baseUnit === latest.baseUnit) return [{ ...p, value: p.baseValue / scale }];
    return [];
  });
  return { unit: latest.unit, points: drawn };
}
