import { MigrationInterface, QueryRunner } from 'typeorm';
import { foldVietnamese } from '../../common/text/fold-vietnamese';

/** The search text of each table, as its service writes it (the columns it is folded from, in order). */
const SEARCH_TEXT: Array<{ table: string; columns: string[] }> = [
  { table: 'tasks', columns: ['title', 'description'] },
  { table: 'departments', columns: ['code', 'name'] },
  { table: 'meeting_sessions', columns: ['title'] },
  { table: 'documents', columns: ['number', 'issuer', 'summary'] },
];

/**
 * Folding now reads "Ð" (U+00D0, the eth that pages converted from the old
 * Vietnamese fonts write for "Đ") as "Đ": the search text that held its folded
 * form "ð" is written again, so that "de nghi" finds "Ðề nghị". The word
 * indexes follow by their triggers and generated columns.
 */
export class RefoldEth1797000600000 implements MigrationInterface {
  name = 'RefoldEth1797000600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, columns } of SEARCH_TEXT) {
      let select = queryRunner.manager.createQueryBuilder().select('"r"."id"', 'id');
      for (const column of columns) select = select.addSelect(`"r"."${column}"`, column);
      const rows: Array<Record<string, string | number | null>> = await select
        .from(table, 'r')
        .where('"r"."searchText" LIKE :eth', { eth: '%ð%' })
        .getRawMany();
      for (const row of rows) {
        const searchText = foldVietnamese(columns.map((c) => row[c] ?? '').join(' '));
        await queryRunner.manager
          .createQueryBuilder()
          .update(table)
          .set({ searchText })
          .where('id = :id', { id: row.id })
          .execute();
      }
    }
  }

  async down(): Promise<void> {
    // The text folded the new way still finds what it found before, but for "ð" typed as such.
  }
}
