import type { EntityMetadata } from 'typeorm';

/** API names of the audited records; other entities get their table name. */
const NAMES: Record<string, string> = {
  users: 'user',
  departments: 'department',
  meeting_sessions: 'session',
  session_attendees: 'attendee',
  department_reports: 'report',
  tasks: 'task',
  task_progress: 'task_progress',
  task_extensions: 'task_extension',
  task_deadline_changes: 'task_deadline_change',
  task_department_changes: 'task_department_change',
  department_calendar_feeds: 'calendar_feed',
  documents: 'document',
  task_attachments: 'task_attachment',
};

export function auditEntityName(metadata: EntityMetadata): string {
  return NAMES[metadata.tableName] ?? metadata.tableName;
}
