/** Connection errors after which a read is sent again: the app answered before, and a read changes nothing. */
const RETRIED_CONNECTION_ERRORS = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
const READ_ATTEMPTS = 3;

/** The code and message of what made fetch fail ("fetch failed" alone names neither). */
function networkCause(error: unknown): { code?: string; text: string } {
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const code = cause?.code;
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return { code, text: code ? `${code}: ${message}` : message };
}

/** Small JSON client for the app's API, used for set-up and checks between measurements. */
export class ApiClient {
  token?: string;

  /**
   * @param describeServer what the server last printed, added to a request that could not be sent so that a
   *   crash or a refused connection explains itself
   */
  constructor(
    readonly baseUrl: string,
    private readonly describeServer: () => string = () => '',
  ) {}

  get authHeaders(): Record<string, string> {
    return this.token ? { authorization: `Bearer ${this.token}` } : {};
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    expected: number[] = [200, 201, 202, 204],
  ): Promise<T> {
    const response = await this.send(method, path, body);
    const text = await response.text();
    if (!expected.includes(response.status)) {
      throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  private async send(method: string, path: string, body: unknown): Promise<Response> {
    const attempts = method === 'GET' ? READ_ATTEMPTS : 1;
    for (let attempt = 1; ; attempt++) {
      try {
        return await fetch(this.baseUrl + path, {
          method,
          headers: { ...this.authHeaders, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(120_000),
        });
      } catch (error) {
        const cause = networkCause(error);
        if (attempt < attempts && cause.code && RETRIED_CONNECTION_ERRORS.has(cause.code)) {
          console.error(`bench: ${method} ${path} failed (${cause.text}); sending it again`);
          continue;
        }
        const server = this.describeServer();
        throw new Error(
          `${method} ${path} could not be sent (${cause.text})` + (server ? `; the app's last lines:\n${server}` : ''),
          { cause: error },
        );
      }
    }
  }

  get<T = unknown>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T = unknown>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('POST', path, body ?? {});
  }

  /** The routes the running app serves, from its OpenAPI document. */
  async routes(): Promise<Set<string>> {
    const document = await this.get<{ paths: Record<string, Record<string, unknown>> }>('/api/docs-json');
    const routes = new Set<string>();
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const method of Object.keys(methods)) routes.add(`${method.toUpperCase()} ${path}`);
    }
    return routes;
  }
}
