import type { ProblemDetails } from '@samvirke/contracts';

/** An HTTP error from the gateway, with its RFC 9457 problem details when it sent them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails | undefined,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }

  /** Field errors by JSON pointer (`/values/0/value`, `/rows/3/værdi`, `/comment`). */
  get fieldErrors(): { pointer: string; detail: string }[] {
    return this.problem?.errors ?? [];
  }
}

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T>;
  sendText<T>(method: 'PUT' | 'POST', path: string, text: string, contentType: string): Promise<T>;
  download(path: string): Promise<Blob>;
  /** Sends a file's raw bytes (application/octet-stream) with its name in the File-Name header. */
  sendFile<T>(path: string, file: Blob, name: string): Promise<T>;
}

/** Where and as whom the client calls: the gateway's address, the bearer token, the reader's language. */
interface Connection {
  readonly baseUrl: string;
  readonly token: () => Promise<string>;
  readonly language: () => string;
}

async function request(
  connection: Connection,
  method: string,
  path: string,
  body?: BodyInit,
  contentType?: string,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${await connection.token()}`,
    'accept-language': connection.language(),
    ...extraHeaders,
  };
  if (contentType) headers['content-type'] = contentType;
  const response = await fetch(`${connection.baseUrl}/api${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  if (!response.ok) {
    const type = response.headers.get('content-type') ?? '';
    const problem = type.includes('json') ? ((await response.json()) as ProblemDetails) : undefined;
    throw new ApiError(response.status, problem);
  }
  return response;
}

async function json<T>(response: Response): Promise<T> {
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export function createApiClient(
  baseUrl: string,
  token: () => Promise<string>,
  language: () => string,
): ApiClient {
  const connection: Connection = { baseUrl, token, language };
  return {
    get: async (path) => json(await request(connection, 'GET', path)),
    send: async (method, path, body) =>
      json(
        await request(
          connection,
          method,
          path,
          body === undefined ? undefined : JSON.stringify(body),
          body === undefined ? undefined : 'application/json',
        ),
      ),
    sendText: async (method, path, text, contentType) =>
      json(await request(connection, method, path, text, contentType)),
    download: async (path) => (await request(connection, 'GET', path)).blob(),
    sendFile: async (path, file, name) =>
      json(
        await request(connection, 'POST', path, file, 'application/octet-stream', {
          'file-name': encodeURIComponent(name),
        }),
      ),
  };
}
