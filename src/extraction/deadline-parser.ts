import { foldWithOffsets } from '../common/text/fold-vietnamese';
import { lunarToSolar, solarToLunar } from '../calendar/lunar';
import { addDays, ExtractionCalendar, isoDate, lastDayOfMonth, weekdayOf, yearNameFolded } from './calendar-adapter';

export type TaskKind = 'deadline' | 'standing' | 'recurring';

/** ISO weekdays of the folded names, in words or figures: thứ Hai (thứ 2) is Monday, 1; Chủ nhật is 7. */
const WEEKDAYS: Record<string, number> = {
  hai: 1,
  ba: 2,
  tu: 3,
  nam: 4,
  sau: 5,
  bay: 6,
  2: 1,
  3: 2,
  4: 3,
  5: 4,
  6: 5,
  7: 6,
};
const WEEKDAY_NAME = String.raw`(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7](?![\d/.,]\d))|chu nhat)`;
/** A rule's period by its word (folded): "tháng", "quý", "năm". */
const EVERY_PERIOD = { thang: 'month', quy: 'quarter', nam: 'year' } as const;
type PeriodWord = keyof typeof EVERY_PERIOD;
/** "hằng tháng hoặc đột xuất", "hằng tuần và khi có yêu cầu": read with the period, so the title keeps none of it. */
const OR_WHEN_ASKED = String.raw`(?:\s+(?:hoac|va)\s+(?:dot xuat|khi co yeu cau)\b)?`;
/**
 * The longer periods after the first ("hằng tuần, hằng tháng", "hằng quý, 6 tháng và năm"): read with the rule, which
 * keeps the first and shortest (a task has one rule), so the title keeps none of them. Not "6 tháng đầu năm", a date.
 */
const MORE_PERIODS = String.raw`(?:\s*(?:,|va|\/)\s*(?:(?:hang|moi)\s+)?(?:thang(?!\s+\d)|quy|nam(?!\s+\d)|(?:6|sau)\s+thang(?!\s+(?:dau|cuoi)))\b)*`;

/**
 * The period after the one a report covers, named after its day: "(của) tháng sau", "tháng đầu quý tiếp theo",
 * "tháng 01 năm sau" (folded). Its capture is the period's word ("thang", "quy" or "nam").
 */
const NEXT_PERIOD = String.raw`(?:\s*,?\s+(?:cua\s+)?(?:thang\s+(?:dau|01|1)\s+(?:cua\s+)?(quy|nam)|(thang|quy|nam))\s+(?:sau|tiep theo|ke tiep|toi)\b)?`;

/** "(trước ngày 15/6)": the day a period's report is due, in brackets after it (folded). */
const DAY_IN_BRACKETS = String.raw`(?:\s*\((?:truoc|vao|cham nhat)\s+ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\)(?!\s*[/.-]?\d))?`;

/**
 * A day, month or year work holds from, with no end (folded): "kể từ ngày 01/7/2024", "bắt đầu từ tháng 6 tới", "kể từ
 * năm 2025"; a standing duty from then on (see the rule, and stripLead in the directive extractor).
 */
export const FROM_A_DAY_ON = String.raw`(?:ke tu|bat dau tu)\s+(?:ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|thang\s+(?:\d{1,2}(?:\s*[/.-]\s*\d{4})?|nay)(?:\s+toi)?|nam\s+\d{4})`;
/** "từ ngày 1-10-2019" (folded): the day, month and year of a day work is held to from, as a clause opens with it. */
export const FROM_DAY_OPENING = String.raw`tu\s+ngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2,4}))?`;

export interface Recurrence {
  every: 'week' | 'month' | 'quarter' | 'year';
  day: number | null;
  until: string | null;
}

export interface ParsedDeadline {
  /** As written, e.g. "trước ngày 15/3/2024". */
  deadlineText: string;
  dueDate: string | null;
  kind: TaskKind;
  workingDays: number | null;
  recurrence: Recurrence | null;
  /** Indices into the text given to the parser, end exclusive. */
  start: number;
  end: number;
  /** A season the work falls in, with no date of its own ("trong dịp Tết"): the work's own words tell its kind. */
  season?: boolean;
}

/** What a rule reads from its match: the deadline but its words and place in the text. */
type Resolution = Omit<ParsedDeadline, 'deadlineText' | 'start' | 'end'>;

interface Rule {
  pattern: RegExp;
  resolve(m: RegExpExecArray, ref: string, calendar: ExtractionCalendar): Resolution | null;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
/**
 * The year after a month or quarter: "tháng 3/2024", "tháng 3-2024", "tháng 3.2017" (a newspaper's), "năm 2024". "… năm
 * nay" names the document's own year, as no year written does; its words go with the deadline.
 */
const YEAR = String.raw`(?:\s*(?:[/-]\s*|\.)(\d{4})|\s+nam\s+(\d{4})|\s+nam nay\b)?`;
/**
 * The words before a due date: "trước", "chậm nhất (là/vào/đến)" and its synonyms "muộn nhất", "trễ nhất", "không muộn
 * (chậm, trễ) hơn", ""hạn (chót/hoàn thành)", "hạn chót nộp hồ sơ là ngày …", "Thời hạn (hoàn thành):", "Thời gian hoàn thành (thực hiện, báo cáo):",
 * "từ nay đến (hết)", "hoàn thành (xong) (trong) ngày …", "trước thời điểm", "hoàn thành / đảm bảo đến ngày …" (the
 * work done by that day; not "tính đến ngày …", the day a figure is counted to).
 */
const DATE_CUE = String.raw`(?:truoc(?: thoi diem)?|(?:cham|muon|tre) nhat(?: la)?(?: vao| den het| den| trong| het)?|khong (?:muon|cham|tre) hon|(?<!\bdu\s)han (?:cuoi|chot)(?: (?!la\b)[a-z]+){1,5}? la(?= (?:ngay|\d))|han(?: cuoi| chot| hoan thanh)?(?: la)?\s*:?|thoi han(?: hoan thanh| thuc hien)?\s*:|thoi gian (?:hoan thanh|thuc hien|bao cao)\s*:|thoi gian\s*:(?=\s*(?:\d{1,2}\s*(?:gio|h)[\s\d']*(?:ngay\s+)?)?\d{1,2}\s*[/.-]\s*\d)|xong truoc|(?<!\btu\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s+)den het|truoc het|khong qua|tu nay den(?: het)?|(?:hoan thanh|dam bao|bao dam)(?: xong)? den(?=\s+ngay\b)|(?=den\b)(?<=(?<!\b(?:da|moi)\s)\b(?:hoan thanh|hoan tat|xong)\b[^,;.]{0,60}?\s)(?<!\btinh\s)(?<!\btu\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s+)den(?: het)?(?=\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d)|(?=den\b)(?<=(?:^|[,;:]\s*))den(?: het)?(?=\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*,?\s*(?:(?:cac\s+)?(?:so|ubnd|uy ban|cong an|ban|thanh tra|huyen|dia phuong|nganh)\b[^.;]{0,80}?\s)?(?:phai|can|phan dau)\b)|(?<=\bphan dau\s+)den(?=\s+(?:ngay\s+)?\d)|(?<=\b(?:yeu cau|de nghi)\s+)den(?: het)?(?=\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d)|(?=den\b)(?<![a-z])(?<!\b(?:tinh|tu|da|moi)\s)(?<!\btu\s+(?:ngay\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)?\s+)den(?: het)?(?=\s+ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s+phai\b)|hoan thanh(?: xong)?(?: trong)?(?=\s+ngay\b))`;

const deadline = (dueDate: string | null, extra: Partial<ParsedDeadline> = {}) => ({
  dueDate,
  kind: 'deadline' as TaskKind,
  workingDays: null,
  recurrence: null,
  ...extra,
});

const refYear = (ref: string) => Number(ref.slice(0, 4));
const yearOf = (m: RegExpExecArray, a: number, b: number, ref: string) =>
  m[a] ? Number(m[a]) : m[b] ? Number(m[b]) : refYear(ref);

/** The year of a month written with its year in group a or b, else this year's, or next year's when well past. */
function monthYear(m: RegExpExecArray, a: number, b: number, ref: string, month: number): number {
  const year = yearOf(m, a, b, ref);
  return !m[a] && !m[b] && month < Number(ref.slice(5, 7)) - 1 ? year + 1 : year;
}

/**
 * What a cut-off follows, as written (folded, "vật tư", "trật tự" read "tu", "đá" reads "da"): "từ", "phát sinh", or a
 * thing done ("đã ký hợp đồng", "đã được phê duyệt"), not work asked before ("đã yêu cầu … hoàn thành").
 */
const CUT_OFF_BEFORE =
  /(?<![\p{L}\p{M}])(?:từ|phát sinh|đã\s+(?:được\s+)?(?:(?!(?:hoàn thành|hoàn tất|báo cáo|gửi|nộp|trình|xong|thực hiện|yêu cầu|chỉ đạo|giao|đề nghị)(?![\p{L}\p{M}]))[\p{L}\p{M}]+\s+){0,3}[\p{L}\p{M}]+)\s+$/iu;
/** A year as written: "2024", or "24" in a date such as "15/3/24". */
const fullYear = (y: string | undefined) => (y === undefined ? null : y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * A deadline's day named with its month (folded), which a later "cùng ngày" points back to: "trước 15 giờ ngày 21-10"
 * (not a letter cited by its day, a forecast's or a closure's days).
 */
const DAY_NAMED =
  /\b(?:truoc|cham nhat(?: la)?(?: vao)?)\s+(?:\d{1,2}\s*(?:gio|h)(?:\s*\d{2})?(?:\s+(?:sang|chieu|toi))?,?\s+)?ngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/-]|\.\d)/g;

/**
 * The last day named in a folded text ("… trước 15 giờ ngày 21-10 …"), or null; not one before the document's (a letter
 * cited by its date, "Công điện số 07 ngày 13/10/2024").
 */
function lastDayNamed(folded: string, ref: string): string | null {
  const named = [...folded.matchAll(DAY_NAMED)].pop();
  const day = named ? dayMonth(Number(named[1]), Number(named[2]), fullYear(named[3]), ref) : null;
  return day !== null && day >= ref ? day : null;
}

/**
 * The day "cùng ngày" means when the text before its clause named one ("…; UBND đặc khu Lý Sơn hoàn tất … trước 16 giờ
 * cùng ngày"): that day, or null to keep the document's.
 */
export function sameDayAs(textBefore: string, ref: string): string | null {
  return lastDayNamed(foldWithOffsets(textBefore).folded, ref);
}

/** The 29th to the 31st of a month that lacks it: a slip in the writing, not a figure. */
const impossibleDay = (day: number, month: number) => day >= 29 && day <= 31 && month >= 1 && month <= 12;

/** A day and month without a year: this year, or next year when that is well past. */
function dayMonth(day: number, month: number, year: number | null, ref: string): string | null {
  if (year !== null) return isoDate(year, month, day);
  const thisYear = isoDate(refYear(ref), month, day);
  if (thisYear && thisYear < addDays(ref, -60)) return isoDate(refYear(ref) + 1, month, day);
  return thisYear;
}

/** A rule's resolution by the day, month and (optional) year its pattern captured first, in that order. */
function dueOnWrittenDay(m: RegExpExecArray, ref: string): Resolution | null {
  const due = dayMonth(Number(m[1]), Number(m[2]), fullYear(m[3]), ref);
  return due ? deadline(due) : null;
}

/**
 * The Tết a text speaks of: named by its year or its cyclic name, else the next one. A cyclic name that is none of the
 * years around the document's ("Tết Giáp Thìn" in a text of 2026) is an older text's Tết, not a date to work to: null.
 */
function tetOf(ref: string, calendar: ExtractionCalendar, name?: string, year?: string): string | null {
  const y = refYear(ref);
  if (year) return calendar.tetDate(Number(year));
  if (name) {
    for (const candidate of [y, y + 1, y - 1])
      if (yearNameFolded(candidate) === name) return calendar.tetDate(candidate);
    return null;
  }
  const thisYear = calendar.tetDate(y);
  if (thisYear && thisYear >= addDays(ref, -15)) return thisYear;
  return calendar.tetDate(y + 1);
}

/**
 * A time of day written before the date: "trước 14 giờ, ngày 05/12/2017", "trước 17h00 ngày 5/12", "trước 10g00 ngày
 * 15/3", "chậm nhất 10h00' ngày 27/4", "trước 10 giờ sáng ngày 20/01"; or the part of the day alone, "trong buổi
 * chiều ngày 15/01/2021", "trong sáng ngày 16/01", "Thời gian thực hiện: đêm 09/02/2024".
 */
