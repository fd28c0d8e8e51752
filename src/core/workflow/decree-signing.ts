import type { LocalizedMessage } from '../errors.js';
import { compareDates, type LocalDate } from '../model/local-date.js';
import { longDate } from '../model/long-date.js';
import type { Role } from '../policies/roles.js';

/**
 * The wet-ink signature of an issued SK, as recorded in Penata: the signatory printed on the SK
 * signed it on `signedOn`; the PPK records it himself, or BKPSDM records it on his behalf. A
 * digital signature (BSrE, DOMAIN.md 10.3) can replace the record later; the PDF is not changed,
 * so its SHA-256 in the audit log still identifies it.
 */
export interface DecreeSigning {
  readonly signedOn: LocalDate;
  readonly signerName: string;
  readonly signerTitle: string;
  readonly signerNip: string | null;
  /** Who recorded it (null: the machine operator) and in which role. */
  readonly recordedByUserId: number | null;
  readonly recordedByRole: Role;
  readonly recordedAt: string;
}

export interface SigningDateProblem {
  readonly field: 'signedOn';
  readonly rule: 'SIGNED_BEFORE_SK' | 'SIGNED_IN_FUTURE' | 'SIGNED_AFTER_TMT';
  readonly message: LocalizedMessage;
}

/**
 * What is wrong with a signing date: an SK is signed on or after the date it carries, not later
 * than today (a signature is recorded after it happened) and not after the TMT (the announcement,
 * which needs the signature, comes before the TMT).
 * @example signingDateProblems({ signedOn: '2026-12-07', decreeDate: '2026-12-08', tmt: '2027-01-04', asOf: '2026-12-08' })
 *   // [{ field: 'signedOn', rule: 'SIGNED_BEFORE_SK', ... }]
 */
export function signingDateProblems(d: {
  signedOn: LocalDate;
  decreeDate: LocalDate;
  tmt: LocalDate;
  asOf: LocalDate;
}): SigningDateProblem[] {
  const on = (l: 'id' | 'en') => longDate(d.signedOn, l);
  const out: SigningDateProblem[] = [];
  const add = (rule: SigningDateProblem['rule'], id: string, en: string) =>
    out.push({ field: 'signedOn', rule, message: { id, en } });
  if (compareDates(d.signedOn, d.decreeDate) < 0) {
    add(
      'SIGNED_BEFORE_SK',
      `Tanggal tanda tangan (${on('id')}) sebelum tanggal SK (${longDate(d.decreeDate, 'id')})`,
      `The signing date (${on('en')}) is before the SK date (${longDate(d.decreeDate, 'en')})`,
    );
  }
  if (compareDates(d.signedOn, d.asOf) > 0) {
    add(
      'SIGNED_IN_FUTURE',
      `Tanggal tanda tangan (${on('id')}) belum tiba; catat tanda tangan sesudah SK ditandatangani`,
      `The signing date (${on('en')}) has not come yet; record the signature after it happened`,
    );
  }
  if (compareDates(d.signedOn, d.tmt) > 0) {
    add(
      'SIGNED_AFTER_TMT',
      `Tanggal tanda tangan (${on('id')}) sesudah TMT (${longDate(d.tmt, 'id')})`,
      `The signing date (${on('en')}) is after the TMT (${longDate(d.tmt, 'en')})`,
    );
  }
  return out;
}
