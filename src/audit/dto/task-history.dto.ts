import { ApiProperty } from '@nestjs/swagger';
import { ROLES, Role } from '../../common/auth/actor';
import { TASK_HISTORY_ACTIONS, TaskHistoryAction } from '../task-history';

export class TaskHistoryChange {
  @ApiProperty({ example: 'dueDate', description: 'The field as the API names it.' }) field!: string;
  @ApiProperty({ example: 'Thời hạn', description: 'The field as Vietnamese readers name it.' }) label!: string;
  @ApiProperty({ nullable: true, description: 'The value before (any JSON value).' }) before!: unknown;
  @ApiProperty({ nullable: true, description: 'The value after (any JSON value).' }) after!: unknown;
}

export class TaskHistoryEntry {
  @ApiProperty() id!: number;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ enum: TASK_HISTORY_ACTIONS }) action!: TaskHistoryAction;
  @ApiProperty({ type: String, nullable: true, description: 'Null for a change the system made.' })
  actorName!: string | null;
  @ApiProperty({ enum: ROLES, nullable: true }) actorRole!: Role | null;
  @ApiProperty({ example: 'Thay đổi thời hạn từ 31/01/2024 thành 29/02/2024', description: 'In Vietnamese.' })
  summary!: string;
  @ApiProperty({ type: [TaskHistoryChange], description: 'The fields an edit changed; empty for other entries.' })
  changes!: TaskHistoryChange[];
}
