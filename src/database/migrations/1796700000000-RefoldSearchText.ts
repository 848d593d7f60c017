import { MigrationInterface, QueryRunner } from 'typeorm';
import { foldVietnamese } from '../../common/text/fold-vietnamese';

const BATCH = 1000;

/**
 * Folding now also unifies dashes, quotes and compatibility forms ("–" and "-"
 * fold alike), so the folded search text of existing tasks, departments and
 * sessions is written again where it differs. SQLite's search index follows by
 * its update trigger.
 */
export class RefoldSearchText1796700000000 implements MigrationInterface {
  name = 'RefoldSearchText1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await refold(queryRunner, 'tasks', ['title', 'description'], (row) =>
      foldVietnamese(`${row.title} ${row.description ?? ''}`),
    );
    await refold(queryRunner, 'departments', ['code', 'name'], (row) => foldVietnamese(`${row.code} ${row.name}`));
    await refold(queryRunner, 'meeting_sessions', ['title'], (row) => foldVietnamese(String(row.title)));
  }

  async down(): Promise<void> {
    // The text folded the new way still finds what it found before.
  }
}

type Row = { id: number; searchText: string } & Record<string, string | null>;

async function refold(
  queryRunner: QueryRunner,
  table: string,
  columns: string[],
  fold: (row: Row) => string,
): Promise<void> {
  const builder = () => queryRunner.manager.createQueryBuilder();
  for (let after = 0; ;) {
    let select = builder().select('"r"."id"', 'id').addSelect('"r"."searchText"', 'searchText');
    for (const column of columns) select = select.addSelect(`"r"."${column}"`, column);
    const rows: Row[] = await select
      .from(table, 'r')
      .where('"r"."id" > :after', { after })
      .orderBy('"r"."id"')
      .limit(BATCH)
      .getRawMany();
    if (rows.length === 0) return;
    for (const row of rows) {
      const searchText = fold(row);
      if (searchText !== row.searchText)
        await builder().update(table).set({ searchText }).where('id = :id', { id: row.id }).execute();
    }
    after = Number(rows[rows.length - 1].id);
  }
}
