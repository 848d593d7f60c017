import { DateTime } from 'luxon';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { foldVietnamese } from '../../common/text/fold-vietnamese';

/**
 * A session's notice number and date live in one place: its conclusion notice
 * (its first document of kind `conclusion_notice`). The session's own columns
 * are moved there and dropped: a notice without a number or date takes the
 * session's; a session with a number or date but no notice gets one. A number
 * already used by another notice of the same issuer and year is left out
 * rather than duplicated (the document stays editable).
 */
export class SessionNoticeInDocument1796972758772 implements MigrationInterface {
  name = 'SessionNoticeInDocument1796972758772';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    const p = (n: number) => (postgres ? `$${n}` : '?');
    const zone = process.env.APP_TIMEZONE || 'Asia/Ho_Chi_Minh';
    const sessions: Array<{
      id: number;
      title: string;
      heldAt: Date | string;
      noticeNumber: string | null;
      noticeDate: string | null;
    }> = await queryRunner.query(
      `SELECT "id", "title", "heldAt", "noticeNumber", "noticeDate" FROM "meeting_sessions"
        WHERE "noticeNumber" IS NOT NULL OR "noticeDate" IS NOT NULL ORDER BY "id"`,
    );
    const numberTaken = async (number: string, issuer: string, issuedOn: string, except: number | null) => {
      const rows: unknown[] = await queryRunner.query(
        `SELECT 1 FROM "documents" WHERE "number" = ${p(1)} AND "issuer" = ${p(2)}
            AND substr("issuedOn", 1, 4) = ${p(3)} AND "id" <> ${p(4)}`,
        [number, issuer, issuedOn.slice(0, 4), except ?? 0],
      );
      return rows.length > 0;
    };
    for (const session of sessions) {
      const number = session.noticeNumber?.trim() || null;
      const notices: Array<{ id: number; number: string | null; issuedOn: string; issuer: string; summary: string }> =
        await queryRunner.query(
          `SELECT "id", "number", "issuedOn", "issuer", "summary" FROM "documents"
            WHERE "sessionId" = ${p(1)} AND "kind" = 'conclusion_notice' ORDER BY "id" LIMIT 1`,
          [session.id],
        );
      const notice = notices[0];
      if (notice) {
        const issuedOn = notice.number === null && session.noticeDate ? session.noticeDate : notice.issuedOn;
        const nextNumber =
          notice.number ?? (number && !(await numberTaken(number, notice.issuer, issuedOn, notice.id)) ? number : null);
        if (nextNumber === notice.number && issuedOn === notice.issuedOn) continue;
        await queryRunner.query(
          `UPDATE "documents" SET "number" = ${p(1)}, "issuedOn" = ${p(2)}, "searchText" = ${p(3)} WHERE "id" = ${p(4)}`,
          [nextNumber, issuedOn, foldVietnamese(`${nextNumber ?? ''} ${notice.issuer} ${notice.summary}`), notice.id],
        );
        continue;
      }
      const heldAt = session.heldAt instanceof Date ? session.heldAt : new Date(`${session.heldAt.replace(' ', 'T')}Z`);
      const issuedOn = session.noticeDate ?? DateTime.fromJSDate(heldAt, { zone }).toISODate()!;
      const issuer = number && /VPUBND/.test(number) ? 'Văn phòng UBND tỉnh' : 'UBND tỉnh';
      const kept = number && !(await numberTaken(number, issuer, issuedOn, null)) ? number : null;
      const summary = `Thông báo kết luận ${session.title}`;
      await queryRunner.query(
        `INSERT INTO "documents" ("kind", "number", "issuedOn", "issuer", "summary", "searchText", "sessionId")
         VALUES ('conclusion_notice', ${[1, 2, 3, 4, 5, 6].map(p).join(', ')})`,
        [kept, issuedOn, issuer, summary, foldVietnamese(`${kept ?? ''} ${issuer} ${summary}`), session.id],
      );
    }
    await queryRunner.query(`ALTER TABLE "meeting_sessions" DROP COLUMN "noticeNumber"`);
    await queryRunner.query(`ALTER TABLE "meeting_sessions" DROP COLUMN "noticeDate"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_sessions" ADD COLUMN "noticeNumber" varchar(64)`);
    await queryRunner.query(`ALTER TABLE "meeting_sessions" ADD COLUMN "noticeDate" varchar(10)`);
    await queryRunner.query(
      `UPDATE "meeting_sessions" SET
         "noticeNumber" = (SELECT "d"."number" FROM "documents" "d" WHERE "d"."sessionId" = "meeting_sessions"."id"
                             AND "d"."kind" = 'conclusion_notice' ORDER BY "d"."id" LIMIT 1),
         "noticeDate" = (SELECT "d"."issuedOn" FROM "documents" "d" WHERE "d"."sessionId" = "meeting_sessions"."id"
                             AND "d"."kind" = 'conclusion_notice' ORDER BY "d"."id" LIMIT 1)`,
    );
  }
}
