import { MigrationInterface, QueryRunner } from 'typeorm';
import { foldVietnamese } from '../../common/text/fold-vietnamese';

/**
 * The folded search text of assigning documents written before folding
 * unified dashes, quotes and compatibility forms, written again where it
 * differs (as RefoldSearchText did for tasks, departments and sessions).
 */
export class RefoldDocumentSearchText1796700000001 implements MigrationInterface {
  name = 'RefoldDocumentSearchText1796700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const rows: Array<{ id: number; number: string | null; issuer: string; summary: string; searchText: string }> =
      await queryRunner.manager
        .createQueryBuilder()
        .select('"d"."id"', 'id')
        .addSelect('"d"."number"', 'number')
        .addSelect('"d"."issuer"', 'issuer')
        .addSelect('"d"."summary"', 'summary')
        .addSelect('"d"."searchText"', 'searchText')
        .from('documents', 'd')
        .getRawMany();
    for (const row of rows) {
      const searchText = foldVietnamese(`${row.number ?? ''} ${row.issuer} ${row.summary}`);
      if (searchText !== row.searchText)
        await queryRunner.manager
          .createQueryBuilder()
          .update('documents')
          .set({ searchText })
          .where('id = :id', { id: row.id })
          .execute();
    }
  }

  async down(): Promise<void> {
    // The text folded the new way still finds what it found before.
  }
}
