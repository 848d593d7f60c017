import { JwtService } from '@nestjs/jwt';
import type { Repository } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { hashPassword, verifyPassword } from '../users/password';
import { User } from '../users/user.entity';
import type { UsersService } from '../users/users.service';
import type { AuthSession } from './auth-session.entity';
import { AuthService } from './auth.service';
import { SignInLimiter } from './sign-in-limiter';

jest.mock('../users/password', () => {
  const actual = jest.requireActual('../users/password');
  return { ...actual, verifyPassword: jest.fn(actual.verifyPassword) };
});

describe('AuthService.checkCredentials', () => {
  const password = 'Mat-khau-dung-2024';
  let known: User;
  let service: AuthService;
  const verify = verifyPassword as jest.MockedFunction<typeof verifyPassword>;

  beforeAll(async () => {
    known = Object.assign(new User(), {
      id: 1,
      email: 'co@test.vn',
      role: 'office',
      active: true,
      passwordHash: await hashPassword(password),
    });
  });

  beforeEach(async () => {
    const users = {
      findForLogin: (email: string) => Promise.resolve(email === known.email ? known : null),
    } as unknown as UsersService;
    const config = { jwtExpiresIn: '8h', jwtSecret: 'x'.repeat(32) } as AppConfig;
    service = new AuthService(
      users,
      new JwtService({ secret: 'x'.repeat(32) }),
      config,
      {} as Repository<AuthSession>,
      new SignInLimiter({ loginRateLimit: 10 } as AppConfig),
    );
    await service.onModuleInit();
    verify.mockClear();
  });

  it('accepts the right password of an active account', async () => {
    await expect(service.checkCredentials(known.email, password)).resolves.toBe(known);
  });

  it('hashes the attempt once whether the e-mail is unknown, the password wrong or the account inactive', async () => {
    await expect(service.checkCredentials('nobody@test.vn', password)).resolves.toBeNull();
    await expect(service.checkCredentials(known.email, 'sai-mat-khau-roi')).resolves.toBeNull();
    known.active = false;
    await expect(service.checkCredentials(known.email, password)).resolves.toBeNull();
    known.active = true;
    expect(verify).toHaveBeenCalledTimes(3);
    // The unknown e-mail was checked against a real argon2id hash, not skipped.
    expect(String(verify.mock.calls[0][0])).toMatch(/^\$argon2id\$/);
  });
});
