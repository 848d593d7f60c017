import { foldWithOffsets } from '../common/text/fold-vietnamese';
import { tableIndicators } from './indicator-table';
import { baseValueOf, FOLDED_UNITS, unitInfo } from './units';
import { parseVietnameseNumber, tidy, VIETNAMESE_NUMBER } from './vietnamese-number';
import { upperFirst } from '../common/text/letter-case';
import type { ChangeKind } from '../sessions/entities/department-report.entity';

export interface ProposedIndicator {
  name: string;
  /** Null when the text gives only a change ("tổng mức bán lẻ tăng 19%"). */
  value: number | null;
  /** The upper end of a range ("5 - 7 tỷ đồng"). */
  valueMax: number | null;
  /** "trên", "hơn" → above; "gần" → below; "khoảng" → about. */
  qualifier: 'above' | 'below' | 'about' | null;
  unit: string | null;
  baseValue: number | null;
  baseUnit: string | null;
  changeFromPreviousPct: number | null;
  changeFromLastYearPct: number | null;
  /** Percent of the plan or estimate reached ("đạt 22,9% kế hoạch"; "vượt 28,6% dự toán" is 128.6). */
  planPct: number | null;
  /** percent, or points for "tăng 2,5 điểm %". */
  changeKind: ChangeKind;
  /** ước / dự ước / dự kiến. */
  estimate: boolean;
  sourceSpan: { start: number; end: number };
}

