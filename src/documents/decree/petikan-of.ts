import { DomainError } from '../../core/errors.js';
import { normalizeNip } from '../../core/model/nip.js';
import type { DecreeDocument, PetikanDocument, Signatory } from './decree-document.js';

/** KESATU of a petikan: the employee's data follow it, in place of the lampiran columns. */
export const PETIKAN_FIRST_DECISION =
  'Memindahkan dan menempatkan Pegawai Negeri Sipil tersebut di bawah ini dari jabatan lama ke jabatan baru, ' +
  'terhitung mulai tanggal sebagaimana tercantum di bawah ini:';

/**
 * The petikan of one employee: the SK without its other rows, certified by `certifiedBy` (Sekda or
 * Kepala BKPSDM signing a.n. the Wali Kota, DOMAIN.md 10.1).
 * @throws DomainError NOT_FOUND (field `nip`) when the employee is not in the SK's lampiran.
 */
export function petikanOf(decree: DecreeDocument, nip: string, certifiedBy: Signatory): PetikanDocument {
  const wanted = normalizeNip(nip);
  const index = decree.rows.findIndex((r) => normalizeNip(r.nip) === wanted);
  if (index < 0) {
    throw new DomainError(
      'NOT_FOUND',
      {
        id: `NIP ${nip} tidak tercantum dalam lampiran SK ${decree.number}`,
        en: `NIP ${nip} is not in the lampiran of SK ${decree.number}`,
      },
      { field: 'nip', value: nip, rule: 'PETIKAN_ROW_IN_DECREE' },
    );
  }
  const { rows, ...head } = decree;
  return {
    ...head,
    row: rows[index]!,
    rowNumber: index + 1,
    firstDecision: PETIKAN_FIRST_DECISION,
    certifiedBy,
  };
}
