import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columnKit } from './column-kit';

export class CoreSchema1767225600000 implements MigrationInterface {
  name = 'CoreSchema1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit(queryRunner);
    const fk = (column: string, table: string, onDelete: 'CASCADE' | 'SET NULL' | 'RESTRICT') => ({
      columnNames: [column],
      referencedTableName: table,
      referencedColumnNames: ['id'],
      onDelete,
    });

    await queryRunner.createTable(
      new Table({
        name: 'departments',
        columns: [
          c.id(),
          c.varchar('code', 32),
          c.varchar('name', 255),
          c.varchar('kind', 16),
          c.text('emails'),
          c.bool('active', true),
          c.createdAt(),
          c.createdAt('updatedAt'),
        ],
        indices: [{ name: 'UQ_departments_code', columnNames: ['code'], isUnique: true }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'meeting_sessions',
        columns: [
          c.id(),
          c.varchar('title', 500),
          c.varchar('kind', 16),
          c.instant('heldAt'),
          c.varchar('location', 255, { isNullable: true }),
          c.varchar('chairedBy', 255, { isNullable: true }),
          c.varchar('status', 16, { default: "'scheduled'" }),
          c.text('minutes', { isNullable: true }),
          c.text('conclusion', { isNullable: true }),
          c.varchar('noticeNumber', 64, { isNullable: true }),
          c.calendarDate('noticeDate', { isNullable: true }),
          c.createdAt(),
          c.createdAt('updatedAt'),
        ],
        indices: [{ name: 'IDX_meeting_sessions_heldAt', columnNames: ['heldAt'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'session_attendees',
        columns: [
          c.id(),
          c.int('sessionId'),
          c.varchar('fullName', 200),
          c.varchar('position', 200, { isNullable: true }),
          c.varchar('organization', 255, { isNullable: true }),
          c.int('departmentId', { isNullable: true }),
          c.varchar('role', 16),
          c.varchar('attendance', 16, { default: "'present'" }),
          c.varchar('delegateName', 200, { isNullable: true }),
          c.varchar('note', 1000, { isNullable: true }),
          c.createdAt(),
        ],
        foreignKeys: [fk('sessionId', 'meeting_sessions', 'CASCADE'), fk('departmentId', 'departments', 'SET NULL')],
        indices: [{ name: 'IDX_session_attendees_sessionId', columnNames: ['sessionId'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'department_reports',
        columns: [
          c.id(),
          c.int('sessionId'),
          c.int('departmentId'),
          c.varchar('title', 500),
          c.text('body'),
          c.text('indicators'),
          c.createdAt(),
          c.createdAt('updatedAt'),
        ],
        foreignKeys: [fk('sessionId', 'meeting_sessions', 'CASCADE'), fk('departmentId', 'departments', 'RESTRICT')],
        indices: [
          { name: 'IDX_department_reports_sessionId', columnNames: ['sessionId'] },
          { name: 'IDX_department_reports_departmentId', columnNames: ['departmentId'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'tasks',
        columns: [
          c.id(),
          c.varchar('title', 500),
          c.text('description', { isNullable: true }),
          c.text('searchText', { default: "''" }),
          c.int('sessionId', { isNullable: true }),
          c.int('leadDepartmentId'),
          c.calendarDate('dueDate', { isNullable: true }),
          c.instant('dueAt', { isNullable: true }),
          c.int('deadlineVersion', { default: 1 }),
          c.bool('isKey', false),
          c.int('progressPercent', { default: 0 }),
          c.instant('completedAt', { isNullable: true }),
          c.instant('cancelledAt', { isNullable: true }),
          c.text('cancelReason', { isNullable: true }),
          c.int('version', { default: 1 }),
          c.createdAt(),
          c.createdAt('updatedAt'),
        ],
        foreignKeys: [
          fk('sessionId', 'meeting_sessions', 'SET NULL'),
          fk('leadDepartmentId', 'departments', 'RESTRICT'),
        ],
      }),
    );
    for (const index of [
      new TableIndex({ name: 'IDX_tasks_lead_due', columnNames: ['leadDepartmentId', 'dueAt'] }),
      new TableIndex({ name: 'IDX_tasks_dueAt', columnNames: ['dueAt'] }),
      new TableIndex({ name: 'IDX_tasks_sessionId', columnNames: ['sessionId'] }),
      new TableIndex({ name: 'IDX_tasks_completedAt', columnNames: ['completedAt'] }),
      new TableIndex({ name: 'IDX_tasks_createdAt', columnNames: ['createdAt'] }),
    ]) {
      await queryRunner.createIndex('tasks', index);
    }

    await queryRunner.createTable(
      new Table({
        name: 'task_support_departments',
        columns: [c.int('taskId', { isPrimary: true }), c.int('departmentId', { isPrimary: true })],
        foreignKeys: [fk('taskId', 'tasks', 'CASCADE'), fk('departmentId', 'departments', 'CASCADE')],
        indices: [{ name: 'IDX_task_support_departments_departmentId', columnNames: ['departmentId', 'taskId'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'task_progress',
        columns: [
          c.id(),
          c.int('taskId'),
          c.int('percent', { isNullable: true }),
          c.text('note'),
          c.bool('completed', false),
          c.int('departmentId', { isNullable: true }),
          c.int('authorId', { isNullable: true }),
          c.createdAt(),
        ],
        foreignKeys: [fk('taskId', 'tasks', 'CASCADE')],
        indices: [{ name: 'IDX_task_progress_taskId', columnNames: ['taskId'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'task_extensions',
        columns: [
          c.id(),
          c.int('taskId'),
          c.calendarDate('previousDueDate', { isNullable: true }),
          c.instant('previousDueAt', { isNullable: true }),
          c.calendarDate('requestedDueDate', { isNullable: true }),
          c.instant('requestedDueAt'),
          c.text('reason'),
          c.varchar('status', 16, { default: "'pending'" }),
          c.text('decisionNote', { isNullable: true }),
          c.instant('decidedAt', { isNullable: true }),
          c.int('requestedById', { isNullable: true }),
          c.int('decidedById', { isNullable: true }),
          c.createdAt(),
        ],
        foreignKeys: [fk('taskId', 'tasks', 'CASCADE')],
        indices: [{ name: 'IDX_task_extensions_taskId', columnNames: ['taskId'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'task_deadline_changes',
        columns: [
          c.id(),
          c.int('taskId'),
          c.calendarDate('previousDueDate', { isNullable: true }),
          c.instant('previousDueAt', { isNullable: true }),
          c.calendarDate('newDueDate', { isNullable: true }),
          c.instant('newDueAt', { isNullable: true }),
          c.int('deadlineVersion'),
          c.varchar('source', 16),
          c.int('extensionId', { isNullable: true }),
          c.text('reason', { isNullable: true }),
          c.int('changedById', { isNullable: true }),
          c.createdAt('changedAt'),
        ],
        foreignKeys: [fk('taskId', 'tasks', 'CASCADE')],
        indices: [{ name: 'IDX_task_deadline_changes_taskId', columnNames: ['taskId'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'task_deadline_changes',
      'task_extensions',
      'task_progress',
      'task_support_departments',
      'tasks',
      'department_reports',
      'session_attendees',
      'meeting_sessions',
      'departments',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
