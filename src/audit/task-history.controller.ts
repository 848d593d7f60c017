import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../common/auth/actor';
import { AnyRole } from '../common/auth/roles.decorator';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { TaskHistoryEntry } from './dto/task-history.dto';
import { TaskHistoryService } from './task-history.service';

@ApiTags('tasks')
@ApiBearerAuth()
@AnyRole()
@Controller('tasks/:id/history')
export class TaskHistoryController {
  constructor(private readonly history: TaskHistoryService) {}

  @Get()
  @ApiOperation({
    summary:
      'The task’s own history, oldest first: assignment, edits and deadline changes, progress, extension requests ' +
      'and decisions, completion, confirmation or return, attachments (whoever may see the task)',
  })
  @ApiOkResponse({ type: [TaskHistoryEntry] })
  @ApiNotFoundResponse({ description: 'No such task, or one the department may not see.' })
  list(@Param('id', ParseIdPipe) id: number, @CurrentActor() actor: Actor): Promise<TaskHistoryEntry[]> {
    return this.history.of(id, actor);
  }
}
