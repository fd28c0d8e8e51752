import { DEFAULT_DECREE_NUMBERING, type DecreeNumbering } from '../../core/workflow/decree-number.js';
import { DEFAULT_OBJECTION_WINDOW_DAYS } from '../../core/workflow/objection-window.js';
import type { Signatory } from '../../documents/decree/decree-document.js';
import { getSetting } from '../../store/repositories/settings.js';
import type { AppContext } from '../app-context.js';

export const OBJECTION_WINDOW_SETTING = 'process.objectionWindowDays';
export const DECREE_NUMBERING_SETTING = 'process.decreeNumbering';
export const SIGNATORY_SETTING = 'process.signatory';

/**
 * Who signs: the Wali Kota signs the SK (elected: no NIP); the petikan is certified on his behalf
 * (a.n.) by the Kepala BKPSDM. The names are placeholders until the instansi stores its officials.
 */
export const DEFAULT_SK_SIGNATORY: Signatory = { title: 'WALI KOTA SIBOLGA', name: 'NAMA WALI KOTA' };
export const DEFAULT_EXCERPT_SIGNER: Signatory = {
  title: 'a.n. WALI KOTA SIBOLGA',
  office: 'Kepala BKPSDM',
  name: 'NAMA KEPALA BKPSDM',
};

export interface ProcessSettings {
  readonly objectionWindowDays: number;
  readonly numbering: DecreeNumbering;
  readonly skSignatory: Signatory;
  readonly excerptSigner: Signatory;
  readonly place: string;
}

/** The process settings of an instansi from `app_settings`, each falling back to its default. */
export async function loadProcessSettings(ctx: AppContext, instansiId: number): Promise<ProcessSettings> {
  const [days, numbering, signatories] = await Promise.all([
    getSetting(ctx.db, instansiId, OBJECTION_WINDOW_SETTING),
    getSetting(ctx.db, instansiId, DECREE_NUMBERING_SETTING),
    getSetting(ctx.db, instansiId, SIGNATORY_SETTING),
  ]);
  return {
    objectionWindowDays:
      typeof days === 'number' && Number.isInteger(days) && days >= 0 ? days : DEFAULT_OBJECTION_WINDOW_DAYS,
    numbering: { ...DEFAULT_DECREE_NUMBERING, ...(numbering as Partial<DecreeNumbering> | null) },
    skSignatory: (signatories as { sk?: Signatory } | null)?.sk ?? DEFAULT_SK_SIGNATORY,
    excerptSigner: (signatories as { excerpt?: Signatory } | null)?.excerpt ?? DEFAULT_EXCERPT_SIGNER,
    place: 'Sibolga',
  };
}
