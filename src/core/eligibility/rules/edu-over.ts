import { requiredTierOf, tierOfRank } from '../../model/education.js';
import { defineRule, FAIL, MISSING, msg, PASS } from '../rule.js';

const TIER = [
  { id: 'tingkat sekolah', en: 'school level' },
  { id: 'diploma', en: 'diploma' },
  { id: 'sarjana', en: "bachelor's" },
] as const;

/**
 * Over-qualification (DOMAIN.md 15.5): a D-III or S1 graduate moved into a post that asks school
 * level (driver, guard, clerk) is legal but wastes what the city paid to train. A warning for the
 * board by default; the planner treats it as a block unless its scenario allows such moves, so a
 * plan never proposes them on its own.
 * @example eduOver.check(pairOfS1GraduateToDriverPost, ctx, {}) // FAIL (a warning by default)
 */
export const eduOver = defineRule({
  code: 'R-EDU-OVER',
  title: msg('Tidak jauh di bawah kualifikasi pegawai', "Not far below the person's qualification"),
  postSignature: (p) => String(requiredTierOf(p.post.position.educationRequirements)),
  check: ({ c, p, isStay }) => {
    if (isStay) return PASS;
    if (c.educationRank < 0) return MISSING;
    return tierOfRank(c.educationRank) > requiredTierOf(p.post.position.educationRequirements) ? FAIL : PASS;
  },
  explain: ({ c, p }, _ctx, _params, verdict) => {
    const asked = TIER[requiredTierOf(p.post.position.educationRequirements)]!;
    const held = c.educationRank < 0 ? null : TIER[tierOfRank(c.educationRank)]!;
    const evidence = { held: held?.en ?? null, asked: asked.en };
    if (verdict === MISSING || held === null) {
      return { message: msg('Riwayat pendidikan tidak tercatat', 'No education on record'), evidence };
    }
    return {
      message:
        verdict === FAIL
          ? msg(
              `Pendidikan ${held.id} ditempatkan pada jabatan yang meminta ${asked.id}: kelebihan kualifikasi`,
              `A ${held.en} graduate placed in a post asking ${asked.en}: over-qualified`,
            )
          : msg(
              `Jenjang pendidikan sesuai jabatan (${asked.id})`,
              `Education level fits the post (${asked.en})`,
            ),
      evidence,
      remedy: msg(
        'Cari jabatan yang sesuai jenjang pendidikannya, atau catat alasan penempatan ini',
        'Look for a post at the level of their education, or record the reason for this placement',
      ),
    };
  },
});
