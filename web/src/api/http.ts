import { ApiError, isErrorBody } from './api-error';

type Query = Record<string, string | number | boolean | readonly (string | number)[] | null | undefined>;

/** `?a=1&b=x,y` from an object; empty values are left out, lists are joined with commas. */
export function toQueryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, {
      code: 'NETWORK',
      message: 'Cannot reach the server',
      messages: {
        id: 'Tidak dapat terhubung ke server. Periksa koneksi lalu coba lagi.',
        en: 'Cannot reach the server. Check the connection and try again.',
      },
    });
  }
  const text = await response.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  if (!response.ok) {
    if (isErrorBody(parsed)) throw new ApiError(response.status, parsed.error);
    throw new ApiError(response.status, {
      code: `HTTP_${response.status}`,
      message: `The server answered ${response.status}`,
      messages: {
        id: `Server menjawab dengan kode ${response.status}`,
        en: `The server answered ${response.status}`,
      },
    });
  }
  return parsed as T;
}

/** The API over fetch: same-origin cookies, JSON in and out, failures as {@link ApiError}. */
export const http = {
  get: <T>(path: string, query: Query = {}, signal?: AbortSignal) =>
    request<T>('GET', `${path}${toQueryString(query)}`, undefined, signal),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
