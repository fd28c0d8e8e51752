import { formatNip as coreFormatNip } from '../../../src/core/model/nip';
import type { Language } from '../i18n';

/** Indonesian is formatted the Indonesian way ("26 September 1986", "100.000"); English as en-GB. */
export function localeOf(lng: Language): string {
  return lng === 'en' ? 'en-GB' : 'id-ID';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(lng: Language, style: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${lng}:${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lng), {
      day: 'numeric',
      month: style === 'long' ? 'long' : 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(key, f);
  }
  return f;
}

/** A calendar date `YYYY-MM-DD` (or an ISO instant) as "26 September 1986"; null stays null. */
export function formatDate(
  value: string | null | undefined,
  lng: Language,
  style: 'long' | 'short' = 'long',
): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateFormat(lng, style).format(date);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant (ISO-8601) as the clock on the instansi's wall showed it: "8 Des 2026, 06.18 WIB" for
 * Sibolga, never the server's UTC time. `timeZone` is the instansi's IANA zone (the session's).
 */
export function formatDateTime(iso: string, lng: Language, timeZone = 'Asia/Jakarta'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${lng}:${timeZone}`;
  let f = dateTimeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lng), {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    });
    dateTimeFormats.set(key, f);
  }
  return f.format(date);
}

export function formatNumber(value: number, lng: Language, fractionDigits = 0): string {
  const key = `${lng}:${fractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lng), {
      maximumFractionDigits: fractionDigits,
      minimumFractionDigits: 0,
    });
    numberFormats.set(key, f);
  }
  return f.format(value);
}

export function formatPercent(ratio: number, lng: Language): string {
  return new Intl.NumberFormat(localeOf(lng), { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

/** NIP with the spaces of the printed form: "19860926 201505 1 001". */
export function formatNip(nip: string): string {
  return nip.length === 18 ? coreFormatNip(nip) : nip;
}
