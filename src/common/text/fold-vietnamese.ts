/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ → d, single
 * spaces. "Sở Y tế" and "so y te" fold to the same string, so a query typed on a
 * keyboard without Telex/VNI still finds what was written with full diacritics.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards so that user text matches literally (used with ESCAPE '\\'). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
