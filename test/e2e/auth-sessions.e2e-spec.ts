import request, { type Response } from 'supertest';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { loginAs, TEST_PASSWORD, TestUser } from '../helpers/auth';

/** The cookies a response set, by name: value and attributes as sent. */
function cookiesOf(res: Response): Record<string, { value: string; attributes: string[] }> {
  const raw = res.headers['set-cookie'] as unknown as string[] | undefined;
  return Object.fromEntries(
    (raw ?? []).map((line) => {
      const [pair, ...attributes] = line.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      return [pair.slice(0, eq), { value: decodeURIComponent(pair.slice(eq + 1)), attributes }];
    }),
  );
}

/** A client without a cookie jar: every request sends exactly the cookies it sets (a supertest agent keeps them). */
let web: () => ReturnType<typeof request>;

interface BrowserSession {
  cookie: string;
  csrf: string;
}

describe('Sessions: browser cookies, CSRF, sign-out and password changes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT: '1000' } });
    web = () => request(t.app.getHttpServer());
  });
  afterAll(async () => {
    await t?.close();
  });

  const signInBrowser = async (user: TestUser): Promise<BrowserSession> => {
    const res = await web().post('/api/auth/session').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    const cookies = cookiesOf(res);
    return {
      cookie: `ubnd_session=${cookies.ubnd_session.value}; ubnd_csrf=${cookies.ubnd_csrf.value}`,
      csrf: cookies.ubnd_csrf.value,
    };
  };
  const bearerLogin = async (user: TestUser) => {
    const res = await web().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    return { Authorization: `Bearer ${res.body.accessToken as string}` };
  };
  const newSession = { title: 'Phiên họp chuyên đề', kind: 'thematic', heldAt: '2024-02-20T08:00:00+07:00' };

  describe('POST /api/auth/session', () => {
    it('sets the HttpOnly session cookie and the readable CSRF cookie, and answers the user without a token', async () => {
      const office = await loginAs(t, 'office', { fullName: 'Lê Thị Văn Phòng' });
      const res = await web()
        .post('/api/auth/session')
        .send({ email: office.email, password: TEST_PASSWORD })
        .expect(200);
      expect(Object.keys(res.body)).toEqual(['user']);
      expect(res.body.user).toMatchObject({
        id: office.id,
        email: office.email,
        fullName: 'Lê Thị Văn Phòng',
        role: 'office',
        departmentId: null,
      });
      // The same user shape as GET /api/auth/me.
      const me = await web().get('/api/auth/me').set(office.header).expect(200);
      expect(res.body.user).toEqual(me.body);
      const cookies = cookiesOf(res);
      expect(cookies.ubnd_session.attributes).toEqual(
        expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', 'Max-Age=28800']),
      );
      expect(cookies.ubnd_csrf.attributes).toEqual(expect.arrayContaining(['SameSite=Strict', 'Path=/']));
      expect(cookies.ubnd_csrf.attributes).not.toContain('HttpOnly');
      // APP_URL is http here: no Secure flag, or the browser would drop the cookie.
      expect(cookies.ubnd_session.attributes).not.toContain('Secure');
      expect(JSON.stringify(res.body)).not.toContain(cookies.ubnd_session.value);
    });

    it('answers a wrong password with the login’s 401 and sets no cookie', async () => {
      const office = await loginAs(t, 'office');
      const res = await web()
        .post('/api/auth/session')
        .send({ email: office.email, password: 'not-the-password' })
        .expect(401);
      expect(res.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Invalid e-mail or password' });
      expect(res.headers['set-cookie']).toBeUndefined();
    });
  });

  describe('cookie authentication and CSRF', () => {
    it('answers GET /api/auth/me with the cookie alone', async () => {
      const leader = await loginAs(t, 'leader');
      const browser = await signInBrowser(leader);
      const me = await web().get('/api/auth/me').set('Cookie', browser.cookie).expect(200);
      expect(me.body.id).toBe(leader.id);
    });

    it('refuses a state-changing request the cookie authenticates without the CSRF header, or with a wrong one', async () => {
      const office = await loginAs(t, 'office');
      const browser = await signInBrowser(office);
      const missing = await web().post('/api/sessions').set('Cookie', browser.cookie).send(newSession).expect(403);
      expect(missing.body).toEqual({ statusCode: 403, error: 'Forbidden', message: 'CSRF token missing or wrong' });
      await web()
        .post('/api/sessions')
        .set('Cookie', browser.cookie)
        .set('X-CSRF-Token', `${browser.csrf}x`)
        .send(newSession)
        .expect(403);
      // A matching cookie and header the attacker made up (e.g. a cookie planted from a sibling domain) is not enough.
      const session = browser.cookie.split(';')[0];
      await web()
        .post('/api/sessions')
        .set('Cookie', `${session}; ubnd_csrf=made-up`)
        .set('X-CSRF-Token', 'made-up')
        .send(newSession)
        .expect(403);
      const created = await web()
        .post('/api/sessions')
        .set('Cookie', browser.cookie)
        .set('X-CSRF-Token', browser.csrf)
        .send(newSession)
        .expect(201);
      expect(created.body.title).toBe(newSession.title);
    });

    it('keeps bearer tokens working without any CSRF header', async () => {
      const office = await loginAs(t, 'office');
      await web()
        .post('/api/sessions')
        .set(await bearerLogin(office))
        .send(newSession)
        .expect(201);
    });

    it('answers 401 to a cookie that is not a valid session', async () => {
      await web().get('/api/auth/me').set('Cookie', 'ubnd_session=not-a-token').expect(401);
    });
  });

  describe('POST /api/auth/logout', () => {
    it('ends the browser session only, and clears the cookies', async () => {
      const office = await loginAs(t, 'office');
      const browser = await signInBrowser(office);
      const other = await bearerLogin(office);
      await web().post('/api/auth/logout').set('Cookie', browser.cookie).expect(403);
      const res = await web()
        .post('/api/auth/logout')
        .set('Cookie', browser.cookie)
        .set('X-CSRF-Token', browser.csrf)
        .expect(204);
      const cleared = cookiesOf(res);
      for (const name of ['ubnd_session', 'ubnd_csrf']) {
        expect(cleared[name].value).toBe('');
        expect(cleared[name].attributes.join(';')).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/);
      }
      await web().get('/api/auth/me').set('Cookie', browser.cookie).expect(401);
      await web().get('/api/tasks').set('Cookie', browser.cookie).expect(401);
      // The same account's other session is untouched.
      await web().get('/api/auth/me').set(other).expect(200);
    });

    it('ends a bearer token’s session only', async () => {
      const leader = await loginAs(t, 'leader');
      const first = await bearerLogin(leader);
      const second = await bearerLogin(leader);
      await web().post('/api/auth/logout').set(first).expect(204);
      await web().get('/api/auth/me').set(first).expect(401);
      await web().post('/api/auth/logout').set(first).expect(401);
      await web().get('/api/auth/me').set(second).expect(200);
    });
  });

  describe('changes that end every session', () => {
    it('ends the sessions of a user whose password an admin resets, and the new password signs in', async () => {
      const officer = await loginAs(t, 'office');
      const bearer = await bearerLogin(officer);
      const browser = await signInBrowser(officer);
      await t.http.patch(`/api/users/${officer.id}`).send({ password: 'Mat-khau-moi-2025!' }).expect(200);
      await web().get('/api/auth/me').set(officer.header).expect(401);
      await web().get('/api/auth/me').set(bearer).expect(401);
      await web().get('/api/auth/me').set('Cookie', browser.cookie).expect(401);
      await web().post('/api/auth/login').send({ email: officer.email, password: 'Mat-khau-moi-2025!' }).expect(200);
    });

    it('ends the sessions of a user moved to another department', async () => {
      const officer = await loginAs(t, 'department');
      const target = await loginAs(t, 'department');
      await web().get('/api/auth/me').set(officer.header).expect(200);
      await t.http.patch(`/api/users/${officer.id}`).send({ departmentId: target.departmentId }).expect(200);
      await web().get('/api/auth/me').set(officer.header).expect(401);
    });

    it('keeps the sessions of a user whose name alone changes', async () => {
      const officer = await loginAs(t, 'leader');
      await t.http.patch(`/api/users/${officer.id}`).send({ fullName: 'Nguyễn Văn Đổi Tên' }).expect(200);
      await web().get('/api/auth/me').set(officer.header).expect(200);
    });
  });

  describe('POST /api/auth/password', () => {
    const newPassword = 'Mat-khau-rieng-2025!';

    it('needs the current password', async () => {
      const user = await loginAs(t, 'leader');
      const res = await web()
        .post('/api/auth/password')
        .set(user.header)
        .send({ currentPassword: 'not-the-password', newPassword })
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'currentPassword', message: 'currentPassword is wrong' }]);
      await web().get('/api/auth/me').set(user.header).expect(200);
    });

    it('refuses a weak new password, naming the field', async () => {
      const user = await loginAs(t, 'leader');
      const res = await web()
        .post('/api/auth/password')
        .set(user.header)
        .send({ currentPassword: TEST_PASSWORD, newPassword: 'password123' })
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'newPassword', message: 'newPassword is a well-known password' }]);
    });

    it('ends the other sessions and hands a bearer client a fresh token', async () => {
      const user = await loginAs(t, 'department');
      const other = await bearerLogin(user);
      const browser = await signInBrowser(user);
      const res = await web()
        .post('/api/auth/password')
        .set(user.header)
        .send({ currentPassword: TEST_PASSWORD, newPassword })
        .expect(200);
      expect(res.body.user).toMatchObject({ id: user.id, role: 'department' });
      await web().get('/api/auth/me').set(user.header).expect(401);
      await web().get('/api/auth/me').set(other).expect(401);
      await web().get('/api/auth/me').set('Cookie', browser.cookie).expect(401);
      await web()
        .get('/api/auth/me')
        .set('Authorization', `Bearer ${res.body.accessToken as string}`)
        .expect(200);
      await web().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
      await web().post('/api/auth/login').send({ email: user.email, password: newPassword }).expect(200);
    });

    it('gives a browser session fresh cookies and no token', async () => {
      const user = await loginAs(t, 'office');
      const browser = await signInBrowser(user);
      await web()
        .post('/api/auth/password')
        .set('Cookie', browser.cookie)
        .send({ currentPassword: TEST_PASSWORD, newPassword })
        .expect(403);
      const res = await web()
        .post('/api/auth/password')
        .set('Cookie', browser.cookie)
        .set('X-CSRF-Token', browser.csrf)
        .send({ currentPassword: TEST_PASSWORD, newPassword })
        .expect(200);
      expect(res.body.accessToken).toBeUndefined();
      const cookies = cookiesOf(res);
      await web().get('/api/auth/me').set('Cookie', browser.cookie).expect(401);
      await web().get('/api/auth/me').set('Cookie', `ubnd_session=${cookies.ubnd_session.value}`).expect(200);
    });
  });
});

describe('Session cookies behind https', () => {
  let t: TestApp;
  afterAll(async () => {
    await t?.close();
  });

  it('are Secure when APP_URL is https', async () => {
    t = await createTestApp({ env: { APP_URL: 'https://nhiemvu.backan.gov.vn' } });
    web = () => request(t.app.getHttpServer());
    const user = await loginAs(t, 'leader');
    const res = await web().post('/api/auth/session').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    const cookies = cookiesOf(res);
    expect(cookies.ubnd_session.attributes).toContain('Secure');
    expect(cookies.ubnd_csrf.attributes).toContain('Secure');
  });
});
