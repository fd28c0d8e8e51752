import type { DisciplinaryCase } from '../../model/employee.js';
import { HUKDIS_LEVELS } from '../../model/employee.js';
import { addMonths, compareDates } from '../../model/local-date.js';
import type { EligibilityContext } from '../context.js';
import { inferMutationKind } from '../facts/career-tier.js';
import type { PairFacts } from '../facts/facts.js';
import { defineRule, FAIL, msg, PASS } from '../rule.js';
import type { RuleParams } from '../rule-params.js';

function isPromotion({ c, p }: PairFacts, ctx: EligibilityContext): boolean {
  return (ctx.mutationKind ?? inferMutationKind(c.currentTier, p.tier)) === 'PROMOTION';
}

function recentPenalty(pair: PairFacts, params: RuleParams['R-HUKDIS-RIWAYAT']): DisciplinaryCase | null {
  const since = addMonths(pair.c.asOf, -params.lookbackMonths);
  const min = HUKDIS_LEVELS.indexOf(params.minLevel);
  for (const k of pair.c.candidate.employee.disciplinaryCases) {
    if (k.status !== 'DIJATUHI' && k.status !== 'SELESAI') continue;
    if (!k.level || HUKDIS_LEVELS.indexOf(k.level) < min) continue;
    const when = k.decisionDate ?? k.startDate;
    if (when && compareDates(when, since) >= 0 && compareDates(when, pair.c.asOf) <= 0) return k;
  }
  return null;
}

/**
 * No medium or heavy penalty in the look-back window before a promotion. A common local rule for
 * promotions and the talent pool (DOMAIN.md 6.4); the window and the level are settings [U].
 * @example hukdisRiwayat.check(promotionAfterPenaltyLastYear, ctx, { lookbackMonths: 24, minLevel: 'SEDANG' }) // FAIL
 */
export const hukdisRiwayat = defineRule({
  code: 'R-HUKDIS-RIWAYAT',
  title: msg('Riwayat hukuman disiplin sebelum promosi', 'Disciplinary record before a promotion'),
  postSignature: (p, ctx) => (ctx.mutationKind === undefined ? String(p.tier) : ''),
  check: (pair, ctx, params) =>
    !pair.isStay && isPromotion(pair, ctx) && recentPenalty(pair, params) ? FAIL : PASS,
  explain: (pair, ctx, params, verdict) => {
    const k = recentPenalty(pair, params);
    const evidence = { promotion: isPromotion(pair, ctx), caseId: k?.id ?? null, level: k?.level ?? null };
    if (verdict !== FAIL || !k) {
      return {
        message: isPromotion(pair, ctx)
          ? msg(
              `Tidak ada hukuman disiplin ${params.minLevel} atau lebih berat dalam ${params.lookbackMonths} bulan terakhir`,
              `No ${params.minLevel} or heavier penalty in the last ${params.lookbackMonths} months`,
            )
          : msg('Tidak berlaku: bukan promosi', 'Not applicable: not a promotion'),
        evidence,
      };
    }
    return {
      message: msg(
        `Hukuman disiplin ${k.level} (${k.decisionNumber ?? 'tanpa nomor'}, ${k.decisionDate ?? k.startDate}) dalam ${params.lookbackMonths} bulan terakhir`,
        `A ${k.level} penalty (${k.decisionNumber ?? 'no number'}, ${k.decisionDate ?? k.startDate}) within the last ${params.lookbackMonths} months`,
      ),
      evidence,
    };
  },
});
