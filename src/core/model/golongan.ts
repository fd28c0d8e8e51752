import { type FieldIssue, fail, ok, type Result } from '../errors.js';

/**
 * PNS ranks (golongan/ruang) as the BKN/SAPK numeric codes 11..45, which order the ranks
 * (DOMAIN.md 3.1). I/a = 11, II/c = 23, III/d = 34, IV/e = 45.
 */
export const GOLONGAN_CODES = [11, 12, 13, 14, 21, 22, 23, 24, 31, 32, 33, 34, 41, 42, 43, 44, 45] as const;
export type GolonganCode = (typeof GOLONGAN_CODES)[number];

export interface Golongan {
  readonly code: GolonganCode;
  /** Display form, e.g. `III/c`. */
  readonly label: string;
  /** Pangkat name, e.g. `Penata`. */
  readonly pangkat: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const PANGKAT: Record<GolonganCode, string> = {
  11: 'Juru Muda',
  12: 'Juru Muda Tingkat I',
  13: 'Juru',
  14: 'Juru Tingkat I',
  21: 'Pengatur Muda',
  22: 'Pengatur Muda Tingkat I',
  23: 'Pengatur',
  24: 'Pengatur Tingkat I',
  31: 'Penata Muda',
  32: 'Penata Muda Tingkat I',
  33: 'Penata',
  34: 'Penata Tingkat I',
  41: 'Pembina',
  42: 'Pembina Tingkat I',
  43: 'Pembina Utama Muda',
  44: 'Pembina Utama Madya',
  45: 'Pembina Utama',
};

export const GOLONGAN: readonly Golongan[] = GOLONGAN_CODES.map((code) => ({
  code,
  label: golonganLabel(code),
  pangkat: PANGKAT[code],
}));

export function isGolonganCode(value: unknown): value is GolonganCode {
  return typeof value === 'number' && (GOLONGAN_CODES as readonly number[]).includes(value);
}

export function golonganLabel(code: GolonganCode): string {
  return `${ROMAN[Math.floor(code / 10) - 1]}/${String.fromCharCode(96 + (code % 10))}`;
}

export function pangkatName(code: GolonganCode): string {
  return PANGKAT[code];
}

/** As printed on an SK: `Penata, III/c` (DOMAIN.md 3.1). */
export function pangkatGolongan(code: GolonganCode): string {
  return `${PANGKAT[code]}, ${golonganLabel(code)}`;
}

const ROMAN_VALUE: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const PANGKAT_LOOKUP = new Map(
  GOLONGAN_CODES.map((c) => [
    PANGKAT[c]
      .toLowerCase()
      .replace(/tingkat/g, 'tk')
      .replace(/[^a-z]/g, ''),
    c,
  ]),
);

/**
 * Reads a golongan the way spreadsheets write it: `III/c`, `III-c`, `III c`, `3c`, `3/c`, `33`,
 * `Penata`, `Penata Tk. I`, or `Penata, III/c`.
 * @example parseGolongan('3c') // { ok: true, value: 33 }
 */
export function parseGolongan(input: unknown, field = 'golongan'): Result<GolonganCode> {
  const code = readGolongan(input);
  return code === null ? fail(unknownGolongan(field, input)) : ok(code);
}

function readGolongan(input: unknown): GolonganCode | null {
  if (typeof input === 'number') return isGolonganCode(input) ? input : null;
  if (typeof input !== 'string') return null;
  const raw = input.trim();
  if (raw === '') return null;
  // "Penata, III/c" or "Penata (III/c)": the golongan part decides.
  const embedded = /\b(IV|III|II|I)\s*[/\-\s]\s*([a-e])\b/i.exec(raw);
  if (embedded) return fromParts(ROMAN_VALUE[embedded[1]!.toUpperCase()]!, embedded[2]!);
  const digits = /^([1-4])\s*[/\-\s]?\s*([a-e])$/i.exec(raw);
  if (digits) return fromParts(Number(digits[1]), digits[2]!);
  if (/^\d{2}$/.test(raw)) {
    const n = Number(raw);
    return isGolonganCode(n) ? n : null;
  }
  const key = raw
    .toLowerCase()
    .replace(/tingkat/g, 'tk')
    .replace(/[^a-z]/g, '')
    .replace(/tki$/, 'tk');
  const byName = PANGKAT_LOOKUP.get(key.endsWith('tk') ? `${key}i` : key);
  return byName ?? null;
}

function fromParts(group: number, letter: string): GolonganCode | null {
  const code = group * 10 + (letter.toLowerCase().charCodeAt(0) - 96);
  return isGolonganCode(code) ? code : null;
}

export function unknownGolongan(field: string, value: unknown): FieldIssue {
  return {
    field,
    value,
    code: 'GOLONGAN_UNKNOWN',
    rule: 'GOLONGAN_TABLE',
    message: {
      id: `Golongan "${String(value)}" tidak dikenal: gunakan I/a sampai IV/e (mis. III/c) atau nama pangkat`,
      en: `Unknown golongan "${String(value)}": use I/a to IV/e (e.g. III/c) or the pangkat name`,
    },
  };
}
