import { API_ROUTES, ApiRoute, expectedStatus } from '../helpers/api-routes';
import { ApiWorld, buildApiWorld, WHO } from '../helpers/api-world';
import { createTestApp, TestApp } from '../helpers/create-test-app';

/**
 * Every route × every role, anonymous, and a department user acting on another
 * department's records: each cell states the status it must get.
 */
describe('Authorization matrix', () => {
  let t: TestApp;
  let w: ApiWorld;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT: '1000', BENCH_NOOP_ROUTE: 'on' } });
    w = await buildApiWorld(t);
  }, 30_000);
  afterAll(async () => {
    await t?.close();
  });

  it('covers every route of the OpenAPI document, and only those', async () => {
    const doc = (await t.anonymous.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    const listed = API_ROUTES.filter((route) => route.documented !== false)
      .map((route) => `${route.method} ${route.path}`)
      .filter((r) => r !== 'GET /api/docs-json');
    expect([...listed].sort()).toEqual(documented);
  });

  it('covers every route the server answers under /api and /health', () => {
    const served = t.routes
      .filter((route) => !route.startsWith('HEAD ') && !route.startsWith('OPTIONS '))
      .filter((route) => /^\S+ \/(api|health)/.test(route))
      // The API docs (UI, static files and document) are open and registered before the app starts.
      .filter((route) => !/^\S+ \/api\/docs/.test(route))
      .map((route) => route.replace(/:(\w+)/g, '{$1}').replace(/\/$/, ''));
    const listed = API_ROUTES.map((route) => `${route.method} ${route.path}`).filter(
      (route) => route !== 'GET /api/docs-json',
    );
    expect([...new Set(served)].sort()).toEqual([...listed].sort());
  });

  const cells = API_ROUTES.flatMap((route) => WHO.map((who) => [route, who, expectedStatus(route, who)] as const));

  describe.each(API_ROUTES.map((route) => [`${route.method} ${route.path}`, route] as [string, ApiRoute]))(
    '%s',
    (_name, route) => {
      it.each(WHO.map((who) => [who, expectedStatus(route, who)] as const))('%s → %i', async (who, expected) => {
        const { url, body, headers, attach } = await route.request(w, who);
        let call = t.anonymous[route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](url).set(
          headers ?? w.headers(who),
        );
        if (body !== undefined) call = call.send(body as object);
        if (attach) call = call.attach(attach.field, attach.bytes, attach.fileName);
        const res = await call;
        if (res.status !== expected) {
          throw new Error(
            `${route.method} ${url} as ${who}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body)}`,
          );
        }
        if (expected < 300) route.check?.(w, who, res.body, res);
        if (expected >= 400) expect(res.body).toMatchObject({ statusCode: expected, error: expect.any(String) });
      });
    },
  );

  afterAll(() => {
    // The size of the matrix, for the record; the cells themselves are the tests above.
    console.log(`authorization matrix: ${cells.length} cells (${API_ROUTES.length} routes × ${WHO.length} callers)`);
  });
});
