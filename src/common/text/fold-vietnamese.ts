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

const DASHES = /[\u2010-\u2015\u2212]/;
const MARKS = /[\u0300-\u036f]/;
const foldedChars = new Map<string, string>();

function foldChar(c: string): string {
  let f = foldedChars.get(c);
  if (f === undefined) {
    if (MARKS.test(c)) f = '';
    else if (/\s/.test(c)) f = ' ';
    else if (DASHES.test(c)) f = '-';
    else if (c === 'đ' || c === 'Đ') f = 'd';
    else
      f = c
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
    if (foldedChars.size < 10_000) foldedChars.set(c, f);
  }
  return f;
}

/**
 * Folds like foldVietnamese, and also every dash to "-" and every space to " ",
 * without collapsing anything, so that a match found in the folded text can be
 * reported against the text as received: `offsets[i]` is the index in the
 * original text (UTF-16) of the folded character `i`, and `offsets[folded.length]`
 * is the original length.
 */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i]);
    for (let k = 0; k < f.length; k++) offsets.push(i);
    folded += f;
  }
  offsets.push(text.length);
  return { folded, offsets };
}
