import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** Error body of every API failure (see src/common/http/api-exception.filter.ts). */
export interface ApiError {
  statusCode: number;
  error?: string;
  message: string | string[];
  errors?: { field: string; message: string }[];
  /** The business rule a 409 refusal broke, its message written for people (src/common/http/rule-conflict.ts). */
  rule?: string;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError,
  ) {
    super(Array.isArray(body.message) ? body.message.join('; ') : body.message);
  }
}

const CSRF_COOKIE = 'ubnd_csrf';
export function readCookie(name: string): string | undefined {
  return document.cookie
    .split('; ')
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

let onUnauthorized: () => void = () => undefined;
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** Responses to requests index.html's first script started before the bundle ran (src/web/early-requests.ts). */
const early = (globalThis as { __ubndEarlyResponses?: Map<string, Promise<Response>> }).__ubndEarlyResponses;

/**
 * The response to a GET of exactly this address that the page's first script already asked for, once: a later
 * request of the same address (a refetch) goes to the server. A failed early request is made again.
 */
function takeEarlyResponse(request: Request): Promise<Response> | undefined {
  const response = request.method === 'GET' ? early?.get(request.url) : undefined;
  if (!response) return undefined;
  early!.delete(request.url);
  return response.catch(() => fetch(request));
}

const session: Middleware = {
  onRequest({ request }) {
    const adopted = takeEarlyResponse(request);
    if (adopted) return adopted;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      // The session cookie is HttpOnly; the CSRF cookie is readable so that the page can echo it.
      const csrf = readCookie(CSRF_COOKIE);
      if (csrf) request.headers.set('X-CSRF-Token', decodeURIComponent(csrf));
    }
    return request;
  },
  onResponse({ request, response }) {
    const path = new URL(request.url).pathname;
    if (response.status === 401 && path !== '/api/auth/session' && path !== '/api/auth/me') onUnauthorized();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(session);

/** Unwraps an openapi-fetch result: the data, or an ApiFailure carrying the error body. */
export async function call<T>(promise: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await promise;
  if (response.ok) return data as T;
  const body = (error && typeof error === 'object' ? error : { message: response.statusText }) as ApiError;
  throw new ApiFailure(response.status, { ...body, statusCode: response.status });
}

/**
 * A file the API makes (a Word draft, a spreadsheet, an attachment), fetched with the page's session: its bytes and
 * the name the server gives it, or an ApiFailure carrying the refusal, so that the page can say why instead of
 * leaving the API's JSON in place of the page.
 */
export async function fetchFile(href: string): Promise<{ blob: Blob; fileName: string | null }> {
  const response = await fetch(href, { credentials: 'same-origin' });
  if (!response.ok) {
    if (response.status === 401) onUnauthorized();
    const body = (await response.json().catch(() => ({ message: response.statusText }))) as ApiError;
    throw new ApiFailure(response.status, { ...body, statusCode: response.status });
  }
  return { blob: await response.blob(), fileName: attachmentName(response.headers.get('content-disposition')) };
}

/** The file name of a Content-Disposition header: its UTF-8 `filename*` when given, else its `filename`. */
function attachmentName(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(disposition);
  return plain ? (plain[1] ?? plain[2]).trim() : null;
}
