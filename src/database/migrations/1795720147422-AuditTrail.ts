import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnKit } from './column-kit';

export class AuditTrail1795720147422 implements MigrationInterface {
  name = 'AuditTrail1795720147422';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          c.id(),
          c.instant('occurredAt'),
          c.int('actorId', { isNullable: true }),
          c.varchar('actorRole', 16, { isNullable: true }),
          c.varchar('entity', 64),
          c.varchar('entityId', 64, { isNullable: true }),
          c.varchar('action', 16),
          c.int('taskId', { isNullable: true }),
          c.text('before', { isNullable: true }),
          c.text('after', { isNullable: true }),
        ],
        // No foreign keys: the trail outlives the records and users it describes.
        indices: [
          { name: 'IDX_audit_entries_occurredAt', columnNames: ['occurredAt'] },
          { name: 'IDX_audit_entries_actorId', columnNames: ['actorId'] },
          { name: 'IDX_audit_entries_entity', columnNames: ['entity', 'entityId'] },
          { name: 'IDX_audit_entries_taskId', columnNames: ['taskId'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_entries');
  }
}
