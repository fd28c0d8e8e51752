import { DEFAULT_DECREE_NUMBERING, type DecreeNumbering } from '../../core/workflow/decree-number.js';
import type { DecreeSignatory } from '../../core/workflow/decree-signatory.js';
import { DEFAULT_OBJECTION_WINDOW_DAYS } from '../../core/workflow/objection-window.js';
import { getSetting } from '../../store/repositories/settings.js';
import type { AppContext } from '../app-context.js';

export const OBJECTION_WINDOW_SETTING = 'process.objectionWindowDays';
export const DECREE_NUMBERING_SETTING = 'process.decreeNumbering';
export const SIGNATORY_SETTING = 'process.signatory';

export interface ProcessSettings {
  readonly objectionWindowDays: number;
  readonly numbering: DecreeNumbering;
  /**
   * Who signs the SK (the Wali Kota as PPK, elected: no NIP; or an official a.n. him, with NIP) and
   * who certifies the petikan (the Kepala BKPSDM, with NIP). No placeholder stands in for an unset
   * one: the pre-issue check (`checkDecree`) reports it and the SK waits (DOMAIN.md 10.1).
   */
  readonly skSignatory: DecreeSignatory | null;
  readonly excerptSigner: DecreeSignatory | null;
  readonly place: string;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A stored signatory as typed in; anything that is not an object is unset. */
function asSignatory(raw: unknown): DecreeSignatory | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const office = text(r.office)?.trim();
  const nip = text(r.nip)?.trim();
  return {
    title: text(r.title) ?? '',
    name: text(r.name) ?? '',
    ...(office ? { office } : {}),
    ...(nip ? { nip } : {}),
  };
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
    skSignatory: asSignatory((signatories as { sk?: unknown } | null)?.sk),
    excerptSigner: asSignatory((signatories as { excerpt?: unknown } | null)?.excerpt),
    place: 'Sibolga',
  };
}
