import { breakWords, foldVietnamese, foldWithOffsets } from './fold-vietnamese';

describe('foldVietnamese', () => {
  it('removes diacritics, folds đ and case, and single-spaces', () => {
    expect(foldVietnamese('  Sở Y tế   ĐẮK LẮK ')).toBe('so y te dak lak');
    expect(foldVietnamese('Thương binh và Xã hội')).toBe('thuong binh va xa hoi');
  });

  it('folds "Ð" (U+00D0), written for "Đ" by pages converted from the old Vietnamese fonts, as "Đ"', () => {
    expect(foldVietnamese('\u00d0ề nghị Sở Tài chính; \u00f0ồng thời')).toBe('de nghi so tai chinh; dong thoi');
    expect(foldWithOffsets('\u00d0ồng Tháp').folded).toBe(foldWithOffsets('Đồng Tháp').folded);
  });

  it('folds every dash variant to "-"', () => {
    const variants = ['-', '‐', '‑', '‒', '–', '—', '―', '−', '﹘', '﹣', '－'];
    for (const dash of variants) expect(foldVietnamese(`Lao động ${dash} Thương binh`)).toBe('lao dong - thuong binh');
  });

  it('folds typographic quotes, no-break spaces, full-width letters and the ellipsis', () => {
    expect(foldVietnamese('“Tam nông” ‘a’')).toBe('"tam nong" \'a\'');
    expect(foldVietnamese('Tết\u00a0Nguyên\u202fđán')).toBe('tet nguyen dan');
    expect(foldVietnamese('ＵＢＮＤ tỉnh…')).toBe('ubnd tinh...');
  });

  it('leaves ASCII punctuation as typed', () => {
    expect(foldVietnamese('18/TB-UBND: 100%')).toBe('18/tb-ubnd: 100%');
  });
});

describe('breakWords', () => {
  it('turns punctuation into spaces and keeps the length', () => {
    expect(breakWords('18/tb-ubnd: "tam nong"')).toBe('18 tb ubnd   tam nong ');
  });
});
