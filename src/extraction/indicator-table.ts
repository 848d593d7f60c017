import { foldVietnamese } from '../common/text/fold-vietnamese';
import { upperFirst } from '../common/text/letter-case';
import type { ProposedIndicator } from './indicator-extractor';
import { cellAt, findPastedTables, type PastedRow, type TableCell } from './pasted-table';
import { baseValueOf, unitInfo } from './units';
import { parseVietnameseNumber, tidy, VIETNAMESE_NUMBER } from './vietnamese-number';

/**
 * The kinds of column of a table of figures ("Biểu một số chỉ tiêu kinh tế - xã hội chủ yếu"): the indicator, its
 * unit, the figure of the period reported and its comparisons, in percent, with the plan, the same period of last year
 * and the period before.
 */
type FigureColumn = 'name' | 'unit' | 'value' | 'planPct' | 'lastYearPct' | 'previousPct';

/** A comparison column: "So với kế hoạch (%)", "So sánh với cùng kỳ", "% KH", "Tăng, giảm so với tháng trước (%)". */
const COMPARISON = /\bso (?:voi|sanh)\b|^so\s|%|\b(?:tang|giam)\b/;
/** What a comparison column compares with. */
const COMPARED_WITH: ReadonlyArray<[FigureColumn, RegExp]> = [
  ['planPct', /\b(?:ke hoach|kh|du toan|muc tieu|chi tieu)\b/],
  ['lastYearPct', /\b(?:cung ky|nam truoc|cung thoi diem|ck)\b/],
  ['previousPct', /\b(?:thang truoc|ky truoc|quy truoc)\b/],
];
/** The indicator's column: "Chỉ tiêu", "Tên chỉ tiêu", "Nội dung", "Danh mục". */
const NAME = /^(?:(?:ten\s+)?chi tieu|noi dung|danh muc)\b/;
/** The unit's column: "Đơn vị tính", "ĐVT". */
const UNIT = /^(?:don vi tinh|dvt|don vi)$/;
/**
 * A column of figures of a period: "Thực hiện 9 tháng", "Ước thực hiện năm 2025", "Ước TH", "Kết quả", "Lũy kế",
 * "Tháng 9/2025", "Năm 2025". Of several, the last not of last year ("Thực hiện cùng kỳ 2024") nor of the plan is
 * the period reported.
 */
const PERIOD_FIGURES =
  /^(?:(?:uoc|du uoc|du kien)\b|thuc hien\b|th\b|ket qua\b|luy ke\b|\d+\s+thang\b|(?:thang|quy|nam)\s+[\divx])/;
const NOT_THIS_PERIOD = /\b(?:cung ky|nam truoc|ke hoach|kh|du toan|muc tieu)\b/;
/** A figure of a period estimated rather than counted. */
const ESTIMATED = /\b(?:uoc|du uoc|du kien)\b/;
/** A comparison given as the change itself ("Tăng, giảm (%)") rather than as an index (112,5 for 12.5 % more). */
const CHANGE_ITSELF = /\b(?:tang|giam)\b/;

const NUMBER_CELL = new RegExp(String.raw`^([+-]?)\s*(${VIETNAMESE_NUMBER})\s*%?$`);
/** A unit in brackets closing a row's name. */
const UNIT_IN_NAME = /\s*\(([^()]{1,20})\)\s*$/;
/** What opens a row's name and is no part of it: "- ", "+ ", "a) ", "Trong đó: ". */
const NAME_MARK = /^(?:[-+*•–]\s*|[a-zđ]\)\s*|trong đó\s*:?\s*)+/iu;

/**
 * The figures of the tables of figures in a text, one indicator a row: its name from the indicator's column, its
 * unit from the unit's, its value from the period reported, its comparisons as the text extractor gives them (a
 * change in percent from last year or the period before; the share of the plan reached). An index column ("So với
 * cùng kỳ (%)": 112,5) is read as the change it stands for (12,5). Rows without a figure (a group's heading, "-") are
 * left out. Each table's span is given too, so that its cells are not read again as prose.
 */
