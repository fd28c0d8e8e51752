import { type FieldIssue, fail, ok, type Result } from '../errors.js';
import { addYears, compareDates, isValidCalendarDate, type LocalDate, localDate } from './local-date.js';

/**
 * NIP (Nomor Induk Pegawai), stored as its 18 digits without spaces (DOMAIN.md 4.1):
 * `YYYYMMDD` birth date, `YYYYMM` TMT CPNS (PNS) or `YYYY` + a cohort code (PPPK), gender 1/2,
 * sequence 001..999. Display with {@link formatNip}.
 */
export type Nip = string & { readonly __brand: 'Nip' };

export type EmploymentType = 'PNS' | 'CPNS' | 'PPPK' | 'PPPK_PARUH_WAKTU';
export const EMPLOYMENT_TYPES: readonly EmploymentType[] = ['PNS', 'CPNS', 'PPPK', 'PPPK_PARUH_WAKTU'];

export interface NipParts {
  readonly birthDate: LocalDate;
  /** First day of the TMT CPNS month (PNS/CPNS only). */
  readonly tmtCpns: LocalDate | null;
  readonly gender: 'M' | 'F';
  readonly sequence: number;
}

const NIP_RE = /^(\d{4})(\d{2})(\d{2})(\d{4})(\d{2})([12])(\d{3})$/;

/** Removes the spaces, dots and dashes people type into NIPs. */
export function normalizeNip(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

export function formatNip(nip: Nip | string): string {
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip[14] ?? ''} ${nip.slice(15)}`;
}

/**
 * Validates a NIP by the rules of DOMAIN.md 4.3 and returns its parts.
 * `asOf` bounds the dates (no TMT in the future, birth year at most asOf - 18).
 * PPPK numbers share the layout but digits 13-14 are a cohort code, not a month (DOMAIN.md 4.2).
 * Without an employment type (a NIP typed to find someone, a NIP on a decree) either layout is
 * accepted: a PNS reading first, then a PPPK one; the PNS error is reported when neither fits.
 * @example parseNip('19860926 201505 1 001', { employmentType: 'PNS', asOf }) // ok
 * @example parseNip('19900913 2025 24 2 014', { asOf }).ok // true: a PPPK number, cohort 24
 */
export function parseNip(
  raw: unknown,
  opts: { employmentType?: EmploymentType; asOf: LocalDate; field?: string },
): Result<{ nip: Nip; parts: NipParts }> {
  if (opts.employmentType === undefined) {
    const asPns = parseNip(raw, { ...opts, employmentType: 'PNS' });
    if (asPns.ok) return asPns;
    const asPppk = parseNip(raw, { ...opts, employmentType: 'PPPK' });
    return asPppk.ok ? asPppk : asPns;
  }
  const field = opts.field ?? 'nip';
  if (typeof raw !== 'string' && typeof raw !== 'number') return fail(nipIssue(field, raw, 'NIP_FORMAT'));
  const digits = normalizeNip(String(raw));
  if (!/^\d+$/.test(digits)) return fail(nipIssue(field, raw, 'NIP_FORMAT'));
  if (digits.length !== 18) return fail(nipIssue(field, raw, 'NIP_LENGTH'));
  const m = NIP_RE.exec(digits);
  if (!m) return fail(nipIssue(field, raw, 'NIP_GENDER_DIGIT'));
  const [by, bm, bd, ty, tm, g, seq] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const asOfYear = Number(opts.asOf.slice(0, 4));
  if (!isValidCalendarDate(by, bm, bd) || by < 1940 || by > asOfYear - 18) {
    return fail(nipIssue(field, raw, 'NIP_BIRTH_DATE'));
  }
  if (seq === 0) return fail(nipIssue(field, raw, 'NIP_SEQUENCE'));
  const birthDate = localDate(by, bm, bd);
  const isPppk = opts.employmentType === 'PPPK' || opts.employmentType === 'PPPK_PARUH_WAKTU';
  let tmtCpns: LocalDate | null = null;
  if (isPppk) {
    if (ty < by + 18 || ty > asOfYear) return fail(nipIssue(field, raw, 'NIP_TMT'));
  } else {
    if (tm < 1 || tm > 12) return fail(nipIssue(field, raw, 'NIP_TMT'));
    tmtCpns = localDate(ty, tm, 1);
    const adult = addYears(birthDate, 18);
    const tmtMonthEnd = localDate(ty, tm, 28);
    if (compareDates(tmtCpns, opts.asOf) > 0 || compareDates(tmtMonthEnd, adult) < 0) {
      return fail(nipIssue(field, raw, 'NIP_TMT'));
    }
  }
  return ok({
    nip: digits as Nip,
    parts: { birthDate, tmtCpns, gender: g === 1 ? 'M' : 'F', sequence: seq },
  });
}

const NIP_RULE_TEXT: Record<string, { id: string; en: string }> = {
  NIP_FORMAT: {
    id: 'NIP hanya boleh berisi angka (spasi diperbolehkan)',
    en: 'NIP may contain only digits (spaces allowed)',
  },
  NIP_LENGTH: { id: 'NIP harus 18 digit', en: 'NIP must have 18 digits' },
  NIP_GENDER_DIGIT: {
    id: 'Digit ke-15 NIP (jenis kelamin) harus 1 atau 2',
    en: 'NIP digit 15 (gender) must be 1 or 2',
  },
  NIP_BIRTH_DATE: {
    id: 'Digit 1-8 NIP harus tanggal lahir yang valid (TTTTBBHH, usia minimal 18 tahun)',
    en: 'NIP digits 1-8 must be a valid birth date (YYYYMMDD, at least 18 years old)',
  },
  NIP_TMT: {
    id: 'Digit 9-14 NIP harus TMT CPNS yang valid (TTTTBB), tidak di masa depan dan setelah usia 18 tahun',
    en: 'NIP digits 9-14 must be a valid TMT CPNS (YYYYMM), not in the future and after age 18',
  },
  NIP_SEQUENCE: {
    id: 'Nomor urut NIP (digit 16-18) tidak boleh 000',
    en: 'NIP sequence (digits 16-18) must not be 000',
  },
};

function nipIssue(field: string, value: unknown, rule: keyof typeof NIP_RULE_TEXT & string): FieldIssue {
  const text = NIP_RULE_TEXT[rule]!;
  return {
    field,
    value,
    code: 'NIP_INVALID',
    rule,
    message: {
      id: `NIP "${String(value)}" tidak valid: ${text.id}`,
      en: `Invalid NIP "${String(value)}": ${text.en}`,
    },
  };
}
