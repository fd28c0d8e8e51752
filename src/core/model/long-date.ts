import { dateParts, type LocalDate } from './local-date.js';

const MONTHS: Record<'id' | 'en', readonly string[]> = {
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

/**
 * A date as people write it in letters and messages, never `2027-01-01` on a screen.
 * @example longDate('2027-01-01' as LocalDate, 'id') // '1 Januari 2027'
 */
export function longDate(d: LocalDate, lang: 'id' | 'en'): string {
  const { year, month, day } = dateParts(d);
  return `${day} ${MONTHS[lang][month - 1]} ${year}`;
}
