import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../common/auth/roles.decorator';
import { RedisHealthIndicator } from './redis-health.indicator';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({
    summary: 'Database and Redis state',
    description:
      'Answers 503 when the database is down. Redis being down is reported but keeps 200: the API still serves and reminders are sent once it is back.',
  })
  async check() {
    const redis = await this.redis.check();
    const result = await this.health.check([() => this.database.pingCheck('database', { timeout: 2000 })]);
    return { ...result, details: { ...result.details, redis } };
  }
}
