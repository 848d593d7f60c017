import { foldVietnamese } from '../common/text/fold-vietnamese';

/**
 * The key of an indicator's series: its name folded, without the period or
 * place it was reported for, so that "Giá trị sản xuất công nghiệp trong tháng"
 * and "giá trị sản xuất công nghiệp" are one series.
 */
export function indicatorKey(name: string): string {
  return foldVietnamese(name)
    .replace(/[–—]/g, '-')
    .replace(/\((?:[^)]*)\)/g, ' ')
    .replace(/\b(?:tinh den|den het|tinh chung|luy ke)\b.*$/, ' ')
    .replace(
      /\b(?:trong|cua)?\s*(?:thang|quy|nam|ky)\s+(?:\d{1,4}(?:\/\d{2,4})?|[ivx]+|nay|truoc|dau|cuoi)(?:\s+nam\s+\d{4})?/g,
      ' ',
    )
    .replace(/\b\d+\s+thang(?:\s+(?:dau|cuoi))?(?:\s+nam)?(?:\s+\d{4})?/g, ' ')
    .replace(
      /\b(?:trong thang|trong quy|trong nam|thang|toan tinh|tren dia ban(?: tinh)?|cua tinh|uoc tinh|du uoc|uoc)\b/g,
      ' ',
    )
    .replace(/[^a-z0-9% -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
