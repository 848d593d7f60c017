/**
 * A script of its own, loaded by index.html before the client's bundle (the content security policy allows no
 * inline script; it is cached for a year like the other assets): it asks for what the page will show first — the
 * session check, the unit names and the route's main data — as soon as the page arrives, rather than once the
 * bundle has been read and run. The client adopts a response whose address is exactly the one it would have asked
 * for (`takeEarlyResponse` in lib/api/client.ts); any other request is the client's own, so an address built
 * differently here only costs a request. It imports nothing (whatever it imported from the client would come in the
 * bundle's chunk, which it would then wait for): the addresses are written out as the client's queries write
 * them (openapi-fetch's query serializer, in their keys' order; the task list's filters as task-list-query.ts
 * reads them), and the browser suite checks that none of the page's first requests is sent twice.
 */

type Value = string | number | boolean | undefined | (string | number)[];

/** `name=value` pairs in the order given, arrays repeated (status=a&status=b), undefined left out. */
function query(values: Record<string, Value>): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) parts.push(`${name}=${encodeURIComponent(one)}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

const TASK_STATUSES = ['in_progress', 'due_soon', 'overdue', 'standing', 'done_on_time', 'done_late', 'cancelled'];
const TASK_SORTS = ['dueAt', '-dueAt', '-createdAt', 'createdAt'];

/** The task list's request for an address's filters (features/tasks/task-list-query.ts, readQuery and apiQueryOf). */
function taskList(params: URLSearchParams): string {
  const num = (key: string) => (params.get(key) ? Number(params.get(key)) : undefined);
  const unit = num('unit');
  const statuses = (params.get('status') ?? '').split(',').filter((s) => TASK_STATUSES.includes(s));
  const sort = params.get('sort');
  return `/api/tasks${query({
    q: params.get('q') || undefined,
    status: statuses.length ? statuses : undefined,
    sessionId: num('sessionId'),
    documentId: num('documentId'),
    leaderId: num('leaderId'),
    dueFrom: params.get('dueFrom') || undefined,
    dueTo: params.get('dueTo') || undefined,
    isKey: params.get('isKey') === 'true' ? true : undefined,
    sort: sort && TASK_SORTS.includes(sort) ? sort : '-createdAt',
    page: num('page') ?? 1,
    limit: num('limit') ?? 20,
    ...(unit ? (params.get('unitRole') === 'lead' ? { leadDepartmentId: unit } : { departmentId: unit }) : {}),
  })}`;
}

/** The API addresses a page of the client asks for first (app/router.tsx, the routes' loaders). */
function earlyRequests(pathname: string, search: string): string[] {
  if (pathname.startsWith('/sign-in')) return [];
  const params = new URLSearchParams(search);
  const urls = ['/api/auth/me', '/api/departments?limit=200'];
  const session = /^\/sessions\/(\d+)$/.exec(pathname);
  if (pathname === '/') {
    // features/dashboard/summary-query.ts: the figures and the overdue list (the per-unit figures wait for `me`).
    const sessionId = params.get('sessionId') ? Number(params.get('sessionId')) : undefined;
    urls.push(
      `/api/stats/summary${query({ from: params.get('from') ?? undefined, to: params.get('to') ?? undefined, sessionId })}`,
      `/api/tasks${query({ status: ['overdue'], sort: 'dueAt', limit: 10, sessionId })}`,
    );
  } else if (pathname === '/tasks') {
    urls.push(taskList(params));
  } else if (session && Number(session[1]) > 0) {
    // features/sessions/session-queries.ts
    const id = Number(session[1]);
    urls.push(
      `/api/sessions/${id}`,
      `/api/sessions/${id}/attendees?limit=200`,
      `/api/sessions/${id}/reports?limit=200`,
      `/api/tasks?sessionId=${id}&limit=200&sort=createdAt`,
      `/api/sessions/${id}/carried-over`,
    );
  }
  return urls;
}

/** Where the client finds the responses (lib/api/client.ts): absolute address → the response's promise. */
const EARLY_RESPONSES = '__ubndEarlyResponses';

/** Requests not adopted by then are dropped: the client asks again for anything it needs later. */
const KEEP_MS = 10_000;

const pending = new Map<string, Promise<Response>>();
for (const url of earlyRequests(location.pathname, location.search)) {
  const absolute = new URL(url, location.origin).href;
  const response = fetch(absolute, { credentials: 'same-origin' });
  // A failed request is the client's to make again; it must not be reported as unhandled meanwhile.
  response.catch(() => undefined);
  pending.set(absolute, response);
}
(globalThis as Record<string, unknown>)[EARLY_RESPONSES] = pending;
setTimeout(() => pending.clear(), KEEP_MS);

// A module (its names are its own), which exports nothing: the client does not import it.
export {};
