import { type FieldIssue, fail, ok, type Result } from '../errors.js';
import type { LocalDate } from '../model/local-date.js';
import type { PeriodStatus } from './period.js';

/**
 * How a record reaches a period. An ENTRY is the normal input while the period is open; a
 * CORRECTION is a new version with a reason, the only way to change what a closed period holds.
 */
export type WriteMode = 'ENTRY' | 'CORRECTION';

/** Shortest accepted reason for a correction: "salah ketik" is too little to audit. */
export const MIN_CORRECTION_REASON = 10;

/**
 * Whether a record may be written to a period. Records of a closed period are never edited in
 * place: an entry is refused (PERIOD_CLOSED) and a correction, with its reason, becomes a new
 * version next to the old one, with who made it and when, so the history stays visible (Penata's
 * audit design; the statutory predikat itself is only ever derived, DOMAIN.md 5.5).
 * @example decideWrite('CLOSED', 'ENTRY', null) // fail PERIOD_CLOSED
 */
export function decideWrite(
  status: PeriodStatus,
  mode: WriteMode,
  reason: string | null,
): Result<{ readonly mode: WriteMode; readonly reason: string | null }> {
  if (mode === 'ENTRY') {
    return status === 'OPEN' ? ok({ mode, reason: reason?.trim() || null }) : fail(periodClosed());
  }
  const text = reason?.trim() ?? '';
  if (text.length < MIN_CORRECTION_REASON) {
    return fail({
      field: 'reason',
      value: reason,
      code: 'VALIDATION_FAILED',
      rule: 'CORRECTION_REASON_REQUIRED',
      message: {
        id: `Koreksi wajib disertai alasan (minimal ${MIN_CORRECTION_REASON} karakter)`,
        en: `A correction needs a reason (at least ${MIN_CORRECTION_REASON} characters)`,
      },
    });
  }
  return ok({ mode, reason: text });
}

/**
 * Whether a period may be closed on `asOf`: it must be open and over (its last day reached), so
 * that every record of the period had the chance to be entered.
 */
export function decideClose(status: PeriodStatus, endDate: LocalDate, asOf: LocalDate): Result<true> {
  if (status === 'CLOSED') {
    return fail({
      field: 'status',
      value: status,
      code: 'CONFLICT',
      rule: 'PERIOD_ALREADY_CLOSED',
      message: { id: 'Periode penilaian sudah ditutup', en: 'The evaluation period is already closed' },
    });
  }
  if (asOf < endDate) {
    return fail({
      field: 'endDate',
      value: endDate,
      code: 'CONFLICT',
      rule: 'PERIOD_NOT_ENDED',
      message: {
        id: `Periode penilaian baru dapat ditutup setelah berakhir (${endDate})`,
        en: `The evaluation period can be closed only once it has ended (${endDate})`,
      },
    });
  }
  return ok(true);
}

/** The refusal of an entry into a closed period, pointing at the correction route instead. */
export function periodClosed(field = 'period', value?: unknown): FieldIssue {
  return {
    field,
    value,
    code: 'CONFLICT',
    rule: 'PERIOD_CLOSED',
    message: {
      id: 'Periode penilaian sudah ditutup: data tidak dapat diubah, ajukan koreksi dengan alasan',
      en: 'The evaluation period is closed: records cannot be edited, submit a correction with a reason',
    },
  };
}

/** One stored version of a record: append-only, the highest revision is the current one. */
export interface Revision<T> {
  readonly revision: number;
  readonly value: T;
  readonly mode: WriteMode;
  readonly reason: string | null;
  readonly actorUserId: number | null;
  readonly recordedAt: string;
}

/**
 * Appends a version to a record's history; earlier versions stay as they were.
 * @example appendRevision([], { value, mode: 'ENTRY', ... }).at(-1)?.revision // 1
 */
export function appendRevision<T>(
  history: readonly Revision<T>[],
  next: Omit<Revision<T>, 'revision'>,
): readonly Revision<T>[] {
  const last = history.reduce((max, r) => Math.max(max, r.revision), 0);
  return [...history, { ...next, revision: last + 1 }];
}
