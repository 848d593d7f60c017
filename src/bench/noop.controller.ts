import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';

@ApiExcludeController()
@Controller('bench')
export class NoopController {
  @Get('noop')
  noop(): { ok: true } {
    return { ok: true };
  }
}
