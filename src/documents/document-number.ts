/**
 * Số, ký hiệu of a Vietnamese administrative document as written: a number,
 * optionally the year, then the symbol of the kind and the issuing body
 * (`18/TB-UBND`, `125/TB-VPUBND`, `09/2019/NĐ-CP`, `05-CT/TW`, `2345/UBND-KT`).
 */
const DOCUMENT_NUMBER = /^\d{1,6}(\/(\d{4}))?[/-]\p{Lu}[\p{Lu}\d]*([-/.][\p{Lu}\d]+)*$/u;

export const DOCUMENT_NUMBER_EXAMPLE = '18/TB-UBND';

/** The number in its stored form (trimmed, NFC), or null when blank. */
export function normalizeDocumentNumber(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.normalize('NFC').trim();
  return trimmed === '' ? null : trimmed;
}

export function isDocumentNumber(value: string): boolean {
  return DOCUMENT_NUMBER.test(value);
}

/** The year written in the number (`09/2019/NĐ-CP` → 2019), if any. */
export function yearInDocumentNumber(value: string): number | null {
  const match = DOCUMENT_NUMBER.exec(value);
  return match?.[2] ? Number(match[2]) : null;
}
