import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnKit } from './column-kit';

/** The record of every reminder, overdue notice, digest and summary (see notification.entity.ts). */
export class Notifications1795721564930 implements MigrationInterface {
  name = 'Notifications1795721564930';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'notifications',
        columns: [
          c.id(),
          c.varchar('kind', 16),
          c.varchar('deliveryKey', 160),
          c.int('taskId', { isNullable: true }),
          c.int('deadlineVersion', { isNullable: true }),
          c.varchar('reminderOffset', 16, { isNullable: true }),
          c.int('departmentId', { isNullable: true }),
          c.varchar('role', 16),
          c.varchar('period', 10, { isNullable: true }),
          c.text('recipients'),
          c.varchar('subject', 500),
          c.varchar('status', 16, { default: "'pending'" }),
          c.instant('scheduledAt'),
          c.instant('sentAt', { isNullable: true }),
          c.int('attempts', { default: 0 }),
          c.varchar('error', 1000, { isNullable: true }),
          c.varchar('messageId', 255, { isNullable: true }),
          c.varchar('claimToken', 64, { isNullable: true }),
          c.instant('claimedUntil', { isNullable: true }),
          c.createdAt(),
          c.createdAt('updatedAt'),
        ],
        foreignKeys: [
          { columnNames: ['taskId'], referencedTableName: 'tasks', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          {
            columnNames: ['departmentId'],
            referencedTableName: 'departments',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [
          { name: 'UQ_notifications_deliveryKey', columnNames: ['deliveryKey'], isUnique: true },
          // The reconciler walks pending rows in (scheduledAt, id) order.
          { name: 'IDX_notifications_status_scheduledAt', columnNames: ['status', 'scheduledAt', 'id'] },
          { name: 'IDX_notifications_task_version', columnNames: ['taskId', 'deadlineVersion'] },
          { name: 'IDX_notifications_department_scheduledAt', columnNames: ['departmentId', 'scheduledAt'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('notifications');
  }
}
