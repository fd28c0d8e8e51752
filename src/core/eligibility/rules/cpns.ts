import { defineRule, FAIL, msg, PASS } from '../rule.js';

/**
 * Mutation applies to PNS (PP 11/2017 Pasal 190); a CPNS is still in the probation year and is
 * not yet eligible (DOMAIN.md 1.5, R-CPNS).
 * @example cpns.check(pairOfCpns, ctx, {}) // FAIL
 */
export const cpns = defineRule({
  code: 'R-CPNS',
  title: msg('Berstatus PNS, bukan CPNS', 'Is a PNS, not a CPNS'),
  postSignature: () => '',
  check: ({ c, isStay }) => (!isStay && c.candidate.employee.employmentType === 'CPNS' ? FAIL : PASS),
  explain: ({ c }, _ctx, _params, verdict) => ({
    message:
      verdict === FAIL
        ? msg(
            'Masih CPNS (masa percobaan): belum dapat dimutasi',
            'Still a CPNS (probation): cannot be transferred yet',
          )
        : msg(
            `Jenis kepegawaian ${c.candidate.employee.employmentType}`,
            `Employment type ${c.candidate.employee.employmentType}`,
          ),
    evidence: { employmentType: c.candidate.employee.employmentType },
  }),
});
