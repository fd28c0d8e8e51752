import type { InstansiDataset } from '../core/model/drafts.js';
import { fullName } from '../core/model/employee.js';
import type { DecreeSignatory } from '../core/workflow/decree-signatory.js';
import { WALI_KOTA_NAME } from './demo-accounts.js';

/** The post whose holder certifies the petikan on the Wali Kota's behalf (DOMAIN.md 10.1). */
export const BKPSDM_HEAD_POSITION = 'BKPSDM/KEPALA';

/**
 * The demo's Wali Kota as he signs an SK: a fictional name (demo SKs carry no real official's
 * signature), elected, so without NIP (DOMAIN.md 10.1).
 */
export const DEMO_SK_SIGNATORY: DecreeSignatory = {
  title: 'WALI KOTA SIBOLGA',
  name: WALI_KOTA_NAME,
};

/** Who certifies the petikan when the demo's BKPSDM head post is vacant: fictional, with a valid NIP. */
const FALLBACK_HEAD = { name: 'Rahmat Hidayat Pasaribu, S.STP., M.Si.', nip: '197805122003121002' };

/**
 * The signatories the demo's process settings start with: the Wali Kota signs the SK, and the
 * (fictional) holder of Kepala BKPSDM certifies each petikan a.n. the Wali Kota, with the NIP, so
 * the demo's SKs pass the pre-issue check and name the same people as its accounts.
 * @example demoSignatories(generateSibolgaDemo({ seed: 7, employees: 300, asOf })).excerpt.nip // '19…'
 */
export function demoSignatories(dataset: InstansiDataset): { sk: DecreeSignatory; excerpt: DecreeSignatory } {
  const head = dataset.employees.find((e) =>
    e.positionHistory.some((a) => a.positionCode === BKPSDM_HEAD_POSITION && a.endDate === null),
  );
  return {
    sk: DEMO_SK_SIGNATORY,
    excerpt: {
      title: 'a.n. WALI KOTA SIBOLGA',
      office: 'Kepala BKPSDM',
      ...(head ? { name: fullName(head), nip: head.nip } : FALLBACK_HEAD),
    },
  };
}
