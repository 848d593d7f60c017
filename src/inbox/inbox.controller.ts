import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../common/auth/actor';
import { AnyRole } from '../common/auth/roles.decorator';
import { InboxResponse } from './dto/inbox.dto';
import { InboxService } from './inbox.service';

@ApiTags('inbox')
@ApiBearerAuth()
@AnyRole()
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOperation({
    summary:
      'What awaits the signed-in user’s action (Việc chờ xử lý): extension decisions for a leader; completions to ' +
      'confirm and requests to forward for the office; overdue, due-soon and returned tasks for a unit',
  })
  @ApiOkResponse({ type: InboxResponse })
  get(@CurrentActor() actor: Actor): Promise<InboxResponse> {
    return this.inbox.of(actor);
  }
}
