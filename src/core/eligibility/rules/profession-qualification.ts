import { type EducationRequirement, educationRank } from '../../model/education.js';
import { majorName } from '../../model/major-catalog.js';
import type { JfCategory } from '../../model/position.js';
import type { Profession } from '../../model/profession.js';
import { PROFESSION_RULES } from '../../model/profession-rules.js';
import { holdsMajor } from '../facts/education-requirement.js';
import type { CandidateFacts } from '../facts/facts.js';
import { defineRule, FAIL, MISSING, msg, PASS } from '../rule.js';

/** The majors the post itself names (a subject teacher's subject), across its requirements. */
function postMajors(reqs: readonly EducationRequirement[]) {
  return reqs.flatMap((r) =>
    r.majors?.length ? [{ level: educationRank(r.minLevel), majors: r.majors }] : [],
  );
}

/**
 * Whether a person meets a profession's qualifying education on the post's JF track, and the
 * post's own majors when it names some (linieritas).
 * @example qualifiesFor(factsOfPgsdGraduate, 'GURU', 'KEAHLIAN', guruMatematikaRequirements) // false
 */
export function qualifiesFor(
  c: CandidateFacts,
  profession: Profession,
  track: JfCategory | null,
  reqs: readonly EducationRequirement[],
): boolean {
  const rule = PROFESSION_RULES[profession];
  const options = rule.qualifications.filter((q) => q.track === null || track === null || q.track === track);
  const byProfession = options.some((q) =>
    q.majors.length === 0
      ? c.educationRank >= educationRank(q.minLevel)
      : holdsMajor(c, q.majors, educationRank(q.minLevel)),
  );
  const named = postMajors(reqs);
  return byProfession && (named.length === 0 || named.some((n) => holdsMajor(c, n.majors, n.level)));
}

const trackOf = (p: { post: { position: { grade: { kind: string; jfCategory?: JfCategory } } } }) =>
  p.post.position.grade.kind === 'JF' ? (p.post.position.grade.jfCategory ?? null) : null;

function askedText(profession: Profession, track: JfCategory | null, reqs: readonly EducationRequirement[]) {
  const rule = PROFESSION_RULES[profession];
  const options = rule.qualifications.filter((q) => q.track === null || track === null || q.track === track);
  const named = postMajors(reqs).flatMap((n) => n.majors.map(majorName));
  const base = options
    .map((q) => `${q.minLevel}${q.majors.length ? ` ${q.majors.map(majorName).join(' / ')}` : ''}`)
    .join(' atau ');
  return named.length ? `${base}, program studi ${named.join(' / ')}` : base;
}

/**
 * A post of a regulated profession (DOMAIN.md 15.1) is held only with its qualifying education:
 * a teacher with S1/D-IV in the subject taught (UU 14/2005 Pasal 8-9), a physician with a medical
 * degree and a dentist with a dental one, a nurse from D-III Keperawatan (skill track) or S1
 * (expert track), and so on (UU 17/2023). The citation comes from the rule table; the profession's
 * own law is named in the message.
 * @example professionQualification.check(pairOfPhysicianToDentistPost, ctx, {}) // FAIL
 */
export const professionQualification = defineRule({
  code: 'R-PROFESI',
  title: msg('Kualifikasi profesi jabatan', "Qualification for the post's profession"),
  postSignature: (p) => {
    const pos = p.post.position;
    if (pos.profession === null) return '';
    const majors = postMajors(pos.educationRequirements).map((n) => `${n.level}:${n.majors.join('+')}`);
    return `${pos.profession}|${trackOf(p) ?? ''}|${majors.join(',')}`;
  },
  check: ({ c, p, isStay }) => {
    const prof = p.post.position.profession;
    if (isStay || prof === null) return PASS;
    if (c.educationRank < 0) return MISSING;
    return qualifiesFor(c, prof, trackOf(p), p.post.position.educationRequirements) ? PASS : FAIL;
  },
  explain: ({ c, p }, _ctx, _params, verdict) => {
    const prof = p.post.position.profession;
    const held = c.candidate.employee.education.map((e) => e.major).join('; ') || '-';
    const evidence = { profession: prof, held };
    if (prof === null) {
      return { message: msg('Jabatan bukan profesi yang diatur', 'Not a regulated profession'), evidence };
    }
    const rule = PROFESSION_RULES[prof];
    const asked = askedText(prof, trackOf(p), p.post.position.educationRequirements);
    const law = `${rule.citation.regulation} ${rule.citation.article}`;
    if (verdict === MISSING) {
      return { message: msg('Riwayat pendidikan tidak tercatat', 'No education on record'), evidence };
    }
    return {
      message:
        verdict === FAIL
          ? msg(
              `Jabatan profesi ${rule.label.id} mensyaratkan ${asked} (${law}); dimiliki: ${held}`,
              `A ${rule.label.en.toLowerCase()} post requires ${asked} (${law}); held: ${held}`,
            )
          : msg(
              `Kualifikasi profesi ${rule.label.id} terpenuhi (${asked})`,
              `Qualified as ${rule.label.en.toLowerCase()} (${asked})`,
            ),
      evidence,
      remedy: msg(
        'Hanya lulusan program studi profesi ini yang dapat ditempatkan',
        "Only graduates of this profession's programme can be placed",
      ),
    };
  },
});
