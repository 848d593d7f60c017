/** A unit of a reported figure and how to turn a value into its canonical unit. */
export interface UnitInfo {
  /** As it is written in reports. */
  unit: string;
  /** The canonical unit a series compares in. */
  baseUnit: string;
  factor: number;
}

const U = (unit: string, baseUnit: string, factor = 1): UnitInfo => ({ unit, baseUnit, factor });

/**
 * Units recognised after a number, longest first so that "nghìn tỷ đồng" wins
 * over "tỷ đồng". Matched against folded text (no diacritics, lower case).
 */
export const UNITS: readonly UnitInfo[] = [
  // "GRDP bình quân đầu người đạt 45 triệu đồng/người", "thu nhập … 50,2 triệu đồng/người/năm": per head, not a total.
  U('triệu đồng/người/năm', 'VND per person per year', 1e6),
  U('triệu đồng/người/tháng', 'VND per person per month', 1e6),
  U('nghìn đồng/người/tháng', 'VND per person per month', 1e3),
  U('triệu đồng/người', 'VND per person', 1e6),
  U('USD/người/năm', 'USD per person per year'),
  U('USD/người', 'USD per person'),
  U('nghìn tỷ đồng', 'VND', 1e12),
  U('ngàn tỷ đồng', 'VND', 1e12),
  U('tỷ đồng', 'VND', 1e9),
  U('triệu đồng', 'VND', 1e6),
  U('nghìn đồng', 'VND', 1e3),
  U('ngàn đồng', 'VND', 1e3),
  U('đồng', 'VND'),
  // "gần 9 tỉ" in the news: billions of đồng, the currency left unsaid.
  U('tỷ', 'VND', 1e9),
  U('tỷ USD', 'USD', 1e9),
  U('triệu USD', 'USD', 1e6),
  U('nghìn USD', 'USD', 1e3),
  U('USD', 'USD'),
  // "21,8 tỷ đô la Mỹ": the dollar written out.
  U('tỷ đô la Mỹ', 'USD', 1e9),
  U('triệu đô la Mỹ', 'USD', 1e6),
  U('nghìn đô la Mỹ', 'USD', 1e3),
  U('đô la Mỹ', 'USD'),
  U('triệu lượt khách', 'visits', 1e6),
  U('nghìn lượt khách', 'visits', 1e3),
  U('lượt khách', 'visits'),
  U('triệu lượt', 'visits', 1e6),
  U('nghìn lượt', 'visits', 1e3),
  U('lượt người', 'visits'),
  U('lượt dự án', 'projects'),
  U('lượt', 'visits'),
  // "vận chuyển 15,7 triệu hành khách", "luân chuyển 169 triệu người.km / 791,9 triệu tấn.km / 721,8 triệu hk.km": the
  // passengers carried and the transport's passenger- and tonne-kilometres.
  U('hành khách', 'people'),
  U('người.km', 'passenger-km'),
  U('hành khách.km', 'passenger-km'),
  U('hk.km', 'passenger-km'),
  U('lượt khách.km', 'passenger-km'),
  U('tấn.km', 'tonne-km'),
  U('triệu người', 'people', 1e6),
  U('nghìn người', 'people', 1e3),
  U('người', 'people'),
  U('lao động', 'people'),
  U('học sinh', 'people'),
  U('cán bộ', 'people'),
  // "2.763 căn nhà ở xã hội": dwellings.
  U('căn', 'dwellings'),
  // "100 nhà dân bị ngập": houses, after a flood or a storm.
  U('nhà dân', 'dwellings'),
  // "34 nhà bị sập hoàn toàn, 19.200 nhà bị ngập": houses told what befell them (see the indicator pattern).
  U('nhà', 'dwellings'),
  U('nhà đại đoàn kết', 'dwellings'),
  U('nhà tình nghĩa', 'dwellings'),
  U('nhà tình thương', 'dwellings'),
  U('trạm y tế', 'health stations'),
  U('trường', 'schools'),
  U('lớp', 'classes'),
  U('hộ dân', 'households'),
  U('hộ', 'households'),
  // "tiếp 04 lượt công dân, 02 đoàn công dân": the citizens' reception.
  U('lượt công dân', 'visits'),
  // "giải quyết việc làm cho 2.612 lượt lao động": the workers placed in jobs, some more than once in the period.
  U('lượt lao động', 'people'),
  U('đoàn công dân', 'delegations'),
  // "Tổ chức thành công hiến máu đợt 3 đạt được 540 đơn vị máu": the units of blood a drive collects.
  U('đơn vị máu', 'blood units'),
  // "6 xã đạt 19/19 tiêu chí": communes (not "thị xã", which the number does not touch).
  U('xã', 'communes'),
  U('doanh nghiệp', 'enterprises'),
  U('dự án', 'projects'),
  U('nhiệm vụ', 'tasks'),
  // "10 nội dung công việc … vẫn chưa hoàn thành": works of the conclusion notices.
  U('nội dung công việc', 'tasks'),
  U('cống', 'culverts'),
  // "gần 13.000 suất quà", "1.200 phần quà": the gifts of Tết and of the social programmes.
  U('suất quà', 'gifts'),
  U('phần quà', 'gifts'),
  U('hồ sơ', 'files'),
  // "đã cấp 1.250 giấy chứng nhận quyền sử dụng đất lần đầu", "cấp 320 GCN": the land-use certificates issued.
  U('giấy chứng nhận', 'certificates'),
  U('GCN', 'certificates'),
  // "phát hiện, xử phạt trên 2000 vụ với trên 2.100 đối tượng": cases and the persons in them.
  U('vụ', 'cases'),
  // "134 trường hợp mắc Covid-19": cases of a disease or of a procedure.
  U('trường hợp', 'cases'),
  U('đối tượng', 'people'),
  // "125 ca mắc sốt xuất huyết", "không có ca tử vong": cases of a disease.
  U('ca', 'cases'),
  // "đã kiểm tra 320 cơ sở": the establishments inspected.
  U('cơ sở', 'establishments'),
  // "Tổng đàn lợn hiện có 1.250.000 con": head of livestock (the reader takes it bare only after the herd's name).
  U('con', 'head'),
  // "sản lượng điện thương phẩm 120 triệu kWh", "công suất 50 MW".
  U('tỷ kWh', 'kWh', 1e9),
  U('triệu kWh', 'kWh', 1e6),
  U('kWh', 'kWh'),
  U('MW', 'MW'),
  U('nghìn tấn', 'tonnes', 1e3),
  // "sản lượng lương thực đạt trên 61,8 vạn tấn": ten thousands, as older reports count grain.
  U('vạn tấn', 'tonnes', 1e4),
  U('tấn', 'tonnes'),
  // "gieo trồng gần 34 nghìn ha": thousands of hectares.
  U('nghìn ha', 'hectares', 1e3),
  U('ha', 'hectares'),
  // "năng suất lúa đạt 51,50 tạ/ha", "lương thực bình quân đầu người 509 kg/người": yields and amounts per head.
  U('tạ/ha', 'quintals per hectare'),
  U('kg/người', 'kg per person'),
  U('km', 'km'),
  // "sạt lở 1.200m bờ sông": metres, not followed by a letter ("m²" is no length).
  U('m', 'm'),
  // "bình quân giai đoạn 2021-2024 ước đạt 5,22%/năm": a yearly average rate.
  U('%/năm', '%/năm'),
  U('%', '%'),
  // What a department's report also counts: doses given, subscribers, cooperatives and their products, classrooms and
  // beds, cases of a disease, water, power and fuel.
  U('liều vắc xin', 'doses'),
  U('liều', 'doses'),
  U('thuê bao', 'subscribers'),
  // "Cấp 33.909 thẻ bảo hiểm y tế", "thẻ BHYT": the health-insurance cards issued.
  U('thẻ bảo hiểm y tế', 'cards'),
  U('thẻ BHYT', 'cards'),
  U('hợp tác xã', 'cooperatives'),
  U('tổ hợp tác', 'cooperative groups'),
  // Containers through the ports: "42.541 TEU".
  U('TEU', 'TEU'),
  U('Teus', 'TEU'),
  // What a district reports of its people and works: "kết nạp 50 đảng viên", "155 học viên", "105 công trình xây dựng
  // cơ bản", "64 phiên giao dịch việc làm", "hoàn thành 23/27 chỉ tiêu".
  U('đảng viên', 'people'),
  U('học viên', 'people'),
  U('công trình', 'works'),
  U('phiên', 'sessions'),
  U('chỉ tiêu', 'targets'),
  U('sản phẩm OCOP', 'products'),
  U('sản phẩm', 'products'),
  U('phòng học', 'classrooms'),
  U('giường bệnh', 'hospital beds'),
  U('ca mắc', 'cases'),
  U('bệnh nhân', 'people'),
  U('m3', 'm3'),
  U('m³', 'm3'),
  U('m2', 'm2'),
  U('m²', 'm2'),
  U('km2', 'km2'),
  U('km²', 'km2'),
  U('GWh', 'kWh', 1e6),
  U('MWh', 'kWh', 1e3),
  U('lít', 'litres'),
  U('kg', 'kg'),
];