export function tableIndicators(text: string): {
  indicators: ProposedIndicator[];
  spans: Array<{ start: number; end: number }>;
} {
  const indicators: ProposedIndicator[] = [];
  const spans: Array<{ start: number; end: number }> = [];
  for (const table of findPastedTables(text, headerColumns)) {
    spans.push({ start: table.start, end: table.end });
    const estimate = ESTIMATED.test(foldVietnamese(table.header[table.columns.value!].text));
    const changeItself = (kind: FigureColumn) => {
      const k = table.columns[kind];
      return k !== undefined && CHANGE_ITSELF.test(foldVietnamese(table.header[k].text));
    };
    for (const row of table.rows) {
      const indicator = rowIndicator(row, table.columns, estimate, changeItself);
      if (indicator) indicators.push(indicator);
    }
  }
  return { indicators, spans };
}

function rowIndicator(
  row: PastedRow,
  columns: Partial<Record<FigureColumn, number>>,
  estimate: boolean,
  changeItself: (kind: FigureColumn) => boolean,
): ProposedIndicator | null {
  const cell = (kind: FigureColumn) => cellAt(row, columns[kind]);
  const nameCell = cell('name');
  let name = nameCell?.text.replace(NAME_MARK, '').trim() ?? '';
  if (!/\p{L}/u.test(name)) return null;
  // A table without a unit column gives it after the name: "Thu ngân sách nhà nước (tỷ đồng)".
  let unitText = cell('unit')?.text ?? null;
  const named = unitText === null ? UNIT_IN_NAME.exec(name) : null;
  if (named && unitInfo(named[1])) {
    unitText = named[1];
    name = name.slice(0, named.index);
  }
  const value = numberIn(cell('value'));
  const compared = (kind: FigureColumn) => {
    const figure = numberIn(cell(kind));
    if (figure === null || kind === 'planPct' || changeItself(kind)) return figure;
    return tidy(figure - 100);
  };
  const [planPct, changeFromLastYearPct, changeFromPreviousPct] = (
    ['planPct', 'lastYearPct', 'previousPct'] as const
  ).map(compared);
  if (value === null && changeFromLastYearPct === null && changeFromPreviousPct === null) return null;
  const unit = unitText === null ? null : (unitInfo(unitText)?.unit ?? unitText.toLowerCase());
  const base = unit?.startsWith('%') ? { baseValue: value, baseUnit: '%' } : baseValueOf(value, unit);
  return {
    name: upperFirst(name),
    value,
    valueMax: null,
    qualifier: null,
    unit,
    ...base,
    changeFromPreviousPct,
    changeFromLastYearPct,
    planPct,
    // A rate's change given as such ("Tỷ lệ bao phủ bảo hiểm y tế", "%", "Tăng, giảm so cùng kỳ": 1,1) is in points.
    changeKind: unit === '%' && (changeItself('lastYearPct') || changeItself('previousPct')) ? 'points' : 'percent',
    estimate,
    sourceSpan: { start: row.start, end: row.end },
  };
}

/** The number a cell holds ("2.015,7", "-3,2", "112,5%"), or null for an empty, "-" or worded cell. */
function numberIn(cell: TableCell | null): number | null {
  const m = cell ? NUMBER_CELL.exec(cell.text) : null;
  if (!m) return null;
  const value = parseVietnameseNumber(m[2]);
  return m[1] === '-' ? -value : value;
}

/**
 * The column of each kind a header's cells name, or null when they are no header of a table of figures: it names
 * the indicator, and a figure of the period reported or a comparison.
 */
function headerColumns(cells: TableCell[]): Partial<Record<FigureColumn, number>> | null {
  if (cells.length < 3) return null;
  const columns: Partial<Record<FigureColumn, number>> = {};
  cells.forEach((cell, k) => {
    const folded = foldVietnamese(cell.text);
    if (columns.name === undefined && NAME.test(folded)) columns.name = k;
    else if (columns.unit === undefined && UNIT.test(folded)) columns.unit = k;
    else if (COMPARISON.test(folded)) {
      const kind = COMPARED_WITH.find(([, pattern]) => pattern.test(folded))?.[0];
      if (kind && columns[kind] === undefined) columns[kind] = k;
    } else if (PERIOD_FIGURES.test(folded) && !NOT_THIS_PERIOD.test(folded)) columns.value = k;
  });
  const compares = columns.planPct !== undefined || columns.lastYearPct !== undefined;
  return columns.name !== undefined && columns.value !== undefined && (columns.unit !== undefined || compares)
    ? columns
    : null;
}
