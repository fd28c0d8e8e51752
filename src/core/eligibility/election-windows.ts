import { addMonths, type LocalDate } from '../model/local-date.js';
import type { ElectionWindow } from './moves-and-windows.js';

/**
 * The Pasal 71(2) window of a Pilkada: from 6 calendar months before the candidate pairs are set
 * until the end of the incumbent's term (UU 10/2016; DOMAIN.md 9.3). For Sibolga 2024: pairs set on
 * 2024-09-22, so the window opened on 2024-03-22.
 * @example preCandidacyWindow('2024-09-22' as LocalDate, '2025-02-20' as LocalDate).start // '2024-03-22'
 */
export function preCandidacyWindow(
  penetapanPaslon: LocalDate,
  termEnd: LocalDate,
  id = 'PILKADA-71-2',
): ElectionWindow {
  return {
    id,
    type: 'PRA_PENETAPAN_PASLON',
    start: addMonths(penetapanPaslon, -6),
    end: termEnd,
    legalBasis: 'UU 10/2016 Pasal 71 ayat (2)',
    appliesToPositionKinds: null,
  };
}

/**
 * The Pasal 162(3) window: the inauguration day and the 6 calendar months after it, the end day
 * inclusive (DOMAIN.md 9.2 counts 20 Feb 2025 -> 20 Aug 2025 for Sibolga).
 * @example postInaugurationWindow('2025-02-20' as LocalDate).end // '2025-08-20'
 */
export function postInaugurationWindow(inauguration: LocalDate, id = 'PILKADA-162-3'): ElectionWindow {
  return {
    id,
    type: 'PASCA_PELANTIKAN',
    start: inauguration,
    end: addMonths(inauguration, 6),
    legalBasis: 'UU 10/2016 Pasal 162 ayat (3)',
    appliesToPositionKinds: null,
  };
}
