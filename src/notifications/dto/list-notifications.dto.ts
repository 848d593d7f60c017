import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_ID } from '../../common/validation/field-rules';
import { PageQuery } from '../../common/pagination/page';
import {
  NOTIFICATION_KINDS,
  NOTIFICATION_STATUSES,
  NotificationKind,
  NotificationStatus,
} from '../notification.entity';

/** Which side of now a notice's planned time lies: see ListNotificationsQuery.scheduled. */
export const SCHEDULED_SIDES = ['past', 'upcoming'] as const;
export type ScheduledSide = (typeof SCHEDULED_SIDES)[number];

export class ListNotificationsQuery extends PageQuery {
  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  taskId?: number;

  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  departmentId?: number;

  @ApiPropertyOptional({ enum: NOTIFICATION_KINDS })
  @IsOptional()
  @IsIn(NOTIFICATION_KINDS)
  kind?: NotificationKind;

  @ApiPropertyOptional({ enum: NOTIFICATION_STATUSES })
  @IsOptional()
  @IsIn(NOTIFICATION_STATUSES)
  status?: NotificationStatus;

  @ApiPropertyOptional({
    enum: SCHEDULED_SIDES,
    description:
      '`past`: notices whose planned time has come (sent, failed, skipped, cancelled or being sent), the latest first; ' +
      '`upcoming`: notices planned for later, the soonest first. Without it, every notice, the latest planned first.',
  })
  @IsOptional()
  @IsIn(SCHEDULED_SIDES)
  scheduled?: ScheduledSide;
}

export class ListTaskRemindersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: NOTIFICATION_STATUSES })
  @IsOptional()
  @IsIn(NOTIFICATION_STATUSES)
  status?: NotificationStatus;
}
