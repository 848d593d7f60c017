import { foldWithOffsets } from '../common/text/fold-vietnamese';
import type { DepartmentRef } from './unit-matcher';

/**
 * The fields of the usual provincial departments, by words of their names, so
 * that a directive addressed to "các sở, ban, ngành" still gets a proposed lead
 * for the office to confirm. Scores stay below an explicit assignment's 1.
 */
const FIELDS: Array<{ name: RegExp; words: string[] }> = [
  {
    name: /ke hoach va dau tu/,
    words: [
      'dau tu cong',
      'giai ngan',
      'von dau tu',
      'kinh te - xa hoi',
      'thu hut dau tu',
      'du an trong diem',
      'chuong trinh mtqg',
      'muc tieu quoc gia',
    ],
  },
  { name: /^so tai chinh/, words: ['ngan sach', 'du toan', 'kinh phi', 'tai chinh', 'thu, chi', 'gia ca'] },
  {
    name: /cong thuong/,
    words: ['thi truong', 'hang hoa', 'thuong mai', 'cong nghiep', 'xuat khau', 'binh on', 'dien'],
  },
  {
    name: /lao dong/,
    words: [
      'nguoi co cong',
      'ho ngheo',
      'gia dinh chinh sach',
      'tang qua',
      'an sinh',
      'viec lam',
      'tre em',
      'cham lo tet',
      'doi tuong chinh sach',
    ],
  },
  {
    name: /y te/,
    words: [
      'kham, chua benh',
      'kham chua benh',
      'dich benh',
      'y te',
      'suc khoe',
      've sinh an toan thuc pham',
      'phong, chong dich',
    ],
  },
  {
    name: /nong nghiep/,
    words: [
      'trong cay',
      'rung',
      'nong nghiep',
      'cay trong',
      'vat nuoi',
      'thuy loi',
      'nong thon moi',
      'san xuat vu',
      'phong chong thien tai',
    ],
  },
  { name: /xay dung/, words: ['quy hoach', 'do thi', 'xay dung', 'nha o', 'vat lieu'] },
  { name: /giao duc/, words: ['hoc sinh', 'truong hoc', 'giao duc', 'ky thi', 'chong ret cho hoc sinh'] },
  {
    name: /van hoa/,
    words: [
      'le hoi',
      'van hoa',
      'van nghe',
      'the thao',
      'du lich',
      'mung dang',
      'mung xuan',
      'lanh manh, an toan, tiet kiem',
    ],
  },
  { name: /tai nguyen/, words: ['dat dai', 'moi truong', 'khoang san', 'tai nguyen'] },
  {
    name: /noi vu/,
    words: ['to chuc bo may', 'can bo', 'cong chuc', 'thi dua', 'ton giao', 'cai cach hanh chinh', 'bau cu'],
  },
  { name: /tu phap/, words: ['van ban quy pham', 'phap luat', 'ho tich'] },
  { name: /thong tin/, words: ['chuyen doi so', 'bao chi', 'thong tin', 'tuyen truyen'] },
  { name: /khoa hoc/, words: ['khoa hoc', 'cong nghe', 'sang kien'] },
  { name: /giao thong/, words: ['giao thong', 'duong bo', 'van tai'] },
  { name: /cong an/, words: ['an ninh', 'trat tu', 'phong chay', 'toi pham', 'an toan giao thong'] },
  { name: /thanh tra/, words: ['khieu nai', 'to cao', 'thanh tra'] },
  { name: /dan toc/, words: ['dan toc thieu so', 'vung dong bao'] },
  { name: /thue/, words: ['thu thue', 'no dong thue'] },
];

export function leadCandidatesByTopic(
  text: string,
  departments: readonly DepartmentRef[],
): Array<{ departmentId: number; name: string; score: number }> {
  const f = foldWithOffsets(text).folded;
  const scored: Array<{ departmentId: number; name: string; score: number }> = [];
  for (const d of departments) {
    const name = foldWithOffsets(d.name).folded;
    let hits = 0;
    for (const field of FIELDS) {
      if (!field.name.test(name)) continue;
      for (const w of field.words) if (f.includes(w)) hits++;
    }
    if (hits > 0)
      scored.push({ departmentId: d.id, name: d.name, score: Math.round(Math.min(0.6, 0.2 + 0.1 * hits) * 100) / 100 });
  }
  return scored.sort((a, b) => b.score - a.score || a.departmentId - b.departmentId).slice(0, 3);
}
