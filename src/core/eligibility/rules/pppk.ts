import { defineRule, FAIL, msg, PASS } from '../rule.js';

/**
 * PPPK are ASN but not covered by the PNS mutation rules: their moves follow the employment
 * contract (DOMAIN.md 3.2, [U]). The default only warns, so the instansi can decide.
 * @example pppk.check(pairOfPppk, ctx, {}) // FAIL (a warning by default)
 */
export const pppk = defineRule({
  code: 'R-PPPK',
  title: msg('Aturan mutasi PNS berlaku', 'PNS transfer rules apply'),
  postSignature: () => '',
  check: ({ c, isStay }) => {
    const t = c.candidate.employee.employmentType;
    return !isStay && (t === 'PPPK' || t === 'PPPK_PARUH_WAKTU') ? FAIL : PASS;
  },
  explain: ({ c }, _ctx, _params, verdict) => ({
    message:
      verdict === FAIL
        ? msg(
            'Pegawai PPPK: perpindahan mengikuti perjanjian kerja, bukan aturan mutasi PNS',
            'PPPK employee: moves follow the employment contract, not the PNS transfer rules',
          )
        : msg('Aturan mutasi PNS berlaku', 'PNS transfer rules apply'),
    evidence: { employmentType: c.candidate.employee.employmentType },
  }),
});
