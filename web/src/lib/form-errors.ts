import type { FormInstance } from 'antd';
import type { ApiError } from '../api/api-error';
import type { Language } from '../i18n';

/**
 * Puts the server's field messages under the form fields they name. Returns whether every message
 * found a field; the caller shows the rest above the form.
 */
export function applyFieldErrors<T>(
  form: FormInstance<T>,
  error: ApiError,
  lng: Language,
  fields: readonly string[],
): boolean {
  const messages = error.fieldMessages(lng);
  const entries = Object.entries(messages).filter(([field]) => fields.includes(field));
  if (entries.length === 0) return false;
  form.setFields(entries.map(([field, message]) => ({ name: field as never, errors: [message] })));
  return entries.length === Object.keys(messages).length;
}
