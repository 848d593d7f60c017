import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AnyRole } from '../common/auth/roles.decorator';
import { LeaderResponse } from './dto/user.dto';
import { activeLeaders } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@AnyRole()
@Controller('leaders')
export class LeadersController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({
    summary: 'Active leader accounts (Chủ tịch, Phó Chủ tịch) with their sectors, the chairman first (every role)',
  })
  @ApiOkResponse({ type: [LeaderResponse] })
  list(): Promise<LeaderResponse[]> {
    return activeLeaders(this.dataSource.manager);
  }
}
