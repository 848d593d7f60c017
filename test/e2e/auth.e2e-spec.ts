import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createTestDatabase, TestDatabase } from '../helpers/test-database';
import { createTestDepartment, loginAs, TEST_PASSWORD } from '../helpers/auth';
import { craftToken, decodePayload } from '../helpers/jwt-craft';
import { User } from '../../src/users/user.entity';

const SECRET = 'kiem-thu-khoa-ky-token-9f8e7d6c5b4a39281706f5e4d3c2b1a0';

describe('Login, tokens and the global guard', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { JWT_SECRET: SECRET, LOGIN_RATE_LIMIT: '1000' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  const login = (email: string, password: string) => t.anonymous.post('/api/auth/login').send({ email, password });

  describe('POST /api/auth/login', () => {
    it('answers a token and the user, never the password hash', async () => {
      const office = await loginAs(t, 'office', { email: 'vanphong.login@test.local', fullName: 'Trần Văn Phòng' });
      const res = await login('vanphong.login@test.local', TEST_PASSWORD).expect(200);
      expect(res.body).toEqual({
        accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
        user: {
          id: office.id,
          email: 'vanphong.login@test.local',
          fullName: 'Trần Văn Phòng',
          role: 'office',
          departmentId: null,
          leaderTitle: null,
          sectors: [],
        },
      });
      expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash/);
      const me = await t.anonymous
        .get('/api/auth/me')
        .set('Authorization', `Bearer ${res.body.accessToken}`)
        .expect(200);
      expect(me.body).toEqual(res.body.user);
    });

    it('signs HS256 tokens that expire after JWT_EXPIRES_IN', async () => {
      await loginAs(t, 'leader', { email: 'lanhdao.alg@test.local' });
      const res = await login('lanhdao.alg@test.local', TEST_PASSWORD).expect(200);
      const header = JSON.parse(Buffer.from(res.body.accessToken.split('.')[0], 'base64url').toString());
      expect(header.alg).toBe('HS256');
      const claims = decodePayload(res.body.accessToken);
      expect(Number(claims.exp) - Number(claims.iat)).toBe(8 * 3600);
    });

    it('ignores the case and surrounding spaces of the e-mail', async () => {
      await loginAs(t, 'leader', { email: 'chutich.case@test.local' });
      await login('  ChuTich.CASE@Test.Local ', TEST_PASSWORD).expect(200);
    });

    it('answers the same for an unknown e-mail, a wrong password and an inactive account', async () => {
      await loginAs(t, 'office', { email: 'known@test.local' });
      await loginAs(t, 'office', { email: 'inactive@test.local', active: false });
      const unknown = await login('nobody@test.local', TEST_PASSWORD).expect(401);
      const wrong = await login('known@test.local', 'not-the-password').expect(401);
      const inactive = await login('inactive@test.local', TEST_PASSWORD).expect(401);
      expect(unknown.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Invalid e-mail or password' });
      expect(wrong.body).toEqual(unknown.body);
      expect(inactive.body).toEqual(unknown.body);
    });

    it('rejects missing, mistyped, unknown and oversized fields with 400', async () => {
      for (const body of [
        {},
        { email: 'a@b.c' },
        { email: 12, password: 'x' },
        { email: 'a@b.c', password: 'x', role: 'admin' },
        { email: 'a@b.c', password: 'x'.repeat(129) },
        { email: `${'a'.repeat(300)}@b.c`, password: 'x' },
      ]) {
        const res = await t.anonymous.post('/api/auth/login').send(body).expect(400);
        expect(res.body.errors.length).toBeGreaterThan(0);
      }
    });
  });

  describe('bearer tokens', () => {
    // The claims of a real session (subject, session id, token version), re-signed by hand below.
    let session: Record<string, unknown>;
    beforeAll(async () => {
      session = decodePayload((await loginAs(t, 'office')).token);
    });
    const now = () => Math.floor(Date.now() / 1000);
    const valid = () => ({
      sub: session.sub,
      role: 'office',
      jti: session.jti,
      ver: session.ver,
      iat: now(),
      exp: now() + 600,
      iss: 'ubnd-directives',
    });
    const me = (token: string) => t.anonymous.get('/api/auth/me').set('Authorization', `Bearer ${token}`);

    it('accepts a well-formed token signed with the key', async () => {
      await me(craftToken(valid(), { secret: SECRET })).expect(200);
    });

    it.each([
      ['expired', () => craftToken({ ...valid(), iat: now() - 7200, exp: now() - 60 }, { secret: SECRET })],
      ['unsigned (alg none)', () => craftToken(valid(), { alg: 'none' })],
      ['signed with another algorithm (HS512)', () => craftToken(valid(), { secret: SECRET, alg: 'HS512' })],
      ['signed with another key', () => craftToken(valid(), { secret: 'another-key-of-sufficient-length-0123456789' })],
      ['from another issuer', () => craftToken({ ...valid(), iss: 'someone-else' }, { secret: SECRET })],
      ['for an account that does not exist', () => craftToken({ ...valid(), sub: '999999' }, { secret: SECRET })],
      ['with a subject that is not an id', () => craftToken({ ...valid(), sub: '1 OR 1=1' }, { secret: SECRET })],
      [
        'tampered (payload changed, signature kept)',
        () => {
          const [head, , signature] = craftToken(valid(), { secret: SECRET }).split('.');
          const payload = Buffer.from(JSON.stringify({ ...valid(), role: 'admin', sub: '1' })).toString('base64url');
          return `${head}.${payload}.${signature}`;
        },
      ],
      ['garbage', () => 'not-a-token'],
      [
        'without exp',
        () => {
          const { exp: _exp, ...claims } = valid();
          return craftToken(claims, { secret: SECRET });
        },
      ],
      [
        'living longer than JWT_EXPIRES_IN',
        () => craftToken({ ...valid(), exp: now() + 9 * 3600 }, { secret: SECRET }),
      ],
      ['without a session id', () => craftToken({ ...valid(), jti: undefined }, { secret: SECRET })],
      [
        'naming a session that does not exist',
        () => craftToken({ ...valid(), jti: 'A'.repeat(22) }, { secret: SECRET }),
      ],
      ['of an older token version', () => craftToken({ ...valid(), ver: -1 }, { secret: SECRET })],
    ])('refuses a token %s with 401', async (_name, token) => {
      const res = await me(token()).expect(401);
      expect(res.body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'The access token is invalid or expired',
      });
      expect(res.headers['www-authenticate']).toBe('Bearer');
    });

    it('answers 401 without a token or with another scheme', async () => {
      const none = await t.anonymous.get('/api/auth/me').expect(401);
      expect(none.body.message).toBe('Authentication required');
      await t.anonymous
        .get('/api/auth/me')
        .set('Authorization', `Basic ${Buffer.from('a:b').toString('base64')}`)
        .expect(401);
      await t.anonymous.get('/api/auth/me').set('Authorization', 'Bearer').expect(401);
    });

    it('stops honouring the token of a user who is deactivated, and not again when reactivated', async () => {
      const user = await loginAs(t, 'leader');
      await t.anonymous.get('/api/auth/me').set(user.header).expect(200);
      await t.http.patch(`/api/users/${user.id}`).send({ active: false }).expect(200);
      await t.anonymous.get('/api/auth/me').set(user.header).expect(401);
      await t.http.patch(`/api/users/${user.id}`).send({ active: true }).expect(200);
      await t.anonymous.get('/api/auth/me').set(user.header).expect(401);
      // The account itself works again: a new sign-in does.
      const again = await login(user.email, TEST_PASSWORD).expect(200);
      await t.anonymous.get('/api/auth/me').set('Authorization', `Bearer ${again.body.accessToken}`).expect(200);
    });

    it('ends the sessions of a user whose role changes', async () => {
      const user = await loginAs(t, 'admin');
      await t.anonymous.get('/api/users').set(user.header).expect(200);
      await t.http.patch(`/api/users/${user.id}`).send({ role: 'leader' }).expect(200);
      await t.anonymous.get('/api/users').set(user.header).expect(401);
      const again = await login(user.email, TEST_PASSWORD).expect(200);
      await t.anonymous.get('/api/users').set('Authorization', `Bearer ${again.body.accessToken}`).expect(403);
    });

    it('stops honouring a token when the account is deactivated directly in the database, within seconds', async () => {
      const user = await loginAs(t, 'office');
      await t.anonymous.get('/api/auth/me').set(user.header).expect(200);
      await t.dataSource.getRepository(User).update(user.id, { active: false });
      const deadline = Date.now() + 10_000;
      let status = 200;
      while (status === 200 && Date.now() < deadline) {
        status = (await t.anonymous.get('/api/auth/me').set(user.header)).status;
        if (status === 200) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(status).toBe(401);
    }, 20_000);
  });

  describe('open routes', () => {
    it('keeps /health, the API docs and the OpenAPI document open', async () => {
      await t.anonymous.get('/health').expect(200);
      await t.anonymous.get('/api/docs-json').expect(200);
      const page = await t.anonymous.get('/api/docs').redirects(1).expect(200);
      expect(page.text).toContain('swagger-ui');
    });

    it('documents bearer authentication in the OpenAPI document', async () => {
      const res = await t.anonymous.get('/api/docs-json').expect(200);
      expect(res.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    });
  });

  describe('department accounts', () => {
    it('reports the department of a department user', async () => {
      const department = await createTestDepartment(t);
      const user = await loginAs(t, 'department', { departmentId: department.id, email: 'so.login@test.local' });
      const res = await login('so.login@test.local', TEST_PASSWORD).expect(200);
      expect(res.body.user).toMatchObject({ id: user.id, role: 'department', departmentId: department.id });
    });
  });
});

describe('Login rate limit', () => {
  let t: TestApp;
  afterEach(async () => {
    await t?.close();
  });

  it('answers 429 in the API error shape past LOGIN_RATE_LIMIT attempts per minute, right or wrong', async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT: '3' } });
    await loginAs(t, 'office', { email: 'limit@test.local' });
    await t.anonymous
      .post('/api/auth/login')
      .send({ email: 'limit@test.local', password: 'wrong-password' })
      .expect(401);
    await t.anonymous
      .post('/api/auth/login')
      .send({ email: 'nobody@test.local', password: 'wrong-password' })
      .expect(401);
    await t.anonymous.post('/api/auth/login').send({ email: 'limit@test.local', password: TEST_PASSWORD }).expect(200);
    const blocked = await t.anonymous
      .post('/api/auth/login')
      .send({ email: 'limit@test.local', password: TEST_PASSWORD })
      .expect(429);
    expect(blocked.body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Too many sign-in attempts; try again in a minute',
    });
    expect(Number(blocked.headers['retry-after-login'] ?? blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Other routes are not throttled.
    for (let i = 0; i < 10; i++) await t.http.get('/api/auth/me').expect(200);
  });
});