/**
 * Units a report also writes in thousands or millions ("12 nghìn lao động", "1,2 triệu tấn", "2,5 triệu con" of
 * poultry): each with "nghìn", "ngàn" and "triệu" before it, unless the table above already has that form.
 */
const IN_THOUSANDS: readonly UnitInfo[] = [
  ...[
    'tấn',
    'lao động',
    'học sinh',
    'hộ',
    'hộ dân',
    'doanh nghiệp',
    'liều',
    'liều vắc xin',
    'thuê bao',
    'm3',
    'lít',
    'USD',
    'ha',
    'người',
    'lượt',
    'sản phẩm',
    'con',
    'hành khách',
    'người.km',
    'hành khách.km',
    'hk.km',
    'lượt khách.km',
    'tấn.km',
  ].map((unit) => UNITS.find((u) => u.unit === unit)!),
  // What the industry reports in pieces, only so ("4,1 triệu cái áo sơ mi", "89,1 triệu viên gạch", "5.340 nghìn đôi
  // giày", "245,6 triệu quả trứng"): bare, they fold as "cải", "viện", "đối", "qua".
  U('cái', 'pieces'),
  U('viên', 'pieces'),
  U('đôi', 'pairs'),
  U('quả', 'pieces'),
  // "trồng phân tán 80 nghìn cây", "2,2 nghìn ste củi": trees and stacked cubic metres of firewood, written so.
  U('cây', 'trees'),
  U('ste', 'stacked m3'),
];
const SCALED: readonly UnitInfo[] = IN_THOUSANDS.flatMap((u) =>
  (
    [
      ['nghìn', 1e3],
      ['ngàn', 1e3],
      ['triệu', 1e6],
    ] as const
  ).map(([word, factor]) => U(`${word} ${u.unit}`, u.baseUnit, u.factor * factor)),
);

