import { ApiProperty } from '@nestjs/swagger';
import { TASK_STATUSES, TaskStatus } from '../../tasks/task-status';

export class CarriedOverTask {
  @ApiProperty()
  id!: number;

  @ApiProperty()
  title!: string;

  @ApiProperty({ description: 'The earlier session that assigned the task' })
  sessionId!: number;

  @ApiProperty({ type: String, nullable: true, example: '2024-03-31', description: 'Deadline (Asia/Ho_Chi_Minh date)' })
  dueDate!: string | null;

  @ApiProperty({ enum: TASK_STATUSES })
  status!: TaskStatus;

  @ApiProperty({ example: 'Quá hạn' })
  statusLabel!: string;

  @ApiProperty({ type: String, nullable: true, example: '2024-03-20', description: 'Actual completion date' })
  completedOn!: string | null;
}

export class CarriedOverUnit {
  @ApiProperty({ description: 'The lead unit' })
  departmentId!: number;

  @ApiProperty({ example: 'Sở Y tế' })
  name!: string;

  @ApiProperty({ type: [CarriedOverTask], description: 'Overdue first, then by deadline' })
  tasks!: CarriedOverTask[];
}

export class CarriedOverResponse {
  @ApiProperty()
  sessionId!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'The latest session held before this one' })
  previousSessionId!: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '2024-01-05',
    description: 'Date of the previous session: tasks completed on or after it are listed',
  })
  since!: string | null;

  @ApiProperty({ type: [CarriedOverUnit], description: 'By unit name' })
  units!: CarriedOverUnit[];
}
