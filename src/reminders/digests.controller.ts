import { Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator';
import { DigestService } from './digest.service';
import { DigestRunResponse } from './dto/digest-run.response';

@ApiTags('notifications')
@Controller('digests')
export class DigestsController {
  constructor(private readonly digests: DigestService) {}

  @Post('run')
  @Roles('office')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: "Run the current period's digest now",
    description:
      'Records one digest per department with overdue or due-soon tasks and the office summary for today (APP_TIMEZONE), and queues them. ' +
      'Each recipient gets a period’s digest once, however often this runs.',
  })
  @ApiAcceptedResponse({ type: DigestRunResponse })
  run(): Promise<DigestRunResponse> {
    return this.digests.run();
  }
}
