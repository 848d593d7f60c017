import { ApiProperty } from '@nestjs/swagger';
import { TASK_STATUSES, TaskStatus } from '../../tasks/task-status';

export const INBOX_KINDS = [
  'decide_extension',
  'forward_extension',
  'confirm_completion',
  'report_progress',
  'returned_completion',
] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

export class InboxItem {
  @ApiProperty({
    enum: INBOX_KINDS,
    description:
      'decide_extension: a pending extension request the caller decides (leader in charge or chairman; the office ' +
      'where EXTENSION_DECIDERS includes office). forward_extension: a pending request the office has not yet ' +
      'forwarded. confirm_completion: a unit’s reported completion awaiting the office. report_progress: a task the ' +
      'caller’s unit leads that is overdue or due within DUE_SOON_DAYS. returned_completion: a completion of the ' +
      'caller’s unit the office returned, to report again.',
  })
  kind!: InboxKind;
  @ApiProperty() taskId!: number;
  @ApiProperty() title!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The occurrence of a recurring task, when it concerns one.',
  })
  occurrenceId!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The extension request, for the extension kinds.' })
  extensionId!: number | null;
  @ApiProperty({ type: String, nullable: true, example: '2024-02-29', description: 'The deadline in force.' })
  dueDate!: string | null;
  @ApiProperty({ enum: TASK_STATUSES }) status!: TaskStatus;
  @ApiProperty({ example: 'Quá hạn' }) statusLabel!: string;
  @ApiProperty({ example: 'Sở Y tế' }) leadDepartmentName!: string;
  @ApiProperty({
    format: 'date-time',
    description:
      'Since when it waits: the request (or its forwarding, for a leader), the reported completion, the return, ' +
      'the deadline passed, or the start of the due-soon window.',
  })
  waitingSince!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The request’s reason and the office’s opinion, the reported result, or the return’s reason.',
  })
  note!: string | null;
}

export class InboxCounts implements Record<InboxKind, number> {
  @ApiProperty() decide_extension!: number;
  @ApiProperty() forward_extension!: number;
  @ApiProperty() confirm_completion!: number;
  @ApiProperty() report_progress!: number;
  @ApiProperty() returned_completion!: number;
}

export class InboxResponse {
  @ApiProperty({ type: [InboxItem], description: 'By kind, then the longest waiting first.' }) items!: InboxItem[];
  @ApiProperty({ type: InboxCounts, description: 'Items of each kind (every kind present, 0 when none).' })
  counts!: InboxCounts;
}
