import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Actor, CurrentActor } from '../common/auth/actor';
import { AnyRole, Public } from '../common/auth/roles.decorator';
import { AuthService } from './auth.service';
import { LoginDto, LoginResponse, SignedInUser } from './dto/login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with e-mail and password; answers an access token' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ description: 'Unknown e-mail, wrong password or inactive account (one answer for all)' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this client (LOGIN_RATE_LIMIT per minute)' })
  login(@Body() dto: LoginDto): Promise<LoginResponse> {
    return this.auth.login(dto.email, dto.password);
  }

  @Get('me')
  @AnyRole()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: SignedInUser })
  me(@CurrentActor() actor: Actor): Promise<SignedInUser> {
    return this.auth.me(actor);
  }
}
