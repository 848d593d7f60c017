import { TaskAttachment } from '../attachments/task-attachment.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { AuthSession } from '../auth/auth-session.entity';
import { Department } from '../departments/department.entity';
import { DepartmentCalendarFeed } from '../exports/calendar/department-calendar-feed.entity';
import { AssigningDocument } from '../documents/assigning-document.entity';
import { FrozenReport } from '../periods/frozen-report.entity';
import { Notification } from '../notifications/notification.entity';
import { DepartmentReport } from '../sessions/entities/department-report.entity';
import { MeetingSession } from '../sessions/entities/meeting-session.entity';
import { SessionAttendee } from '../sessions/entities/session-attendee.entity';
import { Task } from '../tasks/entities/task.entity';
import { TaskDeadlineChange } from '../tasks/entities/task-deadline-change.entity';
import { TaskDepartmentChange } from '../tasks/entities/task-department-change.entity';
import { TaskExtension } from '../tasks/entities/task-extension.entity';
import { TaskOccurrence } from '../tasks/entities/task-occurrence.entity';
import { TaskProgress } from '../tasks/entities/task-progress.entity';
import { User } from '../users/user.entity';

/** Every entity of the schema; the app, scripts and tests share this list. */
export const ENTITIES = [
  Department,
  MeetingSession,
  SessionAttendee,
  DepartmentReport,
  Task,
  TaskProgress,
  TaskExtension,
  TaskDeadlineChange,
  Notification,
  User,
  AuditEntry,
  DepartmentCalendarFeed,
  AssigningDocument,
  AuthSession,
  FrozenReport,
  TaskOccurrence,
  TaskAttachment,
  TaskDepartmentChange,
];