const NUM = `(${VIETNAMESE_NUMBER})`;
// A whole word: the "gan" of "giải ngân 1.234,5 tỷ đồng" is no "gần".
const QUAL = String.raw`(?:\b(hon|tren|gan|khoang|xap xi|chung|it nhat)\s+)?`;
const UNIT_ALT = FOLDED_UNITS.map((u) => u.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&')).join('|');
const VALUE = new RegExp(
  // Not the number of a name ("Covid-19", "SARS-CoV-2").
  String.raw`(?<![\d.,/])(?<![a-z]-)` +
    QUAL +
    NUM +
    // "209/1.167 doanh nghiệp", "2.458/7.758 tỉ đồng": the part reached of the whole written after it.
    String.raw`(?:\s*/\s*(?:${VIETNAMESE_NUMBER}))?` +
    String.raw`(?:\s*(?:-|den)\s*` +
    NUM +
    String.raw`)?\s*(` +
    UNIT_ALT +
    // "05 trường hợp" counts cases, not schools; "căn cứ", "cần thiết" are no dwellings; "30 công trình", "5 công ty"
    // are no culverts.
    // Communes are a figure when they reach something ("6 xã đạt 19/19 tiêu chí"), not where work is ("36 xã, phường").
    String.raw`)(?![a-z0-9²³])(?!(?<=truong)\s+hop\b)(?!(?<=\bcan)\s+(?:cu|thiet|thiep)\b)(?!(?<=\bcong)\s+(?:trinh|ty|nhan|chuc|dan|viec|an|nghe|nghiep|suat|tac|khai|bo|lap|vien|xuong|doan)\b)(?!(?<=(?<!hop tac )\bxa)(?!\s+(?:da\s+)?(?:dat|duoc cong nhan|hoan thanh|ve dich)\b))` +
    // Houses only when told what befell them or where the figure ends ("34 nhà bị sập", "6.500 nhà còn bị ngập"), not
    // "3 nhà máy", "5 nhà đầu tư", "2 nhà thầu".
    String.raw`(?!(?<=\bnha)(?!\s+(?:bi|duoc|con|da|hu hong|ngap|sap|do|chay|tam)\b|\s*[,.;:)]|\s*$))` +
    // Head of livestock, not "2 con số" (digits), "con người", "con đường", "con em", "con dấu", "con tàu".
    String.raw`(?!(?<=\bcon)\s+(?:so|nguoi|duong|em|chau|dau|tau|lai|gai|trai|cai|song|thuyen|mat|chu)\b)` +
    // Head written in figures alone ("đàn heo 92.942 con", "tổng đàn trâu bò 54.352 con") only after the herd's name in
    // the same clause: "có 3 con" alone may count anything.
    String.raw`(?!(?<=\d\s*con)(?<!\b(?:dan|gia suc|gia cam|lon|heo|trau|bo|ga|vit|ngan|de|cuu|ngua|huou)\b[^,;.:()]{0,60}?\d[\d.,]*\s*con))` +
    // Cases, not shifts ("3 ca, 4 kíp", "2 ca trực") nor songs and singers.
    String.raw`(?!(?<=\bca)\s+(?:truc|kip|lam viec|dem|ngay|sang|chieu|toi|si|khuc|hat|nhac)\b)` +
    // "đến tháng 02/2019 tỷ lệ tham gia BHYT …": a rate's name, not billions; "gói 40 triệu hỗ trợ …": support, no
    // households ("hỗ" folds as "hộ").
    String.raw`(?!(?<=\bty)\s+(?:le|trong)\b)(?!(?<=\bho)\s+(?:tro|khau|chieu|tich)\b)` +
    // "300 tấn/ngày", "7.500 đồng/kg", "120 km/h": a rate, its unit with what it is per (the table's own rates, "tạ/ha",
    // "triệu đồng/người/năm", are read whole before), never a total of its unit.
    String.raw`(\s*\/\s*(?:ngay dem|ngay|dem|tuan|thang|quy|nam|kg|km2|km|ha|m2|m3|lit|nguoi|ho|con|tan|gio|h)\b)?`,
  'g',
);
/** A figure estimated, or preliminary ("ước", "dự ước", "dự kiến", "ước tính", "sơ bộ"), folded. */
const ESTIMATE = /\b(?:uoc|du uoc|du kien|uoc tinh|so bo)\b/;
/** "so với tháng 4", "so với tháng 12/2022", "so với tháng 12 năm trước": a month named (see namedMonth). */
const NAMED_MONTH = String.raw`thang\s+\d{1,2}(?:\s*/\s*\d{4}|\s+nam\s+(?:truoc|\d{4}))?`;
/** "so với vụ Đông xuân năm trước", "so với cùng vụ năm 2021": the same crop season a year before, as "cùng kỳ". */
const SAME_SEASON = String.raw`(?:cung\s+)?vu(?:\s+(?:dong xuan|he thu|thu dong|mua|xuan|dong|chiem))?(?:\s+nam\s+(?:truoc|\d{4}))`;
/**
 * "so với đầu năm", "so với cuối năm 2015", "so với 31/12/2023": the start of the year, which credit and deposits are
 * counted from; a change since then is neither against the period before nor against last year.
 */
const YEAR_START = String.raw`dau nam|cuoi nam(?:\s+\d{4})?|(?:ngay\s+)?31\s*/\s*12(?:\s*/\s*\d{4})?|thoi diem (?:dau|cuoi) nam(?:\s+\d{4})?`;
const SINCE_YEAR_START = new RegExp(String.raw`^(?:${YEAR_START})$`);
const COMPARATOR = String.raw`(?:\s+(?:so\s+)?(?:voi\s+)?(thang truoc|ky truoc|quy truoc|(?:thang\s+)?cung ky(?:\s+nam\s+(?:truoc|\d{4}))?|${SAME_SEASON}|nam truoc|cung thoi diem|ke hoach|kh|${NAMED_MONTH}|${YEAR_START}))?`;
/** The period before, or the same period last year (folded): what a change is against. */
const PERIOD_COMPARED = String.raw`thang truoc|ky truoc|quy truoc|cung ky(?:\s+nam\s+(?:truoc|\d{4}))?|nam truoc`;
/** A clause that only goes on with a figure's changes (folded): "đạt 24% dự toán, …", "so với cùng kỳ năm trước tăng 3,1%". */
const GOES_ON_AFTER_SEMICOLON = new RegExp(
  String.raw`^\s*(?:so\s+(?:voi\s+)?(?:${PERIOD_COMPARED})\s*,?\s*)?(?:dat|bang|vuot|tang|giam)\s+(?:(?:hon|tren|gan|khoang)\s+)?[\d.,]+\s*%`,
);
/**
 * "tăng 113% so với cùng kỳ năm trước (921 tỉ đồng)", "(so với 79 tỉ đồng cùng kỳ năm trước)": before the figure of the
 * period compared with (folded).
 */
const PERIOD_COMPARED_IN_BRACKETS = new RegExp(
  String.raw`\bso\s+(?:voi\s+)?(?:${PERIOD_COMPARED})\s*\(\s*$|\(\s*so\s+voi\s+$`,
);
/** What a change compares with, written right after it (folded). */
const COMPARED_AFTER = new RegExp(String.raw`^\s*(?:so\s+)?(?:voi\s+)?(${PERIOD_COMPARED})\b`);
/** Another comparison after an opening one (folded). */
const COMPARED_AGAIN = new RegExp(String.raw`\bso\s+(?:voi\s+)?(?:${PERIOD_COMPARED})\b`);
/** "So với tháng trước, …": what every change of a sentence compares with, said as it opens. */
const OPENING_COMPARATOR = new RegExp(String.raw`^\s*so\s+(?:voi\s+)?(${PERIOD_COMPARED})\s*,`);
/** "…, so với cùng kỳ năm trước tăng 6%": what a change compares with, written before it. */
const COMPARATOR_BEFORE = new RegExp(
  String.raw`\bso\s+(?:voi\s+)?(${PERIOD_COMPARED}|${NAMED_MONTH}|${YEAR_START})\s*,?\s*$`,
);
/**
 * The line that opens a list of price indices of goods ("Chỉ số giá một số nhóm hàng tháng 5 so với tháng trước như
 * sau:", "… có 6 nhóm hàng tăng giá gồm:"), and what the list compares with when the line says it.
 */
const PRICE_LIST_OPENING = /\b(?:chi so gia|nhom hang|nhom|mat hang)\b[^.]*:\s*$/;
/** What a list's opening compares its items with: "so (với) tháng trước", and "tăng với tháng trước" without its "so". */
const LIST_COMPARATOR = /\b(?:so\s+(?:voi\s+)?|voi\s+)(thang truoc|ky truoc|quy truoc|cung ky|nam truoc)\b/;
/**
 * A list of groups of goods opened inside the sentence, before its first change: "Trong tháng có 4/11 nhóm hàng có
 * chỉ số tăng nhẹ là nhóm hàng ăn và dịch vụ ăn uống tăng 0,70%; …", "… có 6 nhóm tăng gồm nhóm …".
 */
const INLINE_PRICE_LIST = /^[^%]*?\b(?:nhom hang|nhom|mat hang)\b[^.;:%]*?\s(?:la|gom|bao gom)\s+(?=[a-z])/;
// "tăng 6,71 so với cùng kỳ": a change written without its percent sign, right before what it compares with.
const BARE_PCT = String.raw`(?=\s+so\s+(?:voi\s+)?(?:thang truoc|ky truoc|quy truoc|cung ky|nam truoc))`;
// "tăng nhẹ 0,04%", "giảm sâu 20,9%": a word of degree between the verb and the change.
const DEGREE = String.raw`(?:(?:nhe|manh|sau|cao|them|nhanh)\s+)?`;
const CHANGE = new RegExp(
  String.raw`\b(tang|giam)\s+` +
    DEGREE +
    QUAL +
    NUM +
    String.raw`\s*(diem\s*%|diem phan tram|%|` +
    BARE_PCT +
    ')' +
    COMPARATOR,
  'g',
);
// "gấp 3,3 lần", and "tăng 2,2 lần" which reports say for the same ratio.
const TIMES = new RegExp(String.raw`\b(?:gap|tang)\s+` + QUAL + NUM + String.raw`\s+lan\b` + COMPARATOR, 'g');
const PERIOD = '(thang truoc|ky truoc|quy truoc|cung ky|nam truoc)';
/**
 * "… đạt 3.620 tỷ đồng, bằng 56,9% so với cùng kỳ": the figure as a share of the one it compares with, a change of
 * 56,9 − 100 (groups: qualifier, number, what it compares with).
 */
const RATIO = new RegExp(
  // "đạt 101,1% so với cùng kỳ" likewise (not a growth rate reached, "tăng trưởng … đạt 2,4% so với cùng kỳ", a change:
  // GROWTH_RATE).
  String.raw`(?:\bbang|(?<!\btang truong\b[^;%]*?)\bdat)\s+` +
    QUAL +
    NUM +
    String.raw`\s*%\s+(?:so\s+)?(?:voi\s+)?(thang truoc|ky truoc|quy truoc|(?:thang\s+)?cung ky(?:\s+nam\s+(?:truoc|\d{4}))?|${SAME_SEASON}|nam truoc)\b`,
  'g',
);
/** "…, so với tháng trước bằng 101,72%": the same, what it compares with written first (groups as RATIO's). */
const RATIO_AFTER_COMPARATOR = new RegExp(
  String.raw`\bso\s+(?:voi\s+)?(${PERIOD_COMPARED})\s*,?\s*bang\s+` + QUAL + NUM + String.raw`\s*%`,
  'g',
);
/** The ratios of a chunk, each as RATIO gives it: [text, qualifier, number, what it compares with]. */
function ratiosOf(s: string): RegExpExecArray[] {
  return [
    ...matches(RATIO, s),
    ...matches(RATIO_AFTER_COMPARATOR, s).map(
      (m) => Object.assign([m[0], m[2], m[3], m[1]], { index: m.index, input: m.input }) as RegExpExecArray,
    ),
  ];
}
/**
 * "so với tháng trước và cùng kỳ tăng lần lượt 5,4% và 17,2%" (or the changes first, then what they compare with):
 * two changes given in the order of the periods named.
 */
const RESPECTIVELY = [
  new RegExp(
    String.raw`\bso\s+(?:voi\s+)?` +
      PERIOD +
      String.raw`\s+va\s+(?:so\s+(?:voi\s+)?)?` +
      PERIOD +
      String.raw`\s+(tang|giam)\s+lan luot\s+` +
      NUM +
      String.raw`\s*%\s*(?:,|va)\s*` +
      NUM +
      String.raw`\s*%`,
    'g',
  ),
  new RegExp(
    String.raw`\b(tang|giam)\s+lan luot\s+` +
      NUM +
      String.raw`\s*%\s*(?:,|va)\s*` +
      NUM +
      String.raw`\s*%\s+so\s+(?:voi\s+)?` +
      PERIOD +
      String.raw`\s+va\s+(?:so\s+(?:voi\s+)?)?` +
      PERIOD,
    'g',
  ),
];
/** "… tăng 8,22% (trong đó công nghiệp tăng 8,48%": a branch of the figure named in brackets before its change. */
const BRANCH_IN_BRACKETS =
  /^[^(]*\(\s*trong do\s*,?\s+(?!(?:so voi|tang|giam)\b)[a-z][a-z ,-]*?\s+(?:(?:uoc|du uoc|uoc tinh)\s+)?$/;
/** "…, tăng 15,07% về số DN, tăng 72,66% về số vốn": which figure of the sentence a change is about. */
const ABOUT = /^\s*ve\s+(?:so\s+)?(du an|dn|doanh nghiep|von)\b/;
const ABOUT_UNIT: Record<string, (baseUnit: string | null) => boolean> = {
  'du an': (u) => u === 'projects',
  dn: (u) => u === 'enterprises',
  'doanh nghiep': (u) => u === 'enterprises',
  von: (u) => u === 'VND' || u === 'USD',
};
/**
 * "Đàn gia cầm có trên 10.100 con, đạt 117,87%": the share of its plan a figure just given reached, a chunk of its own
 * opened by "đạt" with no comparison after it (groups as PLAN's).
 */
const PLAN_BARE = new RegExp(
  String.raw`(?<=^\s*(?:uoc\s+)?)\b(dat)\s+` +
    QUAL +
    NUM +
    String.raw`\s*%(?!\s*(?:so\s+)?(?:voi\s+)?(?:${PERIOD_COMPARED}|cung thoi diem|ke hoach|kh|du toan|muc tieu|chi tieu)\b)(?=\s*[.;]?\s*$)`,
  'g',
);
const PLAN = new RegExp(
  String.raw`\b(dat|bang|vuot)\s+` +
    QUAL +
    NUM +
    String.raw`\s*%\s*(?:so\s+)?(?:voi\s+)?(?:ke hoach|kh|du toan|muc tieu|chi tieu)`,
  'g',
);
/**
 * "tốc độ tăng trưởng kinh tế … đạt 2,4% so với cùng kỳ": a growth rate reached is a change against last year, not a
 * value (groups: qualifier, number, "%", what it compares with).
 */
const GROWTH_RATE = new RegExp(
  String.raw`(?<=\btang truong\b[^;%]*?\bdat\s+)` +
    QUAL +
    NUM +
    String.raw`\s*(%)\s+(?:so\s+)?(?:voi\s+)?((?:thang\s+)?cung ky(?:\s+nam\s+(?:truoc|\d{4}))?|nam truoc)\b`,
  'g',
);
/**
 * "tốc độ tăng trưởng (GRDP) … ước đạt 9,58%", "GRDP 6 tháng đầu năm đạt 5,74%", "tăng trưởng kinh tế của tỉnh đến
 * 11,7%": an economy's growth rate told without what it compares with is against the same period last year, as the
 * statistics office reckons it; a yearly average ("5,22%/năm") and a rate against a plan or a start ("so với đầu năm")
 * are not.
 */
const BARE_GROWTH_RATE = new RegExp(
  String.raw`(?<=\b(?:tang truong|grdp)\b[^;%]*?\b(?:dat|den|o muc)\s+)` +
    QUAL +
    NUM +
    String.raw`\s*(%)(?!\s*/)(?!\s*(?:so\s+)?voi\b)(?!\s*(?:ke hoach|kh|du toan|muc tieu|chi tieu)\b)`,
  'g',
);
const AMOUNT = String.raw`(?:${VIETNAMESE_NUMBER})\s*(?:${UNIT_ALT})?`;
/** "giảm 1.686ha (bằng 2,24%)": the amount of a change, then its share of the figure, which is the change. */
const AMOUNT_THEN_SHARE = new RegExp(
  String.raw`\b(tang|giam)(\s+${AMOUNT}\s*\(\s*(?:bang|tuong duong|tuong ung)\s+)((?:${VIETNAMESE_NUMBER})\s*%)(\s*\))`,
  'g',
);
/**
 * "tăng 2,63% (1,32 tạ/ha)", "giảm 0,99% (-619 ha)", "tăng 4,46% (tăng 2,5 triệu USD) so với tháng trước", "bằng 99,6%
 * (giảm 629 ha) so với năm trước": a change, then its amount in brackets, which is no figure of its own and does not
 * part the change from what it compares with.
 */
const SHARE_THEN_AMOUNT = new RegExp(
  String.raw`(\b(?:tang|giam|bang)\s+(?:${VIETNAMESE_NUMBER})\s*%\s*)(\(\s*(?:(?:tang|giam)\s+|[+-]\s*)?${AMOUNT}\s*\))`,
  'g',
);

/** A change's amount written beside its percent blanked out, leaving the percent as the change (same length). */
function blankChangeAmounts(s: string): string {
  return s
    .replace(AMOUNT_THEN_SHARE, (_m, verb: string, amount: string, pct: string, close: string) =>
      [verb, ' '.repeat(amount.length), pct, ' '.repeat(close.length)].join(''),
    )
    .replace(SHARE_THEN_AMOUNT, (_m, change: string, amount: string) => change + ' '.repeat(amount.length));
}

/** A growth rate as a change "tăng …" (see GROWTH_RATE). */
function growthRates(s: string): RegExpExecArray[] {
  const withComparator = matches(GROWTH_RATE, s);
  const bare = matches(BARE_GROWTH_RATE, s).filter((m) => !withComparator.some((g) => g.index === m.index));
  return [...withComparator, ...bare].map(
    (m) => Object.assign([m[0], 'tang', m[1], m[2], m[3], m[4]], { index: m.index, input: m.input }) as RegExpExecArray,
  );
}
/**
 * A comma-piece that goes on with the figure before it ("…, tăng 1,8%", "…, tương đương 302,95 triệu USD", "…, nhưng
 * tăng 2,01% so với cùng kỳ", "…, nhưng vẫn giảm hơn 10% so với cùng kỳ", "…, chỉ đạt 72,4% kế hoạch").
 */
const FIGURE_START =
  /^\s*(?:\(|(?:va\s+|nhung\s+|song\s+)?(?:(?:van|con|chi)\s+)?(?:tang|giam|bang|dat|vuot|gap|uoc|du uoc|luy ke|chiem|so voi|tuong duong)\b)/;
/**
 * "…, lũy kế chỉ số tiêu thụ … 9 tháng ước tăng 4,2%": a cumulative figure that names its own subject is a figure of
 * its own ("…, lũy kế 10 tháng 3.798 tỷ đồng" goes on with the figure before it).
 */
const OWN_CUMULATIVE = /^\s*luy ke\s+(?!(?:\d|tu|den|ca|nam|quy|thang|uoc|du uoc|dat|thuc hien|la)\b)[a-z]/;
/**
 * Before a percent that is a level: "đạt", "chiếm", "là", "còn" ("tỷ lệ hộ nghèo còn 12,5%"), "ở mức", "ước", …, and the
 * level a rate comes to ("giảm còn 3,2%", "tăng lên 45%").
 */
const SHARE_CUE =
  /\b(?:dat|chiem(?: toi)?|chiem ty trong|voi|la|duoc|bang|con|o muc|uoc|(?:dat\s+)?ty le|(?:giam|tang|ha)\s+(?:con|len|xuong))\s+$/;
/** "… so với kế hoạch đề ra đầu năm 2022 là 8,42%": the rate the plan set, not one reached. */
const TARGET_CUE = /\b(?:ke hoach|muc tieu|chi tieu)\b[^,;()]*\bla\s+$/;
/**
 * "… đạt 98,7% so với kế hoạch UBND tỉnh giao là 188.500 học sinh": after the percent reached, the plan it is measured
 * against, not a figure reached ("kế hoạch đầu tư công năm 2024 là 2.157.119 triệu đồng", the plan itself, stays).
 */
const COMPARED_TARGET =
  /\b(?:dat|bang|vuot)\s+[\d.,]+\s*%\s*(?:so\s+)?(?:voi\s+)?(?:ke hoach|kh|muc tieu|chi tieu)\b[^,;()%]*\bla\s+$/;
/** "châu Á (chiếm tỷ trọng 67,2% trong tổng kim ngạch) tăng 12,09%": a share of its own beside the figures of its subject. */
const SHARE_ASIDE = new RegExp(String.raw`\(\s*chiem\s+(?:ty trong\s+)?` + NUM + String.raw`\s*%[^)]*\)`);
const PLAN_AFTER = /^\s*(?:so\s+)?(?:voi\s+)?(?:ke hoach|kh|du toan|muc tieu|chi tieu)/;
/**
 * "… là (những) nguyên nhân chính làm (cho) chỉ số giá tiêu dùng … giảm 0,40%": the index named after the causes told
 * before it.
 */
const CAUSE_OF =
  /^\s*(?:(?:day|do)\s+)?la\s+(?:nhung\s+|cac\s+)?nguyen nhan\s+(?:chinh\s+|chu yeu\s+)?(?:dan den\s+|lam\s+(?:cho\s+)?)(?=chi so|cpi|iip)/;
/**
 * Where a figure's name ends: its verb ("là" but not the "la" of "đô la" or "thuốc lá"; "có" but not the "có" of
 * "lương thực có hạt", "lao động có việc làm", "doanh nghiệp có vốn đầu tư nước ngoài", "dự án có hiệu lực", nor the
 * "cổ" of "công ty cổ phần" and the "cố" of "cố định", which fold alike).
 */
const NAME_CUT =
  /\s+(?:du uoc|uoc tinh|uoc thuc hien|uoc dat|uoc|so bo|dat|(?<!\b(?:do|thuoc)\s+)la|duoc|(?<!\btrao\s)tang(?!\s+truong)|giam|chiem|bang|chi dat|o muc|(?:hien(?: nay)?\s+)?co(?!\s+(?:quan|so|cau|che|hoi|khi|ban|the|hat|viec lam|von dau tu|phan|dinh|hieu luc)\b)|gom)(?:\s|$)/;
/** A text that answers a petition of voters or citizens. */
const PETITION =
  /\b(?:cu tri|cong dan|(?:ong|ba)\s+[a-z]+(?:\s+[a-z]+){0,4}(?:\s*\([^)]*\))?)\b[^.\n]{0,160}?\b(?:de nghi|kien nghi)\b/;
/**
 * "tỉnh phấn đấu đạt mục tiêu giá trị sản xuất công nghiệp 12.000 tỷ đồng, tăng trên 8%", "đề ra mục tiêu … đạt …": the
 * figure the province aims at, not one reached; "tỷ lệ … phải đạt tối thiểu là 95%" likewise, a level required.
 */
const AIM =
  /\b(?:phan dau|(?:de ra|dat ra|xac dinh)\s+(?:muc tieu|chi tieu)|phai dat|(?:gop phan|nham)\s+(?:[a-z]+\s+){0,4}(?:muc tieu|chi tieu)|(?<!\bchia\s)se\s+(?:bo tri|dau tu|xay dung|ho tro|dat|co|tiep nhan|trien khai|thuc hien|cap|trong)\b)/;
/** "… với quy mô (diện tích) 74,8 ha": the size a plan or project is designed at. */
const PLANNED_SIZE = /\bquy mo(?:\s+(?:dien tich|su dung dat))?\s+(?:(?:khoang|la|hon|tren|gan)\s+)?$/;
/** A count given as a statistic of the account: "số lượng hộ nghèo đăng ký … là 484 hộ", "tổng số … là …". */
const STATISTIC = /\b(?:so luong|tong so)\b[^.;:]*\b(?:la|dat|co)\s+[\d(]/;
/** Where the figures come from ("Thông tin từ Sở Công Thương, …", "Theo báo cáo của …, …"): not the indicator's name. */
const SOURCE = /^\s*(?:thong tin tu|theo bao cao|theo so lieu|theo thong tin)\b/;
/**
 * Words before a figure's name that are not part of it. "Báo cáo (cũng) cho thấy …" tells where the figure comes
 * from; "một số mặt hàng có chỉ số giá tăng cao như dịch vụ ăn uống tăng 3,5%" names the goods after "như".
 */
const DROP_PREFIX = new RegExp(
  String.raw`^(?:so\s+(?:voi\s+)?(?:${PERIOD_COMPARED})\s*,|(?:du uoc|uoc tinh)(?=\s)|so bo|trong do|cu the|theo do|ngoai ra|tuy vay|tuy nhien|ben canh do|do do|do vay|vi vay|rieng|trong khi do|dang chu y|duoc biet|noi bat(?: la)?|dong thoi|chia theo[^,]*|tinh chung[^,]*|tinh den[^,]*|tu dau nam[^,]*|du kien[^,]*?|[^,.]{2,80}?\bcho biet|theo (?:thong ke|bao cao|so lieu)\b[^,]{0,80}|den (?:nay|(?:sang |chieu |het )?ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|het\s+(?:thang|quy|nam)\s+[\w/.-]+)|(?:bao cao|so lieu)(?:\s+cung)?\s+cho thay|(?:mot so|cac)\s+(?:mat hang|nhom hang|nhom|nganh|linh vuc)\b[^,]*?\bnhu)(?:\s*,\s*|\s+)`,
);

/** The period a figure is counted in, before its name: "Trong 10 tháng, …", "Năm học 2023-2024, …". */
const PERIOD_BEFORE = String.raw`(?:(?:trong|qua|tính chung|năm(?: học)?|tháng|quý)\s+[^,]{1,40},\s*)?`;
/**
 * A name that is only the place counted in, maybe after the period: "Toàn tỉnh (có)", "Cả huyện", "Trên địa bàn tỉnh
 * có", "Trong 10 tháng, toàn tỉnh có", or only the period ("6 tháng đầu năm có"), or only "(Hiện) có"; or only what
 * caused the count: "Mưa lũ (đã) làm".
 */
const PLACE_ONLY = new RegExp(
  String.raw`^${PERIOD_BEFORE}(?:(?:(?:toàn|cả)\s+(?:tỉnh|huyện|thị xã|thành phố|xã|phường)|trên địa bàn(?:\s+\p{L}+){0,3})(?:\s+(?:đã|hiện)?\s*có)?|(?:\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?\s+năm(?:\s+\d{4})?|quý\s+[IV\d]+(?:\s*\/\s*\d{4})?|năm\s+\d{4})(?:\s+(?:đã\s+)?có)?|(?:hiện(?:\s+nay)?\s+)?có|hiện(?:\s+nay)?|(?:mưa|lũ|mưa lũ|mưa lớn|bão|thiên tai|sạt lở|lốc|dông|dông lốc|lốc xoáy|mưa đá|rét|hạn hán|hỏa hoạn|cháy)(?:(?:\s*,\s*|\s+và\s+|\s+)(?:mưa|lũ|lũ quét|bão|lốc|dông|lốc xoáy|mưa đá|sạt lở(?:\s+đất)?|ngập(?:\s+úng)?|kèm(?:\s+theo)?))*\s+(?:đã\s+)?làm(?:\s+cho)?)?$`,
  'iu',
);
/**
 * A name that is only what was done, maybe after the place ("Thu hút", "Toàn tỉnh đã hỗ trợ xóa"): the count's object
 * comes after it ("… 1.250 căn nhà tạm", "… 1,35 triệu lượt khách du lịch"). The verb is kept, the place is not.
 */
const DEED_ONLY = new RegExp(
  String.raw`^${PERIOD_BEFORE}(?:(?:toàn|cả)\s+(?:tỉnh|huyện|thị xã|thành phố|xã|phường)\s+|trên địa bàn(?:\s+\p{L}+){0,2}\s+)?(?:(?:các\s+)?(?:cơ quan|đơn vị|địa phương|lực lượng chức năng)(?:\s+\p{L}+){0,2}\s+)?(?:đã\s+)?((?:thu hút|đón|đón tiếp|phục vụ|tiếp(?:\s+nhận)?|kiểm tra|(?:phát hiện\s*,\s*)?xử lý|phát hiện|thanh tra|xử phạt|hỗ trợ(?:\s+(?:xóa|xây dựng|sửa chữa))?|xóa|xây dựng|xây mới|sửa chữa|cấp(?:\s+mới)?|đào tạo|giải quyết việc làm cho|tạo việc làm cho|tiếp nhận|trồng(?:\s+mới)?|thành lập(?:\s+mới)?|tiêm|khám(?:\s+bệnh)?(?:\s+cho)?|trao(?:\s+tặng)?|tặng|ghi nhận)(?:\s+được)?)$`,
  'iu',
);
/**
 * What a count's unit says of the people or things counted, its multiplier left out ("lượt khách", "lao động"); nothing
 * for a measure or a bare classifier ("ha", "tỷ đồng", "căn"), which the words after the count name instead.
 */
function countedNoun(unit: string): string {
  const noun = unit.replace(/^(?:(?:nghìn|ngàn|triệu|tỷ)\s+)+/u, '');
  return /^(?:lượt khách|lượt người|lượt công dân|người|lao động|học sinh|cán bộ|hộ|hộ dân|doanh nghiệp|dự án|trẻ|nhà|nhà dân|nhà đại đoàn kết|nhà tình nghĩa|nhà tình thương|suất quà|phần quà|ca mắc|liều vắc xin|thuê bao|hợp tác xã|tổ hợp tác|sản phẩm OCOP|phòng học|cơ sở|trường hợp|vụ|ca|giấy chứng nhận|GCN|thẻ bảo hiểm y tế|thẻ BHYT)$/u.test(
    noun,
  )
    ? noun
    : '';
}

/** A unit that measures (an area, a weight, a sum, a length, energy) rather than counts things. */
function isMeasure(unit: string): boolean {
  const base = unitInfo(unit)?.baseUnit;
  return (
    base !== undefined && ['hectares', 'tonnes', 'VND', 'USD', 'km', 'm', 'kWh', 'MW', 'litres', 'kg'].includes(base)
  );
}

/**
 * A change, a comparison or a sum after a count ("tăng 5 trường", "đạt 98%", "so với …", "với 659 tỷ đồng"), not "đạt
 * chuẩn" in its name.
 */
const CHANGE_AFTER = String.raw`\b(?:(?:tang|giam|dat|bang|chiem)(?=\s+(?:\d|khoang|tren|gan|hon|xap xi|so voi))|so voi|voi(?=\s+(?:tong|\d|khoang|tren|gan|hon)))\b`;
/**
 * A chunk that opens with the change of the figure before and goes on with another figure after "và" ("…, tăng 9,8% và
 * cây hoa các loại gieo trồng 218,9 ha"); its end is where the second figure's name starts.
 */
const CHANGE_THEN_NEXT =
  /^\s*(?:tang|giam)\s[^;()]*?%[^;()]*?\s(?:va|con)\s+(?=(?!(?:tang|giam|dat|bang|vuot|chiem|so voi|gap)\b)[a-z])/;
/**
 * Everything up to the last line that opens with a list mark or a capital: the headings above a figure's line (not a
 * heading that names the figure its line only dates: "Thu ngân sách nhà nước\nƯớc 9 tháng đạt …", "… tiêu dùng\nTháng 10
 * ước đạt …").
 */
const HEADING_BEFORE =
  /^[\s\S]*\n[^\S\n]*(?:[-+•–*][^\S\n]*|(?=\p{Lu}))(?!(?:[Tt]háng|[Qq]uý|[Nn]ăm|[Ưư]ớc|[Dd]ự ước|[Ll]ũy kế|[Ll]uỹ kế|[Đđ]ến|[Ss]ơ bộ|[Cc]ả năm|\d)(?![\p{L}\p{M}]))/u;
/** The name of a figure written between the change of the one before and its own ("… tăng 3,95% và khu vực dịch vụ "). */
const NAMED_BETWEEN =
  /^\s*va\s+((?!(?:tang|giam|dat|bang|vuot|chiem|so voi|gap|cao|thap|lan luot)\b)[a-z][a-z ,-]{2,60}?)(\s+)$/;
/** A figure over the months so far ("Chỉ số … bình quân 9 tháng", "Lũy kế 6 tháng", "Tính chung quý I"). */
const MONTHS_SO_FAR = /(?:lũy kế|luỹ kế|bình quân|tính chung)\s/iu;
/**
 * A name that is only a span of months ("Lũy kế 6 tháng", "Bình quân 6 tháng đầu năm", "Tính chung quý I", "(Ước tính) 4
 * tháng năm 2023").
 */
const PERIOD_ONLY_NAME =
  /^(?:(?:lũy kế|bình quân|tính chung)(?:\s+(?:từ đầu năm|cả năm|\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|quý\s+[IV\d]+))+|\d{1,2}\s+tháng(?:\s+đầu)?\s+năm(?:\s+\d{4})?)$/iu;
/** The month or quarter an index is of, at the end of its name ("Chỉ số giá tiêu dùng tháng 6/2024"). */
const INDEX_PERIOD = /\s+(?:ước\s+)?(?:tháng|quý)\s+[\dIVX]+(?:\s*\/\s*\d{4}|\s+năm\s+\d{4})?$/iu;
/** The words after a count that say what is counted, up to a comma, a bracket or the change that follows (folded). */
const COUNTED_AFTER = new RegExp(
  String.raw`^\s*((?!\s)(?:(?!${CHANGE_AFTER})[^,;:.()\n])+?)\s*(?=[,;:.()\n]|${CHANGE_AFTER}|$)`,
);

interface Chunk {
  start: number; // folded indices
  end: number;
}

/** A figure being read: where its name starts (folded index), and whether it is a branch of an index before it. */
type Figure = ProposedIndicator & {
  _from: number;
  _component?: boolean;
  _aim?: boolean;
  _listed?: boolean;
  /** What the first change of an index compares with ("thang truoc" or "cung ky"). */
  _period?: string;
};

/**
 * Reads the figures of a report: each value with its unit, the changes against
 * the previous period, the same period last year and the plan, estimates and
 * qualifiers. Numbers are Vietnamese ("1,908 triệu USD" = 1.908 million USD).
 * A sentence is cut at ";" and then at commas; a comma-piece that starts with a
 * change ("tăng 1,8% …") belongs to the figure before it, one that starts with
 * a name and carries a number starts a new figure.
 */
export function extractIndicators(text: string): ProposedIndicator[] {
  const tables = tableIndicators(text);
  if (tables.spans.length === 0) return proseIndicators(text);
  // A table's cells are figures of its rows, not sentences: the prose is read with them blanked (the lines kept, so
  // that the table still parts the paragraphs around it) and the offsets unchanged.
  let prose = text;
  for (const { start, end } of tables.spans)
    prose = prose.slice(0, start) + prose.slice(start, end).replace(/[^\n]/g, ' ') + prose.slice(end);
  return [...proseIndicators(prose), ...tables.indicators].sort((a, b) => a.sourceSpan.start - b.sourceSpan.start);
}

/** The figures of the sentences of a text (extractIndicators without its tables). */
function proseIndicators(text: string): ProposedIndicator[] {
  const { folded: plain, offsets } = foldWithOffsets(text);
  const folded = paragraphBreaks(text, billionsAndMillions(countWordsAsDigits(text, plain, offsets)), offsets);
  const out: Figure[] = [];
  /** The figures of the sentence so far, which a change "về số …" can point back to. */
  let sentence: Figure[] = [];
  /** Where the sentence being read starts (folded index). */
  let sentenceFrom = 0;
  const original = (from: number, to: number) => (to > from ? text.slice(offsets[from], offsets[to - 1] + 1) : '');

  /**
   * The index whose branches are being read: "Chỉ số sản xuất công nghiệp … tăng 11,35%. Trong đó, ngành khai khoáng
   * tăng …".
   */
  let componentsOf: Figure | null = null;
  const isIndex = (x: ProposedIndicator | null | undefined) => x !== null && x !== undefined && /^chỉ số/i.test(x.name);

  /** The list of price indices of goods being read, and what its items compare with when the opening line says it. */
  let priceList: { comparator: string | undefined } | null = null;
  /**
   * An aim told in the sentence ("Gia Lai phấn đấu đến hết quý IV giải ngân đạt trên 90% kế hoạch …; đến hết ngày
   * 31-1-2026 giải ngân đạt 100%"): every figure after it up to the full stop is aimed at, not reached, across ";" and
   * ":" and commas.
   */
  let aimed = false;
  /** Where the items of a list opened inside a sentence start (folded index): the opening is no item's name. */
  let listStart = -1;
  /** The last index read that is no item of a list: a list of its groups compares as its first change does. */
  let lastIndex: Figure | null = null;

  for (const part of partsOf(folded)) {
    let current: Figure | null = null;
    // "… ước thực hiện là 235 tỷ đồng; đạt 24% dự toán, tăng 11% so với cùng kỳ", "…; so với cùng kỳ năm trước tăng
    // 9,8%": after a semicolon, what only goes on with the sentence's last figure is still that figure's.
    const partText = folded.slice(part.start, part.end);
    if (
      GOES_ON_AFTER_SEMICOLON.test(partText) &&
      folded[part.start - 1] === ';' &&
      sentence.length > 0 &&
      out.at(-1) === sentence.at(-1)
    )
      current = out.pop()!;
    const inline = INLINE_PRICE_LIST.exec(folded.slice(part.start, part.end));
    if (inline && (/\bchi so\b|\bgia\b/.test(inline[0]) || /giá/iu.test(lastIndex?.name ?? ''))) {
      priceList = { comparator: LIST_COMPARATOR.exec(inline[0])?.[1] ?? lastIndex?._period };
      listStart = part.start + inline[0].length;
    }
    let pending: Chunk[] = [];
    for (const chunk of chunksOf(folded, part)) {
      const raw = folded.slice(chunk.start, chunk.end);
      if (/^\s*trong do\b/.test(raw) && isIndex(current ?? out[out.length - 1])) {
        componentsOf = current ?? out[out.length - 1];
      }
      let masked = blankChangeAmounts(raw.replace(/\(\s*luy ke[^)]*\)/g, (m) => ' '.repeat(m.length)));
      const aside = SHARE_ASIDE.exec(masked);
      if (aside && masked.slice(0, aside.index).trim() && !FIGURE_START.test(masked)) {
        if (current) out.push(current);
        const share: Figure = newIndicator([], chunk.start, chunk.start + aside.index, null);
        // "… có 209/1.167 doanh nghiệp hoạt động trở lại (chiếm 17,9%)": the share of what is counted, not of the count.
        const of = share.name.replace(/^(?:có\s+)?[\d.,/]+\s+/iu, '');
        share.name = `Tỷ trọng ${of.charAt(0).toLowerCase()}${of.slice(1)}`;
        share.value = tidy(parseVietnameseNumber(aside[1]));
        share.unit = '%';
        share.sourceSpan = {
          start: offsets[chunk.start + aside.index],
          end: offsets[chunk.start + aside.index + aside[0].length - 1] + 1,
        };
        out.push(share);
        current = null;
        masked =
          masked.slice(0, aside.index) + ' '.repeat(aside[0].length) + masked.slice(aside.index + aside[0].length);
      }
      const growth = growthRates(masked);
      const ratios = ratiosOf(masked).map((m) => Object.assign(m, { ratio: true }));
      const planOfBefore =
        current?.value !== null && current?.unit && !current.unit.startsWith('%') && current.planPct === null
          ? matches(PLAN_BARE, masked)
          : [];
      const values = matches(VALUE, masked).filter((m) => {
        if (growth.some((g) => g.index === m.index)) return false;
        if (planOfBefore.some((p) => m.index >= p.index && m.index < p.index + p[0].length)) return false;
        if (ratios.some((r) => m.index > r.index && m.index < r.index + r[0].length)) return false;
        const before = masked.slice(0, m.index);
        // Not "trao tặng 15.000 suất quà" ("tặng", to give, folds as "tăng").
        if (/(?:(?<!\btrao\s)tang|giam|gap|vuot)\s+(?:(?:hon|tren|gan|khoang)\s+)?$/.test(before)) return false;
        if (COMPARED_TARGET.test(before)) return false;
        // "Sở Kế hoạch và Đầu tư đề xuất 30 công trình", "… đề xuất bố trí 1.245 tỷ đồng": a figure proposed, none reached.
        if (/\bde xuat(?:\s+[a-z]+){0,3}\s+(?:(?:hon|tren|gan|khoang)\s+)?$/.test(before)) return false;
        // "61.635 ha, giảm 0,99% (-619 ha)", "tăng 3,09% bằng 1.790 ha so với cùng vụ": the change told as an amount.
        if (/\(\s*[+-]\s*$/.test(before) || /\b(?:tang|giam)\s+[\d.,]+\s*%\s*,?\s*(?:bang|tuong ung)\s+$/.test(before))
          return false;
        // "tăng 113% so với cùng kỳ năm trước (921 tỉ đồng)", "(so với 79 tỉ đồng cùng kỳ năm trước)": the figure of the
        // period compared with, not one of this period.
        if (PERIOD_COMPARED_IN_BRACKETS.test(before)) return false;
        // "đến năm 2020 cần tránh …": a year, not a count of anything.
        if (/\bnam\s+$/.test(before) && /^(?:19|20)\d\d$/.test(m[2])) return false;
        // "Đã phê duyệt quy hoạch chi tiết … với quy mô diện tích 74,8 ha": the size of a plan, not a result reached.
        if (PLANNED_SIZE.test(before) && /\bquy hoach\b/.test(folded.slice(part.start, part.end))) return false;
        // "Covid-19 còn diễn biến …": "còn" (still) folds as "con", head of livestock; the written word tells them apart.
        // "thả 50.000 cá giống": "cá" (fish) folds as "ca", cases of a disease, likewise.
        const written = /\b(con|ca)$/.exec(m[4]);
        if (written) {
          const end = chunk.start + m.index + m[0].length - (m[5]?.length ?? 0);
          if (original(end - written[1].length, end).toLowerCase() !== written[1]) return false;
          // "thi công theo phương châm “3 ca, 4 kíp”": shifts and crews, read across the comma that cut the chunk.
          if (written[1] === 'ca' && /^\s*,?\s*\d+\s+kip\b/.test(folded.slice(end))) return false;
        }
        if (m[4] === '%')
          return (
            SHARE_CUE.test(before.replace(/(?:hon|tren|gan|khoang)\s+$/, '')) &&
            !TARGET_CUE.test(before) &&
            !PLAN_AFTER.test(masked.slice(m.index + m[0].length))
          );
        return true;
      });
      const changes = [
        ...matches(CHANGE, masked),
        ...matches(TIMES, masked).map((m) => Object.assign(m, { times: true })),
        ...ratios,
        ...matches(PLAN, masked),
        ...planOfBefore,
        ...growth,
        ...RESPECTIVELY.flatMap((re, order) => matches(re, masked).map((m) => Object.assign(m, { respective: order }))),
      ].sort((a, b) => a.index - b.index);
      if (values.length === 0 && changes.length === 0) {
        if (!/\d/.test(masked) || masked.trim().length > 0) pending.push(chunk);
        continue;
      }
      const firstNumber = Math.min(...[...values, ...changes].map((m) => m.index));
      const head = masked.slice(0, firstNumber);
      const startsWithFigure = (FIGURE_START.test(masked) && !OWN_CUMULATIVE.test(masked)) || head.trim() === '';
      /** The figure the chunk goes on with, before its own values make new ones. */
      const figureBefore: Figure | null = current;
      for (const v of values) {
        const valueAt = v.index;
        // "… tăng 0,4% so với tháng trước và tăng 10,3% so với cùng kỳ, chiếm gần 98% tổng giá trị …": the share of a
        // figure given only as changes is a figure of its own, not that figure's value.
        const shareOfChanges =
          current !== null &&
          v[4] === '%' &&
          /\bchiem(?: ty trong)?\s+(?:(?:hon|tren|gan|khoang)\s+)?$/.test(masked.slice(0, valueAt)) &&
          (current.changeFromPreviousPct !== null || current.changeFromLastYearPct !== null);
        const useCurrent =
          current &&
          current.value === null &&
          !shareOfChanges &&
          // Not after words with no number ("…, cơ cấu kinh tế chuyển dịch đúng hướng, thu nhập … đạt 26,1 triệu đồng"),
          // which part it from the figure before.
          (startsWithFigure || (valueAt === firstNumber && pending.length === 0)) &&
          values.indexOf(v) === 0 &&
          !/luy ke/.test(head);
        /** The figure a value written right after another's ("…, 1.250 tổ hợp tác") follows, if any. */
        let joinedTo: Figure | null = null;
        if (!useCurrent) {
          if (current) out.push(current);
          const nameEnd = values.indexOf(v) === 0 ? chunk.start + firstNumber : chunk.start + v.index;
          const subject: Figure | null = current;
          // "… có 245 doanh nghiệp thành lập mới với tổng vốn đăng ký 3.120 tỷ đồng": the figure after "với" is named by
          // the words after it, not by the clause's subject.
          const k = values.indexOf(v);
          const gap = k > 0 ? folded.slice(chunk.start + values[k - 1].index + values[k - 1][0].length, nameEnd) : '';
          const withWhat = /^.*\bvoi\s+(?=[a-z])/.exec(gap);
          // "…, tăng 9,8% và cây hoa các loại gieo trồng 218,9 ha": a figure named after the change of the one before.
          const nextAfterChange: RegExpExecArray | null =
            k === 0 && figureBefore !== null ? CHANGE_THEN_NEXT.exec(masked.slice(0, v.index)) : null;
          // "… tổng vốn 1.234,5 tỷ đồng và 0,5 triệu USD": a second value of the same figure takes its name.
          const joined = k > 0 && /^\s*(?:va|,)?\s*$/.test(gap);
          if (joined || (k === 0 && head.trim() === '')) joinedTo = subject;
          current = withWhat
            ? newIndicator([], nameEnd - gap.length + withWhat[0].length, nameEnd, current)
            : nextAfterChange
              ? newIndicator([], chunk.start + nextAfterChange[0].length, chunk.start + v.index, current)
              : joined
                ? newIndicator([], nameEnd, nameEnd, current)
                : newIndicator(pending, chunk.start, nameEnd, current);
          if (shareOfChanges && subject)
            current.name = `Tỷ trọng ${subject.name.charAt(0).toLowerCase()}${subject.name.slice(1)}`;
          current._component = componentsOf !== null;
          current._listed = priceList !== null;
          if (aimed || AIM.test(folded.slice(part.start, chunk.start) + masked.slice(0, v.index))) current._aim = true;
          sentence.push(current);
          pending = [];
        }
        const c = current!;
        c.value = tidy(parseVietnameseNumber(v[2]));
        c.valueMax = v[3] ? tidy(parseVietnameseNumber(v[3])) : null;
        c.qualifier = qualifierOf(v[1]);
        const matchEnd = chunk.start + v.index + v[0].length;
        c.unit = unitWritten(v[4]) + (v[5] ? original(matchEnd - v[5].length, matchEnd).replace(/\s*\/\s*/, '/') : '');
        // "Toàn tỉnh có trên 1.200 hộ nghèo được hỗ trợ Tết": the place names nothing counted, and as a series name it
        // would join every count of the province; the words after the count name it ("Hộ nghèo được hỗ trợ Tết").
        // "Thu hút 1,35 triệu lượt khách du lịch", "Toàn tỉnh đã hỗ trợ xóa 1.250 căn nhà tạm": what was done names
        // it with what it was done to ("Thu hút lượt khách du lịch", "Hỗ trợ xóa nhà tạm").
        // "… có 523 trường học, trong đó 312 trường đạt chuẩn quốc gia": the part of a count named by what it counts
        // is named by the words after it. Not the parts of wholes named otherwise ("cách ly tập trung đối với 38
        // trường hợp, trong đó 21 trường hợp đã hết cách ly"), which would all read alike.
        const whole = out[out.length - 1];
        const partOf =
          !useCurrent &&
          values.indexOf(v) === 0 &&
          /^\s*trong do\s*,?\s*$/.test(head) &&
          whole?.unit === c.unit &&
          c.unit !== null &&
          whole.name.toLowerCase().startsWith(c.unit.toLowerCase());
        /** The words after the value that say what it counts, as written (see COUNTED_AFTER); '' when none. */
        const countedAfter = () => {
          const afterAt = chunk.start + v.index + v[0].length;
          const counted = COUNTED_AFTER.exec(folded.slice(afterAt, chunk.end));
          if (!counted?.[1]) return '';
          const from = afterAt + counted[0].indexOf(counted[1]);
          return original(from, from + counted[1].length);
        };
        const deed = c.unit ? DEED_ONLY.exec(c.name) : null;
        if (c.unit && (deed || partOf || PLACE_ONLY.test(c.name))) {
          const object = countedAfter();
          // "Hiện có 3.500 ha lúa bị ngập úng": a measure names nothing counted, the words after it do ("Lúa bị ngập
          // úng"); a count's unit does ("Cơ sở kinh doanh thực phẩm").
          const named = deed
            ? [deed[1], countedNoun(c.unit), object].filter(Boolean).join(' ')
            : object
              ? isMeasure(c.unit)
                ? object
                : `${c.unit} ${object}`
              : // "Toàn tỉnh có 320 hợp tác xã.": nothing after the count, which its unit names.
                countedNoun(c.unit);
          // Renamed only when something counted was found: "Giải quyết việc làm cho" needs "lao động" at least.
          if (named && named !== deed?.[1]) c.name = upperFirst(named);
        }
        // "Cả tỉnh có 320 hợp tác xã, 1.250 tổ hợp tác đang hoạt động": a count of other things joined to a count is
        // named by what it counts, not by the first.
        // Of the same things, it is named by what is said of them after it: "… có 3 người chết, 1 người mất tích" (not
        // "Người chết" twice, which would make one series of the dead and the missing).
        const joinedNoun = c.unit && joinedTo ? countedNoun(c.unit) : '';
        const saidOf = joinedNoun ? countedAfter() : '';
        if (joinedNoun && (joinedNoun !== countedNoun(joinedTo!.unit ?? '') || saidOf))
          c.name = upperFirst([joinedNoun, saidOf].filter(Boolean).join(' '));
        // "…; 187.699 học sinh, sinh viên, …": a count with nothing before it is named by what it counts; "…, 1.200 ha
        // hoa màu bị thiệt hại" by the words after its measure.
        if (c.unit && !c.name) c.name = upperFirst(countedNoun(c.unit));
        const unnamed = !c.name || (!useCurrent && values.indexOf(v) === 0 && head.trim() === '');
        if (c.unit && unnamed && isMeasure(c.unit)) {
          const object = countedAfter();
          if (object) c.name = upperFirst(object);
        }
        if (ESTIMATE.test(masked.slice(0, valueAt))) c.estimate = true;
        c.sourceSpan.end = offsets[chunk.start + v.index + v[0].length - 1] + 1;
      }
      if (!current || (values.length === 0 && !startsWithFigure)) {
        if (current) out.push(current);
        current = newIndicator(pending, chunk.start, chunk.start + firstNumber, null);
        // "…; bình quân 6 tháng tăng 3,68% so với cùng kỳ", "lũy kế 6 tháng ước tăng 13,57%": the index just told, over
        // the months so far.
        if (lastIndex && out.at(-1) === lastIndex && PERIOD_ONLY_NAME.test(current.name))
          current.name = `${lastIndex.name.replace(INDEX_PERIOD, '')} ${current.name.charAt(0).toLowerCase()}${current.name.slice(1)}`;
        current._component = componentsOf !== null;
        current._listed = priceList !== null;
        if (aimed || AIM.test(folded.slice(part.start, chunk.start) + head)) current._aim = true;
        sentence.push(current);
        pending = [];
        if (ESTIMATE.test(head)) current.estimate = true;
      }
      for (const [k, m] of changes.entries()) {
        // "công nghiệp và xây dựng tăng 8,22% (trong đó công nghiệp tăng 8,48%": a branch named in brackets after the
        // change of the whole is a figure of its own.
        const before = k > 0 ? changes[k - 1] : undefined;
        const bracketed = before
          ? BRANCH_IN_BRACKETS.exec(masked.slice(before.index + before[0].length, m.index))
          : null;
        // "khu vực công nghiệp - xây dựng tăng 3,95% và khu vực dịch vụ tăng 6,11%": the next figure named between two
        // changes.
        const named =
          before && !bracketed ? NAMED_BETWEEN.exec(masked.slice(before.index + before[0].length, m.index)) : null;
        if (named && current) {
          current.sourceSpan.end = offsets[chunk.start + before!.index + before![0].length - 1] + 1;
          out.push(current);
          const nameStart = chunk.start + m.index - named[1].length - named[2].length;
          current = newIndicator([], nameStart, chunk.start + m.index, null);
          current._listed = priceList !== null;
          if (aimed) current._aim = true;
          sentence.push(current);
        }
        if (bracketed && current) {
          current.sourceSpan.end = offsets[chunk.start + before!.index + before![0].length - 1] + 1;
          out.push(current);
          const nameStart =
            chunk.start + before!.index + before![0].length + bracketed.index + bracketed[0].indexOf('(') + 1;
          current = newIndicator([], nameStart, chunk.start + m.index, null);
          current._listed = priceList !== null;
          if (aimed) current._aim = true;
          if (ESTIMATE.test(bracketed[0])) current.estimate = true;
          sentence.push(current);
        }
        const about = ABOUT.exec(masked.slice(m.index + m[0].length));
        const target = about
          ? sentence.findLast((x) => x.value !== null && ABOUT_UNIT[about[1]](unitInfo(x.unit)?.baseUnit ?? null))
          : undefined;
        // "… hơn 15.380 tỷ đồng, bằng 82,5% kế hoạch (vốn nhà nước gần 8.520 tỷ đồng, …)": a change written before the
        // breakdown in brackets belongs to the figure the chunk goes on with, not to the last part of the breakdown.
        const breakdown =
          figureBefore !== null &&
          startsWithFigure &&
          values.length > 0 &&
          m.index < values[0].index &&
          (masked.slice(m.index + m[0].length, values[0].index).includes('(') ||
            CHANGE_THEN_NEXT.test(masked.slice(0, values[0].index)));
        const figure = target ?? (breakdown ? figureBefore : current);
        // "Chỉ số sản xuất … tăng 15,27% so với tháng trước. Trong đó, …: ngành khai khoáng tăng 6,08%; …": a branch
        // compares as its index's first change does.
        // "So với tháng trước, chỉ số giá tiêu dùng tháng 11/2023 giảm 0,01%": what the sentence opens comparing with.
        // Not past another comparison told after it ("…; so với cùng kỳ năm trước tăng 3,1%; …"), nor to the months so far
        // ("bình quân / lũy kế 9 tháng"), which compare with last year's.
        // "…; so với tháng trước, vận chuyển tăng 0,8%, …" opens its clause so.
        const openedAt = [part.start, sentenceFrom].find((from) =>
          OPENING_COMPARATOR.test(folded.slice(from, chunk.start)),
        );
        const sinceOpening = openedAt === undefined ? '' : folded.slice(openedAt, chunk.start);
        const opening = OPENING_COMPARATOR.exec(sinceOpening);
        // "Nhóm lương thực tăng 1,02% và nhóm thực phẩm tăng 0,57% so với tháng trước": what the last of the pair compares
        // with, both do.
        const next = changes[k + 1];
        const sharedAfter =
          next && NAMED_BETWEEN.test(masked.slice(m.index + m[0].length, next.index))
            ? COMPARED_AFTER.exec(masked.slice(next.index).replace(/^[^%]*%/, ''))?.[1]
            : undefined;
        const inherited =
          sharedAfter ??
          priceList?.comparator ??
          (figure._component ? componentsOf?._period : undefined) ??
          (opening && !COMPARED_AGAIN.test(sinceOpening.slice(opening[0].length)) && !MONTHS_SO_FAR.test(figure.name)
            ? opening[1]
            : undefined);
        const period = applyChange(figure, m, masked, inherited);
        if (period && isIndex(figure) && !figure._listed) {
          figure._period ??= period;
          lastIndex = figure;
        }
      }
      const lastEnd = Math.max(...[...values, ...changes].map((m) => m.index + m[0].length));
      current.sourceSpan.end = Math.max(current.sourceSpan.end, offsets[chunk.start + lastEnd - 1] + 1);
    }
    if (current) out.push(current);
    if (/[.…\n]\s*$/.test(partText)) priceList = null;
    // "Chỉ số giá một số nhóm hàng … so với tháng trước như sau: lương thực tăng 1,75%, …; giá thực phẩm tăng 0,74%":
    // each item up to the full stop is the price index of its goods, compared as the opening line says.
    if (PRICE_LIST_OPENING.test(partText) && !/\d\s*%/.test(partText))
      priceList = { comparator: LIST_COMPARATOR.exec(partText)?.[1] ?? lastIndex?._period };
    if (AIM.test(partText)) aimed = true;
    if (/[.…\n]\s*$/.test(partText)) aimed = false;
    if (/[.…\n:]\s*$/.test(partText)) {
      sentence = [];
      sentenceFrom = part.end;
      // "Trong đó, một số ngành chủ yếu:" opens the list of the index's branches.
      // "…, trong đó: công nghiệp chế biến, chế tạo tăng 14,26%; …" likewise.
      if (!(/:\s*$/.test(partText) && /^\s*trong do\b|,\s*trong do\b[^,]*:\s*$/.test(partText))) componentsOf = null;
    }
  }
  // The answer to a petition ("Cử tri xã … đề nghị: …", "Bà … (đại diện … hộ dân) kiến nghị …"): the households or
  // people it is about ("việc 02 hộ dân tái định cư … chưa được nhận hỗ trợ", "còn 04 hộ … chưa được phân bổ") are the
  // cases in question, not report figures; a count the account gives as a statistic ("số lượng hộ nghèo đăng ký … là
  // 484 hộ") stays.
  const petition = PETITION.test(plain);
  // A figure whose changes all went to another figure of its sentence says nothing of its own.
  return out
    .filter((x) => !x._aim)
    .filter(
      (x) =>
        x.value !== null || x.changeFromPreviousPct !== null || x.changeFromLastYearPct !== null || x.planPct !== null,
    )
    .filter((x) => !(petition && casesInQuestion(x)))
    .map(finish)
    .filter(notRestated())
    .filter(notHeadlineRestated(text));

  function casesInQuestion(x: Figure): boolean {
    const counted = unitInfo(x.unit)?.baseUnit;
    if (counted !== 'households' && counted !== 'people') return false;
    if (x.changeFromPreviousPct !== null || x.changeFromLastYearPct !== null || x.planPct !== null) return false;
    const end = toFoldedIndex(x.sourceSpan.end);
    const sentenceStart = Math.max(plain.lastIndexOf('.', x._from), plain.lastIndexOf('\n', x._from)) + 1;
    return !STATISTIC.test(plain.slice(sentenceStart, end));
  }

  function toFoldedIndex(at: number): number {
    let i = 0;
    while (i < offsets.length && offsets[i] < at) i++;
    return i;
  }

  function newIndicator(pending: Chunk[], chunkStart: number, nameEnd: number, previous: ProposedIndicator | null) {
    const nameChunks = pending.filter(
      (c) =>
        !/^\s*(?:tinh chung|tinh den|tu dau nam|chia theo|cu the|theo do|trong do|ngoai ra|du kien|tuy vay)\b/.test(
          folded.slice(c.start, c.end),
        ) && !SOURCE.test(folded.slice(c.start, c.end)),
    );
    // "…, tiếp tục đà phục hồi, chỉ số sản xuất công nghiệp tháng 9 tăng …": an index names itself from its own piece.
    const index = [...nameChunks, { start: chunkStart, end: nameEnd }].findLast((c) =>
      /^\s*(?:chi so|cpi|iip)\b/.test(folded.slice(c.start, c.end).replace(CAUSE_OF, '')),
    );
    let from = index
      ? index.start + (CAUSE_OF.exec(folded.slice(index.start, index.end))?.[0].length ?? 0)
      : nameChunks.length
        ? nameChunks[0].start
        : chunkStart;
    if (from < listStart && listStart < nameEnd) from = listStart;
    while (from < nameEnd && /\s/.test(folded[from])) from++;
    let name = original(from, nameEnd);
    let f = folded.slice(from, nameEnd);
    // "2. Giá cả\n- Chỉ số giá tiêu dùng …", "1. Về sản xuất công nghiệp\nChỉ số …": a heading line before the figure's
    // own line names nothing (a line broken inside a name goes on in small letters).
    const heading = HEADING_BEFORE.exec(name);
    if (heading) {
      name = name.slice(heading[0].length);
      f = f.slice(heading[0].length);
      from += heading[0].length;
    }
    for (let i = 0; i < 3; i++) {
      const d = DROP_PREFIX.exec(f.trimStart());
      if (!d) break;
      const cut = f.length - f.trimStart().length + d[0].length;
      name = name.slice(cut);
      f = f.slice(cut);
    }
    const cut = NAME_CUT.exec(` ${f}`);
    // "địa phương có tổng đàn heo 92.942 con": the total or herd the place has, named between "có" and the figure,
    // names it (not "… có tín hiệu phục hồi", nor "có 102 doanh nghiệp … với 659 tỷ đồng").
    const had = cut && /\bco\s$/.test(cut[0]) ? ` ${f}`.slice(cut.index + cut[0].length) : '';
    if (cut && /^(?:tong|dan|dien tich|san luong|gia tri)\b[a-z\s,]*$/.test(had) && !NAME_CUT.test(` ${had}`)) {
      const at = name.length - had.length;
      name = name.slice(at);
      f = f.slice(at);
    } else if (cut && cut.index > 0) {
      name = name.slice(0, cut.index - 1);
      f = f.slice(0, cut.index - 1);
    }
    name = name
      .replace(/\s*\(chiếm[^)]*\)/u, '')
      .replace(/^[\s,;:–-]+|[\s,;:(–-]+$/g, '')
      .replace(/\s+(?:và|của|đến)$/u, '')
      .replace(/^(?:đạt|tương đương)$/iu, '')
      .trim();
    // "Chi cân đối ngân sách: 215.120 triệu đồng": the label before the colon names a figure that opens its part; not
    // the opening of a list ("… những hạn chế, như: …").
    const label = name
      ? null
      : /(?:^|[;:,\n]|\.(?!\d))\s*(?:[-+*•–]\s*)?((?:[^.;:,\n]|\.(?=\d))+?)\s*:\s*$/.exec(
          folded.slice(Math.max(0, from - 120), from),
        );
    if (label && /\s/.test(label[1].trim()) && !/\b(?:nhu|gom|sau|la|cu the)$/.test(label[1])) {
      const at = Math.max(0, from - 120) + label.index + label[0].indexOf(label[1]);
      name = original(at, at + label[1].length);
    }
    if ((!name || /^lũy kế/i.test(name)) && previous) name = `${previous.name} ${name}`.trim();
    // "…, trong đó 312 trường đạt chuẩn quốc gia, chiếm 59,7%": the share of the figure before.
    if (/^chiếm(?:\s+tỷ\s+(?:lệ|trọng))?$/iu.test(name) && previous)
      name = `Tỷ trọng ${previous.name.charAt(0).toLowerCase()}${previous.name.slice(1)}`;
    // "… đã giải quyết 22.345 hồ sơ, đạt tỷ lệ 95,3%": the rate of the figure before.
    if (/^đạt tỷ lệ$/iu.test(name) && previous) {
      const of = previous.name.replace(/^đã\s+/iu, '');
      name = `Tỷ lệ ${of.charAt(0).toLowerCase()}${of.slice(1)}`;
    }
    // "CPI giảm 0,2%", "IIP tăng …": the indices by their abbreviations.
    name = name.replace(/^CPI\b/, 'Chỉ số giá tiêu dùng').replace(/^IIP\b/, 'Chỉ số sản xuất công nghiệp');
    // "Bình quân 5 tháng đầu năm 2024 giá tiêu dùng tăng 5,72%": the consumer price index, named by its prices.
    const prices = /^(.*?)\s*\bgiá tiêu dùng\b\s*(.*)$/iu.exec(name);
    if (prices && !/chỉ số/iu.test(name))
      name = `Chỉ số giá tiêu dùng ${`${prices[2]} ${prices[1]}`.trim().replace(/^./u, (c) => c.toLowerCase())}`.trim();
    const start = offsets[from];
    return {
      name: name.charAt(0).toUpperCase() + name.slice(1),
      value: null,
      valueMax: null,
      qualifier: null,
      unit: null,
      baseValue: null,
      baseUnit: null,
      changeFromPreviousPct: null,
      changeFromLastYearPct: null,
      planPct: null,
      changeKind: 'percent' as const,
      estimate: ESTIMATE.test(f),
      sourceSpan: { start, end: start },
      _from: from,
    };
  }
}

/**
 * "Huyện Đất Đỏ: Thu ngân sách tăng 55% so với cùng kỳ" heading the news that tells it again ("Thu ngân sách gần 421 tỷ
 * đồng, …, tăng 55% so với cùng kỳ"): the headline's figure is one of the body's, not a figure of its own, and kept it
 * would put the session's figure twice in its series. The headline is what opens the text before a blank line, not
 * closed by a full stop; it restates a figure of the body whose name opens with the same two words and which holds
 * each value and change the headline gives.
 */
function notHeadlineRestated(text: string): (x: ProposedIndicator, i: number, all: ProposedIndicator[]) => boolean {
  const gap = /\n[ \t]*\n/.exec(text);
  // "8 tháng, tổng mức bán lẻ … đạt 49,2 nghìn tỷ đồng (QNO) - Ông … cho biết, …": the headline pasted on the line of
  // the lede, the news site's tag between them.
  const tagged = NEWS_TAG_AFTER_HEADLINE.exec(text);
  const headlineEnd = tagged
    ? tagged[1].length
    : gap && gap.index <= 300 && !/[.;:]\s*$/.test(text.slice(0, gap.index))
      ? gap.index
      : -1;
  const figures = ['value', 'changeFromPreviousPct', 'changeFromLastYearPct', 'planPct'] as const;
  return (x, _i, all) =>
    x.sourceSpan.start >= headlineEnd ||
    !all.some(
      (y) =>
        y.sourceSpan.start > headlineEnd &&
        figures.every((f) => x[f] === null || x[f] === y[f]) &&
        NAME_CORE(x.name)
          .slice(0, 2)
          .every((w, k) => NAME_CORE(y.name)[k] === w),
    );
}

/** A first line's headline, up to the news site's tag that opens the lede on the same line: "(QNO) - ", "(GLO)- ". */
const NEWS_TAG_AFTER_HEADLINE = /^([^\n.;:]{10,300}?)\s*\([A-Z]{2,8}\)\s*[-–]\s*(?=\p{Lu})/u;

/** A name's words without the period that may open it ("8 tháng, tổng mức bán lẻ …" is "tổng mức bán lẻ …"). */
const NAME_CORE = (name: string) =>
  NAME_WORDS(
    name.replace(
      /^(?:(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?(?:\s+(?:năm\s+)?\d{4})?|quý\s+[IV\d]+(?:\/\d{4})?)\s*,\s*/iu,
      '',
    ),
  );

const NAME_WORDS = (name: string) =>
  name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);

/**
 * "… là những nguyên nhân chính làm cho chỉ số giá tiêu dùng tháng 9 năm 2024 giảm 0,40% so với tháng trước": an index
 * told again, with the value and changes it was given before and a name within the name it had, is no new figure.
 */
function notRestated(): (x: ProposedIndicator) => boolean {
  const indices: ProposedIndicator[] = [];
  return (x) => {
    if (x.value === null || !/^chỉ số/iu.test(x.name)) return true;
    if (indices.some((before) => restates(x, before))) return false;
    indices.push(x);
    return true;
  };
}

function restates(x: ProposedIndicator, before: ProposedIndicator): boolean {
  if (!/^chỉ số/iu.test(x.name) || !/^chỉ số/iu.test(before.name) || x.value === null) return false;
  if (x.value !== before.value || x.unit !== before.unit) return false;
  if (x.changeFromPreviousPct !== null && x.changeFromPreviousPct !== before.changeFromPreviousPct) return false;
  if (x.changeFromLastYearPct !== null && x.changeFromLastYearPct !== before.changeFromLastYearPct) return false;
  const words = new Set(NAME_WORDS(before.name));
  return NAME_WORDS(x.name).every((w) => words.has(w));
}

function finish(
  i: ProposedIndicator & { _from?: number; _component?: boolean; _aim?: boolean; _listed?: boolean },
): ProposedIndicator {
  const { _from, _component, _aim, _listed, ...rest } = i;
  void _from;
  // An item of a list of price indices of goods given only as a change ("lương thực tăng 1,75%") is the goods' index.
  if (_listed && rest.value === null && rest.changeKind === 'percent' && !/^chỉ số/iu.test(rest.name))
    rest.name = /^giá\s/iu.test(rest.name)
      ? `Chỉ số ${rest.name.charAt(0).toLowerCase()}${rest.name.slice(1)}`
      : `Chỉ số giá ${rest.name.charAt(0).toLowerCase()}${rest.name.slice(1)}`;
  // A branch of an index given only as changes ("Trong đó, ngành khai khoáng tăng 67,31% so với tháng trước") is the
  // branch's own index.
  if (_component && rest.value === null && rest.changeKind === 'percent' && !/^chỉ số/i.test(rest.name))
    rest.name = `Chỉ số ${rest.name.charAt(0).toLowerCase()}${rest.name.slice(1)}`;
  // "Lũy kế chỉ số tiêu thụ … 9 tháng ước tăng 4,2%": the index over the months so far.
  // "Lũy kế từ đầu năm đến cuối tháng 7/2022 chỉ số sản xuất …" is named by its index, as the month's figure is.
  const cumulative = /^(lũy kế\s[^,;]*?)\s+(chỉ số\s.*)$/iu.exec(rest.name);
  if (cumulative) rest.name = `${upperFirst(cumulative[2])} ${cumulative[1].toLowerCase()}`;
  if (rest.value === null && /^(?:lũy kế\s+)?chỉ số/i.test(rest.name) && rest.changeKind === 'percent') {
    if (rest.changeFromPreviousPct !== null) {
      rest.value = tidy(100 + rest.changeFromPreviousPct);
      // "Chỉ số sản xuất công nghiệp quý III ước tăng 9,8% so với quý trước": a quarter's index against the quarter before.
      rest.unit =
        /\bquý\s/iu.test(rest.name) && !/\btháng\s/iu.test(rest.name) ? '% so với quý trước' : '% so với tháng trước';
    } else if (rest.changeFromLastYearPct !== null) {
      rest.value = tidy(100 + rest.changeFromLastYearPct);
      rest.unit = '% so với cùng kỳ';
    }
  }
  const base = rest.unit?.startsWith('%')
    ? { baseValue: rest.value, baseUnit: '%' }
    : baseValueOf(rest.value, rest.unit);
  return { ...rest, ...base };
}

function applyChange(
  target: ProposedIndicator,
  m: RegExpExecArray & { times?: boolean; ratio?: boolean; respective?: number },
  chunk: string,
  listComparator?: string,
): 'thang truoc' | 'cung ky' | undefined {
  if (m.respective !== undefined) {
    // [periods…, verb, first, second] or [verb, first, second, periods…]
    const [a, b, verb, x, y] = m.respective === 0 ? [m[1], m[2], m[3], m[4], m[5]] : [m[4], m[5], m[1], m[2], m[3]];
    const sign = verb === 'giam' ? -1 : 1;
    for (const [period, written] of [
      [a, x],
      [b, y],
    ]) {
      const pct = tidy(sign * parseVietnameseNumber(written));
      if (/truoc$/.test(period) && period !== 'nam truoc') target.changeFromPreviousPct ??= pct;
      else target.changeFromLastYearPct ??= pct;
    }
    return /truoc$/.test(a) && a !== 'nam truoc' ? 'thang truoc' : 'cung ky';
  }
  const [word] = m[0].split(/\s+/);
  if (!m.ratio && (word === 'dat' || word === 'bang' || word === 'vuot')) {
    if (target.planPct !== null) return undefined;
    const n = parseVietnameseNumber(m[3]);
    target.planPct = tidy(word === 'vuot' ? 100 + n : n);
    return undefined;
  }
  let pct: number;
  let comparator: string | undefined;
  let points = false;
  if (m.times) {
    pct = tidy((parseVietnameseNumber(m[2]) - 1) * 100);
    comparator = m[3];
  } else if (m.ratio) {
    pct = tidy(parseVietnameseNumber(m[2]) - 100);
    comparator = m[3];
  } else {
    pct = tidy((m[1] === 'giam' ? -1 : 1) * parseVietnameseNumber(m[3]));
    points = /diem/.test(m[4]);
    comparator = m[5];
  }
  if (!comparator) {
    const after = chunk.slice(m.index + m[0].length);
    if (/^\s*(?:so\s+)?(?:voi\s+)?(?:thang truoc|ky truoc|quy truoc)/.test(after)) comparator = 'thang truoc';
  }
  comparator ??= COMPARATOR_BEFORE.exec(chunk.slice(0, m.index))?.[1] ?? listComparator;
  if (comparator && SINCE_YEAR_START.test(comparator)) return undefined;
  if (comparator && /^thang\s+\d/.test(comparator)) {
    // "tăng 0,14% so với tháng 4" of the May index is against the month before; against another month named
    // ("so với tháng 12/2022") the change is none the figure's fields hold.
    comparator = namedMonth(comparator, target.name);
    if (!comparator) return undefined;
  }
  // Points only of a change the figure keeps.
  if (points) target.changeKind = 'points';
  if (comparator === 'ke hoach' || comparator === 'kh') {
    if (target.planPct === null) target.planPct = tidy(100 + pct);
    return undefined;
  }
  if (comparator && /truoc$/.test(comparator) && !/nam truoc/.test(comparator)) {
    if (target.changeFromPreviousPct === null) target.changeFromPreviousPct = pct;
    return 'thang truoc';
  }
  if (target.changeFromLastYearPct === null) target.changeFromLastYearPct = pct;
  return 'cung ky';
}

/** "thang 4" named against the figure "… tháng 5/2024": the month before, or nothing the fields hold. */
function namedMonth(comparator: string, name: string): string | undefined {
  const named = /^thang\s+(\d{1,2})(.*)$/.exec(comparator)!;
  const own = [...name.matchAll(/tháng\s+(\d{1,2})\b/giu)].at(-1);
  if (!own || /nam\s+truoc/.test(named[2])) return undefined;
  const month = Number(own[1]);
  return Number(named[1]) === (month === 1 ? 12 : month - 1) ? 'thang truoc' : undefined;
}

function qualifierOf(word: string | undefined): ProposedIndicator['qualifier'] {
  if (!word) return null;
  if (word === 'gan') return 'below';
  if (word === 'khoang' || word === 'xap xi') return 'about';
  return 'above';
}

function unitWritten(foldedUnit: string): string {
  return unitInfo(foldedUnit)?.unit ?? foldedUnit;
}

function matches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m);
  return out;
}

/**
 * The folded text with each blank line between paragraphs as "\n" (folding makes every space " "), so that a heading
 * with no full stop ("Tình hình sản xuất … tháng 9 năm 2021") does not name the first figure of the paragraph after it.
 */
function paragraphBreaks(text: string, folded: string, offsets: number[]): string {
  const chars = folded.split('');
  for (const m of text.matchAll(/\n[^\S\n]*\n/g)) {
    // offsets never decrease: the first folded character of the line break.
    let lo = 0;
    let hi = folded.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid] < m.index) lo = mid + 1;
      else hi = mid;
    }
    if (offsets[lo] === m.index) chars[lo] = '\n';
  }
  return chars.join('');
}

