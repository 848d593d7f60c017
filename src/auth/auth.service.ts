import { HttpException, HttpStatus, Injectable, OnModuleInit, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { JwtService } from '@nestjs/jwt';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { IsNull, LessThan, Repository } from 'typeorm';
import type { UserActor } from '../common/auth/actor';
import { fieldError } from '../common/http/field-error';
import { AppConfig } from '../config/app-config';
import { toUserResponse, UsersService } from '../users/users.service';
import { hashPassword, verifyPassword } from '../users/password';
import { passwordProblem } from '../users/password-policy';
import { User } from '../users/user.entity';
import { AuthSession } from './auth-session.entity';
import { SignedInUser } from './dto/login.dto';
import { jwtSecretFrom, tokenLifetimeSeconds } from './jwt-secret';
import { SignInLimiter } from './sign-in-limiter';

/** 429 of the sign-in budget; the controller adds Retry-After. */
export class TooManyAttempts extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many sign-in attempts; try again in a minute', HttpStatus.TOO_MANY_REQUESTS);
  }
}

export interface AccessTokenClaims {
  sub: string;
  role: string;
  /** The session (auth_sessions.id). */
  jti: string;
  /** The account's token version when the session started. */
  ver: number;
  iat?: number;
  exp?: number;
}

/** A session just started: the token to hand out (as a bearer token or in the session cookie). */
export interface StartedSession {
  token: string;
  sessionId: string;
  /** The value the browser must echo in X-CSRF-Token; bound to the session. */
  csrfToken: string;
  maxAgeSeconds: number;
  user: SignedInUser;
}

/** Who a valid token stands for, and which session it belongs to. */
export interface Authenticated {
  actor: UserActor;
  sessionId: string;
}

/** Session ids are 16 random bytes, base64url. */
const SESSION_ID = /^[A-Za-z0-9_-]{22}$/;
/** How long "this session is live" is trusted without asking the database; sign-out here applies at once. */
const SESSION_CACHE_MS = 5_000;
/** Clock difference tolerated between instances when checking a token's lifetime. */
const CLOCK_SKEW_SECONDS = 60;

export function profileOf(user: User): SignedInUser {
  const { active: _active, ...profile } = toUserResponse(user);
  return profile;
}