const PART_OF_DAY = String.raw`(?:buoi\s+)?(?:sang|trua|chieu|toi|dem)`;
const TIME_OF_DAY = String.raw`(?:\d{1,2}\s*(?:gio|h|g(?=\d{2}))(?:\s*\d{2}(?:\s*phut|['’])?)?(?:\s+${PART_OF_DAY})?\s*,?\s+|${PART_OF_DAY}\s+(?=ngay\b|\d{1,2}\s*[/.-]\s*\d))?`;
/** The weekday written in brackets after a date ("trước ngày 30/6/2026 (thứ Ba)"), read with it. */
const WEEKDAY_AFTER = String.raw`(?:\s*\(\s*${WEEKDAY_NAME}\s*\))?`;
/**
 * A second date of the same work after the first ("trước ngày 20/3/2025 và trước ngày 10/4/2025", "… và ngày
 * 15/9/2025"), read with it so that it leaves the title; the work is due on the first. Not the dates of a yearly rule
 * ("trước ngày 20/6 và 20/12 hằng năm"), which the recurrence reads.
 */
const AND_DATE =
  String.raw`(?:\s*(?:,|va)\s+(?:truoc\s+)?(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*(?:\d{4}|\d{2}))?(?!\d)` +
  WEEKDAY_AFTER +
  String.raw`(?!\s*,?\s*(?:hang|moi)\s+(?:nam|quy|thang)))?`;
/** The day of the week written before the date: "trước thứ Sáu, ngày 15/3/2024", "chậm nhất vào thứ Hai (ngày 18/3/2024)". */
const WEEKDAY = String.raw`(?:${WEEKDAY_NAME}\s*,?\s*\(?\s*)?`;
const TET_NAME = String.raw`(?:\s*\(?\s*((?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy) (?:ty|suu|dan|mao|thin|ngo|mui|than|dau|tuat|hoi))\s*\)?)?(?:\s*(?:[-–]\s*)?(?:nam\s*)?(\d{4}))?`;

/**
 * What a count of days, weeks, months or years runs from, read with it ("trong 15 ngày kể từ ngày ký Thông báo này"):
 * the document's own date, which the count already starts at, so that the words leave the work's title with it.
 */
/** The festivals also called "Tết" that are not the lunar new year: "trước Tết Trung thu" is no "trước Tết". */
const OTHER_TET = String.raw`(?!\s+(?:trung thu|doan ngo|thanh minh|han thuc|thieu nhi|doc lap|nguyen tieu|ong cong|ong tao|ha nguyen|trung nguyen)\b)`;
/**
 * Not a season's words as the occasion of a greeting or a visit ("nhân dịp Tết …"), nor as the subject of another
 * document or of a plan to be made ("Văn bản số … về việc … trong dịp …", "xây dựng kế hoạch bảo đảm … trong dịp …").
 */
const NOT_OCCASION_OR_SUBJECT = String.raw`(?<!nhan\s)(?<!\b(?:ve viec|(?:xay dung|ban hanh|lap|tham muu)(?: ban hanh)? (?:ke hoach|phuong an))\s[^.;:]{0,120})`;
/** Not in the subject of a numbered document cited: "Công văn số 177-CV/TU ngày … về triển khai … trước, trong và sau Tết". */
const NOT_CITED_SUBJECT = String.raw`(?<!\b(?:cong van|van ban|ke hoach|chi thi|thong bao|cong dien|quyet dinh|nghi quyet|ket luan)\s+so\s[^.;:]{0,100}?\sve\s[^.;:]{0,120})`;
/** After a count of days, weeks or months: "(tới)", "kể từ ngày ban hành văn bản này". */
const DOCUMENT_WORD = String.raw`(?:van ban|thong bao|quyet dinh|cong van|cong dien|ke hoach|chi thi|ket luan(?!\s+(?:thanh tra|kiem tra|giam sat)\b))\b`;
/**
 * The document the days are counted from: "kể từ ngày ký (văn bản này)", "kể từ ngày nhận được công văn này"; not a
 * contract or a record signed ("kể từ ngày ký hợp đồng"), nor an inspection's conclusions received.
 */
const COUNTED_FROM = String.raw`(?:\s+(?:sap\s+)?toi(?:\s+day)?\b)?(?:\s*,?\s+(?:ke|tinh)\s+tu\s+(?:ngay\s+)?(?:(?:ky|ban hanh)(?:\s+ban hanh)?\b(?:\s+${DOCUMENT_WORD}(?:\s+nay)?|(?=\s*(?:[,.;)]|$)))|nhan duoc\s+${DOCUMENT_WORD}(?:\s+nay)?))?`;
/**
 * "Thời gian thực hiện: tháng 6/2024", "Thời gian hoàn thành: Quý II/2024", "Thời hạn: Quý III/2024", "Thời gian: Quý
 * II/2024": the period the work is to be done in.
 */
const PERIOD_CUE = String.raw`(?:thoi gian(?: thuc hien| hoan thanh)?|thoi han(?: hoan thanh| thuc hien)?)\s*:\s*(?:trong)?`;

/** The 1 January a text speaks of: of the year it names, else the next one (this one early in January). */
function newYearOf(ref: string, year?: string): string {
  if (year) return `${year}-01-01`;
  return ref.slice(5) <= '01-15' ? `${refYear(ref)}-01-01` : `${refYear(ref) + 1}-01-01`;
}

/** The day `months` months after `date`, the last of its month when that month is shorter. */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const [year, month] = [Math.floor(total / 12), (total % 12) + 1];
  return isoDate(year, month, d) ?? lastDayOfMonth(year, month);
}

