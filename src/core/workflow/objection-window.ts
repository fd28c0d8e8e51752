import { addDays, compareDates, type LocalDate } from '../model/local-date.js';

/**
 * Days an announced mutation stays open to objections (masa sanggah) when the instansi sets none.
 * The regulation read fixes no number (DOMAIN.md 1.5 lists none); 14 days is a setting, not law.
 */
export const DEFAULT_OBJECTION_WINDOW_DAYS = 14;

export interface ObjectionWindow {
  readonly opensOn: LocalDate;
  /** The last day an objection is received (inclusive). */
  readonly closesOn: LocalDate;
}

/**
 * The objection window after an announcement: the announcement day and `days` days after it, the
 * same count `decideTransition` uses before the moves may take effect (the day after `closesOn`).
 * @example objectionWindow('2025-10-01' as LocalDate, 14).closesOn // '2025-10-15'
 */
export function objectionWindow(announcedOn: LocalDate, days: number): ObjectionWindow {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`objection window days must be >= 0: ${days}`);
  return { opensOn: announcedOn, closesOn: addDays(announcedOn, days) };
}

/** Whether an objection received on `date` falls inside the window (both ends inclusive). */
export function isInObjectionWindow(window: ObjectionWindow, date: LocalDate): boolean {
  return compareDates(window.opensOn, date) <= 0 && compareDates(date, window.closesOn) <= 0;
}
