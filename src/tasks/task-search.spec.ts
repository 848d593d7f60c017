import { parseSearchQuery } from './task-search';

describe('parseSearchQuery', () => {
  it('folds words and keeps each once', () => {
    expect(parseSearchQuery('An toàn  thực phẩm Tết an')).toEqual({
      words: ['an', 'toan', 'thuc', 'pham', 'tet'],
      phrases: [],
    });
  });

  it('reads quoted text, typographic quotes too, as exact phrases', () => {
    expect(parseSearchQuery('"Lao động – Thương binh" “xã hội” tết')).toEqual({
      words: ['tet'],
      phrases: ['lao dong - thuong binh', 'xa hoi'],
    });
  });

  it('keeps a lone quote as a character of its word', () => {
    expect(parseSearchQuery('quyết "tam')).toEqual({ words: ['quyet', '"tam'], phrases: [] });
  });

  it('ignores empty phrases and blank queries', () => {
    expect(parseSearchQuery(' "" ')).toEqual({ words: [], phrases: [] });
  });
});
