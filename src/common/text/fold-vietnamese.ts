/**
 * Folds Vietnamese text for search and comparison: compatibility forms
 * (full-width letters, no-break spaces, "…"), lower case, no diacritics, đ → d
 * (and "Ð", the eth that pages converted from the old Vietnamese fonts write for "Đ"),
 * every dash variant as "-" and every quote variant as ' or ", single spaces.
 * "Sở Lao động – Thương binh" and "so lao dong - thuong binh" fold to the same
 * string, so a query typed on a keyboard without Telex/VNI, or copied from a
 * document with typographic dashes, still finds what was written.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đð]/g, 'd')
    .replace(/[ĐÐ]/g, 'D')
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Hyphens, en and em dashes, the minus sign and their small and full-width forms (after NFKD). */
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58]/g;
const SINGLE_QUOTES = /[\u2018-\u201B\u2032\u2035]/g;
const DOUBLE_QUOTES = /[\u201C-\u201F\u2033\u2036\u00AB\u00BB\u301D-\u301F]/g;

/**
 * The characters that separate words in folded text besides the space: ASCII
 * punctuation (folding has already turned the typographic variants into it).
 * Search compares words with these replaced by spaces, in JavaScript
 * (`breakWords`) and in SQL (`breakWordsSql`) alike.
 */
export const WORD_BREAKS = [...`!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~`];

/** Folded text with every word-breaking punctuation character as a space (the length is kept). */
export function breakWords(folded: string): string {
  return [...folded].map((char) => (WORD_BREAKS.includes(char) ? ' ' : char)).join('');
}

/** `breakWords` of a text column, as an SQL expression valid on SQLite and PostgreSQL alike. */
export function breakWordsSql(column: string): string {
  return WORD_BREAKS.reduce((sql, char) => `REPLACE(${sql}, '${char === "'" ? "''" : char}', ' ')`, column);
}

/** Escapes LIKE wildcards so that user text matches literally (used with ESCAPE '\\'). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const DASH = new RegExp(DASHES.source);
const SINGLE_QUOTE = new RegExp(SINGLE_QUOTES.source);
const DOUBLE_QUOTE = new RegExp(DOUBLE_QUOTES.source);
const MARKS = /[\u0300-\u036f]/;
const foldedChars = new Map<string, string>();

function foldChar(c: string): string {
  let f = foldedChars.get(c);
  if (f === undefined) {
    if (MARKS.test(c)) f = '';
    else if (/\s/.test(c)) f = ' ';
    else if (DASH.test(c)) f = '-';
    else if (SINGLE_QUOTE.test(c)) f = "'";
    else if (DOUBLE_QUOTE.test(c)) f = '"';
    else if (c === 'đ' || c === 'Đ' || c === 'ð' || c === 'Ð') f = 'd';
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
 * Folds like foldVietnamese (every space to " "), without collapsing anything, so that a match found in the folded text can be
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