@Injectable()
export class AuthService implements OnModuleInit {
  /**
   * A hash of a random password: an unknown e-mail is checked against it so that
   * it costs as much time as a wrong password and the two cannot be told apart.
   */
  private dummyHash!: string;
  private readonly lifetimeSeconds: number;
  private readonly csrfKey: Buffer;
  private readonly liveSessions = new Map<string, { userId: number; live: boolean; until: number }>();

  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    config: AppConfig,
    @InjectRepository(AuthSession) private readonly sessions: Repository<AuthSession>,
    private readonly limiter: SignInLimiter,
  ) {
    this.lifetimeSeconds = tokenLifetimeSeconds(config);
    this.csrfKey = createHmac('sha256', jwtSecretFrom(config)).update('csrf').digest();
  }

  async onModuleInit(): Promise<void> {
    this.dummyHash = await hashPassword(randomBytes(24).toString('base64'));
  }

  /**
   * Checks the credentials under the sign-in budget of the client address and the
   * account, and starts a session; one answer for every way the credentials can be wrong.
   */
  async signIn(email: string, password: string, address: string): Promise<StartedSession> {
    const user = await this.checkCredentialsLimited(email, password, address);
    if (!user) throw new UnauthorizedException('Invalid e-mail or password');
    return this.startSession(user);
  }

  /** checkCredentials counted against the sign-in budget; throws TooManyAttempts when it is spent. */
  async checkCredentialsLimited(email: string, password: string, address: string): Promise<User | null> {
    const outcome = await this.limiter.attempt(address, email, () => this.checkCredentials(email, password));
    if (outcome.limited) throw new TooManyAttempts(outcome.retryAfterSeconds);
    return outcome.result;
  }

  /** A signed access token for the account, in a new session (HS256, expiring after JWT_EXPIRES_IN). */
  async issueToken(user: Pick<User, 'id'>): Promise<string> {
    const full = await this.users.findWithSecrets(user.id);
    if (!full) throw new Error(`User ${user.id} not found`);
    return (await this.startSession(full)).token;
  }

  /** Records a session for the account and signs its token. */
  async startSession(user: User): Promise<StartedSession> {
    const sessionId = randomBytes(16).toString('base64url');
    const now = Date.now();
    // Expired rows of this account go as it signs in again, so the table stays the size of the live sessions.
    await this.sessions.delete({ userId: user.id, expiresAt: LessThan(new Date(now)) });
    await this.sessions.insert({
      id: sessionId,
      userId: user.id,
      tokenVersion: user.tokenVersion,
      expiresAt: new Date(now + this.lifetimeSeconds * 1000),
      endedAt: null,
    });
    const claims: AccessTokenClaims = {
      sub: String(user.id),
      role: user.role,
      jti: sessionId,
      ver: user.tokenVersion,
    };
    return {
      token: await this.jwt.signAsync(claims),
      sessionId,
      csrfToken: this.csrfTokenFor(sessionId),
      maxAgeSeconds: this.lifetimeSeconds,
      user: profileOf(user),
    };
  }

  /** Ends one session (sign-out); its token is refused from now on, on every instance within seconds. */
  async endSession(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, endedAt: IsNull() }, { endedAt: new Date() });
    const cached = this.liveSessions.get(sessionId);
    if (cached) cached.live = false;
  }

  /** The active account with this e-mail and password, or null; same cost whether or not the e-mail exists. */
  async checkCredentials(email: string, password: string): Promise<User | null> {
    const user = await this.users.findForLogin(email);
    const matches = await verifyPassword(user?.passwordHash ?? this.dummyHash, password);
    return user && matches && user.active ? user : null;
  }

  /**
   * The user's own password change: the current password must match. Every other
   * session of the account ends; the caller gets a fresh session for this one.
   */
  async changePassword(
    actor: UserActor,
    currentPassword: string,
    newPassword: string,
    address: string,
  ): Promise<StartedSession> {
    const user = await this.users.findWithSecrets(actor.userId);
    if (!user) throw new UnauthorizedException('The access token is invalid or expired');
    const outcome = await this.limiter.attempt(address, user.email, async () =>
      (await verifyPassword(user.passwordHash, currentPassword)) ? user : null,
    );
    if (outcome.limited) throw new TooManyAttempts(outcome.retryAfterSeconds);
    if (!outcome.result) throw fieldError(['currentPassword', 'currentPassword is wrong']);
    const problem =
      newPassword === currentPassword ? 'must differ from the current password' : passwordProblem(newPassword);
    if (problem) throw fieldError(['newPassword', `newPassword ${problem}`]);
    const changed = await this.users.changePassword(actor.userId, newPassword);
    const fresh = await this.users.findWithSecrets(changed.id);
    return this.startSession(fresh!);
  }

  /** The actor a token stands for, or null when the token, its session or its account is not valid. */
  async authenticate(token: string): Promise<Authenticated | null> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      return null;
    }
    if (!this.withinLifetime(claims)) return null;
    const userId = typeof claims.sub === 'string' && /^[1-9]\d{0,14}$/.test(claims.sub) ? Number(claims.sub) : null;
    if (userId === null || typeof claims.jti !== 'string' || !SESSION_ID.test(claims.jti)) return null;
    if (!Number.isInteger(claims.ver)) return null;
    const state = await this.users.signInState(userId);
    if (!state || state.tokenVersion !== claims.ver) return null;
    if (!(await this.sessionLive(claims.jti, userId))) return null;
    return { actor: state.actor, sessionId: claims.jti };
  }

  /** The actor a bearer token stands for, or null. */
  async actorForToken(token: string): Promise<UserActor | null> {
    return (await this.authenticate(token))?.actor ?? null;
  }

  /** The CSRF token of a session: a keyed hash of its id, so it cannot be made up without the key. */
  csrfTokenFor(sessionId: string): string {
    return createHmac('sha256', this.csrfKey).update(sessionId).digest('base64url');
  }

  /** True when `presented` is the CSRF token of the session. */
  csrfTokenMatches(sessionId: string, presented: string): boolean {
    const expected = Buffer.from(this.csrfTokenFor(sessionId));
    const given = Buffer.from(presented);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  async me(actor: UserActor): Promise<SignedInUser> {
    const { active: _active, ...profile } = await this.users.get(actor.userId);
    return profile;
  }

  /** `exp` and `iat` are required, and a token may not claim to live longer than JWT_EXPIRES_IN. */
  private withinLifetime(claims: AccessTokenClaims): boolean {
    const { exp, iat } = claims;
    if (typeof exp !== 'number' || typeof iat !== 'number') return false;
    const now = Math.floor(Date.now() / 1000);
    const longest = this.lifetimeSeconds + CLOCK_SKEW_SECONDS;
    return exp - iat <= longest && exp - now <= longest && iat <= now + CLOCK_SKEW_SECONDS;
  }

  private async sessionLive(sessionId: string, userId: number): Promise<boolean> {
    const now = Date.now();
    const cached = this.liveSessions.get(sessionId);
    if (cached && cached.until > now) return cached.live && cached.userId === userId;
    const row = await this.sessions.findOne({
      where: { id: sessionId },
      select: { id: true, userId: true, endedAt: true, expiresAt: true },
    });
    const owner = row?.userId ?? 0;
    const live = !!row && row.endedAt === null && row.expiresAt.getTime() > now;
    if (this.liveSessions.size > 10_000) this.liveSessions.clear();
    this.liveSessions.set(sessionId, { userId: owner, live, until: now + SESSION_CACHE_MS });
    return live && owner === userId;
  }
}