describe('First admin', () => {
  let database: TestDatabase;
  let t: TestApp | undefined;
  let second: TestApp | undefined;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await second?.close();
    await t?.close();
    await database.drop();
    t = second = undefined;
  });

  it('is created from ADMIN_EMAIL / ADMIN_PASSWORD when there is no account, once', async () => {
    const env = { ADMIN_EMAIL: 'Quantri@Backan.gov.vn', ADMIN_PASSWORD: 'Mat-khau-quan-tri-2024' };
    t = await createTestApp({ as: null, database, env });
    const res = await t.anonymous
      .post('/api/auth/login')
      .send({ email: 'quantri@backan.gov.vn', password: env.ADMIN_PASSWORD })
      .expect(200);
    expect(res.body.user).toMatchObject({ email: 'quantri@backan.gov.vn', role: 'admin', departmentId: null });

    // A restart with other values leaves the existing accounts alone.
    await t.close();
    t = undefined;
    second = await createTestApp({
      as: null,
      database,
      env: { ADMIN_EMAIL: 'other@backan.gov.vn', ADMIN_PASSWORD: 'Mot-mat-khau-khac-2024' },
    });
    expect(await second.dataSource.getRepository(User).count()).toBe(1);
    await second.anonymous
      .post('/api/auth/login')
      .send({ email: 'quantri@backan.gov.vn', password: env.ADMIN_PASSWORD })
      .expect(200);
    await second.anonymous
      .post('/api/auth/login')
      .send({ email: 'other@backan.gov.vn', password: 'Mot-mat-khau-khac-2024' })
      .expect(401);
  });

  it('refuses to start in production when there is no account and no ADMIN_EMAIL / ADMIN_PASSWORD', async () => {
    await expect(
      createTestApp({ as: null, database, env: { NODE_ENV: 'production', JWT_SECRET: SECRET } }),
    ).rejects.toThrow(/ADMIN_EMAIL and ADMIN_PASSWORD/);
  });
});

