import type { Language } from '../i18n';
import type { ApiErrorBody } from './types';

/**
 * A failed API call: the HTTP status and the server's error body (code, field, bilingual messages).
 * Network failures get status 0 and the code NETWORK.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ApiErrorBody;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }

  get code(): string {
    return this.body.code;
  }

  /** The message in the UI language. */
  messageIn(lng: Language): string {
    return this.body.messages[lng] || this.body.message;
  }

  /** Messages per field (`nip`, `education.0.level`), for showing next to the control they name. */
  fieldMessages(lng: Language): Record<string, string> {
    const out: Record<string, string> = {};
    for (const issue of this.body.issues ?? []) out[issue.field] ??= issue.messages[lng] || issue.messages.id;
    if (this.body.field && !out[this.body.field]) out[this.body.field] = this.messageIn(lng);
    return out;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Whether an error body looks like the contract's `{ error: { code, messages } }`. */
export function isErrorBody(value: unknown): value is { error: ApiErrorBody } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const e = (value as { error: unknown }).error;
  return typeof e === 'object' && e !== null && 'code' in e && 'messages' in e;
}
