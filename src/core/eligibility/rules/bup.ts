import type { LocalDate } from '../../model/local-date.js';
import { retirementDate } from '../../model/retirement.js';
import type { CandidateFacts, PostFacts } from '../facts/facts.js';
import type { RetirementAges } from '../rule-params.js';

/**
 * The retirement age (BUP) that holding the target post gives: JF ahli utama 65, JF ahli madya and
 * teachers 60, JPT 60, other posts 58 by default (model/retirement.ts; [U]).
 * @example retirementAgeOf(postFacts(guruAhliMuda), DEFAULT_RETIREMENT_AGE) // 60
 */
export function retirementAgeOf(p: PostFacts, ages: RetirementAges): number {
  const g = p.post.position.grade;
  if (g.kind === 'JF') {
    if (g.jfLevel === 'AHLI_UTAMA') return ages.JF_AHLI_UTAMA;
    if (g.jfLevel === 'AHLI_MADYA')
      return Math.max(ages.JF_AHLI_MADYA, p.family === 'EDUCATION_TEACHING' ? ages.JF_GURU : 0);
    if (p.family === 'EDUCATION_TEACHING') return ages.JF_GURU;
  }
  return ages[g.kind];
}

/**
 * The date the person retires if they hold the target post (first day of the month after the BUP birthday).
 * @example retirementDateIn(factsBorn19681115, postFacts(pelaksanaPost), ages) // '2026-12-01'
 */
export function retirementDateIn(c: CandidateFacts, p: PostFacts, ages: RetirementAges): LocalDate {
  return retirementDate(c.candidate.employee.birthDate, retirementAgeOf(p, ages));
}
