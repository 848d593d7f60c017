import { DateTime } from 'luxon';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foldVietnamese } from '../../common/text/fold-vietnamese';
import { columnKit } from './column-kit';

type Instant = Date | string | null;

/** An instant as the driver returns it (a Date on PostgreSQL, UTC text on SQLite). */
function instantOf(value: Instant): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}

/**
 * The tracking model of the provincial office:
 * - `documents`, the assigning documents (văn bản giao nhiệm vụ);
 * - on `tasks`: the assigning document (required), the leader in charge, the
 *   kind, the actual completion date and its confirmation, the original deadline
 *   and the number of extensions, a deadline in working days, a recurrence rule;
 * - on `users`: a leader's title and sectors.
 *
 * Existing data is carried forward: every session with a notice number gets its
 * conclusion notice; the tasks of a session without one go to one placeholder
 * document (number empty) for that session, and tasks without a session to one
 * placeholder of their own; tasks without a deadline become standing; completed
 * tasks count as confirmed on the local day they were recorded.
 *
 * SQLite cannot make an added column NOT NULL without rebuilding the table
 * (which would drop the search triggers and cascade into the task tables), so
 * there the rule is enforced by triggers; PostgreSQL gets a NOT NULL column.
 */
export class AssigningDocuments1796200000000 implements MigrationInterface {
  name = 'AssigningDocuments1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    const c = columnKit(queryRunner);
    const zone = process.env.APP_TIMEZONE || 'Asia/Ho_Chi_Minh';
    const localDate = (instant: Date) => DateTime.fromJSDate(instant, { zone }).toISODate()!;
    const instantType = postgres ? 'timestamptz' : 'datetime';

