import { DomainError, type LocalizedMessage } from '../errors.js';
import type { SelectionStageName } from './selection-model.js';

/**
 * Why a step of a selection is refused, as a value: bad input (VALIDATION_FAILED, a 400), a step the
 * selection's state does not allow (CONFLICT, a 409), or a chosen person who does not meet PP 11/2017
 * Pasal 107 (SELECTION_CHOICE_INELIGIBLE, a 409). `rule` is the stable name of the broken rule.
 */
export interface SelectionRefusal {
  readonly code: 'VALIDATION_FAILED' | 'CONFLICT' | 'SELECTION_CHOICE_INELIGIBLE';
  readonly field: string;
  readonly rule: string;
  readonly value?: unknown;
  readonly message: LocalizedMessage;
}

export type SelectionDecision<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly refusal: SelectionRefusal };

export const accept = <T>(value: T): SelectionDecision<T> => ({ ok: true, value });

/** A refusal of bad input. @example invalid('date', 'SELECTION_STAGE_DATE_REQUIRED', 'Tanggal wajib', 'Date required') */
export function invalid(
  field: string,
  rule: string,
  id: string,
  en: string,
  value?: unknown,
): SelectionDecision<never> {
  return { ok: false, refusal: { code: 'VALIDATION_FAILED', field, rule, value, message: { id, en } } };
}

/** A refusal because of the selection's state. @example conflict('stage', 'SELECTION_COMPLETED', '...', '...') */
export function conflict(
  field: string,
  rule: string,
  id: string,
  en: string,
  value?: unknown,
): SelectionDecision<never> {
  return { ok: false, refusal: { code: 'CONFLICT', field, rule, value, message: { id, en } } };
}

/**
 * The error a service throws for a refusal, so the API answers with its code, field and rule.
 * @example throw selectionError(decision.refusal);
 */
export function selectionError(r: SelectionRefusal): DomainError {
  return new DomainError(r.code, r.message, { field: r.field, value: r.value, rule: r.rule });
}

/** Names of the stages in refusal messages (the web has its own labels in its dictionaries). */
export const STAGE_NAMES: Readonly<Record<SelectionStageName, LocalizedMessage>> = {
  ANNOUNCEMENT: { id: 'Pengumuman', en: 'Announcement' },
  ADMINISTRATIVE: { id: 'Seleksi administrasi', en: 'Administrative selection' },
  COMPETENCY: { id: 'Asesmen kompetensi', en: 'Competency assessment' },
  INTERVIEW: { id: 'Wawancara dan penelusuran rekam jejak', en: 'Interview and track record' },
  RESULT: { id: 'Penetapan hasil', en: 'Result' },
};

/** The refusal of any step once the PPK has chosen. */
export const completedRefusal = (field: string): SelectionDecision<never> =>
  conflict(
    field,
    'SELECTION_COMPLETED',
    'Seleksi sudah selesai: PPK telah menetapkan hasilnya',
    'The selection is completed: the PPK has chosen',
  );
