import { type EducationLevel, educationRank } from '../core/model/education.js';
import type { MajorCode } from '../core/model/majors.js';
import type { PositionPlan } from './positions.js';
import type { Random } from './random.js';
import { MAJORS, type MajorInfo, majorCode } from './reference/majors.js';

/**
 * What a person studied: the diploma they entered the service with, what came before it, and what
 * they earned while in service (an S1 after a D3, an S2). `fits` is false for the 10-15 % whose field
 * does not match their post (a nurse in Dinas Perhubungan), which gives the optimizer work.
 */
export interface EducationPlan {
  readonly before: readonly MajorInfo[];
  readonly entry: MajorInfo;
  readonly later: readonly MajorInfo[];
  readonly fits: boolean;
}

/** Whether some diploma of the plan is one of the programmes at `min` or above. */
export function qualifies(plan: EducationPlan, codes: readonly MajorCode[], min: EducationLevel): boolean {
  const ok = (m: MajorInfo) => educationRank(m.level) >= educationRank(min) && isOneOf(m, codes);
  return plan.before.some(ok) || ok(plan.entry) || plan.later.some(ok);
}

/**
 * Whether the diplomas someone entered the service with fall short of the post (its level, or the
 * qualifying programme of its profession), so that a degree earned in service must come before it.
 */
export function needsLaterDegree(p: PositionPlan, plan: EducationPlan): boolean {
  const req = p.education[0]!;
  if (educationRank(req.minLevel) > educationRank(plan.entry.level)) return true;
  if (!req.majors?.length) return false;
  const majors = req.majors;
  const ok = (m: MajorInfo) => educationRank(m.level) >= educationRank(req.minLevel) && isOneOf(m, majors);
  return !(plan.before.some(ok) || ok(plan.entry));
}

function isOneOf(m: MajorInfo, codes: readonly MajorCode[]): boolean {
  const code = majorCode(m.major);
  return code !== null && codes.includes(code);
}

/** A programme of the codes at `level`, else at the highest level below it that still meets `min`. */
export function qualifyingMajor(
  rng: Random,
  codes: readonly MajorCode[],
  level: EducationLevel,
  min: EducationLevel,
): MajorInfo {
  const options = MAJORS.filter(
    (m) =>
      educationRank(m.level) >= educationRank(min) &&
      educationRank(m.level) <= Math.max(educationRank(level), educationRank(min)) &&
      isOneOf(m, codes),
  );
  if (options.length === 0) throw new Error(`no programme of ${codes.join('/')} from ${min}`);
  const top = Math.max(...options.map((m) => educationRank(m.level)));
  return rng.pick(options.filter((m) => educationRank(m.level) === top));
}
