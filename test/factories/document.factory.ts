import { AssigningDocument } from '../../src/documents/assigning-document.entity';
import { searchTextOfDocument } from '../../src/documents/documents.service';
import type { TestApp } from '../helpers/create-test-app';

/**
 * Assigning documents for tests that need a task and do not care which
 * document assigned it: one per test app, written through the repository.
 */
const defaults = new WeakMap<object, Promise<number>>();

export async function createDocument(
  t: Pick<TestApp, 'dataSource'>,
  overrides: Partial<AssigningDocument> = {},
): Promise<AssigningDocument> {
  const values = {
    kind: 'conclusion_notice' as const,
    number: null,
    issuedOn: '2024-01-27',
    issuer: 'UBND tỉnh Bắc Kạn',
    summary: 'Thông báo kết luận Phiên họp thường kỳ tháng 01/2024',
    sessionId: null,
    ...overrides,
  };
  return t.dataSource
    .getRepository(AssigningDocument)
    .save({ ...values, searchText: searchTextOfDocument(values) } as AssigningDocument);
}

/** The id of the test app's default assigning document, created on first use. */
export function defaultDocumentId(t: Pick<TestApp, 'dataSource'>): Promise<number> {
  if (!defaults.has(t.dataSource))
    defaults.set(
      t.dataSource,
      createDocument(t).then((d) => d.id),
    );
  return defaults.get(t.dataSource)!;
}
