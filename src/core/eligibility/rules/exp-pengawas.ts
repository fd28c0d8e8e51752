import { monthsAtTierOrAbove } from '../facts/facts.js';
import { defineRule, FAIL, MISSING, msg, PASS } from '../rule.js';

/**
 * A pengawas has served at least 4 years as pelaksana or in an equivalent JF (PP 11/2017 Pasal 55;
 * DOMAIN.md 2.5). Time in any post counts: every post is at or above pelaksana.
 * @example expPengawas.check(pairWith3YearsToKasi, ctx, { minMonths: 48 }) // FAIL
 */
export const expPengawas = defineRule({
  code: 'R-EXP-PENGAWAS',
  title: msg('Pengalaman untuk jabatan pengawas', 'Experience for a pengawas post'),
  postSignature: (p) => (p.kind === 'PENGAWAS' ? 'Y' : 'N'),
  check: ({ c, p, isStay }, _ctx, params) => {
    if (isStay || p.kind !== 'PENGAWAS') return PASS;
    if (c.served.length === 0) return MISSING;
    return monthsAtTierOrAbove(c, 1) < params.minMonths ? FAIL : PASS;
  },
  explain: ({ c, p }, _ctx, params, verdict) => {
    const months = monthsAtTierOrAbove(c, 1);
    const evidence = { months, required: params.minMonths };
    if (p.kind !== 'PENGAWAS') {
      return {
        message: msg('Tidak berlaku: bukan jabatan pengawas', 'Not applicable: not a pengawas post'),
        evidence,
      };
    }
    if (verdict === MISSING) {
      return { message: msg('Riwayat jabatan tidak tercatat', 'No position history on record'), evidence };
    }
    return {
      message:
        verdict === FAIL
          ? msg(
              `Pengalaman ${months} bulan, minimal ${params.minMonths}`,
              `${months} months of service, minimum ${params.minMonths}`,
            )
          : msg(
              `Pengalaman ${months} bulan (minimal ${params.minMonths})`,
              `${months} months of service (minimum ${params.minMonths})`,
            ),
      evidence,
    };
  },
});
