import { ApiProperty } from '@nestjs/swagger';
import { AttachmentSummary } from '../../attachments/dto/attachment.response';
import { EXTENSION_STATUSES, ExtensionStatus } from '../entities/task-extension.entity';
import { DEADLINE_CHANGE_SOURCES, DeadlineChangeSource } from '../entities/task-deadline-change.entity';
import { DocumentSummary } from '../../documents/dto/document.dto';
import { LEADER_TITLES, LeaderTitle } from '../../users/user.entity';
import { Recurrence, RECURRENCE_EVERY, RecurrenceEvery, TASK_KINDS, TaskKind } from '../entities/task.entity';
import { TASK_ACTIONS, TaskAction } from '../task-actions';
import { TASK_STATUSES, TaskStatus } from '../task-status';

export class LeaderSummary {
  @ApiProperty() id!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: LEADER_TITLES, nullable: true }) leaderTitle!: LeaderTitle | null;
}

export class ResultDocumentResponse {
  @ApiProperty({ type: String, nullable: true, example: '56/BC-SKHĐT' }) number!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2024-02-05' }) issuedOn!: string | null;
}

export class RecurrenceResponse implements Recurrence {
  @ApiProperty({ enum: RECURRENCE_EVERY }) every!: RecurrenceEvery;
  @ApiProperty({
    description:
      'Day of the month (of the period’s last month for a quarter or year) it is due; for a week, the weekday ' +
      '(1 Monday … 7 Sunday).',
  })
  day!: number;
  @ApiProperty({ type: String, nullable: true, description: 'YYYY-MM-DD of the last occurrence at the latest.' })
  until!: string | null;
}

export class TaskResponse {
  @ApiProperty() id!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: Number, nullable: true }) sessionId!: number | null;
  @ApiProperty() documentId!: number;
  @ApiProperty({ type: DocumentSummary, description: 'The assigning document; its issuedOn is the assignment date.' })
  document!: DocumentSummary;
  @ApiProperty({ type: Number, nullable: true, description: 'The leader in charge (lãnh đạo chỉ đạo).' })
  leaderId!: number | null;
  @ApiProperty({ type: LeaderSummary, nullable: true }) leader!: LeaderSummary | null;
  @ApiProperty({
    enum: TASK_KINDS,
    description: 'deadline (có thời hạn), standing (thường xuyên), recurring (định kỳ).',
  })
  kind!: TaskKind;
  @ApiProperty() leadDepartmentId!: number;
  @ApiProperty({ type: [Number] }) supportDepartmentIds!: number[];
  @ApiProperty({ type: String, nullable: true, description: 'YYYY-MM-DD when the deadline was given as a date.' })
  dueDate!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description:
      'When the deadline ends (for a date: 23:59:59.999 of that day in APP_TIMEZONE); null without deadline.',
  })
  dueAt!: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Set when the deadline was given as N working days after the document date; dueDate is the result.',
  })
  workingDays!: number | null;
  @ApiProperty({ type: RecurrenceResponse, nullable: true }) recurrence!: RecurrenceResponse | null;
  @ApiProperty({ type: String, nullable: true, description: 'The first deadline’s date (YYYY-MM-DD).' })
  originalDueDate!: string | null;
  @ApiProperty({ description: 'Approved extensions so far (gia hạn N lần).' }) extensionCount!: number;
  @ApiProperty() isKey!: boolean;
  @ApiProperty({ minimum: 0, maximum: 100 }) progressPercent!: number;
  @ApiProperty({ enum: TASK_STATUSES, description: 'Derived from the deadline, completion and cancellation.' })
  status!: TaskStatus;
  @ApiProperty({ description: 'The status in Vietnamese, e.g. "Đang thực hiện trong hạn".' }) statusLabel!: string;
  @ApiProperty({
    enum: TASK_ACTIONS,
    isArray: true,
    description: 'What the caller may do to this task now.',
  })
  allowedActions!: TaskAction[];
  @ApiProperty({ type: String, nullable: true, description: 'Actual completion date (ngày hoàn thành thực tế).' })
  completedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The result reported with the completion.' })
  result!: string | null;
  @ApiProperty({ type: ResultDocumentResponse, nullable: true, description: 'The unit’s report document.' })
  resultDocument!: ResultDocumentResponse | null;
  @ApiProperty({ type: String, nullable: true, description: 'Difficulties and proposals reported with it.' })
  difficulties!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When the completion was recorded.' })
  completedAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'When the office confirmed the completion.',
  })
  confirmedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) cancelledAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null;
  @ApiProperty({ description: 'Incremented at every deadline change.' }) deadlineVersion!: number;
  @ApiProperty({ description: 'Send it back with PATCH; incremented at every change.' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class TaskPage {
  @ApiProperty({ type: [TaskResponse] }) items!: TaskResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}

export class TaskProgressResponse {
  @ApiProperty() id!: number;
  @ApiProperty() taskId!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The occurrence of a recurring task; null otherwise.' })
  occurrenceId!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Null for a note that does not move the percent.' })
  percent!: number | null;
  @ApiProperty() note!: string;
  @ApiProperty() completed!: boolean;
  @ApiProperty({ type: Number, nullable: true }) departmentId!: number | null;
  @ApiProperty({ type: Number, nullable: true }) authorId!: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [AttachmentSummary], description: 'Evidence files the entry carries (a completion’s).' })
  attachments!: AttachmentSummary[];
}