/** Sentences, then ";" and ":" (what precedes a colon introduces a list of figures). */
function partsOf(folded: string): Chunk[] {
  const out: Chunk[] = [];
  const re = /[^;:\n]+?(?:[;:\n]|(?:\.|…)(?=\s|$)|$)/g;
  for (let m = re.exec(folded); m && m[0].length > 0; m = re.exec(folded))
    out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Comma-pieces outside parentheses; "1,908" (a decimal comma) does not cut. */
function chunksOf(folded: string, part: Chunk): Chunk[] {
  const out: Chunk[] = [];
  let depth = 0;
  let from = part.start;
  for (let i = part.start; i < part.end; i++) {
    const c = folded[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0 && !(/\d/.test(folded[i - 1] ?? '') && /\d/.test(folded[i + 1] ?? ''))) {
      out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  out.push({ start: from, end: part.end });
  return out.filter((c) => folded.slice(c.start, c.end).trim().length > 0);
}

/** Count words up to ten ("tám dự án"), as Vietnamese writes small counts; "sau" without its accent is "after". */
const COUNT_WORDS: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};
const COUNTED =
  /\b(mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)(?=\s+(?:du an|doanh nghiep|dn|nguoi|ho|hop tac xa|nhiem vu|ho so|lao dong|hoc sinh)\b)/g;

/**
 * The folded text with each count word before a counted unit written as its digits, padded to the word's length so
 * that the folded indices stay those of the text: "tam du an" reads as "8   du an".
 */
function countWordsAsDigits(text: string, folded: string, offsets: number[]): string {
  return folded.replace(COUNTED, (word, _w: string, at: number) => {
    const written = text.slice(offsets[at], offsets[at + word.length - 1] + 1).toLowerCase();
    const n = COUNT_WORDS[written.normalize('NFC')];
    return n === undefined ? word : String(n).padEnd(word.length, ' ');
  });
}

/**
 * "gần 4 tỷ 500 triệu đồng" read as "4,500 tỷ đồng" (4.5 billion), padded to the written length so that the folded
 * indices stay those of the text.
 */
function billionsAndMillions(folded: string): string {
  return folded.replace(
    /(?<![\d.,])(\d{1,3}) ty (\d{1,3}) trieu dong\b/g,
    (written, billions: string, millions: string) =>
      // The unit last, where the written one ends, so that the figure's span ends with the text's "đồng".
      `${billions},${millions.padStart(3, '0')}`.padEnd(written.length - ' ty dong'.length, ' ') + ' ty dong',
  );
}
