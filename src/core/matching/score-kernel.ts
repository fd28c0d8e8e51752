import { competencyMatch } from './competency-fit.js';
import type { CompiledPolicy, ScoreCandidate, ScorePost } from './score-inputs.js';

/** Positions of the components in SCORE_COMPONENTS (and in the value arrays). */
export const C_TECHNICAL = 0;
export const C_MANAGERIAL = 1;
export const C_SOCIO_CULTURAL = 2;
export const C_EDUCATION = 3;
export const C_PERFORMANCE_INDEX = 4;
export const C_PREDIKAT = 5;
export const C_EXPERIENCE = 6;
export const C_TALENT = 7;
export const C_PREFERENCE = 8;
export const COMPONENT_COUNT = 9;

/**
 * Education relevance (0-100): the best field's points, or the school-level points; NaN = no education on record.
 * @example educationValue(nurse, puskesmasPost, cp) // 100
 */
export function educationValue(c: ScoreCandidate, p: ScorePost, cp: CompiledPolicy): number {
  if (!c.hasEducation) return Number.NaN;
  const values = cp.policy.relevance.values;
  let v = p.schoolOk ? values.schoolLevel : values.none;
  for (const f of c.higherFields) {
    const r = p.relevance[f]!;
    if (r > v) v = r;
  }
  return v;
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
  return (
    put(out, n, 0, competencyMatch(c.levels, p.standard, 0)) |
    put(out, n, 1, competencyMatch(c.levels, p.standard, 1)) |
    put(out, n, 2, competencyMatch(c.levels, p.standard, 2)) |
    put(out, n, 3, educationValue(c, p, cp)) |
    put(out, n, 4, c.performanceIndex) |
    put(out, n, 5, c.predikatValue) |
    put(out, n, 6, experience) |
    put(out, n, 7, c.talentValue) |
    put(out, n, 8, preferenceValue(c, p, cp))
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