export class TaskProgressPage {
  @ApiProperty({ type: [TaskProgressResponse] }) items!: TaskProgressResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}

export class TaskExtensionResponse {
  @ApiProperty() id!: number;
  @ApiProperty() taskId!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The occurrence of a recurring task; null otherwise.' })
  occurrenceId!: number | null;
  @ApiProperty({ type: String, nullable: true }) previousDueDate!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) previousDueAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) requestedDueDate!: string | null;
  @ApiProperty({ format: 'date-time' }) requestedDueAt!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: EXTENSION_STATUSES }) status!: ExtensionStatus;
  @ApiProperty({ type: String, nullable: true }) decisionNote!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) decidedAt!: string | null;
  @ApiProperty({ type: Number, nullable: true }) requestedById!: number | null;
  @ApiProperty({ type: Number, nullable: true }) decidedById!: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When the office forwarded it.' })
  forwardedAt!: string | null;
  @ApiProperty({ type: Number, nullable: true }) forwardedById!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The office’s opinion sent with the request.' })
  forwardOpinion!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class TaskExtensionPage {
  @ApiProperty({ type: [TaskExtensionResponse] }) items!: TaskExtensionResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}

export class DeadlineChangeResponse {
  @ApiProperty() id!: number;
  @ApiProperty() taskId!: number;
  @ApiProperty({ type: String, nullable: true }) previousDueDate!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) previousDueAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) newDueDate!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) newDueAt!: string | null;
  @ApiProperty({ description: 'The task’s deadlineVersion after this change.' }) deadlineVersion!: number;
  @ApiProperty({ enum: DEADLINE_CHANGE_SOURCES }) source!: DeadlineChangeSource;
  @ApiProperty({ type: Number, nullable: true }) extensionId!: number | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: Number, nullable: true }) changedById!: number | null;
  @ApiProperty({ format: 'date-time' }) changedAt!: string;
}

export class DeadlineChangePage {
  @ApiProperty({ type: [DeadlineChangeResponse] }) items!: DeadlineChangeResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}

/** One occurrence of a recurring task (GET /api/tasks/:id/occurrences). */
export class TaskOccurrenceResponse {
  @ApiProperty() id!: number;
  @ApiProperty() taskId!: number;
  @ApiProperty({ example: 'Tháng 1/2024', description: '"Tháng 1/2024", "Quý I/2024" or "Năm 2024".' })
  periodLabel!: string;
  @ApiProperty({ example: '2024-01-20', description: 'The deadline in force (YYYY-MM-DD, ends 23:59:59 local).' })
  dueDate!: string;
  @ApiProperty({ description: 'The deadline as generated, before any extension.' }) originalDueDate!: string;
  @ApiProperty({ description: 'Approved extensions of this occurrence (gia hạn N lần).' }) extensionCount!: number;
  @ApiProperty({ enum: TASK_STATUSES, description: 'Derived as a task’s status, with the task’s cancellation.' })
  status!: TaskStatus;
  @ApiProperty({ example: 'Đang thực hiện trong hạn' }) statusLabel!: string;
  @ApiProperty({ type: String, nullable: true }) completedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'When the office confirmed the completion.' })
  confirmedAt!: string | null;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'The occurrence’s progress percent.' }) percent!: number;
  @ApiProperty({ type: String, nullable: true }) result!: string | null;
  @ApiProperty({
    enum: TASK_ACTIONS,
    isArray: true,
    description:
      'What the caller may do to this occurrence now, by the task’s rules (send occurrenceId with the action). ' +
      'edit and cancel concern the whole task and are listed on the task only.',
  })
  allowedActions!: TaskAction[];
}
