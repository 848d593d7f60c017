import { validateEnvironment } from '../../src/config/environment';
import { createTestApp, TestApp } from '../helpers/create-test-app';

describe('GET /api/bench/noop', () => {
  let t: TestApp;

  afterEach(async () => {
    await t?.close();
  });

  it('answers through the API stack when BENCH_NOOP_ROUTE=on', async () => {
    t = await createTestApp({ env: { BENCH_NOOP_ROUTE: 'on' } });
    const res = await t.http.get('/api/bench/noop').expect(200);
    expect(res.body).toEqual({ ok: true });
  });

  it('does not exist by default', async () => {
    t = await createTestApp();
    await t.http.get('/api/bench/noop').expect(404);
  });

  it('is left out of the OpenAPI document', async () => {
    t = await createTestApp({ env: { BENCH_NOOP_ROUTE: 'on' } });
    const res = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths).some((p) => p.includes('bench'))).toBe(false);
  });

  it('rejects a value other than on or off', () => {
    expect(() => validateEnvironment({ BENCH_NOOP_ROUTE: 'yes' })).toThrow(/BENCH_NOOP_ROUTE/);
  });
});
