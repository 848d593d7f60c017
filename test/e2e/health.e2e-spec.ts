import { createTestApp, TestApp } from '../helpers/create-test-app';

describe('GET /health', () => {
  let t: TestApp;

  afterEach(async () => {
    await t?.close();
  });

  it('reports the database and Redis as up', async () => {
    t = await createTestApp();
    const res = await t.http.get('/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.details.database.status).toBe('up');
    expect(res.body.details.redis.status).toBe('up');
  });

  it('keeps serving and reports Redis down when Redis is unreachable', async () => {
    t = await createTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    const res = await t.http.get('/health').expect(200);
    expect(res.body.details.database.status).toBe('up');
    expect(res.body.details.redis).toEqual({ status: 'down', message: expect.stringContaining('Redis') });
  });

  it('serves the OpenAPI document', async () => {
    t = await createTestApp();
    const res = await t.http.get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(res.body.paths['/health']).toBeDefined();
  });

  it('answers unknown routes with the API error shape', async () => {
    t = await createTestApp();
    const res = await t.http.get('/api/nothing-here').expect(404);
    expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.any(String) });
  });
});
