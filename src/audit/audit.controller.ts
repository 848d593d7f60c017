import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../common/auth/actor';
import { Roles } from '../common/auth/roles.decorator';
import { Page } from '../common/pagination/page';
import { AuditService } from './audit.service';
import { AuditEntryPage, AuditEntryResponse, AuditQuery } from './dto/audit.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Roles('admin', 'office')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({
    summary: 'Who changed what, when, with the values before and after (admin, office)',
    description:
      'Newest first. entity=task&entityId=N returns the task’s history including its progress, extensions and deadline changes. ' +
      'Entries of accounts (entity=user) are for admins only: the office gets 403 asking for them, and never sees them in a list.',
  })
  @ApiOkResponse({ type: AuditEntryPage })
  list(@Query() query: AuditQuery, @CurrentActor() actor: Actor): Promise<Page<AuditEntryResponse>> {
    return this.audit.list(query, actor);
  }
}
