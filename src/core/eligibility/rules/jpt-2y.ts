import { type LocalDate, wholeMonthsBetween } from '../../model/local-date.js';
import type { PairFacts } from '../facts/facts.js';
import { defineRule, FAIL, msg, PASS } from '../rule.js';
import type { RuleParams } from '../rule-params.js';

type Hit = { who: 'TARGET_INCUMBENT' | 'CANDIDATE'; installedOn: LocalDate; months: number } | null;

function protectedJpt({ c, p, isStay }: PairFacts, params: RuleParams['R-JPT-2Y']): Hit {
  if (isStay) return null;
  const inc = p.post.incumbent;
  if (
    inc &&
    params.kinds.includes(p.kind) &&
    inc.employeeId !== c.candidate.employee.id &&
    inc.replacementGround === null
  ) {
    const months = wholeMonthsBetween(inc.installedOn, c.asOf);
    if (months < params.minMonths) return { who: 'TARGET_INCUMBENT', installedOn: inc.installedOn, months };
  }
  const since = c.candidate.employee.currentPositionSince;
  if (
    c.current &&
    params.kinds.includes(c.current.grade.kind) &&
    since &&
    c.tenureMonths < params.minMonths
  ) {
    return { who: 'CANDIDATE', installedOn: since, months: c.tenureMonths };
  }
  return null;
}

/**
 * A JPT may not be replaced within 2 years of installation unless they broke the law or no longer
 * meet the post's requirements (UU 5/2014 Pasal 116 ayat (1); DOMAIN.md 1.4). It protects the
 * target's incumbent (unless a replacement ground is recorded) and the candidate's own JPT post.
 * Whether UU 20/2023 keeps it is [U].
 * @example jpt2y.check(pairToKadisInstalled20MonthsAgo, ctx, { minMonths: 24, kinds: ['JPT_PRATAMA'] }) // FAIL
 */
export const jpt2y = defineRule({
  code: 'R-JPT-2Y',
  title: msg('Perlindungan 2 tahun pejabat pimpinan tinggi', 'Two-year protection of a JPT'),
  postSignature: (p, _ctx, params) => {
    const inc = p.post.incumbent;
    return params.kinds.includes(p.kind) && inc
      ? `${inc.employeeId}|${inc.installedOn}|${inc.replacementGround ?? ''}`
      : '';
  },
  check: (pair, _ctx, params) => (protectedJpt(pair, params) ? FAIL : PASS),
  explain: (pair, _ctx, params, verdict) => {
    const hit = protectedJpt(pair, params);
    if (verdict !== FAIL || !hit) {
      return {
        message: msg(
          'Tidak mengganti JPT yang dilantik kurang dari 2 tahun',
          'Replaces no JPT installed under 2 years ago',
        ),
        evidence: { incumbent: pair.p.post.incumbent?.employeeId ?? null },
      };
    }
    const evidence = { who: hit.who, installedOn: hit.installedOn, months: hit.months };
    return {
      message:
        hit.who === 'TARGET_INCUMBENT'
          ? msg(
              `Pejabat JPT di jabatan ini dilantik ${hit.installedOn} (${hit.months} bulan): belum dapat diganti`,
              `The JPT holding this post was installed on ${hit.installedOn} (${hit.months} months): cannot be replaced yet`,
            )
          : msg(
              `Pegawai dilantik sebagai JPT pada ${hit.installedOn} (${hit.months} bulan): belum dapat dipindahkan`,
              `The employee was installed as JPT on ${hit.installedOn} (${hit.months} months): cannot be moved yet`,
            ),
      evidence,
      remedy: msg(
        'Kecuali pejabat melanggar ketentuan atau tidak lagi memenuhi syarat jabatan (catat dasarnya)',
        'Unless the official broke the law or no longer meets the requirements (record the ground)',
      ),
    };
  },
});
