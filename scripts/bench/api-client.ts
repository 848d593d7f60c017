/** Small JSON client for the app's API, used for set-up and checks between measurements. */
export class ApiClient {
  token?: string;

  constructor(readonly baseUrl: string) {}

  get authHeaders(): Record<string, string> {
    return this.token ? { authorization: `Bearer ${this.token}` } : {};
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    expected: number[] = [200, 201, 202, 204],
  ): Promise<T> {
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: { ...this.authHeaders, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(120_000),
    });
    const text = await response.text();
    if (!expected.includes(response.status)) {
      throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
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
