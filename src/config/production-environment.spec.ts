import { DEMO_PASSWORD } from '../users/password-policy';
import { validateEnvironment } from './environment';

const STRONG_SECRET = 'b3F6c2x1cGZ0N2s4bTJ2OXFxcjR3ZTV0Nnk3dTg5MGFzZGZn';
const production = (overrides: Record<string, string | undefined> = {}) => ({
  NODE_ENV: 'production',
  JWT_SECRET: STRONG_SECRET,
  ADMIN_EMAIL: 'quantri@backan.gov.vn',
  ADMIN_PASSWORD: 'Vung-Tau-Bac-Kan-1975!',
  ...overrides,
});

describe('validateEnvironment in production', () => {
  it('accepts a strong key and a strong admin password', () => {
    expect(() => validateEnvironment(production())).not.toThrow();
  });

  it('accepts no admin variables once the first admin exists', () => {
    expect(() => validateEnvironment(production({ ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined }))).not.toThrow();
  });

  it.each([
    ['a missing JWT_SECRET', { JWT_SECRET: undefined }, /JWT_SECRET: required in production/],
    ['an empty JWT_SECRET', { JWT_SECRET: '' }, /JWT_SECRET: required in production/],
    [
      'a JWT_SECRET of 31 bytes',
      { JWT_SECRET: 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p' },
      /JWT_SECRET: must be at least 32 bytes in production \(it has 31\)/,
    ],
    [
      'a placeholder JWT_SECRET',
      { JWT_SECRET: 'change-me-to-a-long-random-string-of-characters' },
      /JWT_SECRET: looks like a placeholder/,
    ],
    ['a JWT_SECRET of one repeated character', { JWT_SECRET: 'a'.repeat(64) }, /JWT_SECRET: looks like a placeholder/],
    [
      'the admin password "admin"',
      { ADMIN_PASSWORD: 'admin' },
      /ADMIN_PASSWORD: .*default or weak admin password is refused in production/,
    ],
    ['the admin password "password123"', { ADMIN_PASSWORD: 'password123' }, /ADMIN_PASSWORD: is a well-known password/],
    ['the admin password "Changeme123"', { ADMIN_PASSWORD: 'Changeme123' }, /ADMIN_PASSWORD: is a well-known password/],
    ['the published demo password', { ADMIN_PASSWORD: DEMO_PASSWORD }, /ADMIN_PASSWORD: is a well-known password/],
    ['a short admin password', { ADMIN_PASSWORD: 'Ab1!xyz' }, /ADMIN_PASSWORD: must be at least 10 characters long/],
    [
      'an admin e-mail without password',
      { ADMIN_PASSWORD: undefined },
      /ADMIN_PASSWORD: required when ADMIN_EMAIL is set/,
    ],
  ])('refuses to start with %s, naming the problem', (_name, overrides, message) => {
    expect(() => validateEnvironment(production(overrides))).toThrow(message);
  });

  it('names every problem at once', () => {
    expect(() => validateEnvironment(production({ JWT_SECRET: 'short', ADMIN_PASSWORD: 'admin123' }))).toThrow(
      /JWT_SECRET[\s\S]*ADMIN_PASSWORD/,
    );
  });
});

describe('validateEnvironment elsewhere', () => {
  it('runs without a key and with a weak admin password in development and test', () => {
    for (const NODE_ENV of ['development', 'test']) {
      expect(() => validateEnvironment({ NODE_ENV, ADMIN_EMAIL: 'a@b.vn', ADMIN_PASSWORD: 'admin' })).not.toThrow();
      expect(() => validateEnvironment({ NODE_ENV })).not.toThrow();
    }
  });

  it('still wants ADMIN_EMAIL and ADMIN_PASSWORD together', () => {
    expect(() => validateEnvironment({ ADMIN_PASSWORD: 'Mat-khau-dai-du-2024' })).toThrow(
      /ADMIN_EMAIL: required when ADMIN_PASSWORD is set/,
    );
  });
});