    await queryRunner.createTable(
      new Table({
        name: 'documents',
        columns: [
          c.id(),
          c.varchar('kind', 32),
          c.varchar('number', 64, { isNullable: true }),
          c.calendarDate('issuedOn'),
          c.varchar('issuer', 255),
          c.varchar('signerName', 200, { isNullable: true }),
          c.varchar('signerTitle', 200, { isNullable: true }),
          c.text('summary'),
          c.text('searchText', { default: "''" }),
          c.int('sessionId', { isNullable: true }),
          c.createdAt(),
          c.createdAt('updatedAt'),
        ],
        foreignKeys: [
          {
            columnNames: ['sessionId'],
            referencedTableName: 'meeting_sessions',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
        indices: [
          { name: 'IDX_documents_issuedOn', columnNames: ['issuedOn'] },
          { name: 'IDX_documents_sessionId', columnNames: ['sessionId'] },
        ],
      }),
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_documents_number_issuer_year" ON "documents" ("number", "issuer", substr("issuedOn", 1, 4)) WHERE "number" IS NOT NULL`,
    );

    await queryRunner.query(`ALTER TABLE "users" ADD COLUMN "leaderTitle" varchar(16)`);
    await queryRunner.query(`ALTER TABLE "users" ADD COLUMN "sectors" text NOT NULL DEFAULT '[]'`);

    // Plain ALTER TABLE: TypeORM's addColumn rebuilds a SQLite table.
    const add = (definition: string) => queryRunner.query(`ALTER TABLE "tasks" ADD COLUMN ${definition}`);
    await add(`"documentId" integer REFERENCES "documents" ("id") ON DELETE RESTRICT`);
    await add(`"leaderId" integer REFERENCES "users" ("id") ON DELETE SET NULL`);
    await add(`"kind" varchar(16) NOT NULL DEFAULT 'deadline'`);
    await add(`"completedOn" varchar(10)`);
    await add(`"confirmedAt" ${instantType}`);
    await add(`"originalDueDate" varchar(10)`);
    await add(`"extensionCount" integer NOT NULL DEFAULT 0`);
    await add(`"workingDays" integer`);
    await add(`"recurrence" text`);

    await queryRunner.query(`UPDATE "tasks" SET "kind" = 'standing' WHERE "dueAt" IS NULL`);
    await queryRunner.query(
      `UPDATE "tasks" SET "extensionCount" = (SELECT COUNT(*) FROM "task_extensions" "e" WHERE "e"."taskId" = "tasks"."id" AND "e"."status" = 'approved')`,
    );
    await queryRunner.query(`UPDATE "tasks" SET "confirmedAt" = "completedAt" WHERE "completedAt" IS NOT NULL`);

    // Dates computed in APP_TIMEZONE, grouped so that one UPDATE serves every task of a day.
    const rows: Array<{
      id: number;
      dueDate: string | null;
      dueAt: Instant;
      completedAt: Instant;
      first: Instant;
      firstDate: string | null;
    }> = await queryRunner.query(
      `SELECT "t"."id", "t"."dueDate", "t"."dueAt", "t"."completedAt",
                "f"."previousDueAt" AS "first", "f"."previousDueDate" AS "firstDate"
           FROM "tasks" "t"
           LEFT JOIN "task_deadline_changes" "f" ON "f"."id" =
             (SELECT MIN("d"."id") FROM "task_deadline_changes" "d" WHERE "d"."taskId" = "t"."id")`,
    );
    const byDay = { completedOn: new Map<string, number[]>(), originalDueDate: new Map<string, number[]>() };
    const note = (column: keyof typeof byDay, day: string, id: number) => {
      const ids = byDay[column].get(day) ?? [];
      ids.push(Number(id));
      byDay[column].set(day, ids);
    };
    for (const row of rows) {
      const completedAt = instantOf(row.completedAt);
      if (completedAt) note('completedOn', localDate(completedAt), row.id);
      const firstAt = row.first !== null ? instantOf(row.first) : instantOf(row.dueAt);
      const firstDay = row.first !== null ? row.firstDate : row.dueDate;
      const original = firstDay ?? (firstAt ? localDate(firstAt) : null);
      if (original) note('originalDueDate', original, row.id);
    }
    for (const [column, days] of Object.entries(byDay)) {
      for (const [day, ids] of days) {
        for (let i = 0; i < ids.length; i += 500) {
          const chunk = ids.slice(i, i + 500);
          await queryRunner.query(
            `UPDATE "tasks" SET "${column}" = ${postgres ? '$1' : '?'} WHERE "id" IN (${chunk.join(', ')})`,
            [day],
          );
        }
      }
    }

    await this.documentsForExistingTasks(queryRunner, postgres, localDate);

    await queryRunner.query(`CREATE INDEX "IDX_tasks_documentId" ON "tasks" ("documentId")`);
    await queryRunner.query(`CREATE INDEX "IDX_tasks_leaderId" ON "tasks" ("leaderId")`);
    if (postgres) {
      await queryRunner.query(`ALTER TABLE "tasks" ALTER COLUMN "documentId" SET NOT NULL`);
    } else {
      for (const [name, event] of [
        ['tasks_documentId_insert', 'INSERT'],
        ['tasks_documentId_update', 'UPDATE OF "documentId"'],
      ]) {
        await queryRunner.query(
          `CREATE TRIGGER "${name}" BEFORE ${event} ON "tasks" WHEN new."documentId" IS NULL BEGIN
             SELECT RAISE(ABORT, 'NOT NULL constraint failed: tasks.documentId');
           END`,
        );
      }
    }
  }

  /** Conclusion notices of the sessions, placeholders, and every task pointed at one. */
  private async documentsForExistingTasks(
    queryRunner: QueryRunner,
    postgres: boolean,
    localDate: (instant: Date) => string,
  ): Promise<void> {
    const p = (n: number) => (postgres ? `$${n}` : '?');
    const insert = async (values: {
      kind: string;
      number: string | null;
      issuedOn: string;
      issuer: string;
      summary: string;
      sessionId: number | null;
    }): Promise<number> => {
      const searchText = foldVietnamese(`${values.number ?? ''} ${values.issuer} ${values.summary}`);
      const params = [
        values.kind,
        values.number,
        values.issuedOn,
        values.issuer,
        values.summary,
        searchText,
        values.sessionId,
      ];
      const sql =
        `INSERT INTO "documents" ("kind", "number", "issuedOn", "issuer", "summary", "searchText", "sessionId")` +
        ` VALUES (${[1, 2, 3, 4, 5, 6, 7].map(p).join(', ')})`;
      if (postgres) {
        const result: Array<{ id: number }> = await queryRunner.query(`${sql} RETURNING "id"`, params);
        return Number(result[0].id);
      }
      await queryRunner.query(sql, params);
      const result: Array<{ id: number }> = await queryRunner.query(`SELECT last_insert_rowid() AS "id"`);
      return Number(result[0].id);
    };

    const sessions: Array<{
      id: number;
      title: string;
      heldAt: Instant;
      noticeNumber: string | null;
      noticeDate: string | null;
      taskCount: number | string;
    }> = await queryRunner.query(
      `SELECT "s"."id", "s"."title", "s"."heldAt", "s"."noticeNumber", "s"."noticeDate",
              (SELECT COUNT(*) FROM "tasks" "t" WHERE "t"."sessionId" = "s"."id") AS "taskCount"
         FROM "meeting_sessions" "s" ORDER BY "s"."id"`,
    );
    const taken = new Set<string>();
    for (const session of sessions) {
      const number = session.noticeNumber?.trim() || null;
      const issuedOn = session.noticeDate ?? localDate(instantOf(session.heldAt)!);
      const issuer = number && /VPUBND/.test(number) ? 'Văn phòng UBND tỉnh' : 'UBND tỉnh';
      const key = `${number}|${issuer}|${issuedOn.slice(0, 4)}`;
      let documentId: number | null = null;
      if (number && !taken.has(key)) {
        taken.add(key);
        documentId = await insert({
          kind: 'conclusion_notice',
          number,
          issuedOn,
          issuer,
          summary: `Thông báo kết luận ${session.title}`,
          sessionId: session.id,
        });
      } else if (Number(session.taskCount) > 0) {
        documentId = await insert({
          kind: 'conclusion_notice',
          number: null,
          issuedOn,
          issuer: 'UBND tỉnh',
          summary: `Văn bản giao nhiệm vụ tại ${session.title} (chưa nhập số, ký hiệu và ngày ban hành; cần cập nhật)`,
          sessionId: session.id,
        });
      }
      if (documentId !== null) {
        await queryRunner.query(`UPDATE "tasks" SET "documentId" = ${p(1)} WHERE "sessionId" = ${p(2)}`, [
          documentId,
          session.id,
        ]);
      }
    }

    const orphans: Array<{ count: number | string; first: Instant }> = await queryRunner.query(
      `SELECT COUNT(*) AS "count", MIN("createdAt") AS "first" FROM "tasks" WHERE "documentId" IS NULL`,
    );
    if (Number(orphans[0].count) > 0) {
      const documentId = await insert({
        kind: 'official_letter',
        number: null,
        issuedOn: localDate(instantOf(orphans[0].first)!),
        issuer: 'UBND tỉnh',
        summary:
          'Văn bản giao các nhiệm vụ nhập trước khi theo dõi văn bản giao (chưa nhập số, ký hiệu và ngày ban hành; cần cập nhật)',
        sessionId: null,
      });
      await queryRunner.query(`UPDATE "tasks" SET "documentId" = ${p(1)} WHERE "documentId" IS NULL`, [documentId]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type !== 'postgres') {
      // SQLite cannot drop a column that references another table without rebuilding "tasks".
      throw new Error('AssigningDocuments cannot be reverted on SQLite; restore the backup taken before upgrading');
    }
    for (const column of [
      'recurrence',
      'workingDays',
      'extensionCount',
      'originalDueDate',
      'confirmedAt',
      'completedOn',
      'kind',
      'leaderId',
      'documentId',
    ]) {
      await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "${column}"`);
    }
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "sectors"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "leaderTitle"`);
    await queryRunner.query(`DROP TABLE "documents"`);
  }
}
