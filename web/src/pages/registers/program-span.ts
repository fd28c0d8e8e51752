import type { TFunction } from 'i18next';
import type { Language } from '../../i18n';
import { formatDate } from '../../lib/format';

/** "1 Jan 2023 s.d. 30 Jun 2026", or "sejak 1 Jan 2023" for a span that runs on. */
export function spanText(t: TFunction, lng: Language, from: string, to: string | null): string {
  const start = formatDate(from, lng, 'short') ?? from;
  return to === null
    ? t('registers.program.spanOpen', { from: start })
    : t('registers.program.spanClosed', { from: start, to: formatDate(to, lng, 'short') ?? to });
}
