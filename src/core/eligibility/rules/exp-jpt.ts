import type { CandidateFacts, PostFacts } from '../facts/facts.js';
import { monthsAtTierOrAbove } from '../facts/facts.js';
import { defineRule, FAIL, MISSING, msg, PASS } from '../rule.js';

/**
 * Months served in posts of the target's family or OPD: experience "in a related field" (PP 11/2017
 * Pasal 107 huruf c; the reading is [U]).
 * @example relatedMonths(factsOfKabidDinkes, postFacts(kadisDinkes)) // 84
 */
export function relatedMonths(c: CandidateFacts, p: PostFacts): number {
  let m = 0;
  for (const s of c.served) if (s.step.family === p.family || s.step.opdCode === p.opdCode) m += s.months;
  return m;
}

/**
 * A JPT pratama candidate has at least 5 years' cumulative experience in a related field, and has
 * been an administrator or JF ahli madya (career tier 5) for at least 2 years (PP 11/2017 jo PP
 * 17/2020 Pasal 107 huruf c; DOMAIN.md 1.4). "Related" = the same position family or the same OPD [U].
 * @example expJpt.check(pairKabidWith1YearToKadis, ctx, params) // FAIL
 */
export const expJpt = defineRule({
  code: 'R-EXP-JPT',
  title: msg('Pengalaman untuk jabatan pimpinan tinggi', 'Experience for a JPT post'),
  postSignature: (p, _ctx, params) => (params.kinds.includes(p.kind) ? `${p.family}|${p.opdCode}` : 'N'),
  check: ({ c, p, isStay }, _ctx, params) => {
    if (isStay || !params.kinds.includes(p.kind)) return PASS;
    if (c.served.length === 0) return MISSING;
    const related = relatedMonths(c, p);
    const senior = monthsAtTierOrAbove(c, params.seniorTier);
    return related < params.minRelatedMonths || senior < params.minSeniorMonths ? FAIL : PASS;
  },
  explain: ({ c, p }, _ctx, params, verdict) => {
    const related = relatedMonths(c, p);
    const senior = monthsAtTierOrAbove(c, params.seniorTier);
    const evidence = { relatedMonths: related, seniorMonths: senior };
    if (!params.kinds.includes(p.kind)) {
      return { message: msg('Tidak berlaku: bukan jabatan JPT', 'Not applicable: not a JPT post'), evidence };
    }
    if (verdict === MISSING) {
      return { message: msg('Riwayat jabatan tidak tercatat', 'No position history on record'), evidence };
    }
    const text = msg(
      `${related} bulan di bidang terkait (minimal ${params.minRelatedMonths}); ${senior} bulan sebagai administrator/JF ahli madya atau lebih tinggi (minimal ${params.minSeniorMonths})`,
      `${related} months in a related field (minimum ${params.minRelatedMonths}); ${senior} months as administrator/JF ahli madya or above (minimum ${params.minSeniorMonths})`,
    );
    return {
      message: verdict === FAIL ? msg(`Belum memenuhi: ${text.id}`, `Not met: ${text.en}`) : text,
      evidence,
    };
  },
});
