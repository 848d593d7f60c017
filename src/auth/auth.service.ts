import { Injectable, OnModuleInit, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import type { Actor } from '../common/auth/actor';
import { toUserResponse, UsersService } from '../users/users.service';
import { hashPassword, verifyPassword } from '../users/password';
import { User } from '../users/user.entity';
import { LoginResponse, SignedInUser } from './dto/login.dto';

export interface AccessTokenClaims {
  sub: string;
  role: string;
}

@Injectable()
export class AuthService implements OnModuleInit {
  /**
   * A hash of a random password: an unknown e-mail is checked against it so that
   * it costs as much time as a wrong password and the two cannot be told apart.
   */
  private dummyHash!: string;

  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.dummyHash = await hashPassword(randomBytes(24).toString('base64'));
  }

  async login(email: string, password: string): Promise<LoginResponse> {
    const user = await this.checkCredentials(email, password);
    if (!user) throw new UnauthorizedException('Invalid e-mail or password');
    const { active: _active, ...profile } = toUserResponse(user);
    return { accessToken: await this.issueToken(user), user: profile };
  }

  /** A signed access token for the account (HS256, expiring after JWT_EXPIRES_IN). */
  issueToken(user: Pick<User, 'id' | 'role'>): Promise<string> {
    const claims: AccessTokenClaims = { sub: String(user.id), role: user.role };
    return this.jwt.signAsync(claims);
  }

  /** The active account with this e-mail and password, or null; same cost whether or not the e-mail exists. */
  async checkCredentials(email: string, password: string): Promise<User | null> {
    const user = await this.users.findForLogin(email);
    const matches = await verifyPassword(user?.passwordHash ?? this.dummyHash, password);
    return user && matches && user.active ? user : null;
  }

  /** The actor a bearer token stands for, or null when the token or its account is not valid. */
  async actorForToken(token: string): Promise<Actor | null> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      return null;
    }
    const userId = typeof claims.sub === 'string' && /^[1-9]\d{0,14}$/.test(claims.sub) ? Number(claims.sub) : null;
    return userId === null ? null : this.users.actorFor(userId);
  }

  async me(actor: Actor): Promise<SignedInUser> {
    const { active: _active, ...profile } = await this.users.get(actor.userId);
    return profile;
  }
}