describe('Production boot', () => {
  it.each([
    ['JWT_SECRET is missing', { JWT_SECRET: undefined }, /JWT_SECRET: required in production/],
    ['JWT_SECRET is shorter than 32 bytes', { JWT_SECRET: 'ngan-qua' }, /JWT_SECRET: must be at least 32 bytes/],
    ['the admin password is a default', { ADMIN_PASSWORD: 'admin123' }, /ADMIN_PASSWORD: .*refused in production/],
  ])('refuses to start when %s', async (_name, overrides, message) => {
    await expect(
      createTestApp({
        as: null,
        env: {
          NODE_ENV: 'production',
          JWT_SECRET: SECRET,
          ADMIN_EMAIL: 'quantri@backan.gov.vn',
          ADMIN_PASSWORD: 'Vung-Tau-Bac-Kan-1975!',
          ...overrides,
        },
      }),
    ).rejects.toThrow(message);
  });

  it('starts with a strong key and admin password, and creates that admin', async () => {
    const t = await createTestApp({
      as: null,
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: SECRET,
        ADMIN_EMAIL: 'quantri@backan.gov.vn',
        ADMIN_PASSWORD: 'Vung-Tau-Bac-Kan-1975!',
      },
    });
    try {
      const res = await t.anonymous
        .post('/api/auth/login')
        .send({ email: 'quantri@backan.gov.vn', password: 'Vung-Tau-Bac-Kan-1975!' })
        .expect(200);
      expect(res.body.user.role).toBe('admin');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    } finally {
      await t.close();
    }
  });
});
