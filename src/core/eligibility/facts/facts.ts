import type { Candidate, CareerStep, Post, Predikat } from '../../matching/inputs.js';
import type { CompetencyAssessment } from '../../model/competency.js';
import { EDUCATION_FIELDS, type EducationField, educationRank } from '../../model/education.js';
import { ageOn, compareDates, type LocalDate, wholeMonthsBetween } from '../../model/local-date.js';
import { majorCodeOf } from '../../model/major-catalog.js';
import type { MajorCode } from '../../model/majors.js';
import type { PositionFamily, PositionKind } from '../../model/position.js';
import { careerTier, MAX_CAREER_TIER } from './career-tier.js';

const FIELD_INDEX = new Map<EducationField, number>(EDUCATION_FIELDS.map((f, i) => [f, i]));

/**
 * Index of a field in EDUCATION_FIELDS (the layout of `bestRankByField`).
 * @example fieldIndex('HEALTH_MEDICINE') // 0
 */
export function fieldIndex(field: EducationField): number {
  return FIELD_INDEX.get(field) ?? -1;
}

/** Time served in one post, measured up to the date of the move. */
export interface ServedStep {
  readonly step: CareerStep;
  readonly tier: number;
  readonly months: number;
}

/**
 * What the rules read about a person, derived once per person and date: the same facts serve a
 * single explained check and the whole-city scoring.
 */
export interface CandidateFacts {
  readonly candidate: Candidate;
  readonly asOf: LocalDate;
  /** Current golongan code, NaN when none is recorded (e.g. PPPK). */
  readonly golongan: number;
  /** Highest `educationRank`, -1 when no education is recorded. */
  readonly educationRank: number;
  /** Highest `educationRank` per field, in EDUCATION_FIELDS order; -1 = none in that field. */
  readonly bestRankByField: Int8Array;
  /** Highest `educationRank` per study programme of the major catalogue (majors.ts). */
  readonly bestRankByMajor: ReadonlyMap<MajorCode, number>;
  /** The current post (open career step), or null. */
  readonly current: CareerStep | null;
  readonly currentPositionId: number | null;
  /** TMT of the current post, or null. */
  readonly currentSince: LocalDate | null;
  /** Career tier of the current post, NaN when there is none. */
  readonly currentTier: number;
  /** Whole months in the current post on `asOf`, NaN when unknown. */
  readonly tenureMonths: number;
  readonly ageYears: number;
  /** Months served per career tier (index = tier). */
  readonly monthsByTier: Float64Array;
  readonly served: readonly ServedStep[];
  readonly predikatByYear: ReadonlyMap<number, Predikat>;
  /** The latest competency assessment valid on `asOf`, or null. */
  readonly assessment: CompetencyAssessment | null;
}

/**
 * Derives the facts the rules read about a candidate on a date.
 * @example candidateFacts(candidate, '2026-11-01' as LocalDate).tenureMonths // 38
 */
export function candidateFacts(candidate: Candidate, asOf: LocalDate): CandidateFacts {
  const e = candidate.employee;
  const bestRankByField = new Int8Array(EDUCATION_FIELDS.length).fill(-1);
  const bestRankByMajor = new Map<MajorCode, number>();
  let top = -1;
  for (const ed of e.education) {
    const r = educationRank(ed.level);
    if (r > top) top = r;
    const i = fieldIndex(ed.field);
    if (i >= 0 && r > bestRankByField[i]!) bestRankByField[i] = r;
    const major = majorCodeOf(ed.major);
    if (major !== null && r > (bestRankByMajor.get(major) ?? -1)) bestRankByMajor.set(major, r);
  }
  const monthsByTier = new Float64Array(MAX_CAREER_TIER + 1);
  const served: ServedStep[] = [];
  let current: CareerStep | null = null;
  for (const step of candidate.career) {
    if (compareDates(step.startDate, asOf) > 0) continue;
    const end = step.endDate && compareDates(step.endDate, asOf) < 0 ? step.endDate : asOf;
    const months = Math.max(0, wholeMonthsBetween(step.startDate, end));
    const tier = careerTier(step.grade);
    monthsByTier[tier] = monthsByTier[tier]! + months;
    served.push({ step, tier, months });
    if (step.endDate === null || compareDates(step.endDate, asOf) >= 0) current = step;
  }
  // The dated career decides; the employee header fills in when the career misses the current post.
  const currentPositionId = current?.positionId ?? e.currentPositionId ?? null;
  const header = e.currentPositionSince;
  const currentSince = current?.startDate ?? (header && compareDates(header, asOf) <= 0 ? header : null);
  const predikatByYear = new Map<number, Predikat>();
  for (const a of candidate.performance.annualPredikat) predikatByYear.set(a.year, a.predikat);
  return {
    candidate,
    asOf,
    golongan: e.golongan ?? Number.NaN,
    educationRank: top,
    bestRankByField,
    bestRankByMajor,
    current,
    currentPositionId,
    currentSince,
    currentTier: current ? careerTier(current.grade) : Number.NaN,
    tenureMonths:
      currentSince && currentPositionId !== null ? wholeMonthsBetween(currentSince, asOf) : Number.NaN,
    ageYears: ageOn(e.birthDate, asOf),
    monthsByTier,
    served,
    predikatByYear,
    assessment: latestValidAssessment(e.competencyAssessments, asOf),
  };
}

/**
 * The most recent assessment made on or before `asOf` and still valid then.
 * @example latestValidAssessment(employee.competencyAssessments, asOf)?.assessedOn // '2026-08-06'
 */
export function latestValidAssessment(
  assessments: readonly CompetencyAssessment[],
  asOf: LocalDate,
): CompetencyAssessment | null {
  let best: CompetencyAssessment | null = null;
  for (const a of assessments) {
    if (a.assessedOn > asOf || (a.validUntil !== null && a.validUntil < asOf)) continue;
    if (!best || a.assessedOn > best.assessedOn) best = a;
  }
  return best;
}

/**
 * Months served in posts of at least `tier`.
 * @example monthsAtTierOrAbove(facts, 4) // months as pengawas, JF ahli muda/penyelia or higher
 */
export function monthsAtTierOrAbove(c: CandidateFacts, tier: number): number {
  let m = 0;
  for (let t = Math.max(0, tier); t < c.monthsByTier.length; t++) m += c.monthsByTier[t]!;
  return m;
}

/** What the rules read about a post. */
export interface PostFacts {
  readonly post: Post;
  readonly positionId: number;
  readonly kind: PositionKind;
  readonly tier: number;
  readonly family: PositionFamily;
  readonly opdCode: string;
}

/** @example postFacts(post).tier // 4 for a pengawas at eselon IV.a */
export function postFacts(post: Post): PostFacts {
  const p = post.position;
  return {
    post,
    positionId: p.id,
    kind: p.grade.kind,
    tier: careerTier(p.grade),
    family: p.family,
    opdCode: post.unit.opdCode,
  };
}

/** One person and one post, and whether the "move" is staying put. */
export interface PairFacts {
  readonly c: CandidateFacts;
  readonly p: PostFacts;
  /** The post is the person's current post: no move, so move rules pass. */
  readonly isStay: boolean;
}

/**
 * Pairs the facts of a person and a post; the post is a stay when it is the person's current one.
 * @example pairFacts(candidateFacts(c, asOf), postFacts(ownPost)).isStay // true
 */
export function pairFacts(c: CandidateFacts, p: PostFacts): PairFacts {
  return { c, p, isStay: c.currentPositionId === p.positionId };
}
