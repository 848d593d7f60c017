/**
 * Folds Vietnamese text for search and comparison: compatibility forms
 * (full-width letters, no-break spaces, "…"), lower case, no diacritics, đ → d,
 * every dash variant as "-" and every quote variant as ' or ", single spaces.
 * "Sở Lao động – Thương binh" and "so lao dong - thuong binh" fold to the same
 * string, so a query typed on a keyboard without Telex/VNI, or copied from a
 * document with typographic dashes, still finds what was written.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
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
