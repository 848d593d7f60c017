import { API_ROUTES, ApiRoute } from '../helpers/api-routes';
import { ApiWorld, buildApiWorld } from '../helpers/api-world';
import { badInputCases, BadInputCase, badQueryCases } from '../helpers/bad-input-cases';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { databaseFingerprint, writeMark } from '../helpers/db-fingerprint';

/** What a rejected request may answer: never success, never a server error, never an authorization answer. */
const REJECTIONS = [400, 404, 409, 413, 415, 422];

const WRITE_ROUTES = API_ROUTES.filter((route) => route.method !== 'GET');

/**
 * Every write route, sent as admin (so that only the input can be at fault)
 * with one thing wrong at a time. Each case must be refused with a 4xx in the
 * API error shape and leave every table exactly as it was.
 */
describe('Bad input on every write route', () => {
  let t: TestApp;
  let w: ApiWorld;
  let doc: { paths: Record<string, Record<string, any>>; components: { schemas: Record<string, any> } };
  let total = 0;
  let queries = 0;

  beforeAll(async () => {
    // WORKER=off: no e-mail is sent in the background, so only the requests under test could change a row.
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT: '100000', BODY_LIMIT: '65536', WORKER: 'off' } });
    w = await buildApiWorld(t);
    doc = (await t.anonymous.get('/api/docs-json').expect(200)).body;
  }, 30_000);
  afterAll(async () => {
    await t?.close();
    // Printed for the issue: the number of bad-input cases run.
    process.stdout.write(`bad-input cases: ${total} on write routes, ${queries} on query strings\n`);
  });

  const send = (route: ApiRoute, url: string, input: BadInputCase, headers?: Record<string, string>) => {
    const method = route.method.toLowerCase() as 'post' | 'patch' | 'delete';
    const call = t.anonymous[method](input.url ?? url).set(headers ?? w.users.admin.header);
    if (input.raw !== undefined) return call.set('Content-Type', 'application/json').send(input.raw);
    return call.send(input.body as object);
  };

  it.each(WRITE_ROUTES.map((route) => [`${route.method} ${route.path}`, route] as [string, ApiRoute]))(
    '%s refuses every bad input and changes nothing',
    async (_name, route) => {
      const { url, body, headers, attach } = await route.request(w, 'admin');
      const schema =
        doc.paths[route.path]?.[route.method.toLowerCase()]?.requestBody?.content?.['application/json']?.schema;
      const lookup = (ref: string) => doc.components.schemas[ref.replace('#/components/schemas/', '')];
      const cases = badInputCases(url, body, schema, lookup);
      expect(cases.length).toBeGreaterThan(body === undefined ? 5 : route.path.includes('{') ? 15 : 10);
      const before = await databaseFingerprint(t.dataSource);
      const unwritten = await writeMark(t.dataSource);
      const failures: string[] = [];
      for (const input of cases) {
        const res = await send(route, url, input, headers);
        const shaped = typeof res.body?.statusCode === 'number' && typeof res.body?.error === 'string';
        if (!REJECTIONS.includes(res.status) || !shaped) {
          failures.push(`${input.name}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
          continue;
        }
        // Nothing written since `before`: the database is as it was, without reading every table again.
        if ((await writeMark(t.dataSource)) === unwritten) continue;
        const after = await databaseFingerprint(t.dataSource);
        const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
        if (changed.length > 0) failures.push(`${input.name}: changed ${changed.join(', ')}`);
      }
      total += cases.length;
      expect(failures).toEqual([]);
      // The valid request still works afterwards: the cases were refused for their input, not for the state.
      if (route.method !== 'DELETE') {
        const ok = attach
          ? await t.anonymous
              .post(url)
              .set(headers ?? w.users.admin.header)
              .attach(attach.field, attach.bytes, attach.fileName)
          : await send(route, url, { name: 'valid', body }, headers);
        expect(ok.status).toBe(route.status);
      }
    },
    120_000,
  );

  // Routes that take query parameters (lists, filters); a route without any ignores a query string.
  const QUERY_ROUTES = [
    '/api/users',
    '/api/audit',
    '/api/departments',
    '/api/sessions',
    '/api/sessions/{id}/attendees',
    '/api/sessions/{id}/reports',
    '/api/tasks',
    '/api/tasks/{id}/progress',
    '/api/tasks/{id}/deadlines',
    '/api/tasks/{id}/extensions',
    '/api/stats/departments',
    '/api/stats/summary',
    '/api/notifications',
    '/api/tasks/{id}/reminders',
    '/api/calendar/lunar',
    '/api/calendar/solar',
    '/api/calendar/add-working-days',
    '/api/calendar/holidays',
    '/api/indicators/series',
    '/api/documents',
    '/api/reports/period',
    '/api/reports/frozen',
    '/api/tasks.csv',
    '/api/reports/period.xlsx',
    '/api/departments/{id}/reminder-letter.docx',
  ];

  it('knows every route that takes query parameters', () => {
    const withQuery = Object.entries(doc.paths)
      .filter(([, operations]) => (operations.get?.parameters ?? []).some((p: { in: string }) => p.in === 'query'))
      .map(([path]) => path);
    expect(QUERY_ROUTES.filter((path) => doc.paths[path]).sort()).toEqual(withQuery.sort());
  });

  it.each(
    API_ROUTES.filter((route) => route.method === 'GET' && QUERY_ROUTES.includes(route.path)).map(
      (route) => [`${route.method} ${route.path}`, route] as [string, ApiRoute],
    ),
  )('%s refuses bad query strings with 400', async (_name, route) => {
    const { url } = await route.request(w, 'admin');
    const parameters = doc.paths[route.path]?.get?.parameters;
    const lookup = (ref: string) => doc.components.schemas[ref.replace('#/components/schemas/', '')];
    const failures: string[] = [];
    const cases = badQueryCases(url, parameters, lookup);
    // A minimum per route, as for bodies: the two generic cases, and every documented parameter broken at least once.
    const names: string[] = (parameters ?? [])
      .filter((p: { in: string }) => p.in === 'query')
      .map((p: { name: string }) => p.name);
    expect(names.length).toBeGreaterThan(0);
    expect(cases.length).toBeGreaterThanOrEqual(2 + names.length);
    expect(names.filter((name) => !cases.some((input) => input.name.startsWith(`${name} is `)))).toEqual([]);
    for (const input of cases) {
      const res = await t.anonymous.get(input.url!).set(w.users.admin.header);
      if (res.status !== 400 || res.body?.statusCode !== 400)
        failures.push(`${input.name}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    }
    queries += cases.length;
    expect(failures).toEqual([]);
  });
});
