import { monthsAtTierOrAbove } from '../facts/facts.js';
import { defineRule, FAIL, MISSING, msg, PASS } from '../rule.js';

/**
 * An administrator has served at least 3 years as pengawas or in a JF of the same level (PP 11/2017
 * Pasal 54; DOMAIN.md 2.5): months in posts at career tier `minTier` (pengawas, JF ahli muda,
 * penyelia) or above. Whether the JF must be "in a related field" is not checked [U].
 * @example expAdministrator.check(pairWith2YearsAsKasiToKabid, ctx, { minMonths: 36, minTier: 4 }) // FAIL
 */
export const expAdministrator = defineRule({
  code: 'R-EXP-ADMINISTRATOR',
  title: msg('Pengalaman untuk jabatan administrator', 'Experience for an administrator post'),
  postSignature: (p) => (p.kind === 'ADMINISTRATOR' ? 'Y' : 'N'),
  check: ({ c, p, isStay }, _ctx, params) => {
    if (isStay || p.kind !== 'ADMINISTRATOR') return PASS;
    if (c.served.length === 0) return MISSING;
    return monthsAtTierOrAbove(c, params.minTier) < params.minMonths ? FAIL : PASS;
  },
  explain: ({ c, p }, _ctx, params, verdict) => {
    const months = monthsAtTierOrAbove(c, params.minTier);
    const evidence = { months, required: params.minMonths };
    if (p.kind !== 'ADMINISTRATOR') {
      return {
        message: msg(
          'Tidak berlaku: bukan jabatan administrator',
          'Not applicable: not an administrator post',
        ),
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
              `${months} bulan sebagai pengawas atau JF setara, minimal ${params.minMonths}`,
              `${months} months as pengawas or equivalent JF, minimum ${params.minMonths}`,
            )
          : msg(
              `${months} bulan sebagai pengawas atau JF setara (minimal ${params.minMonths})`,
              `${months} months as pengawas or equivalent JF (minimum ${params.minMonths})`,
            ),
      evidence,
    };
  },
});
