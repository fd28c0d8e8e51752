import type { DisciplinaryCase } from '../../model/employee.js';
import { compareDates, type LocalDate } from '../../model/local-date.js';
import { defineRule, FAIL, msg, PASS, type RuleExplanation } from '../rule.js';
import type { RuleParams } from '../rule-params.js';

/**
 * Whether a decided penalty is running on `on`: between its start and end dates. A medium or heavy
 * penalty without an end date counts as running (the record is incomplete); a reprimand without one
 * does not (it takes effect once). PP 94/2021; DOMAIN.md 6.4 `isServing`.
 * @example isServing({ status: 'DIJATUHI', endDate: '2026-11-01', ... }, '2026-11-01') // true
 */
export function isServing(c: DisciplinaryCase, on: LocalDate): boolean {
  if (c.status !== 'DIJATUHI') return false;
  if (c.startDate && compareDates(c.startDate, on) > 0) return false;
  if (c.endDate) return compareDates(c.endDate, on) >= 0;
  return c.level === 'SEDANG' || c.level === 'BERAT';
}

function blockingCase(
  cases: readonly DisciplinaryCase[],
  on: LocalDate,
  params: RuleParams['R-HUKDIS'],
): DisciplinaryCase | null {
  for (const c of cases) {
    if (params.inProcessStatuses.includes(c.status)) return c;
    if (params.blockWhileServing && isServing(c, on)) return c;
  }
  return null;
}

/**
 * No disciplinary case in process and no penalty being served (Perban BKN 5/2019 Pasal 3, the
 * origin's statement; PP 94/2021; DOMAIN.md 6.4).
 * @example hukdis.check(pairWithCaseUnderExamination, ctx, DEFAULT_PARAMS) // FAIL
 */
export const hukdis = defineRule({
  code: 'R-HUKDIS',
  title: msg(
    'Tidak sedang diproses atau menjalani hukuman disiplin',
    'No disciplinary case in process or penalty being served',
  ),
  postSignature: () => '',
  check: ({ c, isStay }, _ctx, params) =>
    !isStay && blockingCase(c.candidate.employee.disciplinaryCases, c.asOf, params) ? FAIL : PASS,
  explain: ({ c }, _ctx, params, verdict): RuleExplanation => {
    const found = blockingCase(c.candidate.employee.disciplinaryCases, c.asOf, params);
    if (verdict !== FAIL || !found) {
      return {
        message: msg('Tidak ada kasus disiplin yang berjalan', 'No disciplinary case running'),
        evidence: { cases: c.candidate.employee.disciplinaryCases.length },
      };
    }
    const serving = found.status === 'DIJATUHI';
    return {
      message: serving
        ? msg(
            `Sedang menjalani hukuman disiplin ${found.level ?? ''} (${found.decisionNumber ?? 'tanpa nomor'}) sampai ${found.endDate ?? 'tidak tercatat'}`,
            `Serving a ${found.level ?? ''} disciplinary penalty (${found.decisionNumber ?? 'no number'}) until ${found.endDate ?? 'not recorded'}`,
          )
        : msg(
            `Kasus disiplin dalam proses (${found.status}): ${found.description}`,
            `Disciplinary case in process (${found.status}): ${found.description}`,
          ),
      evidence: {
        caseId: found.id,
        status: found.status,
        level: found.level,
        endDate: found.endDate,
      },
    };
  },
});
