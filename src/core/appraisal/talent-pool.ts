import type { DisciplinaryStatus, HukdisLevel } from '../model/employee.js';
import { addMonths, type LocalDate } from '../model/local-date.js';
import type { AppraisalPolicy, NineBox } from './policy.js';

/** A disciplinary case as the evaluation needs it (DOMAIN.md 6). */
export interface PenaltyInput {
  readonly status: DisciplinaryStatus;
  readonly level: HukdisLevel | null;
  readonly decisionDate: LocalDate | null;
  readonly startDate: LocalDate | null;
  readonly endDate: LocalDate | null;
}

const LEVEL_ORDER: readonly HukdisLevel[] = ['RINGAN', 'SEDANG', 'BERAT'];
const DECIDED: readonly DisciplinaryStatus[] = ['DIJATUHI', 'SELESAI'];

/**
 * The heaviest penalty in force at some point of the period: decided (not merely suspected or on
 * appeal), with its span overlapping the period. A reprimand counts on the day it was given.
 */
export function heaviestPenaltyIn(
  cases: readonly PenaltyInput[],
  from: LocalDate,
  to: LocalDate,
): HukdisLevel | null {
  let heaviest: HukdisLevel | null = null;
  for (const c of cases) {
    if (!c.level || !DECIDED.includes(c.status)) continue;
    const start = c.startDate ?? c.decisionDate;
    if (!start) continue;
    const end = c.endDate ?? start;
    if (start > to || end < from) continue;
    if (!heaviest || LEVEL_ORDER.indexOf(c.level) > LEVEL_ORDER.indexOf(heaviest)) heaviest = c.level;
  }
  return heaviest;
}

export type PoolExclusion = 'BOX_NOT_IN_POOL' | 'NOT_PLACED' | 'RECENT_PENALTY';

/**
 * Whether a person is in the talent pool of a period: their box is one of the policy's pool boxes
 * (7, 8, 9 by default; DOMAIN.md 7.1-7.2) and no medium or heavy penalty was decided in the
 * look-back window before the period's end (a common local rule, DOMAIN.md 6.4 [U]).
 * @example talentPoolDecision(8, [], '2025-12-31', policy) // { member: true, exclusion: null }
 */
export function talentPoolDecision(
  box: NineBox | null,
  cases: readonly PenaltyInput[],
  periodEnd: LocalDate,
  policy: AppraisalPolicy,
): { readonly member: boolean; readonly exclusion: PoolExclusion | null } {
  if (box === null) return { member: false, exclusion: 'NOT_PLACED' };
  if (!policy.talentPool.boxes.includes(box)) return { member: false, exclusion: 'BOX_NOT_IN_POOL' };
  const months = policy.talentPool.disciplineLookbackMonths;
  if (months > 0) {
    const since = addMonths(periodEnd, -months);
    const recent = cases.some(
      (c) =>
        DECIDED.includes(c.status) &&
        (c.level === 'SEDANG' || c.level === 'BERAT') &&
        c.decisionDate !== null &&
        c.decisionDate > since &&
        c.decisionDate <= periodEnd,
    );
    if (recent) return { member: false, exclusion: 'RECENT_PENALTY' };
  }
  return { member: true, exclusion: null };
}
