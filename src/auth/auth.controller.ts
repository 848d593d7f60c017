import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UserActor, CurrentActor } from '../common/auth/actor';
import { AnyRole, Public } from '../common/auth/roles.decorator';
import { AppConfig } from '../config/app-config';
import { AuthService, TooManyAttempts } from './auth.service';
import { CurrentSession, RequestSession } from './current-session';
import {
  ChangePasswordDto,
  ChangePasswordResponse,
  LoginDto,
  LoginResponse,
  SessionResponse,
  SignedInUser,
} from './dto/login.dto';
import { clearSessionCookies, setSessionCookies } from './session-cookies';

const CSRF_DESCRIPTION =
  'With the session cookie, send X-CSRF-Token equal to the ubnd_csrf cookie (403 otherwise); bearer tokens need none.';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  private readonly secureCookies: boolean;

  constructor(
    private readonly auth: AuthService,
    config: AppConfig,
  ) {
    this.secureCookies = config.appUrl.startsWith('https:');
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with e-mail and password; answers an access token (for API clients)' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ description: 'Unknown e-mail, wrong password or inactive account (one answer for all)' })
  @ApiTooManyRequestsResponse({
    description:
      'Too many attempts from this client (LOGIN_RATE_LIMIT per minute), or on this account; see Retry-After',
  })
  async login(
    @Body() dto: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    const session = await limited(reply, this.auth.signIn(dto.email, dto.password, request.ip));
    return { accessToken: session.token, user: session.user };
  }

  @Post('session')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in a browser: sets the session cookies and answers the user, never a token',
    description:
      'Sets `ubnd_session` (HttpOnly, SameSite=Strict, Secure when APP_URL is https) and `ubnd_csrf` (readable, ' +
      'SameSite=Strict). ' +
      CSRF_DESCRIPTION,
  })
  @ApiOkResponse({ type: SessionResponse })
  @ApiUnauthorizedResponse({ description: 'Unknown e-mail, wrong password or inactive account (one answer for all)' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts (the same budget as POST /api/auth/login)' })
  async session(
    @Body() dto: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponse> {
    const session = await limited(reply, this.auth.signIn(dto.email, dto.password, request.ip));
    setSessionCookies(reply, session, this.secureCookies);
    return { user: session.user };
  }

  @Post('logout')
  @AnyRole()
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Sign out: ends this session only (cookie or bearer token) and clears the cookies',
    description: CSRF_DESCRIPTION,
  })
  @ApiNoContentResponse()
  @ApiForbiddenResponse({ description: 'CSRF token missing or wrong' })
  async logout(
    @CurrentSession() session: RequestSession,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.endSession(session.id);
    clearSessionCookies(reply, this.secureCookies);
  }

  @Post('password')
  @AnyRole()
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Change one’s own password; ends every other session of the account',
    description:
      'Answers fresh credentials for this client: a new bearer token, or new cookies for a browser session. ' +
      CSRF_DESCRIPTION,
  })
  @ApiOkResponse({ type: ChangePasswordResponse })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts (the same budget as POST /api/auth/login)' })
  async changePassword(
    @CurrentActor() actor: UserActor,
    @CurrentSession() current: RequestSession,
    @Body() dto: ChangePasswordDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ChangePasswordResponse> {
    const session = await limited(
      reply,
      this.auth.changePassword(actor, dto.currentPassword, dto.newPassword, request.ip),
    );
    await this.auth.endSession(current.id);
    if (current.via === 'cookie') {
      setSessionCookies(reply, session, this.secureCookies);
      return { user: session.user };
    }
    return { accessToken: session.token, user: session.user };
  }

  @Get('me')
  @AnyRole()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user (bearer token or session cookie)' })
  @ApiOkResponse({ type: SignedInUser })
  me(@CurrentActor() actor: UserActor): Promise<SignedInUser> {
    return this.auth.me(actor);
  }
}

/** Adds Retry-After to a 429 of the sign-in budget. */
async function limited<T>(reply: FastifyReply, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof TooManyAttempts) void reply.header('Retry-After', String(error.retryAfterSeconds));
    throw error;
  }
}
