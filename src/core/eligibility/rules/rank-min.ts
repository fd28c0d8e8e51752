import { type GolonganCode, golonganLabel } from '../../model/golongan.js';
import type { PositionGrade } from '../../model/position.js';
import { defineRule, FAIL, MISSING, msg, PASS } from '../rule.js';
import type { RuleParams } from '../rule-params.js';

/**
 * The rank a post asks for: its own minimum or the table's minimum for its grade, whichever is higher.
 * @example requiredRank({ kind: 'PENGAWAS', eselon: 'IV.a' }, null, params) // 33 (III/c)
 */
export function requiredRank(
  grade: PositionGrade,
  own: GolonganCode | null,
  params: RuleParams['R-RANK-MIN'],
): number {
  const table =
    // Note: a JF level's rank band (minimum and maximum) is R-JF-BAND; here only the post's own minimum.
    grade.kind === 'PELAKSANA' || grade.kind === 'JF' ? 0 : params.byEselon[grade.eselon];
  return Math.max(own ?? 0, table);
}

const gradeKey = (g: PositionGrade): string =>
  g.kind === 'PELAKSANA' ? g.kind : g.kind === 'JF' ? g.jfLevel : g.eselon;

/**
 * The person's golongan is at least the post's minimum rank: by eselon (PP 100/2000 jo PP 13/2002
 * Lampiran, DOMAIN.md 2.3: a warning) or the post's own minimum. A JF level's band is R-JF-BAND.
 * @example rankMin.check(pairIIIbToKasi, ctx, params) // FAIL: IV.a asks for III/c
 */
export const rankMin = defineRule({
  code: 'R-RANK-MIN',
  title: msg('Pangkat/golongan minimal jabatan', 'Minimum rank of the post'),
  postSignature: (p) => `${gradeKey(p.post.position.grade)}|${p.post.position.minGolongan ?? ''}`,
  check: ({ c, p, isStay }, _ctx, params) => {
    if (isStay) return PASS;
    const need = requiredRank(p.post.position.grade, p.post.position.minGolongan, params);
    if (need === 0) return PASS;
    if (Number.isNaN(c.golongan)) return MISSING;
    return c.golongan < need ? FAIL : PASS;
  },
  explain: ({ c, p }, _ctx, params, verdict) => {
    const need = requiredRank(p.post.position.grade, p.post.position.minGolongan, params);
    const has = Number.isNaN(c.golongan) ? '-' : golonganLabel(c.golongan as GolonganCode);
    const req = need === 0 ? '-' : golonganLabel(need as GolonganCode);
    const evidence = { golongan: has, required: req };
    if (verdict === MISSING) {
      return { message: msg('Golongan tidak tercatat', 'No golongan on record'), evidence };
    }
    return {
      message:
        verdict === FAIL
          ? msg(
              `Golongan ${has}, jabatan meminta minimal ${req}`,
              `Golongan ${has}, the post requires ${req}`,
            )
          : need === 0
            ? msg('Jabatan tidak mensyaratkan golongan minimal', 'The post sets no minimum rank')
            : msg(`Golongan ${has} (minimal ${req})`, `Golongan ${has} (minimum ${req})`),
      evidence,
    };
  },
});
