import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnKit } from './column-kit';

/** Evidence files of tasks (see task-attachment.entity.ts); the bytes live under FILES_DIR. */
export class TaskAttachments1796972758771 implements MigrationInterface {
  name = 'TaskAttachments1796972758771';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'task_attachments',
        columns: [
          c.id(),
          c.int('taskId'),
          c.int('progressId', { isNullable: true }),
          c.varchar('fileName', 255),
          c.varchar('contentType', 128),
          c.int('size'),
          c.varchar('storageKey', 128),
          c.int('uploadedById', { isNullable: true }),
          c.int('departmentId', { isNullable: true }),
          c.createdAt(),
        ],
        foreignKeys: [
          { columnNames: ['taskId'], referencedTableName: 'tasks', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          {
            columnNames: ['progressId'],
            referencedTableName: 'task_progress',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
        indices: [
          { name: 'IDX_task_attachments_taskId', columnNames: ['taskId'] },
          { name: 'IDX_task_attachments_progressId', columnNames: ['progressId'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('task_attachments');
  }
}
