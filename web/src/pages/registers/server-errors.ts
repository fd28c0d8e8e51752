import { isApiError } from '../../api/api-error';
import type { Language } from '../../i18n';

/**
 * A failed save's messages placed next to the controls they name: `errorOf('evidence')` also takes
 * `evidence.reference` and `evidence.file.contentBase64`, `errorOf('members')` takes `members.2.nip`.
 * `unplaced` is what no control of the form shows (a stale version, a refusal), for the form's top.
 */
export function serverErrors(error: unknown, lng: Language, controls: readonly string[]) {
  const messages = isApiError(error) ? error.fieldMessages(lng) : {};
  const under = (control: string, field: string) => field === control || field.startsWith(`${control}.`);
  const errorOf = (control: string) => {
    const field = Object.keys(messages).find((f) => under(control, f));
    return field ? { validateStatus: 'error' as const, help: messages[field] } : {};
  };
  const stray = Object.entries(messages)
    .filter(([f]) => !controls.some((c) => under(c, f)))
    .map(([, m]) => m);
  const unplaced = !isApiError(error)
    ? null
    : Object.keys(messages).length === 0
      ? error.messageIn(lng)
      : stray.length > 0
        ? stray.join(' ')
        : null;
  return { errorOf, unplaced };
}
