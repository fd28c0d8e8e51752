import { competencyMatch } from './competency-fit.js';
import type { CompiledPolicy, ScoreCandidate, ScorePost } from './score-inputs.js';

/** Positions of the components in SCORE_COMPONENTS (and in the value arrays). */
export const C_TECHNICAL = 0;
export const C_MANAGERIAL = 1;
export const C_SOCIO_CULTURAL = 2;
export const C_EDUCATION = 3;
export const C_QUALIFICATION = 4;
export const C_PERFORMANCE_INDEX = 5;
export const C_PREDIKAT = 6;
export const C_EXPERIENCE = 7;
export const C_TALENT = 8;
export const C_PREFERENCE = 9;
export const COMPONENT_COUNT = 10;

/**
 * Technical competency (0-100): the assessed match, raised to the policy's value for a licensed
 * member of the post's profession (their licence certifies the profession's technical standard).
 * @example technicalValue(nurseWithStrButNoAssessment, perawatPost, cp) // 100
 */
export function technicalValue(c: ScoreCandidate, p: ScorePost, cp: CompiledPolicy): number {
  const assessed = competencyMatch(c.levels, p.standard, 0, cp.policy.competency.surplusPenalty);
  const prof = p.facts.post.position.profession;
  if (prof === null || !c.licensedProfessions.has(prof)) return assessed;
  const licensed = cp.policy.competency.licensedProfession;
  return Number.isNaN(assessed) ? licensed : Math.max(assessed, licensed);
}

/**
 * Whether the person holds one of the programmes the post names, at its level.
 * @example holdsNamedMajor(pgsdGraduate, guruMatematikaPost) // false
 */
export function holdsNamedMajor(c: ScoreCandidate, p: ScorePost): boolean {
  const ranks = c.facts.bestRankByMajor;
  for (const n of p.namedMajors) for (const m of n.majors) if ((ranks.get(m) ?? -1) >= n.rank) return true;
  return false;
}

/**
 * Education relevance (0-100); NaN = no education on record. The best field's points among the
 * degrees the post can use: post-secondary degrees in a post that asks for one; any education,
 * school included, in a post that asks school level (there a degree earns no more than the same
 * field at school: the surplus is over-qualification, scored by QUALIFICATION_LEVEL). A post that
 * names its programmes gives `core` only to them; other programmes of the field are `related` at best.
 * @example educationValue(nurse, puskesmasPost, cp) // 100
 * @example educationValue(pgsdGraduate, guruMatematikaPost, cp) // 60 (related)
 */
export function educationValue(c: ScoreCandidate, p: ScorePost, cp: CompiledPolicy): number {
  if (!c.hasEducation) return Number.NaN;
  const values = cp.policy.relevance.values;
  let v = p.schoolOk ? values.schoolLevel : values.none;
  for (const f of p.schoolOk ? c.allFields : c.higherFields) {
    const r = p.relevance[f]!;
    if (r > v) v = r;
  }
  if (p.namedMajors.length === 0) return v;
  return holdsNamedMajor(c, p) ? Math.max(v, values.core) : Math.min(v, values.related);
}

/**
 * Education level fit (0-100); NaN = no education on record. 100 at or below the post's tier (a
 * level below is blocked by R-EDU-LEVEL, not scored), minus the policy's points per tier above it.
 * @example qualificationValue(s1Graduate, driverPost, cp) // 20 with 40 points per tier
 */
export function qualificationValue(c: ScoreCandidate, p: ScorePost, cp: CompiledPolicy): number {
  if (c.educationTier < 0) return Number.NaN;
  const over = c.educationTier - p.requiredTier;
  return over <= 0 ? 100 : Math.max(0, 100 - over * cp.policy.qualification.penaltyPerTier);
}

/**
 * Months of experience weighted by relatedness to the post; NaN = no position history.
 * @example relatedExperienceMonths(c, p, cp) // 30 months same family + 20 same OPD -> 40
 */
export function relatedExperienceMonths(c: ScoreCandidate, p: ScorePost, cp: CompiledPolicy): number {
  const served = c.facts.served;
  if (served.length === 0) return Number.NaN;
  const { sameFamily, sameOpd } = cp.policy.experience;
  let m = 0;
  for (const s of served) {
    if (s.step.family === p.facts.family) m += s.months * sameFamily;
    else if (s.step.opdCode === p.facts.opdCode) m += s.months * sameOpd;
  }
  return m;
}

/**
 * Preference points (0-100); NaN = no stated preference.
 * @example preferenceValue(personNamingThisPost, p, cp) // 100
 */
export function preferenceValue(c: ScoreCandidate, p: ScorePost, cp: CompiledPolicy): number {
  const pref = c.preference;
  if (!pref) return Number.NaN;
  const pts = cp.policy.preference;
  if (pref.positionIds.includes(p.facts.positionId)) return pts.position;
  if (pref.opdCodes.includes(p.facts.opdCode)) return pts.opd;
  if (pref.families.includes(p.facts.family)) return pts.family;
  return pts.other;
}

/**
 * The value (0-100) of every component for one person and one post, written into `out` in
 * SCORE_COMPONENTS order; a component without data takes the policy's neutral value and its bit
 * is set in the returned mask. One function for the explained single pair and the whole city, so
 * both give the same score.
 * @example const noData = componentValues(c, p, cp, out); // out[C_EDUCATION] === 100 for a nurse in a puskesmas post
 */
export function componentValues(
  c: ScoreCandidate,
  p: ScorePost,
  cp: CompiledPolicy,
  out: Float64Array,
): number {
  const n = cp.neutral;
  const months = relatedExperienceMonths(c, p, cp);
  const experience = Number.isNaN(months)
    ? months
    : Math.min(100, (100 * months) / cp.policy.experience.saturationMonths);
  const surplus = cp.policy.competency.surplusPenalty;
  return (
    put(out, n, 0, technicalValue(c, p, cp)) |
    put(out, n, 1, competencyMatch(c.levels, p.standard, 1, surplus)) |
    put(out, n, 2, competencyMatch(c.levels, p.standard, 2, surplus)) |
    put(out, n, C_EDUCATION, educationValue(c, p, cp)) |
    put(out, n, C_QUALIFICATION, qualificationValue(c, p, cp)) |
    put(out, n, C_PERFORMANCE_INDEX, c.performanceIndex) |
    put(out, n, C_PREDIKAT, c.predikatValue) |
    put(out, n, C_EXPERIENCE, experience) |
    put(out, n, C_TALENT, c.talentValue) |
    put(out, n, C_PREFERENCE, preferenceValue(c, p, cp))
  );
}

/** Writes a value, or the neutral one for NaN; returns the component's no-data bit. */
function put(out: Float64Array, neutral: Float64Array, i: number, v: number): number {
  if (!Number.isNaN(v)) {
    out[i] = v;
    return 0;
  }
  out[i] = neutral[i]!;
  return 1 << i;
}