/** Ordered: the first rule that matches a piece of text wins over later ones at the same place. */
const RULES: Rule[] = [
  {
    // "trước ngày bầu cử 15/3/2026", "trước ngày khai mạc 20/3": the day of an event, named with its date, as "trước ngày
    // 15/3/2026" is (not the National Day's, read below as the last working day before its break).
    pattern:
      /\btruoc\s+ngay\s+(?!quoc khanh\b)(?:bau cu|khai mac|khai giang|to chuc|dien ra|hop|le|hoi|ky niem|be mac|khoi cong|khanh thanh)(?:\s+[a-z]+){0,2}?\s+(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?![\d/])/g,
    resolve(m, ref) {
      const due = dayMonth(Number(m[1]), Number(m[2]), fullYear(m[3]), ref);
      return due && due >= ref ? deadline(due) : null;
    },
  },
  {
    // "trong tháng 5 và các tháng tiếp theo", "từ tháng này và những tháng sau", "trong năm 2024 và các năm tiếp theo":
    // the month or year opens standing work, it is no deadline; its words are kept.
    pattern:
      /(?:trong|tu|ngay tu)\s+(?:thang\s+(?:\d{1,2}(?:\s*[/.-]\s*\d{4})?|nay)\s+va\s+(?:cac|nhung)\s+thang\s+(?:tiep theo|tiep|sau|ke tiep|con lai(?! cua nam))|nam\s+(?:\d{4}|nay)\s+va\s+(?:cac|nhung)\s+nam\s+(?:tiep theo|tiep|sau|ke tiep))\b/g,
    resolve: () => ({ dueDate: null, kind: 'standing', workingDays: null, recurrence: null }),
  },
  {
    // "trước ngày 05/6 và 05/12 hằng năm", "trước ngày 15/01 hàng năm", "trước ngày 20 tháng 11 hàng năm": days of the
    // year, read whole so that they leave the title (see yearlyOn).
    pattern:
      /(?:truoc|vao|cham nhat(?: la)?)\s+ngay\s+(\d{1,2})(?:\s*[/.-]\s*|\s+thang\s+)(\d{1,2})((?:\s*(?:,|va)\s*(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2})*)\s*,?\s+(?:hang|moi)\s+nam\b/g,
    resolve: (m) => yearlyOn(Number(m[1]), Number(m[2]), m[3] === ''),
  },
  {
    // "Hằng năm, trước ngày 15/12, …": the same day of the year, written after the rule.
    pattern:
      /(?:hang|moi)\s+nam\s*,?\s*(?:truoc|vao|cham nhat(?: la)?)\s+ngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\s*[/.-]\s*\d)/g,
    resolve: (m) => yearlyOn(Number(m[1]), Number(m[2]), true),
  },
  {
    // "trước ngày 15 hằng tháng", "vào ngày 20 hàng quý", "trước ngày 30 của tháng cuối quý", "trước ngày 05 tháng cuối
    // cùng của mỗi quý", "trước ngày 15 của tháng": the day is written first;
    // "(định kỳ) từ ngày 1 đến ngày 5 hằng tháng": the window's last day.
    pattern:
      /(?:truoc|vao|cham nhat(?: la)?|(?:dinh ky\s+)?tu\s+ngay\s+\d{1,2}\s+(?:den|toi)(?:\s+het)?)\s+ngay\s+(\d{1,2})\s+(?:(?:hang|moi)\s+(thang|quy|nam)|(?:cua\s+)?thang\s+cuoi(?:\s+cung)?\s+(?:cua\s+)?(?:(?:moi|hang)\s+)?(quy|nam)|cua\s+(thang)(?=\s*(?:[.,;:)]|$)))\b/g,
    resolve(m) {
      // "trước ngày 15 của tháng" in a schedule of reports: each month's, as "hằng tháng".
      const key = (m[2] ?? m[3] ?? m[4]) as PeriodWord;
      const every = EVERY_PERIOD[key];
      const day = Number(m[1]);
      if (day < 1 || day > 31) return null;
      return { dueDate: null, kind: 'recurring', workingDays: null, recurrence: { every, day, until: null } };
    },
  },
  {
    // "Định kỳ 6 tháng, năm …": half-yearly and yearly, read whole so that the title keeps no "năm"; with the days
    // each is due ("định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)"), which the office sets.
    pattern: new RegExp(
      String.raw`dinh ky\s+(?:6|sau)\s+thang${DAY_IN_BRACKETS}(?:\s*(?:,|va|\/)\s*(?:(?:hang|moi)\s+)?nam\b(?!\s+\d)${DAY_IN_BRACKETS})?${OR_WHEN_ASKED}`,
      'g',
    ),
    resolve: () => ({ dueDate: null, kind: 'recurring', workingDays: null, recurrence: null }),
  },
  {
    // hằng tháng trước ngày 20 / định kỳ hằng quý; "hằng tháng, quý", "hằng quý và năm": each of the periods named,
    // the shortest first, which the rule keeps. Not the meetings or notices that come so ("tại các kết luận hằng
    // tháng, quý", "tại phiên họp thường kỳ hằng tháng"), nor a plan made so ("vào kế hoạch nạo vét duy tu hàng năm của
    // Bộ"): what the work follows, not how often it is done; nor a quantity of each year ("kiểm soát sản lượng khai thác
    // hàng năm") or a crop of one year ("tự ý trồng cây lâu năm, trồng cây hàng năm, …", "đất trồng cây hằng năm khác"; not
    // "tổ chức trồng cây hàng năm vào dịp Tết trồng cây", a planting each year), nor a comparison ("đảm bảo quy mô như
    // hàng năm": as in other years).
    pattern: new RegExp(
      String.raw`(?<!\b(?:ket luan|thong bao(?: ket luan)?|phien hop|cuoc hop|hoi nghi|giao ban)(?: thuong ky)?\s)(?<!\bke hoach(?: [a-z]+){0,4}\s)(?<!\b(?:san luong|cong suat|tru luong|doanh thu|thu nhap|luong mua|nhu cau)(?: [a-z]+){0,2}\s)(?<!\b(?:hang|moi)\s+tuan(?:\s*(?:,|va|\/)\s*(?:(?:hang|moi)\s+)?(?:thang|quy))*\s*(?:,|va|\/)\s*)(?!(?<=\bcay\s)(?:hang|moi)\s+nam(?:\s*(?:[,;.)]|$)|\s+khac\b))(?!(?<=\bdat trong cay\s)(?:hang|moi)\s+nam\b)(?<!\b(?:nhu|so voi|hon)\s)(?:dinh ky\s+)?(?:hang|moi)\s+(thang|quy|nam(?!\s+\d))${MORE_PERIODS}${OR_WHEN_ASKED}(?:[^.;()]{0,40}?\(?\s*(?:truoc|vao|tu|cham nhat(?: la| vao)?)\s+ngay\s+(\d{1,2})\b(?!\s*[/.-]\s*\d)${NEXT_PERIOD}\)?|(?=[^.;]{41,120}?(?:truoc|vao|cham nhat(?: la| vao)?)\s+ngay\s+(\d{1,2})\b(?![/.-]\s*\d)${NEXT_PERIOD})|)`,
      'g',
    ),
    resolve(m) {
      // "không để xảy ra tình trạng chậm đóng, đóng không đủ hàng tháng": how often what is to be avoided happens.
      if (/\bkhong de (?:xay ra|tai dien|phat sinh)\b[^.;]*$/.test(m.input.slice(Math.max(0, m.index - 100), m.index)))
        return null;
      const every = EVERY_PERIOD[m[1] as PeriodWord];
      // "định kỳ hằng tháng báo cáo kết quả … về Sở X trước ngày 25": the day written after the work, read without
      // taking the work into the deadline's words.
      const written = m[2] ?? m[5];
      const day = written ? Number(written) : null;
      // "hằng quý, trước ngày 10 của tháng đầu quý sau": a day after the period, which a rule dating each period's
      // occurrence within it cannot hold; the office sets the day. "hằng tháng trước ngày 05 của tháng sau" is the same
      // series of days as the 5th of each month.
      const after = m[3] ?? m[4] ?? m[6] ?? m[7];
      if (after !== undefined && !(every === 'month' && after === 'thang'))
        return { dueDate: null, kind: 'recurring', workingDays: null, recurrence: { every, day: null, until: null } };
      // No due date: a recurring task takes none (its rule dates each occurrence), so the draft is created as it is.
      return { dueDate: null, kind: 'recurring', workingDays: null, recurrence: { every, day, until: null } };
    },
  },
  {
    // "báo cáo UBND tỉnh theo quý", "định kỳ báo cáo theo tháng": a report each period named (not "theo tháng 3", "theo
    // năm học", "theo quy định", one period, a scheme or a rule).
    pattern:
      // (The look-behind follows "theo", so that it is read only where "theo" stands.)
      /theo(?<=\b(?:bao cao|dinh ky)\b[^.;]{0,60}?\stheo)\s+(thang|quy|nam)(?=\s*(?:[.;,)]|$)|\s+(?:ve|cho|len|gui|va|hoac|dinh ky|de)\b)/g,
    resolve: (m) => ({
      dueDate: null,
      kind: 'recurring',
      workingDays: null,
      recurrence: {
        every: EVERY_PERIOD[m[1] as PeriodWord],
        day: null,
        until: null,
      },
    }),
  },
  {
    // "định kỳ báo cáo tình hình thực hiện": at intervals the text does not give (unless it gives them after the work:
    // "định kỳ báo cáo UBND tỉnh trước ngày 20 hằng tháng", which the rule of the day written first reads, or "… theo
    // tháng", the rule before).
    pattern:
      /dinh ky(?=\s*,?\s+(?:bao cao|tong hop|kiem tra|danh gia|cap nhat|gui)\b)(?![^.;]*?(?:truoc|vao)\s+ngay\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2})?(?:\s*(?:,|va)\s*(?:ngay\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2})?)*\s+(?:hang|moi)\s+(?:thang|quy|nam)\b)(?![^.;]{0,80}?\stheo\s+(?:thang|quy|nam)(?![a-z0-9]))/g,
    resolve: () => ({ dueDate: null, kind: 'recurring', workingDays: null, recurrence: null }),
  },
  {
    // "trước Tết Dương lịch": the last working day before 1 January ("Tết" alone is the lunar new year).
    pattern:
      /truoc\s+(?:ky nghi\s+|dip\s+)?tet\s+duong\s+lich(?:\s+(?:nam\s+)?(\d{4}))?(?!\s*(?:,|va)\s*(?:tet\s+)?nguyen\s+dan)/g,
    resolve: (m, ref, calendar) => deadline(calendar.lastWorkingDayBefore(newYearOf(ref, m[1]))),
  },
  {
    // "trong dịp Tết Dương lịch": the holiday itself; "… và Tết Nguyên đán (Giáp Thìn)": through the Tết season, as
    // "trước, trong và sau Tết" ("nhân dịp …" is the occasion of a greeting or a visit, "Văn bản số … về việc … trong
    // dịp …" the subject of another document, "xây dựng kế hoạch bảo đảm … trong dịp …" that of the plan, due before).
    pattern: new RegExp(
      String.raw`(?=(?:trong\s+)?dip\s+tet\s+duong)${NOT_OCCASION_OR_SUBJECT}(?<!\btrong\s)(?:trong\s+)?dip\s+tet\s+duong\s+lich(?:\s+(?:nam\s+)?(\d{4}))?(\s*(?:,|va)\s*(?:tet\s+)?nguyen\s+dan` +
        TET_NAME +
        ')?',
      'g',
    ),
    resolve(m, ref, calendar) {
      if (!m[2]) return deadline(newYearOf(ref, m[1]));
      const tet = tetOf(ref, calendar, m[3], m[4]);
      return deadline(tet ? addDays(tet, 14) : null);
    },
  },
  {
    // "trong dịp Tết Nguyên đán (Ất Tỵ)", "trong các ngày nghỉ Tết Nguyên đán": the season the work goes on through,
    // with no date of its own; a bare "dịp Tết" is the occasion the work serves ("… phục vụ người dân dịp Tết").
    pattern: new RegExp(
      String.raw`(?=trong\s+(?:dip|(?:cac\s+|nhung\s+)?ngay nghi)\s+tet)${NOT_OCCASION_OR_SUBJECT}(?<!\b(?:truoc|sau|ngay sau)\s)(?<!\btruoc(?:\s+va|\s*,)\s)trong\s+(?:dip|(?:cac\s+|nhung\s+)?ngay nghi)\s+tet(?!\s+duong\s+lich)${OTHER_TET}(?:\s+nguyen\s+dan|\s+am lich|\s+co truyen)?` +
        TET_NAME,
      'g',
    ),
    resolve: () => ({ dueDate: null, kind: 'standing', workingDays: null, recurrence: null, season: true }),
  },
  {
    // "trước ngày khai mạc lễ hội (15/02/2024)", "trước kỳ họp HĐND tỉnh (dự kiến ngày 10/7/2024)": an event, its day
    // given in brackets after it.
    pattern:
      /truoc\s+(?:ngay\s+|thoi diem\s+|khi\s+)?[a-z][a-z ]{1,60}?\(\s*(?:du kien\s+)?(?:(?:vao\s+)?ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\s*\)/g,
    resolve: dueOnWrittenDay,
  },
  {
    // "báo cáo Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng 10/2024", "trước phiên họp UBND tỉnh tháng 3": by the
    // month's meeting, whose day the text does not give: the month's end.
    pattern: new RegExp(
      String.raw`(?:tai|truoc)\s+(?:phien hop|cuoc hop)(?:\s+(?:thuong ky|thuong le|giao ban))?(?:\s+(?:cua\s+)?(?:ubnd|uy ban nhan dan)(?:\s+tinh)?)?(?:\s+(?:thuong ky|thuong le))?\s+thang\s+(\d{1,2})` +
        YEAR +
        String.raw`(?![\d/])`,
      'g',
    ),
    resolve: (m, ref) => {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return null;
      const year = monthYear(m, 2, 3, ref, month);
      return deadline(lastDayOfMonth(year, month));
    },
  },
  {
    // "báo cáo kết quả trước phiên họp tháng sau", "báo cáo tại cuộc giao ban tuần sau": by the next month's meeting (the
    // month's end) or the next week's briefing (that week's last working day).
    pattern:
      /(?:tai|truoc)\s+(?:phien hop|cuoc hop|(?:cuoc |buoi )?giao ban)(?:\s+(?:thuong ky|thuong le|giao ban))?(?:\s+(?:cua\s+)?(?:ubnd|uy ban nhan dan)(?:\s+tinh)?)?(?:\s+(?:thuong ky|thuong le))?\s+(thang|tuan)\s+(?:sau|toi|ke tiep|tiep theo)\b/g,
    resolve(m, ref, calendar) {
      if (m[1] === 'thang') {
        const [year, month] = [refYear(ref), Number(ref.slice(5, 7))];
        return deadline(month === 12 ? lastDayOfMonth(year + 1, 1) : lastDayOfMonth(year, month + 1));
      }
      const weekday = weekdayOf(ref);
      return deadline(calendar.lastWorkingDayBefore(addDays(ref, ((8 - weekday) % 7 || 7) + 7)));
    },
  },
  {
    // "trước khi trình Kỳ họp chuyên đề tháng 10, HĐND tỉnh khóa X", "trước kỳ họp HĐND tỉnh tháng 12": a council's
    // session of a month, whose day the text does not give: that month's end, as for the committee's meeting above.
    pattern: new RegExp(
      String.raw`truoc\s+(?:khi\s+(?:dien ra\s+|to chuc\s+|trinh\s+(?:tai\s+)?)?)?ky hop(?:\s+(?:thuong le|thuong ky|chuyen de|thu\s+(?:\d+|[a-z]+)))?(?:\s+(?:cua\s+)?(?:hdnd|hoi dong nhan dan)(?:\s+(?:tinh|huyen|thanh pho|thi xa|xa))?)?\s+thang\s+(\d{1,2})` +
        YEAR +
        // The council named after the month, and when it sits: "…, HĐND tỉnh khóa X diễn ra trong thời gian tới".
        String.raw`(?![\d/])(?:\s*,?\s*(?:cua\s+)?(?:hdnd|hoi dong nhan dan)(?:\s+(?:tinh|huyen|thanh pho|thi xa|xa))?(?:\s+khoa\s+[a-z]+)?)?(?:\s+(?:dien ra|to chuc|khai mac)(?:\s+(?:trong thoi gian toi|sap toi|toi))?)?`,
      'g',
    ),
    resolve: (m, ref) => {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return null;
      return deadline(lastDayOfMonth(monthYear(m, 2, 3, ref, month), month));
    },
  },
  {
    // "trước kỳ họp HĐND tỉnh cuối năm", "trước kỳ họp thứ 15 HĐND tỉnh": a deadline the text ties to a session whose
    // day it does not give; its words, no date (and not the "cuối năm" of the session's name).
    pattern:
      /truoc\s+(?:khi\s+(?:dien ra\s+|to chuc\s+|trinh\s+(?:tai\s+)?)?)?(?:ky hop|phien hop)(?:\s+(?:thuong le|thuong ky|chuyen de|thu\s+(?:\d+|[a-z]+)))?(?:\s+(?:giua|cuoi)\s+nam(?:\s+\d{4})?)?(?:\s+(?:cua\s+)?(?:hdnd|hoi dong nhan dan)(?:\s+(?:tinh|huyen|thanh pho|thi xa|xa))?(?:\s+khoa\s+[a-z]+)?)?(?:\s+(?:giua|cuoi)\s+nam(?:\s+\d{4})?)?/g,
    resolve: () => deadline(null),
  },
  {
    // "trước Quốc khánh 2/9", "trước ngày Quốc khánh 2/9", "trước dịp Lễ Quốc khánh 2-9 năm 2024": the last working day before the National Day
    // break, as "trước Tết" is before Tết's (the next one when this year's is past).
    pattern:
      /(?:truoc|tu nay den)\s+(?:dip\s+)?(?:le\s+)?(?:ngay\s+)?(?:ky niem\s+)?quoc khanh(?:\s+(?:ngay\s+)?0?2\s*[/.-]\s*0?9)?(?:\s*[/.-]\s*(\d{4})|\s+(?:nam\s+)?(\d{4}))?/g,
    resolve(m, ref, calendar) {
      const written = m[1] ?? m[2];
      const year = written ? Number(written) : Number(ref.slice(0, 4)) + (ref.slice(5) > '09-02' ? 1 : 0);
      return deadline(calendar.lastWorkingDayBefore(`${year}-09-02`));
    },
  },
  {
    // "trước ngày khai giảng", "trước khi khai giảng năm học mới", "trước lễ khai giảng năm học 2024-2025": the school
    // year opens on 5 September everywhere (the education ministry's yearly frame); the last working day before it, the
    // next one when this year's is past, or the year the school year named starts. Not a course's opening ("khai giảng
    // lớp / khóa …"), nor a time counted back from it ("… ít nhất 15 ngày") or dated ("… vào ngày 15/10/2024").
    pattern:
      /(?<!\bngay\s)truoc\s+(?:(?:ngay|khi|le|dip)\s+)*khai giang(?!\s+(?:cac\s+)?(?:lop|khoa)\b)(?:\s+nam hoc(?:\s+moi|\s+(\d{4})\s*[-–]\s*\d{4})?)?(?!\s+it nhat\b)(?![^.;]{0,40}\bvao ngay\s+\d)/g,
    resolve(m, ref, calendar) {
      const year = m[1] ? Number(m[1]) : refYear(ref) + (ref.slice(5) >= '09-05' ? 1 : 0);
      return deadline(calendar.lastWorkingDayBefore(`${year}-09-05`));
    },
  },
  {
    // "trước ngày 23 tháng Chạp", "trước ngày 15 tháng 8 âm lịch", "trước ngày 15/2 âm lịch", "trước mùng 10 tháng
    // Giêng": a day of the lunar
    // calendar, the next one to come; of the lunar year named when one is ("… tháng Giêng năm Giáp Thìn", "… (năm 2024)").
    pattern: new RegExp(
      String.raw`truoc\s+(?:ngay\s+)?(?:(?:mung|mong)\s+)?(\d{1,2})(?:\s+thang\s+|\/)(?:(chap|gieng)|(\d{1,2})\s+(?:nam\s+\w+\s+)?(?:\()?am lich\)?)` +
        String.raw`(?:\s*\(?\s*(?:nam\s+)?((?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy) (?:ty|suu|dan|mao|thin|ngo|mui|than|dau|tuat|hoi))\s*\)?)?`,
      'g',
    ),
    resolve(m, ref) {
      const day = Number(m[1]);
      const month = m[2] === 'chap' ? 12 : m[2] === 'gieng' ? 1 : Number(m[3]);
      if (m[4]) {
        const y = refYear(ref);
        const named = [y, y - 1, y + 1].find((candidate) => yearNameFolded(candidate) === m[4]);
        return named === undefined ? null : deadline(lunarToSolar(day, month, named));
      }
      const lunarYear = solarToLunar(ref).year;
      const thisYear = lunarToSolar(day, month, lunarYear);
      const due = thisYear !== null && thisYear >= ref ? thisYear : lunarToSolar(day, month, lunarYear + 1);
      return deadline(due);
    },
  },
  {
    // "trước mùng 5 Tết", "trước ngày mồng 10 Tết Giáp Thìn": a day of the first lunar month, counted from Tết.
    pattern: new RegExp(
      String.raw`truoc\s+(?:ngay\s+)?(?:mung|mong)\s+(\d{1,2})\s+tet(?:\s+nguyen\s+dan|\s+am lich|\s+co truyen)?` +
        TET_NAME,
      'g',
    ),
    resolve(m, ref, calendar) {
      const day = Number(m[1]);
      if (day < 1 || day > 30) return null;
      const tet = tetOf(ref, calendar, m[2], m[3]);
      return deadline(tet ? addDays(tet, day - 1) : null);
    },
  },
  {
    // "(ngay) trong tháng Giêng", "hết tháng Giêng năm Giáp Thìn": by the last day of the first lunar month, the next
    // to end.
    pattern: new RegExp(
      String.raw`(?:ngay\s+trong|trong|het|truoc het|cham nhat(?: la)?(?: trong)?)\s+thang\s+gieng(?!\s+(?:nam\s+)?\d)` +
        String.raw`(?:\s*\(?\s*(?:nam\s+)?((?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy) (?:ty|suu|dan|mao|thin|ngo|mui|than|dau|tuat|hoi))\s*\)?)?`,
      'g',
    ),
    resolve(m, ref) {
      const lastOf = (lunarYear: number) => {
        const next = lunarToSolar(1, 2, lunarYear);
        return next === null ? null : addDays(next, -1);
      };
      if (m[1]) {
        const y = refYear(ref);
        const named = [y, y + 1, y - 1].find((candidate) => yearNameFolded(candidate) === m[1]);
        return named === undefined ? null : deadline(lastOf(named));
      }
      const lunarYear = solarToLunar(ref).year;
      const thisYear = lastOf(lunarYear);
      return deadline(thisYear !== null && thisYear >= ref ? thisYear : lastOf(lunarYear + 1));
    },
  },
  {
    // "trước Tết Trung thu": the last working day before the full moon of the eighth lunar month, the next to come.
    pattern: /truoc\s+(?:dip\s+)?tet\s+trung\s+thu(?:\s+(?:nam\s+)?(\d{4}))?/g,
    resolve(m, ref, calendar) {
      const lunarYear = m[1] ? Number(m[1]) : solarToLunar(ref).year;
      const thisYear = lunarToSolar(15, 8, lunarYear);
      const day = m[1] || (thisYear !== null && thisYear >= ref) ? thisYear : lunarToSolar(15, 8, lunarYear + 1);
      return deadline(day ? calendar.lastWorkingDayBefore(day) : null);
    },
  },
  {
    // "trước dịp 30/4", "trước dịp lễ 30/4 và 1/5": the last working day before the holiday, as "trước Tết" is.
    pattern:
      /truoc\s+dip\s+(?:le\s+)?(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?!\d)(?:\s*(?:va|-|–)\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?(?!\d))?/g,
    resolve(m, ref, calendar) {
      const day = dayMonth(Number(m[1]), Number(m[2]), fullYear(m[3]), ref);
      return day ? deadline(calendar.lastWorkingDayBefore(day)) : null;
    },
  },
  {
    // "hoàn thành trước năm 2025": by the end of the year before (not a year already begun).
    pattern: /truoc\s+nam\s+(\d{4})(?![\d/])/g,
    resolve(m, ref) {
      const due = `${Number(m[1]) - 1}-12-31`;
      return due >= ref ? deadline(due) : null;
    },
  },
  {
    // "trước mùa mưa bão năm 2024", "từ nay đến kết thúc mùa khô", "trước khai giảng năm học mới", "trước ngày tựu
    // trường", "trước khi bắt đầu năm học mới", "trước kỳ thi tốt nghiệp THPT năm 2024": a time the text gives in words
    // the calendar cannot date; its words, no date.
    pattern:
      /(?:truoc(?:\s+khi)?|(?:tu nay )?den(?:\s+khi)?(?:\s+(?:ket thuc|het))?)\s+mua\s+(?:mua|lu|bao|kho|nang nong|dong|he)(?:\s*(?:,|va|-)?\s*(?:mua|lu|bao|kho))*(?:\s+(?:nam\s+)?\d{4})?|truoc\s+(?:(?:ngay|le)\s+)?khai giang\s+nam hoc(?:\s+moi|\s+\d{4}\s*[-–]\s*\d{4})?|truoc\s+(?:ngay\s+|khi\s+)?tuu truong(?:\s+nam hoc(?:\s+moi|\s+\d{4}\s*[-–]\s*\d{4})?)?|truoc\s+khi\s+(?:bat dau\s+)?nam hoc moi|truoc\s+(?:khi\s+(?:dien ra|to chuc)\s+)?ky thi\s+tot nghiep\s+(?:thpt|trung hoc pho thong)(?:\s+(?:quoc gia\s+)?(?:nam\s+)?\d{4})?/g,
    resolve: () => deadline(null),
  },
  {
    // "trong tuần đầu tháng 3", "vào tuần cuối của tháng 6/2024", "vào đầu (giữa) tháng 4/2024", "trong nửa đầu tháng
    // 3": due at the end of the part of the month named, as the tracking counts it: the first week's or the first half's
    // last working day, the month's last working day, and the last working day of its first ten days ("đầu tháng") or
    // of its middle ten ("giữa tháng").
    pattern: new RegExp(
      String.raw`(?:trong|vao)\s+(?:((?:tuan|nua)\s+(?:dau|cuoi))\s+(?:cua\s+)?|(dau|giua)\s+)thang\s+(\d{1,2})` +
        YEAR +
        String.raw`(?![\d/])`,
      'g',
    ),
    resolve(m, ref, calendar) {
      const month = Number(m[3]);
      if (month < 1 || month > 12) return null;
      const year = monthYear(m, 4, 5, ref, month);
      const next = month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1);
      if (m[1] && /dau$/.test(m[1]))
        return deadline(calendar.lastWorkingDayBefore(isoDate(year, month, m[1].startsWith('nua') ? 16 : 8)!));
      if (m[1]) return deadline(calendar.lastWorkingDayBefore(next!));
      return deadline(calendar.lastWorkingDayBefore(isoDate(year, month, m[2] === 'dau' ? 11 : 21)!));
    },
  },
  {
    // "vào đêm Giao thừa", "thời khắc Giao thừa Tết Nguyên đán 2025", "đêm 30 Tết": the eve of Tết, the last day of the
    // lunar year.
    pattern:
      /(?:vao\s+|trong\s+)?(?:(?:dem|toi|thoi khac|le)\s+giao thua(?:\s+tet(?:\s+nguyen\s+dan)?\s+(\d{4}))?|(?:dem|toi)\s+30\s+tet)/g,
    resolve(m, ref, calendar) {
      const tet = tetOf(ref, calendar, undefined, m[1]);
      return deadline(tet ? addDays(tet, -1) : null);
    },
  },
  {
    // "trước Rằm tháng Giêng": the full moon of the first lunar month, 14 days after Tết.
    pattern: /truoc\s+(?:ngay\s+)?ram\s+thang\s+gieng(?:\s+(?:nam\s+)?(\d{4}))?/g,
    resolve(m, ref, calendar) {
      const tet = tetOf(ref, calendar, undefined, m[1]);
      return deadline(tet ? addDays(tet, 14) : null);
    },
  },
  {
    // trước, trong và sau Tết: until the end of the Tết season (Rằm tháng Giêng); not in the subject of a document cited
    // ("… Công văn số 177-CV/TU ngày 31/12/2020 của Ban Thường vụ Tỉnh ủy về triển khai thực hiện một số nhiệm vụ trước,
    // trong và sau Tết Nguyên đán Tân Sửu").
    pattern: new RegExp(
      String.raw`(?=truoc)${NOT_OCCASION_OR_SUBJECT}${NOT_CITED_SUBJECT}truoc,?\s+trong\s+va\s+sau\s+tet${OTHER_TET}(?:\s+nguyen\s+dan)?` +
        TET_NAME,
      'g',
    ),
    resolve(m, ref, calendar) {
      const tet = tetOf(ref, calendar, m[1], m[2]);
      return deadline(tet ? addDays(tet, 14) : null);
    },
  },
  {
    pattern: new RegExp(
      String.raw`(?:truoc|tu nay den)\s+(?:ky nghi\s+|dip\s+)?tet(?!\s+duong\s+lich)${OTHER_TET}(?:\s+nguyen\s+dan|\s+am lich|\s+co truyen)?` +
        TET_NAME,
      'g',
    ),
    resolve(m, ref, calendar) {
      const tet = tetOf(ref, calendar, m[1], m[2]);
      return deadline(tet ? calendar.lastWorkingDayBefore(tet) : null);
    },
  },
  {
    pattern: new RegExp(
      DATE_CUE +
        String.raw`\s+` +
        TIME_OF_DAY +
        WEEKDAY +
        // "trước ngày 31/12 năm 2024": the year may follow as words.
        String.raw`(?:ngay\s+)?(?:mung\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2})|\s+nam\s+(\d{4})|\s+nam nay\b)?(?!\d)` +
        WEEKDAY_AFTER +
        AND_DATE,
      'g',
    ),
    resolve: (m, ref) => {
      const due = dayMonth(Number(m[1]), Number(m[2]), fullYear(m[3] ?? m[4]), ref);
      if (due) return deadline(due);
      // "trước 31/11/2024", "chậm nhất ngày 30/2": a day the month lacks is a slip the office must settle; its words are
      // kept as the deadline, with no date.
      return impossibleDay(Number(m[1]), Number(m[2])) ? deadline(null) : null;
    },
  },
  {
    pattern: new RegExp(
      DATE_CUE +
        String.raw`\s+` +
        TIME_OF_DAY +
        WEEKDAY +
        String.raw`(?:ngay\s+)?(?:mung\s+)?(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4})|\s+nam nay\b)?` +
        WEEKDAY_AFTER,
      'g',
    ),
    resolve: dueOnWrittenDay,
  },
  {
    // "trong thời gian từ 5 giờ đến 14 giờ ngày 23/5/2021": a time of day on a date ends the window of the work
    // ("tính đến 17 giờ ngày …" is a status).
    pattern: new RegExp(
      String.raw`(?<!tinh\s)den\s+(?:het\s+)?\d{1,2}\s*(?:gio|h)(?:\s*\d{2}(?:\s*phut|['’])?)?\s*,?\s+(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?!\d)`,
      'g',
    ),
    resolve: dueOnWrittenDay,
  },
  {
    // "Hạn cuối hoàn tất việc rà soát này, báo cáo gửi về Sở Nội vụ là ngày 15.8.2025", "thời hạn hoàn thành là ngày
    // 30/6": the last day named after the time limit (not "dù hạn chót … là ngày …", a limit already missed).
    pattern:
      /(?<=(?<!\b(?:du|mac du|tuy|dau)\s)\b(?:han (?:chot|cuoi)|thoi han(?: hoan thanh| thuc hien)?)\b[^.;]{0,100}?\sla\s+)(?:truoc\s+)?ngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?![\d/])/g,
    resolve: dueOnWrittenDay,
  },
  {
    // "trong dịp nghỉ lễ 30/4-01/5 năm 2019", "dịp nghỉ lễ 30/4 và 01/5", "dịp 30/4 và 1/5": the holiday's days, due on
    // the last.
    pattern:
      /(?:trong\s+)?dip\s+(?:nghi\s+)?(?:le\s+)?\d{1,2}\s*[/.]\s*\d{1,2}\s*(?:[-–]|va|den)\s*(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*(?:[/.-]\s*|nam\s+)(\d{4}))?(?!\d)/g,
    resolve: dueOnWrittenDay,
  },
  {
    // "từ ngày 15/3 đến ngày 15/5/2024", "trong thời gian từ ngày 01/4/2024 đến ngày 30/6/2024": the period of the work,
    // due on its last day.
    pattern:
      /\btu\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2}(?:\d{2})?)?\s+(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?!\d)/g,
    resolve: dueOnWrittenDay,
  },
  {
    // The same with a dash: "(từ 05/12 - 31/12/2024)", "từ ngày 05/3 – 20/3/2024", two dates by their days' word or the
    // year ("từ 1.5 - 2.5 triệu đồng", "giảm từ 1/3 - 1/2 số vụ" are ranges of figures). Not the days of an event the
    // work serves, greets or takes part in, nor of one it prepares ("chào mừng ngày hội … diễn ra tại Thành phố Bắc Kạn
    // từ ngày 10/9 – 12/9/2015", "phục vụ Kỳ họp thứ 20 HĐND tỉnh (từ 10/12 - 12/12/2024)"), up to an assigner's word;
    // nor those in brackets of what opens the sentence before the assigner ("Hưởng ứng Tuần lễ Áo dài (từ ngày 01/3 -
    // 08/3/2025), giao Sở … tổ chức … từ ngày 20/02 - 28/02/2025").
    pattern: new RegExp(
      String.raw`\btu\s+(?<!\b(?:chao mung|phuc vu|tham gia|tuyen truyen ve|chuan bi|xay dung kich ban|dang dien ra)\b(?:(?!\b(?:giao|yeu cau|de nghi)\b)[^;.]){0,120}?[\s(]tu\s+)(ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2}(?:\d{2})?)?\s*[-–]\s*(ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?!\d|\s*[/.-]\s*\d)(?!\s*\)\s*,\s*(?:(?:chu tich|ubnd|uy ban)\b[^,;.]{0,60}?\s)?(?:giao|yeu cau|de nghi|chi dao)\b)`,
      'g',
    ),
    resolve: (m, ref) => {
      if (!m[1] && !m[2] && !m[5]) return null;
      const due = dayMonth(Number(m[3]), Number(m[4]), fullYear(m[5]), ref);
      // A period over by the document's date is what figures or a report cover ("tổng hợp số liệu từ 01/01 -
      // 30/9/2024"), not the work's.
      return due && due >= ref ? deadline(due) : null;
    },
  },
  {
    // "(từ ngày 18 - 20/9)", "từ ngày 18 đến (ngày) 20/9/2020": days of one month, the period of the work, due on its
    // last day.
    pattern:
      /\btu\s+ngay\s+\d{1,2}\s*(?:-|–|den|toi)\s*(?:het\s+)?(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?!\d)/g,
    resolve: dueOnWrittenDay,
  },
  {
    // "từ tháng 4 đến tháng 6/2024": a period of months, due at the end of the last.
    pattern: new RegExp(String.raw`\btu\s+thang\s+\d{1,2}\s+(?:den|toi)\s+(?:het\s+)?thang\s+(\d{1,2})` + YEAR, 'g'),
    resolve: (m, ref) => {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return null;
      return deadline(lastDayOfMonth(yearOf(m, 2, 3, ref), month));
    },
  },
  {
    // "đến ngày 10/08 hoàn thành phần móng": the date the work is finished by ("tính đến ngày …" is a status).
    // "trong thời gian còn lại (đến ngày 31.1.2021)": the end of the time left for the work, likewise.
    pattern:
      /(?<!tinh\s)den\s+ngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?!\d)(?:(?=\s*,?\s*(?:phai\s+)?hoan thanh\b)|(?<=\(\s*den\s+ngay[^)]*)(?=\s*\)))/g,
    resolve: dueOnWrittenDay,
  },
  {
    // "trước ngày 10 của tháng sau / tháng tiếp theo": that day of the next month; "trước ngày 15 (của) tháng này": of
    // the document's own month, when it is yet to come.
    pattern:
      /(?:truoc|cham nhat(?: la)?(?: vao| den)?)\s+ngay\s+(\d{1,2})\s+(?:cua\s+)?thang\s+(nay|sau|toi|tiep theo|ke tiep)\b/g,
    resolve(m, ref) {
      const [y, mo] = [refYear(ref), Number(ref.slice(5, 7))];
      if (m[2] === 'nay') {
        const due = isoDate(y, mo, Number(m[1]));
        return due && due >= ref ? deadline(due) : null;
      }
      const due = mo === 12 ? isoDate(y + 1, 1, Number(m[1])) : isoDate(y, mo + 1, Number(m[1]));
      return due ? deadline(due) : null;
    },
  },
  {
    // "trước tháng 6/2024", "trước quý II/2024": before the period begins, so by the last day of the one before it.
    pattern: new RegExp(
      String.raw`truoc\s+(?:(thang)\s+(\d{1,2})|(quy)\s+(iv|i{1,3}|[1-4])\b)` + YEAR + String.raw`(?![\d/])`,
      'g',
    ),
    resolve(m, ref) {
      const month = m[1] ? Number(m[2]) : (ROMAN[m[4]] - 1) * 3 + 1;
      if (month < 1 || month > 12) return null;
      const year = yearOf(m, 5, 6, ref);
      const due = month === 1 ? lastDayOfMonth(year - 1, 12) : lastDayOfMonth(year, month - 1);
      // Written when that day has already gone ("trước tháng 9" on 11 September): the words, no date.
      return deadline(due >= ref ? due : null);
    },
  },
  {
    // "báo cáo (ngay) trong ngày 15/3", "… trong buổi chiều ngày 15/01/2021": the work is done on that day; "nghỉ học
    // trong (2) ngày 30 và 31/10/2019": on those days, the last of them. Not "Trong ngày 15/3, …" or "trong ngày 15/3 đã
    // …", which tell what happened on it, nor a day already past, nor how long an event lasts ("diễn ra trong 2 ngày …").
    pattern: new RegExp(
      String.raw`(?<!\b(?:dien ra|keo dai)\s)(?:ngay\s+)?trong\s+(?:${PART_OF_DAY}\s+)?(?:(?:\d|hai|ba|cac)\s+(?=ngay\s+\d{1,2}\s*(?:va|,|-|–)))?ngay\s+(?:\d{1,2}\s*(?:va|,|-|–)\s*)*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?!\s*[/.-]?\s*\d)(?!\s+(?:da|vua|co)\b)`,
      'g',
    ),
    resolve: (m, ref) => {
      // Opening the sentence before a comma, the day tells when something happened; after the work ("di dời dân trong
      // ngày 30 và 31/10/2019, tuyệt đối …"), it is the work's.
      const opens = /(?:^|[.;:!?\n])\s*$/.test(m.input.slice(0, m.index));
      if (opens && /^\s*,/.test(m.input.slice(m.index + m[0].length))) return null;
      const due = dayMonth(Number(m[1]), Number(m[2]), fullYear(m[3]), ref);
      return due && due >= ref ? deadline(due) : null;
    },
  },
  {
    // "chậm nhất là ngày mai", "trong ngày mai": the day after the document's; "ngay trong ngày", "trong ngày hôm nay":
    // its own day.
    pattern:
      /(?:(?:(?:cham|muon|tre) nhat(?: la)?(?: vao| trong)?|truoc|trong|ngay trong)\s+ngay\s+(mai)|(?:ngay\s+)?trong\s+(?:ngay\s+)?hom\s+nay|ngay\s+trong\s+ngay(?!\s+(?:\d|mai|hom|lam)))\b(?:\s*(?:-|,|\()\s*(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?!\d)\)?)?/g,
    resolve(m, ref) {
      // "chậm nhất vào ngày mai - 31/10", "ngày mai (31/10)": the date written beside the word wins.
      const written = m[2] ? dayMonth(Number(m[2]), Number(m[3]), fullYear(m[4]), ref) : null;
      return deadline(written ?? (m[1] ? addDays(ref, 1) : ref));
    },
  },
  {
    // "trước 10 giờ sáng ngày mai", "chậm nhất trong ngày mai": the day after the document's (a storm's dispatch); not
    // "ngày hôm sau", the day after an event or each day's, nor tomorrow's report of a daily one ("… trước 10 giờ sáng
    // ngày mai và hằng ngày trong những ngày nghỉ Tết").
    pattern: new RegExp(
      String.raw`(?<!\b(?:hang|moi) ngay\b[^.;]{0,80})(?:truoc|trong|cham nhat(?: la)?(?: vao| trong)?)\s+` +
        TIME_OF_DAY +
        String.raw`ngay mai\b(?!\s*(?:,|va)\s*(?:hang|moi) ngay\b)`,
      'g',
    ),
    resolve: (m, ref) => deadline(addDays(ref, 1)),
  },
  {
    // "hoàn thành trước 16 giờ cùng ngày", "xong trước 17 giờ ngày hôm nay", "hoàn thành trong ngày": the document's own
    // day (an emergency dispatch's); not "trong ngày lễ", "trong ngày làm việc".
    pattern: new RegExp(
      String.raw`(?:(?:truoc|cham nhat(?: la)?(?: vao)?)\s+` +
        TIME_OF_DAY +
        String.raw`(?:cung ngay|ngay hom nay|hom nay)|(?<=\b(?:hoan thanh|xong|bao cao|gui bao cao)\s+)trong\s+ngay(?!\s+(?:\d|mai|hom|lam|le|tet|nghi|thu|chu nhat)))\b`,
      'g',
    ),
    resolve: (m, ref) => deadline(ref),
  },
  {
    // "vào thứ Sáu tuần này", "trước thứ Ba của tuần kế tiếp", "sáng thứ Hai tuần sau": that weekday of this week or the
    // next, due that day ("trước" as "trước ngày" is); one of this week already gone by is none.
    pattern: new RegExp(
      String.raw`(?:vao|truoc|cham nhat(?: la| vao)?|trong)\s+(?:(?:sang|chieu|toi)\s+)?(?:ngay\s+)?(${WEEKDAY_NAME})\s+(?:cua\s+)?tuan\s+(nay|toi|sau|ke tiep|tiep theo)\b`,
      'g',
    ),
    resolve(m, ref) {
      // 1 Monday … 7 Sunday, as WEEKDAYS counts them.
      const day = WEEKDAYS[m[1].replace(/^thu\s+/, '')] ?? 7;
      const due = addDays(ref, day - (weekdayOf(ref) || 7) + (m[2] === 'nay' ? 0 : 7));
      return due >= ref ? deadline(due) : null;
    },
  },
  {
    // "trong tuần này", "trong tuần tới / sau", "vào tuần tới." (not "vào tuần sau Tết", "… tuần sau Đại hội"): the last
    // working day of the working week, this one or the next; "trong
    // tuần này" written on a Saturday or a Sunday is the day itself, its working days being over.
    pattern:
      /(?:trong|het|ngay trong|cuoi)\s+tuan\s+(nay|toi|sau)\b(?!\s+(?:tet|le|ky|khi|ngay|dot|hoi|dip)\b)|vao\s+tuan\s+(toi|sau)(?=\s*(?:[,.;)]|$))/g,
    resolve(m, ref, calendar) {
      const weekday = weekdayOf(ref);
      const nextMonday = addDays(ref, ((8 - weekday) % 7 || 7) + ((m[1] ?? m[2]) === 'nay' ? 0 : 7));
      const due = calendar.lastWorkingDayBefore(nextMonday);
      return deadline(due < ref ? ref : due);
    },
  },
  {
    // "Các trường tổ chức khai giảng vào ngày 05/9", "cho học sinh nghỉ học vào ngày 3/11", "treo cờ Tổ quốc vào ngày
    // 1-1-2025", "tổ chức bắn pháo hoa vào tối ngày 10/5", "tổ chức Lễ phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” nhân
    // dịp Xuân Mậu Tuất năm 2018 vào sáng ngày 21/02/2018" (the work's name may run long): the day a work is set for is
    // when it is due. Not what was done on a day ("đã tổ chức vào ngày …", "được tổ chức vào ngày …"), nor the start of a
    // longer work ("bắt đầu vào ngày …"), nor a day already past.
    pattern: new RegExp(
      // Each "vào" first, then what precedes it: a lookbehind tried at every position of the text costs more.
      String.raw`(?=vao\s)(?<=\b(?:to chuc|khai giang|tuu truong|khai mac|be mac|dien ra|tien hanh|ra quan|khoi cong|khanh thanh|ban giao|treo co|(?<!phu )hop|thi(?! hanh)|gui|nop|trinh|bao cao|nghi hoc|tam dung|tam nghi)\b[^.;:!?]{0,120}\s)(?<!\b(?:da|vua|duoc|bat dau|tu|hieu luc)\s[^.;:!?]{0,80})vao\s+` +
        WEEKDAY +
        String.raw`(?:(sang|trua|chieu|toi|dem)\s+)?(?:ngay\s+)(?:mung\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?!\d)`,
      'g',
    ),
    // A part of the day names an evening or a morning to come (not "cuộc họp … vào chiều ngày 15/4", that of the
    // document's own day).
    resolve: (m, ref) => {
      const due = dayMonth(Number(m[2]), Number(m[3]), fullYear(m[4]), ref);
      return due && (m[1] ? due > ref : due >= ref) ? deadline(due) : null;
    },
  },
  {
    // "trong 10 ngày kể từ ngày 15/3/2024", "… kể từ ngày 01 tháng 3 năm 2024": days from the day named.
    pattern: new RegExp(
      String.raw`(?:(?:trong\s+(?:vong\s+|thoi han\s+|thoi gian\s+)?|thoi han\s+)(?:khong qua\s+)?|khong qua\s+)(\d{1,3})\s+ngay(\s+lam\s+viec)?\s*,?\s+ke\s+tu\s+ngay\s+(\d{1,2})(?:\s*[/.-]\s*|\s+thang\s+)(\d{1,2})(?:(?:\s*[/.-]\s*|\s+nam\s+)(\d{4}|\d{2}))?(?![\d/])`,
      'g',
    ),
    resolve(m, ref, calendar) {
      const from = dayMonth(Number(m[3]), Number(m[4]), fullYear(m[5]), ref);
      if (!from) return null;
      const days = Number(m[1]);
      return m[2]
        ? deadline(calendar.addWorkingDays(from, days), { workingDays: days })
        : deadline(addDays(from, days));
    },
  },
  {
    // "trong 10 ngày làm việc kể từ khi nhận đủ hồ sơ": a time limit counted from each case as it comes, not from the
    // document: standing work, its working days kept. From another event ("… kể từ ngày kết thúc đợt kiểm tra"): a
    // deadline the text does not date. Not the document itself ("… kể từ ngày ký", "… nhận được Kết luận này", "… Quyết
    // định này có hiệu lực"), counted from its date by the rules below.
    pattern: new RegExp(
      String.raw`(?:(?:trong\s+(?:vong\s+|thoi han\s+|thoi gian\s+)?|thoi han\s+)(?:khong qua\s+)?|khong qua\s+|(?:cham|muon|tre) nhat(?: la)?\s+)(\d{1,3})\s+ngay(\s+lam\s+viec)?\s*,?\s+ke\s+tu\s+(?:ngay|khi|thoi diem)\s+(?!\d)([a-z]+(?:\s+[a-z]+){0,9})`,
      'g',
    ),
    resolve: (m) =>
      /^(?:ky|ban hanh)\b|\bnay\b|^nhan duoc (?:van ban|thong bao|quyet dinh|cong van|ke hoach|chi thi|ket luan|nghi quyet)\b/.test(
        m[3],
      )
        ? null
        : {
            dueDate: null,
            kind: /^(?:tiep )?nhan\b.*\b(?:ho so|don|de nghi|yeu cau|to trinh|phan anh)\b/.test(m[3])
              ? 'standing'
              : 'deadline',
            workingDays: m[2] ? Number(m[1]) : null,
            recurrence: null,
          },
  },
  {
    pattern: new RegExp(
      String.raw`(?:(?:trong\s+(?:vong\s+|thoi han\s+|thoi gian\s+)?|thoi han\s+)(?:khong qua\s+)?|khong qua\s+|cham nhat(?: la)?\s+sau\s+)(\d{1,3})\s+ngay\s+lam\s+viec` +
        COUNTED_FROM,
      'g',
    ),
    resolve: (m, ref, calendar) => deadline(calendar.addWorkingDays(ref, Number(m[1])), { workingDays: Number(m[1]) }),
  },
  {
    // "trong vòng 7 ngày", "không quá 15 ngày", "chậm nhất (sau) 15 ngày (kể từ …)": days from the document's date (not
    // "đi qua … trong vòng 14 ngày qua", "trong 5 ngày gần đây", the days looked back on; nor "diễn ra trong 2 ngày
    // 13-14/7", how long an event lasts).
    pattern: new RegExp(
      String.raw`(?:(?:trong\s+(?:vong\s+|thoi han\s+|thoi gian\s+)?|thoi han\s+)(?:khong qua\s+)?|khong qua\s+|(?:cham|muon|tre) nhat(?: la)?(?:\s+sau)?\s+)(\d{1,3})\s+ngay(?!\s+lam)(?!\s+(?:qua|vua qua|gan day|gan nhat|truoc do|truoc day|nghi)\b)(?!\s+(?:tu\s+)?(?:ngay\s+)?\d)(?!\s+(?:sau|truoc)\s+(?:khi|ngay|phien|ky|hoi|cuoc|buoi|thoi diem)\b)` +
        COUNTED_FROM,
      'g',
    ),
    resolve: (m, ref) => deadline(addDays(ref, Number(m[1]))),
  },
  {
    // "báo cáo UBND tỉnh trong vòng 24 giờ", "trong 48 giờ", "không quá 2 giờ": hours from the document's date, due on
    // the day they run out (not "… trong vòng 48 giờ kể từ khi phát hiện ca bệnh", counted from each case: its words, no
    // date; nor "trong 24 giờ qua", the hours looked back on; nor "tắt đèn trong 01 giờ, từ 20 giờ 30 …", how long the
    // work lasts: a bare "trong" counts whole days of hours only).
    pattern:
      /(?:trong\s+(?:vong|thoi han|thoi gian)\s+|khong qua\s+|trong\s+(?=(?:2[4-9]|[3-9]\d|\d{3})\s*(?:gio|h)(?![a-z0-9])))(\d{1,3})\s*(?:gio|h)(?![a-z0-9])(?!\s+(?:qua|vua qua|gan day|gan nhat|truoc)\b)(?!\s*,?\s+tu\s+\d)(\s*,?\s+(?:ke|tinh)\s+tu\s+(?:khi|luc|thoi diem)\s[^,;.]{2,80})?/g,
    resolve: (m, ref) => deadline(m[2] ? null : addDays(ref, Math.floor(Number(m[1]) / 24))),
  },
  {
    // "khởi công trong 12 tháng kể từ khi được giao đất": months counted from an event of each case, not from the
    // document: a deadline the text does not date (the document itself, "… kể từ ngày ký", is counted below).
    pattern: new RegExp(
      String.raw`(?:trong\s+(?:vong\s+|thoi han\s+|thoi gian\s+)?|khong qua\s+)(\d{1,2})\s+thang\s*,?\s+ke\s+tu\s+(?:ngay|khi|thoi diem)\s+(?!\d)([a-z]+(?:\s+[a-z]+){0,9})`,
      'g',
    ),
    resolve: (m) =>
      /^(?:ky|ban hanh)\b|\bnay\b|^nhan duoc (?:van ban|thong bao|quyet dinh|cong van|ke hoach|chi thi|ket luan|nghi quyet)\b/.test(
        m[2],
      )
        ? null
        : { dueDate: null, kind: 'deadline', workingDays: null, recurrence: null },
  },
  {
    // "trong vòng 02 tháng", "không quá 2 tháng kể từ ngày ban hành văn bản này", "trong 3 tháng kể từ …", "… hoàn thành
    // trong 3 tháng." closing its clause: months from the document's date (not "Trong 10 tháng, thu ngân sách đạt …", the
    // months a report covers, nor "trong 6 tháng đầu năm", a half of the year).
    pattern: new RegExp(
      String.raw`(?:(?:trong\s+(?:vong|thoi han|thoi gian)|khong qua)\s+(\d{1,2})\s+thang|trong\s+(\d{1,2})\s+thang(?=\s+ke tu\b|\s*(?:[.;)]|$)))(?!\s+(?:dau|cuoi|qua|vua qua|gan day|truoc|nam)\b)(?![\d/])` +
        COUNTED_FROM,
      'g',
    ),
    resolve: (m, ref) => deadline(addMonths(ref, Number(m[1] ?? m[2]))),
  },
  {
    // "trong vòng 2 tuần", "trong 01 tuần kể từ …": weeks from the document's date (not "trong 2 tuần qua").
    pattern: new RegExp(
      String.raw`(?:trong\s+(?:vong\s+|thoi han\s+|thoi gian\s+)?|khong qua\s+)(\d{1,2})\s+tuan(?!\s+(?:dau|cuoi|qua|vua qua|gan day|truoc|le)\b)(?![\d/])` +
        COUNTED_FROM,
      'g',
    ),
    resolve: (m, ref) => deadline(addDays(ref, 7 * Number(m[1]))),
  },
  {
    // "trong vòng 01 năm kể từ ngày ký": years from the document's date, written as the months rule writes them (not
    // "Trong 5 năm, toàn tỉnh …", the years a report covers).
    pattern: new RegExp(
      String.raw`(?:(?:trong\s+(?:vong|thoi han|thoi gian)|khong qua)\s+(\d{1,2})\s+nam|trong\s+(\d{1,2})\s+nam(?=\s+ke tu\b))(?!\s+(?:dau|cuoi|qua|vua qua|gan day|truoc|hoc)\b)(?![\d/])` +
        COUNTED_FROM,
      'g',
    ),
    resolve: (m, ref) => deadline(addMonths(ref, 12 * Number(m[1] ?? m[2]))),
  },
  {
    // "trong tháng 7 và những tháng cuối năm 2022", "tháng 4 và quý II năm 2021", "trong tháng 6 cũng như các tháng cuối
    // năm": a month, then the longer period the work goes on into, due at the end of that period.
    pattern: new RegExp(
      String.raw`trong\s+thang\s+(\d{1,2})(?:\s*[/-]\s*\d{4}|\s+nam\s+\d{4})?\s+(?:va|cung nhu)\s+(?:(?:nhung|cac)\s+thang\s+cuoi\s+nam(?:\s+(\d{4}))?|quy\s+(iv|i{1,3}|[1-4])\b` +
        YEAR +
        String.raw`)(?![\d/])`,
      'g',
    ),
    resolve: (m, ref) => {
      if (!m[3]) return deadline(`${m[2] ?? refYear(ref)}-12-31`);
      // "trong tháng 12 và quý I": the quarter of the year after the month's.
      const quarterEnd = ROMAN[m[3]] * 3;
      const year = yearOf(m, 4, 5, ref) + (!m[4] && !m[5] && quarterEnd < Number(m[1]) ? 1 : 0);
      return deadline(lastDayOfMonth(year, quarterEnd));
    },
  },
  {
    pattern: new RegExp(
      // "từ nay đến tháng 9/2023": up to that month, through it; "(chậm nhất) đến cuối tháng 12" likewise; "đến tháng
      // 12/2025 phải hoàn thành …" with its year, and so the end of "từ tháng 3/2025 đến tháng 12/2025".
      String.raw`(?:trong|(?:(?:cho\s+)?(?:den|toi)\s+)?het|(?:den|toi)(?=\s+thang\s+\d{1,2}\s*(?:[/-]\s*|\s+nam\s+)\d{4})|(?:(?:(?:cham|muon|tre) nhat\s+)?(?:den|toi)\s+)?cuoi|truoc het|ngay trong|(?:cham|muon|tre) nhat(?: la)?(?: vao)?|tu nay den|` +
        PERIOD_CUE +
        // "trong tháng 3 và tháng 4/2024", "trong tháng 11 và 12/2024": months listed, due at the end of the last.
        String.raw`)\s+thang\s+(\d{1,2})(?:\s*(?:,|va)\s*thang\s+(\d{1,2})|\s+va\s+(\d{1,2})(?=\s*[/-]\s*\d{4}|\s+nam\s+\d{4}))*` +
        YEAR +
        // Not a season named ("Từ nay đến tháng 10/2024 là thời kỳ cao điểm mưa bão"), unless it is the time of a task
        // named ("Nhiệm vụ trọng tâm trong tháng 3-2026 là tổ chức …"); nor the month of "tháng 3-2026" without its year.
        String.raw`(?![\d/]|\s*-\s*\d)(?:(?<=\bnhiem vu\b[^,.;]{0,60})|(?!\s+la\s))`,
      'g',
    ),
    resolve: (m, ref) => {
      const month = Number(m[3] ?? m[2] ?? m[1]);
      if (month < 1 || month > 12) return null;
      const year = monthYear(m, 4, 5, ref, month);
      return deadline(lastDayOfMonth(year, month));
    },
  },
  {
    // "… đề nghị tháng 12/2018 thường trực HĐND, các ban … tập trung …": the month, with its year, right after the request.
    pattern: /(?<=\b(?:de nghi|yeu cau)\s)thang\s+(\d{1,2})\s*(?:[/-]\s*|\s+nam\s+)(\d{4})(?![\d/])/g,
    resolve: (m) => {
      const month = Number(m[1]);
      return month >= 1 && month <= 12 ? deadline(lastDayOfMonth(Number(m[2]), month)) : null;
    },
  },
  {
    pattern: /(?:trong|het|ngay trong)\s+thang\s+(nay|toi|sau)/g,
    resolve: (m, ref) => {
      const [y, mo] = [refYear(ref), Number(ref.slice(5, 7))];
      if (m[1] === 'nay') return deadline(lastDayOfMonth(y, mo));
      return deadline(mo === 12 ? lastDayOfMonth(y + 1, 1) : lastDayOfMonth(y, mo + 1));
    },
  },
  {
    pattern: new RegExp(
      // "đến hết quý I/2024" read whole, so that the title keeps no "đến" from it.
      String.raw`(?:trong|(?:den\s+)?het|(?:den\s+)?cuoi|truoc het|ngay trong|(?:cham|muon|tre) nhat(?: la)?(?: vao)?|` +
        PERIOD_CUE +
        // "trong quý III và quý IV/2024": quarters listed, due at the end of the last.
        String.raw`)\s+quy\s+(iv|i{1,3}|[1-4])\b(?:\s*(?:,|va)\s*quy\s+(iv|i{1,3}|[1-4])\b)*` +
        YEAR,
      'g',
    ),
    resolve: (m, ref) => {
      const quarter = ROMAN[m[2] ?? m[1]];
      let year = yearOf(m, 3, 4, ref);
      if (!m[3] && !m[4] && quarter * 3 < Number(ref.slice(5, 7)) - 2) year++;
      return deadline(lastDayOfMonth(year, quarter * 3));
    },
  },
  {
    // "hoàn thành trong quý này", "trong quý tới": the end of this quarter or the next.
    pattern: /(?:trong|het|ngay trong)\s+quy\s+(nay|toi|sau)\b/g,
    resolve: (m, ref) => {
      const [y, mo] = [refYear(ref), Number(ref.slice(5, 7))];
      const last = Math.ceil(mo / 3) * 3 + (m[1] === 'nay' ? 0 : 3);
      return deadline(last > 12 ? lastDayOfMonth(y + 1, last - 12) : lastDayOfMonth(y, last));
    },
  },
  {
    // "6 (06) tháng đầu năm 2024", "9 tháng đầu năm", "nửa cuối năm 2024": by the end of that part of the year (the
    // last months or days of a year are read by the rule after this one); not a second half already over.
    pattern:
      /(?:(?:trong|(?:den\s+)?het)\s+)?(?:(?<!\d)(0?6|sau|0?9|chin)\s+thang|nua)\s+(dau|cuoi)\s+nam(?:\s+(\d{4}))?/g,
    resolve: (m, ref) => {
      const year = m[3] ? Number(m[3]) : refYear(ref);
      if (m[2] === 'cuoi') return `${year}-12-31` >= ref ? deadline(`${year}-12-31`) : null;
      return deadline(m[1] === '9' || m[1] === '09' || m[1] === 'chin' ? `${year}-09-30` : `${year}-06-30`);
    },
  },
  {
    // "(trong) những ngày cuối năm 2024", "trong 03 tháng cuối năm", "những tháng cuối năm": the last part of the year,
    // due at its end, read whole so that the title keeps none of it (not "nhất là (trong) …", the time the work is
    // stressed in, nor a year already over, which a report covers).
    pattern:
      /(?<!\bnhat la\s(?:trong\s)?)(?:trong\s+)?(?:nhung|cac|\d{1,2}|hai|ba)\s+(?:thang|ngay|tuan)\s+cuoi\s+nam(?:\s+(\d{4})(?![\d/]))?/g,
    resolve(m, ref) {
      const due = `${m[1] ? Number(m[1]) : refYear(ref)}-12-31`;
      return due >= ref ? deadline(due) : null;
    },
  },
  {
    pattern:
      // "kỳ họp (thường lệ) cuối năm (2023)" names the session, it is no deadline, nor is "dịp cuối năm" (the season, as "dịp
      // Tết"). "trong năm 2022 - 2023", "trong 2 năm 2024-2025": a span of years, due at the end of its last one (not
      // "trong giai đoạn 2021-2025", which as often names the plan or the capital).
      /(?<!(?:ky|phien) hop\s)(?<!(?:ky|phien) hop (?:thuong le|thuong ky|chuyen de)\s)(?<!\bdip\s)(?:(?:(?:tu nay\s+)?(?:den\s+)?(?:het|cuoi)|trong|(?:thoi gian (?:thuc hien|hoan thanh)|thoi han(?: hoan thanh| thuc hien)?)\s*:\s*(?:trong\s+)?)\s*(?:nam|(?<=\btrong\s+)(?:\d|hai|ba) nam(?=\s+\d{4}\s*[-–]\s*\d{4}\b))\s+(\d{4})(?:\s*[-–]\s*(\d{4}))?|(?:den\s+het|cuoi|trong)\s+nam\s+nay|(?<!\bnhat la\s(?:trong\s)?(?:nhung|cac|\d{1,2}|hai|ba)\s(?:thang|ngay|tuan)\s)(?:tu nay\s+)?(?:den\s+)?cuoi\s+nam\b)/g,
    // A year that ended before the document is what the work built on ("phát huy kết quả đạt được trong năm 2023" in
    // January 2024), not its deadline.
    resolve(m, ref) {
      const due = `${m[2] ? Number(m[2]) : m[1] ? Number(m[1]) : refYear(ref)}-12-31`;
      return due >= ref ? deadline(due) : null;
    },
  },
  {
    // "Phấn đấu đến năm 2025, giảm …": the year a target is set for, due at its end (not "tầm nhìn đến năm 2050", a
    // plan's horizon).
    pattern: /(?<=\bphan dau\s)den\s+nam\s+(\d{4})\b/g,
    resolve(m, ref) {
      const due = `${Number(m[1])}-12-31`;
      return due >= ref ? deadline(due) : null;
    },
  },
  {
    // "trong những tháng còn lại của năm 2024", "(đối với) những ngày còn lại của năm", "trong 2 tháng còn lại của năm
    // 2023", "thời gian còn lại của năm": what is left of the year, as "những tháng cuối năm" is, due at its end, its
    // "trong" read with it as that rule reads it (not "… năm 2016 và những năm tiếp theo", open-ended).
    pattern:
      /(?:trong\s+)?(?:(?:nhung|cac|\d{1,2}|hai|ba)\s+(?:ngay|thang|quy)|thoi gian)\s+con\s+lai\s+(?:(?:cua|trong)\s+)?nam(?:\s+(\d{4})(?![\d/])|\s+nay|(?!\s*\d))(?!\s*(?:,|va)\s*(?:nhung|cac)\s+nam\s+(?:tiep theo|sau|toi)\b)/g,
    resolve: (m, ref) => deadline(`${m[1] ? Number(m[1]) : refYear(ref)}-12-31`),
  },
  {
    // "trong năm tới", "đến hết năm sau": by the end of next year.
    pattern: /(?:trong|(?:den\s+)?het|cuoi)\s+nam\s+(?:toi|sau)\b/g,
    resolve: (m, ref) => deadline(`${refYear(ref) + 1}-12-31`),
  },
  {
    // "hoàn thành vào tháng 12/2023", "trình kỳ họp vào quý III/2024": the month or quarter the work is done in, its year
    // written, not one gone by ("Vào tháng 3/2023, UBND tỉnh đã …" tells when something happened), nor what is expected
    // then ("dự kiến khánh thành vào tháng 2/2024").
    pattern:
      /(?=vao\s)(?<=[a-z]\s)(?<!\bdu kien\b[^,.;]{0,40})vao\s+(?:thang\s+(\d{1,2})|quy\s+(iv|i{1,3}|[1-4]))\s*(?:[/-]\s*|\s+nam\s+)(\d{4})(?![\d/])/g,
    resolve(m, ref) {
      const month = m[1] ? Number(m[1]) : ROMAN[m[2]] * 3;
      if (month < 1 || month > 12) return null;
      const due = lastDayOfMonth(Number(m[3]), month);
      return due >= ref ? deadline(due) : null;
    },
  },
  {
    // "hoàn thành quý I/2024", "hoàn thành (trong) năm 2024": the period the work is to be finished in, not one past
    // ("đã hoàn thành năm 2023" tells what was done).
    pattern: new RegExp(
      String.raw`hoan thanh(?:\s+xong)?\s+(?:trong\s+)?(?:quy\s+(iv|i{1,3}|[1-4])\b` +
        YEAR +
        String.raw`|nam\s+(\d{4})(?![\d/]))`,
      'g',
    ),
    resolve(m, ref) {
      const due = m[1] ? lastDayOfMonth(yearOf(m, 2, 3, ref), ROMAN[m[1]] * 3) : `${m[4]}-12-31`;
      return due >= ref ? deadline(due) : null;
    },
  },
  {
    // "bố trí lực lượng trực vào thứ Bảy, Chủ nhật hằng tuần", "cập nhật hằng tuần vào thứ Hai, thứ Tư", "từ thứ Hai
    // đến thứ Sáu hằng tuần": duty on several days of each week is standing work, the days kept in its title; not the
    // weekend off ("lịch nghỉ cố định thứ Bảy, Chủ nhật hằng tuần"), which is no work at all. "hằng ngày (vào lúc 8
    // giờ) và hằng tuần (vào thứ Hai)": daily work, standing.
    pattern: new RegExp(
      String.raw`(?=hang|moi)(?:(?<=(?:${WEEKDAY_NAME}(?:\s*(?:,|va)\s*(?:(?:sang|chieu|toi)\s+)?${WEEKDAY_NAME})+|\btu\s+${WEEKDAY_NAME}\s+den\s+${WEEKDAY_NAME})\s)(?<!\bnghi\b[^.;]{0,60})(?:hang|moi)\s+tuan|(?:hang|moi)\s+tuan(?=\s+vao\s+(?:ngay\s+)?${WEEKDAY_NAME}(?:\s*(?:,|va)\s*${WEEKDAY_NAME})+)|hang ngay(?:\s[^.;,]{0,30}?)?\s*(?:,|va)\s*(?:hang|moi)\s+tuan(?:\s+vao\s+(?:(?:sang|chieu|toi)\s+)?(?:ngay\s+)?${WEEKDAY_NAME})?)\b`,
      'g',
    ),
    resolve: () => ({ dueDate: null, kind: 'standing', workingDays: null, recurrence: null }),
  },
  {
    // "báo cáo hằng tuần vào thứ Sáu", "… hằng tuần (vào thứ 5)", "… trước 15h, thứ năm hàng tuần", "định kỳ hằng tuần": a
    // weekly rule, due on the weekday written (1 Monday … 7 Sunday) or on one the office picks; not the weekend off.
    // The rule written last in its clause gives the day ("báo cáo hàng tuần … trước 10 giờ sáng Thứ 4 hàng tuần").
    pattern: new RegExp(
      String.raw`\b(?=truoc|vao|dinh|hang|moi)(?:(?:truoc|vao)\s+(?:\d{1,2}\s*(?:h|gio)(?:\s*\d{2})?\s*(?:sang|chieu)?\s*,?\s*)?(?:(?:sang|chieu|toi)\s+)?(?:ngay\s+)?(${WEEKDAY_NAME})\s+)?(?<!\bnghi\b[^.;]{0,30}\b(?:chu nhat|thu bay)\s)(?:dinh ky\s+)?(?:hang|moi)\s+tuan(?![^.;]*\b(?:hang|moi)\s+tuan\b)(?:\s+\(?\s*vao\s+(?:(?:sang|chieu|toi)\s+)?(?:ngay\s+)?(${WEEKDAY_NAME}))?${MORE_PERIODS}${OR_WHEN_ASKED}\b(?:(?<=\(\s*vao[^()]{0,40})\s*\))?`,
      'g',
    ),
    resolve(m) {
      const written = m[1] ?? m[2];
      const day = written ? (WEEKDAYS[written.replace(/^thu\s+/, '')] ?? 7) : null;
      return { dueDate: null, kind: 'recurring', workingDays: null, recurrence: { every: 'week', day, until: null } };
    },
  },
  {
    // "Đến ngày 30/9/2024, các chủ đầu tư giải ngân đạt 60% …", "… bàn giao 100% mặt bằng đến ngày 30/9": a milestone
    // yet to come, the day its share must be reached; "Đến ngày 30/6/2021, Sở Xây dựng hoàn thành …", the day the work
    // is done by (not "… đã hoàn thành …", told; not "Đến ngày 30/6, giải ngân đạt 45%", a figure counted to a day
    // gone by, nor "tính đến ngày …").
    pattern:
      /(?=den\b)(?:(?<![a-z])(?<!\btinh\s)den(?: het)?\s+(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])(?=\s*,?\s+[^.;]{0,80}?\b(?:(?:giai ngan|ban giao|hoan thanh)\b[^.;]{0,60}?(?:\d{1,3}(?:,\d+)?\s*%|toan bo|dut diem)|(?<!\b(?:da|dang|vua|chua)\s)hoan thanh\b))|(?<=\b(?:giai ngan|ban giao|hoan thanh)\b[^.;]{0,60}?(?:\d{1,3}(?:,\d+)?\s*%|toan bo|dut diem)[^.;]{0,40}?\s)den(?: het)?\s+(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/]))/g,
    resolve: (m, ref) => {
      const due = dayMonth(Number(m[1] ?? m[4]), Number(m[2] ?? m[5]), fullYear(m[3] ?? m[6]), ref);
      return due && due >= ref ? deadline(due) : null;
    },
  },
  {
    // "Kể từ ngày 01/7/2024, các sở, ngành phải thực hiện ký số …", "kể từ tháng 6 tới, các dự án … phải …": work held to
    // from a day on, with no end, is standing (not "từ ngày … đến ngày …", a period, nor a time counted from it, read
    // by the rules before this one).
    pattern: new RegExp(String.raw`\b${FROM_A_DAY_ON}(?!\s*(?:[/.-]\s*\d|,?\s*(?:den|toi)\s))`, 'g'),
    resolve: () => ({ dueDate: null, kind: 'standing', workingDays: null, recurrence: null }),
  },
  {
    // "(Theo đó,) từ ngày 1-10-2019, các cơ quan … thực hiện …": the same, opening its clause before the units, from a day
    // yet to come (not "Từ ngày 01/6, Sở Y tế triển khai …, đến nay đã …", what has gone on since).
    pattern: new RegExp(String.raw`(?<![a-z0-9]\s*)${FROM_DAY_OPENING}(?=\s*,\s*[a-z])`, 'g'),
    resolve: (m, ref) => {
      const from = dayMonth(Number(m[1]), Number(m[2]), fullYear(m[3]), ref);
      return from && from >= ref ? { dueDate: null, kind: 'standing', workingDays: null, recurrence: null } : null;
    },
  },
  {
    // Not the budget's "chi thường xuyên" (recurrent spending, as against investment): "rà soát các khoản chi thường
    // xuyên", "kinh phí thường xuyên"; nor a unit's routine, "… không làm gián đoạn các hoạt động (nhiệm vụ) thường
    // xuyên của đơn vị"; nor the programme of routine immunisation, "(trong) tiêm chủng thường xuyên"; nor
    // what often happens somewhere: "… tập trung đến các huyện thường xuyên và để xảy ra nhiều trường hợp đuối nước", "…
    // trên các tuyến đường thường xuyên có phương tiện vận tải hoạt động".
    pattern:
      /\b(?:(?<!\b(?:chi|kinh phi|nguon|von|(?:trong|chuong trinh) tiem chung|(?:trung tam|nghe nghiep\s*[-–]?)\s+giao duc)\s)(?!(?<=\bcac (?:hoat dong|nhiem vu|cong viec)\s)thuong xuyen cua\b)thuong xuyen(?!\s+(?:va\s+(?:de\s+)?)?(?:xay ra|bi|co nguy co|co (?:phuong tien|tau|xe|nguoi|khach))\b)|lien tuc|hang ngay)\b/g,
    resolve: () => ({ dueDate: null, kind: 'standing', workingDays: null, recurrence: null }),
  },
];

