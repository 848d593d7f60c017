import { foldVietnamese } from '../common/text/fold-vietnamese';
import type { DepartmentKind } from './department.entity';

export const DEPARTMENT_GROUP_KEYS = ['departments', 'districts', 'communes'] as const;
export type DepartmentGroupKey = (typeof DEPARTMENT_GROUP_KEYS)[number];

export interface DepartmentGroup {
  key: DepartmentGroupKey;
  /** The group as documents name it. */
  name: string;
  kinds: readonly DepartmentKind[];
}

/**
 * The classes of units a document assigns to as a whole ("giao UBND các huyện,
 * thành phố…"): one place for their names and the kinds of unit each holds.
 */
export const DEPARTMENT_GROUPS: readonly DepartmentGroup[] = [
  { key: 'departments', name: 'Các sở, ban, ngành', kinds: ['department', 'agency'] },
  { key: 'districts', name: 'UBND các huyện, thành phố', kinds: ['district'] },
  { key: 'communes', name: 'Các xã, phường', kinds: ['commune'] },
];

const ASSIGNEE_PATTERNS: Array<[RegExp, DepartmentGroupKey]> = [
  // "các xã, phường", "các xã, thị trấn", "các phường, xã": the commune levels listed together.
  [/\bcac\s+(?:xa|phuong|thi tran)\s*(?:,|\/|va)\s*(?:xa|phuong|thi tran|dac khu)\b/, 'communes'],
  // "UBND các phường", "UBND các xã, thị trấn": the committees of that level, never one committee ("UBND phường").
  [/\b(ubnd|uy ban nhan dan)\s+cac\s+(xa|phuong|thi tran|dac khu)\b/, 'communes'],
  [/\b(ubnd|uy ban nhan dan)\s+(cac\s+)?(huyen|quan|thi xa|thanh pho|tp)\b/, 'districts'],
  // "UBND cấp huyện", "UBND cấp xã": the committees of a level.
  [/\b(ubnd|uy ban nhan dan)\s+cap\s+huyen\b/, 'districts'],
  [/\b(ubnd|uy ban nhan dan)\s+cap\s+xa\b/, 'communes'],
  [/\bcac\s+(huyen|cap)\s*,\s*(thi xa|thanh pho)\b/, 'districts'],
  // A province's "địa phương" (localities) are its districts, towns and city.
  [/\bdia phuong\b/, 'districts'],
  [/\bcac\s+(so|ban)\s*,\s*(ban|nganh)\b/, 'departments'],
  // "(Thủ trưởng) sở, ban, ngành tỉnh": the same written without "các".
  [/^so\s*,\s*(ban\s*,?\s*)?nganh\b/, 'departments'],
  // "các sở", "các sở ngành liên quan", "Giám đốc các sở".
  [/\bcac\s+so\b/, 'departments'],
  [/\bcac\s+quan\s*,\s*huyen\b/, 'districts'],
  // "các cơ quan, đơn vị", "các cơ quan chuyên môn", "các ngành": the province's departments and agencies; not the
  // press ("các cơ quan (thông tấn,) báo chí").
  [/\bcac\s+(co quan|nganh)\b(?!\s+(?:thong tan|bao chi)\b)/, 'departments'],
  // "các cấp, các ngành": every level below the province, with the sectors above.
  [/\bcac\s+cap\s*,\s*cac\s+nganh\b/, 'districts'],
];

/**
 * The groups a group assignee written in a document stands for, in the order of DEPARTMENT_GROUPS:
 * "UBND các huyện, thành phố" → districts; "các sở, ban, ngành, địa phương" → departments and districts.
 */
export function groupsOfAssignee(text: string): DepartmentGroupKey[] {
  // "UBND các huyện: Ba Bể, Pác Nặm và Ngân Sơn" names some of the class, not the whole of it.
  if (/:\s*\S/.test(text)) return [];
  const folded = foldVietnamese(text);
  // "UBND các xã, phường thành phố Bắc Kạn": the communes of one place, likewise.
  if (/\b(?:xa|phuong|thi tran)\s+(?:huyen|thi xa|thanh pho|quan)\s+[a-z]/.test(folded)) return [];
  // "Các cơ quan chuyên môn thuộc UBND huyện": a district's own offices, no class of the province's units.
  if (/\b(?:thuoc|truc thuoc|cua)\s+(?:ubnd|uy ban nhan dan)\s+(?:huyen|thi xa|thanh pho|quan)\b/.test(folded))
    return [];
  const keys = new Set(ASSIGNEE_PATTERNS.filter(([pattern]) => pattern.test(folded)).map(([, key]) => key));
  return DEPARTMENT_GROUP_KEYS.filter((key) => keys.has(key));
}
