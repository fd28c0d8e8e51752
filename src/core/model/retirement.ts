import { addMonths, addYears, dateParts, type LocalDate, localDate } from './local-date.js';
import type { PositionKind } from './position.js';

/**
 * Batas usia pensiun (BUP): 58 for JA and JF ahli muda and below, 60 for JPT and JF ahli madya, 65 for
 * JF ahli utama (UU 5/2014 Pasal 90, PP 11/2017 Pasal 239), 60 for teachers (guru, own law).
 * DOMAIN.md does not verify these, so they are [U]: the rule table holds them as settings with
 * these defaults.
 */
export const DEFAULT_RETIREMENT_AGE: Readonly<
  Record<PositionKind | 'JF_AHLI_MADYA' | 'JF_AHLI_UTAMA' | 'JF_GURU', number>
> = {
  JPT_UTAMA: 60,
  JPT_MADYA: 60,
  JPT_PRATAMA: 60,
  ADMINISTRATOR: 58,
  PENGAWAS: 58,
  PELAKSANA: 58,
  JF: 58,
  JF_AHLI_MADYA: 60,
  JF_AHLI_UTAMA: 65,
  JF_GURU: 60,
};

/** Retirement takes effect on the first day of the month after the BUP birthday. */
export function retirementDate(birthDate: LocalDate, retirementAge: number): LocalDate {
  const bup = addYears(birthDate, retirementAge);
  const { year, month } = dateParts(bup);
  return addMonths(localDate(year, month, 1), 1);
}