/**
 * A yearly rule due on a day of the year (day, month): its own day in December; another month's day left to the office,
 * the rule kept, as the recurrence has no month; several days a year (`once` false) left to the office altogether.
 */
function yearlyOn(day: number, month: number, once: boolean): Resolution | null {
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const recurrence = once ? { every: 'year' as const, day: month === 12 ? day : null, until: null } : null;
  return { dueDate: null, kind: 'recurring', workingDays: null, recurrence };
}

/**
 * Finds the deadline of a directive in its text, relative to the date of the
 * document or session (`ref`, YYYY-MM-DD). A dated deadline wins over a
 * "thường xuyên"; among dated ones the first in the text wins. Text that
 * names a deadline the rules cannot date still yields its words and no date.
 */
export function parseDeadline(text: string, ref: string, calendar: ExtractionCalendar): ParsedDeadline | null {
  const found = findDeadlines(text, ref, calendar);
  if (found.length === 0) return null;
  const dated = found.filter((d) => d.dueDate !== null);
  const recurring = found.find((d) => d.kind === 'recurring');
  if (recurring) return recurring;
  // "sơ kết công tác … 6 tháng đầu năm 2023, báo cáo UBND tỉnh trước ngày 10/7/2023": a part of the year named bare is
  // the period the work covers when a date is set after it.
  if (dated.length > 1 && coveredPeriod(text, dated[0])) return dated.find((d) => !coveredPeriod(text, d)) ?? dated[0];
  return dated[0] ?? found[0];
}

