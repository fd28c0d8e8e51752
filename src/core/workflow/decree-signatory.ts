import type { LocalizedMessage } from '../errors.js';
import type { LocalDate } from '../model/local-date.js';
import { parseNip } from '../model/nip.js';

/**
 * Whoever signs an SK or certifies its petikan, as the process settings hold them (DOMAIN.md 10.1):
 * the PPK (Wali Kota) signs the SK; an appointed official signs on his behalf (`a.n.`, with `office`)
 * where the settings say so, and the Kepala BKPSDM (or the Sekda) certifies the petikan.
 */
export interface DecreeSignatory {
  /** The office line above the signature: `WALI KOTA SIBOLGA`, or `a.n. WALI KOTA SIBOLGA`. */
  readonly title: string;
  /** The signer's own office under an a.n. title, e.g. `Kepala BKPSDM`; absent when the PPK signs. */
  readonly office?: string;
  readonly name: string;
  /** An elected Wali Kota has none; an appointed official (a.n., a Pj Wali Kota) shows it. */
  readonly nip?: string;
}

/** Which signature: the SK's own, or the certification of each petikan. */
export type SignatoryRole = 'skSignatory' | 'excerptSigner';

export const SIGNATORY_LABEL: Readonly<Record<SignatoryRole, LocalizedMessage>> = {
  skSignatory: { id: 'Penandatangan SK', en: 'The SK signatory' },
  excerptSigner: { id: 'Penandatangan petikan', en: 'The petikan signatory' },
};

/** One thing wrong with a signatory: the settings field to fix and why. */
export interface SignatoryProblem {
  readonly field: string;
  readonly rule: 'MISSING' | 'INCOMPLETE' | 'NIP_INVALID';
  readonly value?: unknown;
  readonly message: LocalizedMessage;
}

/**
 * Whether the signature block must show a NIP: every appointed official does (DOMAIN.md 10.1), so
 * the petikan's certifier and whoever signs the SK a.n. the Wali Kota; the elected Wali Kota does not.
 * @example needsNip('skSignatory', { title: 'WALI KOTA SIBOLGA', name: 'X' }) // false
 */
export function needsNip(role: SignatoryRole, s: DecreeSignatory): boolean {
  return role === 'excerptSigner' || Boolean(s.office?.trim());
}

/**
 * What keeps a signatory from signing: unset, a missing title or name, a missing NIP where one is
 * shown, or a NIP the core NIP rules refuse (DOMAIN.md 4.3, judged on `asOf`). An elected Wali
 * Kota signing the SK himself needs no NIP; one typed in must still be valid.
 * @example signatoryProblems('skSignatory', null, '2026-12-08') // [{ field: 'skSignatory', rule: 'MISSING', ... }]
 * @example signatoryProblems('excerptSigner', { title: 'a.n. WALI KOTA SIBOLGA', name: 'Rahmat' }, asOf)
 *   // [{ field: 'excerptSigner.nip', rule: 'INCOMPLETE', ... }]
 */
export function signatoryProblems(
  role: SignatoryRole,
  s: DecreeSignatory | null,
  asOf: LocalDate,
): SignatoryProblem[] {
  const who = SIGNATORY_LABEL[role];
  if (!s) {
    return [
      {
        field: role,
        rule: 'MISSING',
        message: {
          id: `${who.id} belum diatur di Pengaturan proses mutasi`,
          en: `${who.en} is not set in the process settings`,
        },
      },
    ];
  }
  const out: SignatoryProblem[] = [];
  const missing = (key: 'title' | 'name' | 'nip', id: string, en: string) =>
    out.push({
      field: `${role}.${key}`,
      rule: 'INCOMPLETE',
      message: {
        id: `${id} ${who.id.toLowerCase()} belum diisi`,
        en: `${en} of ${who.en.toLowerCase()} is missing`,
      },
    });
  if (!s.title?.trim()) missing('title', 'Jabatan', 'The office');
  if (!s.name?.trim()) missing('name', 'Nama', 'The name');
  const nip = s.nip?.trim() ?? '';
  if (nip === '') {
    if (needsNip(role, s)) missing('nip', 'NIP', 'The NIP');
    return out;
  }
  const parsed = parseNip(nip, { employmentType: 'PNS', asOf, field: `${role}.nip` });
  if (!parsed.ok) {
    out.push({
      field: `${role}.nip`,
      rule: 'NIP_INVALID',
      value: nip,
      message: {
        id: `NIP ${who.id.toLowerCase()} tidak valid: ${parsed.error.message.id}`,
        en: `The NIP of ${who.en.toLowerCase()} is not valid: ${parsed.error.message.en}`,
      },
    });
  }
  return out;
}
