export const PASSWORD_MIN_LENGTH = 10;
/** Bounded so that hashing cannot be turned into a denial of service. */
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Passwords that ship in examples, demos and breach top lists. A deployment
 * that keeps one of these as its admin password is refused in production.
 */
export const KNOWN_WEAK_PASSWORDS = [
  'admin',
  'admin123',
  'admin1234',
  'admin12345',
  'administrator',
  'changeme',
  'changeme123',
  'password',
  'password1',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword123',
  'qwerty',
  'qwerty123',
  'qwertyuiop',
  '123456',
  '12345678',
  '123456789',
  '1234567890',
  '0123456789',
  'abc123456',
  'iloveyou',
  'letmein',
  'welcome',
  'welcome123',
  'secret',
  'secret123',
  'matkhau',
  'matkhau123',
  'ubnd@2024',
  'demo@2024',
  'demo12345',
  'demo123456',
];

/** The password every demo account gets from `npm run seed`. Public, so never acceptable in production. */
export const DEMO_PASSWORD = 'Demo@2024!ubnd';

/** Why `password` is not acceptable, or null when it is. The demo password is refused too: it is published. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  const lower = password.toLowerCase();
  if (KNOWN_WEAK_PASSWORDS.includes(lower) || password === DEMO_PASSWORD) return 'is a well-known password';
  if (new Set(password).size < 4) return 'must contain at least 4 different characters';
  return null;
}
