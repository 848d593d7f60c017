import { ApiProperty } from '@nestjs/swagger';
import {
  NOTIFICATION_KINDS,
  NOTIFICATION_STATUSES,
  Notification,
  NotificationKind,
  NotificationStatus,
} from '../notification.entity';

export class NotificationResponse {
  @ApiProperty()
  id!: number;

  @ApiProperty({ enum: NOTIFICATION_KINDS })
  kind!: NotificationKind;

  @ApiProperty({ type: Number, nullable: true, description: 'Null for digests and the office summary' })
  taskId!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Recipient department; null for the office summary' })
  departmentId!: number | null;

  @ApiProperty({ type: [String] })
  recipients!: string[];

  @ApiProperty()
  subject!: string;

  @ApiProperty({ enum: NOTIFICATION_STATUSES })
  status!: NotificationStatus;

  @ApiProperty({ format: 'date-time' })
  scheduledAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  sentAt!: string | null;

  @ApiProperty({ description: 'Delivery attempts made' })
  attempts!: number;

  @ApiProperty({ type: String, nullable: true, description: 'Last delivery error, or why it was cancelled' })
  error!: string | null;
}

export class NotificationPage {
  @ApiProperty({ type: [NotificationResponse] })
  items!: NotificationResponse[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;
}

export function toNotificationResponse(row: Notification): NotificationResponse {
  return {
    id: row.id,
    kind: row.kind,
    taskId: row.taskId,
    departmentId: row.departmentId,
    recipients: row.recipients,
    subject: row.subject,
    status: row.status,
    scheduledAt: row.scheduledAt.toISOString(),
    sentAt: row.sentAt ? row.sentAt.toISOString() : null,
    attempts: row.attempts,
    error: row.error,
  };
}
