import type { LocalDate } from './local-date.js';

/**
 * Professions regulated by law (DOMAIN.md 15.1): a post of one of them may be held only with its
 * qualifying education and licence. Teachers (UU 14/2005) and health workers (UU 17/2023).
 */
export const PROFESSIONS = [
  'GURU',
  'DOKTER',
  'DOKTER_GIGI',
  'DOKTER_SPESIALIS',
  'PERAWAT',
  'BIDAN',
  'APOTEKER',
  'TTK',
  'NUTRISIONIS',
  'SANITARIAN',
  'PRANATA_LAB',
  'RADIOGRAFER',
  'PEREKAM_MEDIS',
  'FISIOTERAPIS',
] as const;
export type Profession = (typeof PROFESSIONS)[number];

export function isProfession(s: unknown): s is Profession {
  return typeof s === 'string' && (PROFESSIONS as readonly string[]).includes(s);
}

/**
 * Licences a regulated profession asks for: the educator certificate (sertifikat pendidik, from
 * PPG), the registration certificate (STR) and the practice licence (SIP) of health workers.
 */
export const LICENCE_KINDS = ['SERTIFIKAT_PENDIDIK', 'STR', 'SIP'] as const;
export type LicenceKind = (typeof LICENCE_KINDS)[number];

export function isLicenceKind(s: unknown): s is LicenceKind {
  return typeof s === 'string' && (LICENCE_KINDS as readonly string[]).includes(s);
}

/** One licence a person holds. `validUntil` null = no end date (an STR under UU 17/2023 is for life). */
export interface Licence {
  readonly id: number;
  readonly kind: LicenceKind;
  readonly number: string;
  /** The profession it licenses (an STR is issued per profession). */
  readonly profession: Profession;
  readonly issuedOn: LocalDate | null;
  readonly validUntil: LocalDate | null;
}

/**
 * Licences valid on a date (issued by then, not expired), optionally of one profession.
 * @example validLicences(person.licences, '2027-01-01', 'PERAWAT').map((l) => l.kind) // ['STR']
 */
export function validLicences(
  licences: readonly Licence[],
  on: LocalDate,
  profession?: Profession,
): readonly Licence[] {
  return licences.filter(
    (l) =>
      (profession === undefined || l.profession === profession) &&
      (l.issuedOn === null || l.issuedOn <= on) &&
      (l.validUntil === null || l.validUntil >= on),
  );
}
