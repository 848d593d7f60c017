import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AnyRole } from '../common/auth/roles.decorator';

/** Signed-in users of any role: the ceiling goes through the same guard as every API route. */
@ApiExcludeController()
@AnyRole()
@Controller('bench')
export class NoopController {
  @Get('noop')
  noop(): { ok: true } {
    return { ok: true };
  }
}
