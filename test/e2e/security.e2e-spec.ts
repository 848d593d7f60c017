import { loginAs, TEST_PASSWORD } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { defaultDocumentId } from '../factories/document.factory';

describe('Security hardening', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { BODY_LIMIT: '65536' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('security headers', () => {
    it('sends helmet headers with API answers', async () => {
      const res = await t.http.get('/api/auth/me').expect(200);
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
      });
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-powered-by']).toBeUndefined();
    });

    it('keeps the API docs working under the content security policy: only same-origin scripts', async () => {
      const page = await t.anonymous.get('/api/docs').redirects(1).expect(200);
      const csp = page.headers['content-security-policy'];
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      const scripts = [...page.text.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
      expect(scripts.length).toBeGreaterThan(0);
      // Every script is loaded from the same origin; an inline one would be blocked by the policy.
      for (const attributes of scripts) expect(attributes).toMatch(/src="\.\//);
      for (const src of [...page.text.matchAll(/src="\.\/([^"]+)"/g)].map((m) => m[1])) {
        await t.anonymous.get(`/api/${src}`).expect(200);
      }
    });
  });

  describe('CORS', () => {
    it('is closed when CORS_ORIGINS is empty', async () => {
      const res = await t.http.get('/api/auth/me').set('Origin', 'https://evil.example').expect(200);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await t.anonymous
        .options('/api/tasks')
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'POST');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('opens to the configured origins only', async () => {
      const open = await createTestApp({ env: { CORS_ORIGINS: 'https://giaoviec.backan.gov.vn' } });
      try {
        const allowed = await open.anonymous
          .options('/api/tasks')
          .set('Origin', 'https://giaoviec.backan.gov.vn')
          .set('Access-Control-Request-Method', 'POST')
          .set('Access-Control-Request-Headers', 'authorization,content-type');
        expect(allowed.status).toBeLessThan(300);
        expect(allowed.headers['access-control-allow-origin']).toBe('https://giaoviec.backan.gov.vn');
        const other = await open.http.get('/api/auth/me').set('Origin', 'https://evil.example');
        expect(other.headers['access-control-allow-origin']).toBeUndefined();
      } finally {
        await open.close();
      }
    });
  });

  describe('request bodies', () => {
    it('answers 413 in the API error shape past BODY_LIMIT', async () => {
      const res = await t.http
        .post('/api/users')
        .send({ fullName: 'x'.repeat(70_000) })
        .expect(413);
      expect(res.body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: 'Request body is too large' });
    });

    it('answers 400 for malformed JSON without echoing parser internals', async () => {
      const res = await t.http
        .post('/api/users')
        .set('Content-Type', 'application/json')
        .send('{"email": ')
        .expect(400);
      expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.any(String) });
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js|SyntaxError|position \d+/);
    });

    it.each([
      ['__proto__ in a JSON body', '{"fullName":"x","__proto__":{"role":"admin"}}'],
      ['constructor.prototype in a JSON body', '{"fullName":"x","constructor":{"prototype":{"role":"admin"}}}'],
      ['a bare constructor key in a JSON body', '{"fullName":"x","constructor":{"name":"admin"}}'],
      ['__proto__ nested in an array', '{"fullName":"x","items":[{"a":1},{"__proto__":{"polluted":true}}]}'],
    ])('refuses %s with 400 and pollutes nothing', async (_name, body) => {
      const res = await t.http.post('/api/users').set('Content-Type', 'application/json').send(body).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(({} as Record<string, unknown>).role).toBeUndefined();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it.each([
      '__proto__=1',
      '__proto__[role]=admin',
      'constructor=1',
      'constructor[prototype][role]=admin',
      'prototype=1',
    ])('refuses the query string %s with 400', async (query) => {
      const res = await t.http.get(`/api/users?${query}`).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    });
  });

  describe('SQL and HTML meta-characters in free text', () => {
    const nasty = `Robert'); DROP TABLE tasks; -- <script>alert("x")</script> %_\\ "quoted" & <b>đậm</b>`;

    it('stores them verbatim, answers them as JSON text, and leaves the schema intact', async () => {
      const department = await t.http
        .post('/api/departments')
        .send({ code: 'META1', name: nasty, kind: 'other', emails: [] })
        .expect(201);
      const task = await t.http
        .post('/api/tasks')
        .send({
          title: nasty,
          description: nasty,
          documentId: await defaultDocumentId(t),
          leadDepartmentId: department.body.id,
        })
        .expect(201);
      const read = await t.http.get(`/api/tasks/${task.body.id}`).expect(200);
      expect(read.headers['content-type']).toMatch(/^application\/json/);
      expect(read.body).toMatchObject({ title: nasty, description: nasty });
      expect((await t.http.get(`/api/departments/${department.body.id}`).expect(200)).body.name).toBe(nasty);
      const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS "n" FROM "tasks"');
      expect(Number(n)).toBeGreaterThan(0);
    });

    it.each(["' OR '1'='1", '%', '_', '\\', "'; DROP TABLE tasks; --", '<script>'])(
      'searches for %s literally',
      async (q) => {
        const res = await t.http.get(`/api/tasks?q=${encodeURIComponent(q)}&limit=200`).expect(200);
        for (const item of res.body.items as Array<{ title: string; description: string | null }>) {
          expect(`${item.title} ${item.description ?? ''}`.toLowerCase()).toContain(q.toLowerCase());
        }
      },
    );
  });

  describe('errors', () => {
    it('answers a bare 500 without SQL, stack or driver message when the database fails', async () => {
      const broken = await createTestApp();
      try {
        await broken.dataSource.query('DROP TABLE "audit_entries"');
        const res = await broken.http.get('/api/audit').expect(500);
        expect(res.body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' });
        expect(res.text).not.toMatch(/audit_entries|SELECT|SQLITE|relation|stack/i);
      } finally {
        await broken.close();
      }
    });

    it('answers unknown routes 404 in the API shape, before any authentication', async () => {
      const res = await t.anonymous.get('/api/no-such-route').expect(404);
      expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.any(String) });
    });
  });

  describe('queue dashboard (/admin/queues)', () => {
    const basic = (email: string, password: string) =>
      `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;

    it('asks anonymous visitors to sign in, on every path under it however it is spelled', async () => {
      for (const url of [
        '/admin/queues',
        '/admin/queues/',
        '/admin/queues/api/queues',
        '/admin/queues/static/favicon-32x32.png',
        '/admin/%71ueues',
        '/ADMIN/queues',
      ]) {
        const res = await t.anonymous.get(url).expect(401);
        expect(res.headers['www-authenticate']).toMatch(/^Basic realm=/);
        expect(res.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.any(String) });
      }
    });

    it('refuses every role but admin', async () => {
      for (const role of ['office', 'leader', 'department'] as const) {
        const user = await loginAs(t, role);
        await t.anonymous.get('/admin/queues').set(user.header).expect(403);
        await t.anonymous
          .get('/admin/queues/api/queues')
          .set('Authorization', basic(user.email, TEST_PASSWORD))
          .expect(403);
      }
    });

    it('opens to an admin token, and to an admin signing in with e-mail and password', async () => {
      // A fresh app: the dashboard module keeps one board per process, bound to the queue of the app started last.
      const fresh = await createTestApp();
      try {
        const page = await fresh.http.get('/admin/queues').expect(200);
        expect(page.text).toContain('Bull Dashboard');
        const queues = await fresh.anonymous
          .get('/admin/queues/api/queues')
          .set('Authorization', basic(fresh.user!.email, TEST_PASSWORD))
          .expect(200);
        expect(queues.body.queues.length).toBeGreaterThan(0);
      } finally {
        await fresh.close();
      }
    });

    it('limits failed sign-ins like the login does', async () => {
      const limited = await createTestApp({ env: { LOGIN_RATE_LIMIT: '2' } });
      try {
        const wrong = basic(limited.user!.email, 'not-the-password');
        await limited.anonymous.get('/admin/queues').set('Authorization', wrong).expect(401);
        await limited.anonymous.get('/admin/queues').set('Authorization', wrong).expect(401);
        await limited.anonymous.get('/admin/queues').set('Authorization', wrong).expect(429);
        await limited.anonymous
          .get('/admin/queues')
          .set('Authorization', basic(limited.user!.email, TEST_PASSWORD))
          .expect(429);
        // A token still works: the limit is on guessing passwords.
        await limited.http.get('/admin/queues').expect(200);
      } finally {
        await limited.close();
      }
    });

    it('stops opening to an admin who is deactivated', async () => {
      const admin = await loginAs(t, 'admin');
      await t.anonymous.get('/admin/queues').set(admin.header).expect(200);
      await t.http.patch(`/api/users/${admin.id}`).send({ active: false }).expect(200);
      await t.anonymous.get('/admin/queues').set(admin.header).expect(401);
    });
  });
});
