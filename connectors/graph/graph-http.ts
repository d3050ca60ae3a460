import type { TokenCredential } from '@azure/identity';
import { ConnectorError, RetryableError } from '../errors.js';
import { type Caller, parseRetryAfter } from '../shared/index.js';

export interface GraphHttpOptions {
  credential: TokenCredential;
  /** e.g. https://graph.microsoft.com/v1.0, https://microsoftgraph.chinacloudapi.cn/v1.0 */
  baseUrl: string;
  /** Token scope; defaults to `<origin of baseUrl>/.default`. */
  scope?: string;
  userAgent: string;
  fetch: typeof fetch;
  caller: Caller;
}

/** The permission to grant, by kind of request, for the 403 message. */
const PERMISSION: Record<string, string> = {
  users: 'User.Read.All',
  drive: 'Files.Read.All',
  sites: 'Sites.Read.All',
  drives: 'Sites.Read.All',
  delta: 'Files.Read.All (and Sites.Read.All for SharePoint libraries)',
  item: 'Files.Read.All',
  content: 'Files.Read.All',
  labels: 'Files.Read.All',
};

/**
 * Microsoft Graph over fetch: app-only bearer tokens (cached until five minutes before expiry),
 * the ISV User-Agent, and responses sorted into "done", "try again" and "give up with a fix".
 */
export class GraphHttp {
  private token?: { value: string; expiresAt: number };
  private tokenPromise?: Promise<string>;
  readonly baseUrl: string;
  private readonly scope: string;

  constructor(private readonly options: GraphHttpOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.scope = options.scope ?? `${new URL(this.baseUrl).origin}/.default`;
  }

  /** GET (or POST) a Graph URL — a path under the base URL, or an absolute nextLink/deltaLink — as JSON. */
  json<T>(
    kind: string,
    pathOrUrl: string,
    init: { method?: string; headers?: Record<string, string>; signal?: AbortSignal } = {},
  ): Promise<T> {
    return this.options.caller.call(
      kind,
      async (signal) => {
        const response = await this.send(pathOrUrl, { method: init.method ?? 'GET', headers: init.headers ?? {}, signal });
        await this.check(kind, response);
        return (await response.json()) as T;
      },
      init.signal,
    );
  }

  /** Sends one authenticated request without retries or classification (downloads handle their own). */
  async send(
    pathOrUrl: string,
    init: { method: string; headers: Record<string, string>; signal: AbortSignal; redirect?: 'follow' | 'manual' },
  ) {
    const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${this.baseUrl}${pathOrUrl}`;
    const response = await this.options.fetch(url, {
      method: init.method,
      headers: { ...init.headers, authorization: `Bearer ${await this.bearer()}`, 'user-agent': this.options.userAgent },
      signal: init.signal,
      redirect: init.redirect ?? 'follow',
    });
    this.options.caller.observe(response.headers);
    return response;
  }

  /** Fetches a pre-authenticated URL: no Authorization header, ever. */
  async fetchAnonymous(url: string, signal: AbortSignal): Promise<Response> {
    const response = await this.options.fetch(url, {
      headers: { 'user-agent': this.options.userAgent },
      signal,
      redirect: 'follow',
    });
    this.options.caller.observe(response.headers);
    return response;
  }

  /** Throws the right error for a non-2xx response (consuming its body); returns for 2xx. */
  async check(kind: string, response: Response): Promise<void> {
    if (response.ok) return;
    const text = await response.text().catch(() => '');
    const code = errorCode(text);
    const status = response.status;
    const what = `Graph returned ${status}${code ? ` (${code})` : ''} for the ${kind} request`;
    if (status === 429 || status === 503 || status === 504 || status === 500 || status === 502) {
      const final = new ConnectorError(
        status === 429 || status === 503 ? 'THROTTLED' : 'HTTP_ERROR',
        `${what} and kept doing so after retries; run the scan later or with a lower concurrency`,
        { status },
      );
      throw new RetryableError(final, status === 429 || status === 503, parseRetryAfter(response.headers.get('retry-after')));
    }
    if (status === 401) {
      this.token = undefined;
      throw new ConnectorError(
        'AUTH_FAILED',
        `${what}: the app's token was refused; check MAMORU_GRAPH_TENANT_ID, MAMORU_GRAPH_CLIENT_ID and the secret or certificate`,
        { status },
      );
    }
    if (status === 403)
      throw new ConnectorError(
        'FORBIDDEN',
        `${what}: grant ${PERMISSION[kind] ?? 'Files.Read.All'} (application permission) to the app and grant admin consent`,
        { status },
      );
    if (status === 404) throw new ConnectorError('NOT_FOUND', `${what}: not found`, { status });
    if (status === 410)
      throw new ConnectorError('CURSOR_EXPIRED', `${what}: the stored delta link expired; a full re-listing is needed`, {
        status,
        location: response.headers.get('location') ?? undefined,
      });
    throw new ConnectorError('HTTP_ERROR', `${what}: ${text.slice(0, 200)}`, { status });
  }

  private async bearer(): Promise<string> {
    if (this.token && this.token.expiresAt - Date.now() > 5 * 60_000) return this.token.value;
    this.tokenPromise ??= this.fetchToken().finally(() => {
      this.tokenPromise = undefined;
    });
    return this.tokenPromise;
  }

  private async fetchToken(): Promise<string> {
    let result: Awaited<ReturnType<TokenCredential['getToken']>>;
    try {
      result = await this.options.credential.getToken(this.scope);
    } catch (error) {
      // The credential's message can quote the request; keep only its first line, never a secret.
      const detail = error instanceof Error ? error.message.split('\n')[0]?.slice(0, 200) : 'unknown error';
      throw new ConnectorError(
        'AUTH_FAILED',
        `could not get a Graph token (${detail}); check MAMORU_GRAPH_TENANT_ID, MAMORU_GRAPH_CLIENT_ID and MAMORU_GRAPH_CLIENT_SECRET or MAMORU_GRAPH_CERT_PATH`,
        { cause: error },
      );
    }
    if (!result) throw new ConnectorError('AUTH_FAILED', 'the Graph credential returned no token; check the app registration');
    this.token = { value: result.token, expiresAt: result.expiresOnTimestamp };
    return result.token;
  }
}

function errorCode(text: string): string | undefined {
  try {
    const code = (JSON.parse(text) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}