/**
 * Whether a deadline found in `text` is the period a review or a report covers: a part of the year named without
 * "trong", "hết" or "đến" ("6 tháng đầu năm 2023", "9 tháng đầu năm") after what is reviewed ("sơ kết công tác … 6 tháng
 * đầu năm 2023, báo cáo UBND tỉnh trước ngày 10/7/2023", "báo cáo kết quả 6 tháng đầu năm gửi … trước ngày …"), so that
 * a date set after it is the work's. Not the time to finish the work in ("hoàn thành dự án … 6 tháng đầu năm 2024, báo
 * cáo kết quả trước ngày …").
 */
export function coveredPeriod(text: string, deadline: ParsedDeadline): boolean {
  return (
    /^(?:0?6|0?9|sáu|chín|nửa)\s+(?:tháng\s+)?(?:đầu|cuối)\s+năm(?![\p{L}\p{M}])/iu.test(deadline.deadlineText) &&
    REVIEWED_BEFORE.test(text.slice(Math.max(0, deadline.start - 100), deadline.start))
  );
}

const REVIEWED_BEFORE =
  /(?<![\p{L}\p{M}])(?:sơ kết|tổng kết|đánh giá|báo cáo|kết quả|tình hình|số liệu)(?![\p{L}\p{M}])(?![^,;.]*(?<![\p{L}\p{M}])(?:hoàn thành|phấn đấu|xong)(?![\p{L}\p{M}]))[^,;.]*$/iu;