/** Other spellings of a unit: "tỉ" is "tỷ"; "DN" is "doanh nghiệp". */
const SPELLINGS: readonly (readonly [string, string])[] = [
  ['nghìn tỉ đồng', 'nghìn tỷ đồng'],
  ['ngàn tỉ đồng', 'ngàn tỷ đồng'],
  ['tỉ đồng', 'tỷ đồng'],
  ['tỉ USD', 'tỷ USD'],
  ['tỉ', 'tỷ'],
  ['DN', 'doanh nghiệp'],
];

const byFolded = new Map<string, UnitInfo>();
for (const info of SCALED) byFolded.set(foldUnit(info.unit), info);
for (const info of UNITS) byFolded.set(foldUnit(info.unit), info);
for (const [spelling, unit] of SPELLINGS) byFolded.set(foldUnit(spelling), byFolded.get(foldUnit(unit))!);

function foldUnit(unit: string): string {
  return unit
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();
}

/** The folded forms, longest first, for building a pattern. */
export const FOLDED_UNITS: readonly string[] = [...byFolded.keys()].sort((a, b) => b.length - a.length);

export function unitInfo(unit: string | null | undefined): UnitInfo | null {
  if (!unit) return null;
  const folded = foldUnit(unit.trim());
  if (byFolded.has(folded)) return byFolded.get(folded)!;
  if (folded.startsWith('%')) return U(unit, '%');
  return null;
}

/** The value in the canonical unit ("887,968 tỷ đồng" → 887968000000 VND); null when the unit is unknown. */
export function baseValueOf(
  value: number | null,
  unit: string | null,
): { baseValue: number | null; baseUnit: string | null } {
  const info = unitInfo(unit);
  if (value === null || !info) return { baseValue: null, baseUnit: info?.baseUnit ?? null };
  return { baseValue: Math.round(value * info.factor * 1e6) / 1e6, baseUnit: info.baseUnit };
}