/**
 * What is to be avoided, up to the time it runs to, in the same clause (folded): "tránh tình trạng để dồn … (đến cuối
 * năm)", "không để tồn đọng … (đến …)" (not "tránh để kéo dài đến hết quý III", the work's limit, nor "… tránh tai nạn
 * trước ngày 30/6", the work's date).
 */
const AVOIDED_BEFORE =
  /\b(?:tranh|khong de(?: xay ra)?)(?: de)?(?: tinh trang)?\b(?![^,;.:]*\bkeo dai\s*$)[^,;.:]{0,80}$/;

export function findDeadlines(text: string, ref: string, calendar: ExtractionCalendar): ParsedDeadline[] {
  const { folded, offsets } = foldWithOffsets(text);
  const taken: Array<[number, number]> = [];
  const results: ParsedDeadline[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(folded); m; m = rule.pattern.exec(folded)) {
      const [from, to] = [m.index, m.index + m[0].length];
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      // "… Sở Tài nguyên và Môi trườngtrước ngày 10/12/2022": a page that lost the space still gives the date.
      if (from > 0 && /[a-z0-9]/.test(folded[from - 1]) && !/^truoc\s+ngay\s/.test(m[0])) continue;
      // "…, tránh tình trạng để dồn thanh toán vốn đến cuối năm": the time of what is to be avoided, no deadline.
      if (/^den\b/.test(m[0]) && AVOIDED_BEFORE.test(folded.slice(Math.max(0, from - 100), from))) continue;
      // "kiểm soát thị trường, đặc biệt là trước, trong và sau Tết": the time ongoing work is stressed in, no deadline
      // (not "…, nhất là trước ngày 31/12/2024 phải giải ngân 100% …", a date the work must be done by).
      if (
        /\b(?:nhat|dac biet|chu yeu) la(?:\s+(?:trong|vao|dip))?\s+$/.test(
          folded.slice(Math.max(0, from - 30), from),
        ) &&
        !/^(?:truoc|cham nhat)\s+ngay\b/.test(m[0]) &&
        !/^\s*,?\s*(?:phai|can)\b/.test(folded.slice(to))
      )
        continue;
      // "nợ thuế từ trước ngày 01/01/2024", "các gói thầu đã ký hợp đồng trước ngày 07/8/2024", "… phát sinh trước ngày …":
      // a cut-off that tells which cases, no deadline.
      if (
        /^truoc\s+(?:ngay\s+)?\d/.test(m[0]) &&
        CUT_OFF_BEFORE.test(text.slice(Math.max(0, offsets[from] - 60), offsets[from]))
      )
        continue;
      let resolved = rule.resolve(m, ref, calendar);
      if (!resolved) continue;
      // "… trước 15 giờ ngày 21-10 phải kêu gọi …, hoàn tất … trước 16 giờ cùng ngày": the day named before, not the
      // document's.
      if (/\bcung ngay$/.test(m[0]))
        resolved = { ...resolved, dueDate: lastDayNamed(folded.slice(0, from), ref) ?? ref };
      // "trước ngày 15/01 năm sau", "trong quý I năm tới": the day or period of the year after the document's.
      let until = to;
      const nextYear = /^\s+nam\s+(?:sau|toi)\b/.exec(folded.slice(to));
      if (nextYear && resolved.dueDate && !/\d{4}/.test(m[0])) {
        const year = refYear(ref) + 1;
        const [month, day] = [Number(resolved.dueDate.slice(5, 7)), Number(resolved.dueDate.slice(8, 10))];
        resolved = { ...resolved, dueDate: isoDate(year, month, day) ?? lastDayOfMonth(year, month) };
        until = to + nextYear[0].length;
      }
      taken.push([from, until]);
      const start = offsets[from];
      const end = offsets[until - 1] + 1;
      results.push({ ...resolved, deadlineText: text.slice(start, end).trim(), start, end });
    }
  }
  return results.sort((a, b) => a.start - b.start);
}

/** A deadline written without anything the rules understand, e.g. "Thời hạn: theo quy định". */
export const UNDATED_DEADLINE = /(?:thoi han|han hoan thanh|hoan thanh)\s*:\s*[^.;\n]+/;
