import type {
  CompetencyAssessmentDraft,
  DisciplinaryCaseDraft,
  EmployeeDraft,
} from '../core/model/drafts.js';
import { type Education, educationRank } from '../core/model/education.js';
import type { EmployeeStatus, Gender } from '../core/model/employee.js';
import { GOLONGAN_CODES, type GolonganCode } from '../core/model/golongan.js';
import type { EmploymentType } from '../core/model/nip.js';
import { type CareerContext, planCareer } from './career.js';
import { civil, type Day, fmt } from './dates.js';
import { chooseEducation, type EducationPlan, educationHistory } from './education.js';
import { type CareerPools, positionHistory } from './histories.js';
import { personName, type Religion } from './identity.js';
import type { NipRegistry, SkNumbers } from './numbers.js';
import type { PositionPlan } from './positions.js';
import { assessment, disciplinaryCase } from './records.js';
import { titlesOf } from './titles.js';
import { trainings } from './trainings.js';

export interface PeopleContext extends CareerContext {
  readonly nips: NipRegistry;
  readonly sk: SkNumbers;
  readonly pools: CareerPools;
  /** Chance that a non-structural employee has a competency assessment (structural: always). */
  readonly assessmentChance: number;
}

/** A scripted person the demo tells a story about, e.g. a nurse working as pelaksana in Dishub. */
export interface StoryOverride {
  readonly major: string;
  readonly tenureMonths: number;
  readonly minServiceMonths: number;
}

/** Generates one fictional employee who holds `p` today. */
export function generateEmployee(ctx: PeopleContext, p: PositionPlan, story?: StoryOverride): EmployeeDraft {
  const { rng, asOf } = ctx;
  const asOfYear = civil(asOf).year;
  const type: EmploymentType = story ? 'PNS' : employmentType(ctx, p);
  const gender: Gender = rng.chance(p.female) ? 'F' : 'M';
  // New CPNS and PPPK enter with all their diplomas.
  const chosen = chooseEducation(rng, p, gender, story?.major);
  const plan = type === 'PNS' ? chosen : allBeforeEntry(chosen);
  const finalPlan = plan.later.at(-1) ?? plan.entry;
  const career = planCareer(ctx, p, type, plan.entry.level, finalPlan.level, story?.minServiceMonths);
  const startYear = civil(career.start).year;
  const rankAt = (d: Day): number | null => {
    let rank: number | null = null;
    for (const r of career.ranks) if (r.tmt <= d) rank = r.golongan;
    return rank;
  };
  // A graded post is taken up once the rank is at most one step below its minimum (or, for those
  // still further below, after their last promotion).
  const ready = p.minGolongan ? career.ranks.find((r) => r.golongan >= stepBelow(p.minGolongan!)) : undefined;
  const earliest = ready?.tmt ?? (p.minGolongan ? career.ranks.at(-1)?.tmt : undefined) ?? career.start;
  const { assignments, since } = positionHistory(rng, ctx.pools, ctx.sk, p, career.start, asOf, rankAt, {
    tenureMonths: story?.tenureMonths,
    earliestSince: earliest,
  });
  // A degree earned in service needs a few years of service, and comes before a post that needs it.
  const needed = educationRank(p.education[0]!.minLevel) > educationRank(plan.entry.level);
  const edPlan = startYear + 3 <= asOfYear ? plan : needed ? allBeforeEntry(plan) : { ...plan, later: [] };
  const { history: education, majors } = educationHistory(
    rng,
    edPlan,
    civil(career.birth).year,
    startYear,
    asOfYear,
    needed ? civil(since).year : undefined,
  );
  const { frontTitle, backTitle } = titlesOf(education, majors, gender);
  const { name, birthPlace } = personName(rng, gender, religionOf(education));
  const nip =
    type === 'PPPK'
      ? ctx.nips.pppk(career.birth, startYear, startYear - rng.int(0, 1), gender)
      : ctx.nips.pns(career.birth, career.start, gender);
  const rankHistory = career.ranks.map((r, i) => ({
    golongan: r.golongan,
    tmt: fmt(r.tmt),
    skNumber: ctx.sk.next(i === 0 ? 'CPNS' : 'RANK', civil(r.tmt).year),
  }));
  const assessments: CompetencyAssessmentDraft[] = [];
  if (p.category === 'STRUCTURAL' || rng.chance(ctx.assessmentChance)) {
    const a = assessment(rng, p, career.start, asOf);
    if (a) assessments.push(a);
  }
  const cases: DisciplinaryCaseDraft[] = [];
  if (!story && rng.chance(0.032)) {
    const c = disciplinaryCase({ rng, sk: ctx.sk, start: career.start, asOf });
    if (c) cases.push(c);
  }
  return {
    nip,
    name,
    frontTitle,
    backTitle,
    gender,
    birthDate: fmt(career.birth),
    birthPlace,
    employmentType: type,
    status: story ? 'ACTIVE' : status(ctx, p, type, gender, career.birth, career.start),
    tmtCpns: type === 'PPPK' ? null : fmt(career.start),
    rankHistory,
    education,
    positionHistory: assignments,
    competencyAssessments: assessments,
    trainings: trainings(rng, p, career.start, since, asOf, type !== 'PPPK'),
    disciplinaryCases: cases,
  };
}

/** The same diplomas, all earned before entering the service. */
function allBeforeEntry(plan: EducationPlan): EducationPlan {
  const last = plan.later.at(-1);
  if (!last) return plan;
  return {
    ...plan,
    before: [...plan.before, plan.entry, ...plan.later.slice(0, -1)],
    entry: last,
    later: [],
  };
}

const ENTRY_LEVELS = new Set(['AHLI_PERTAMA', 'TERAMPIL', 'PEMULA']);

function stepBelow(g: GolonganCode): GolonganCode {
  return GOLONGAN_CODES[Math.max(0, GOLONGAN_CODES.indexOf(g) - 1)]!;
}

/**
 * PNS mostly; CPNS (appointed in the last year) only in entry-level posts; PPPK mostly teachers and
 * health workers in entry-level posts, never in managerial posts or with a tugas tambahan.
 */
function employmentType(ctx: PeopleContext, p: PositionPlan): EmploymentType {
  const { rng } = ctx;
  if (p.category === 'STRUCTURAL' || p.tugasTambahan) return 'PNS';
  if (p.category === 'PELAKSANA')
    return rng.weighted([
      ['PNS', 95],
      ['CPNS', 3],
      ['PPPK', 2],
    ]);
  const entry = p.grade.kind === 'JF' && ENTRY_LEVELS.has(p.grade.jfLevel);
  const teacher = p.family === 'EDUCATION_TEACHING';
  const health = p.family.startsWith('HEALTH');
  if (entry) {
    const pppk = teacher ? 0.45 : health ? 0.25 : 0.04;
    return rng.weighted([
      ['PNS', 1 - pppk - 0.09],
      ['CPNS', 0.09],
      ['PPPK', pppk],
    ]);
  }
  const pppk = teacher ? (p.minGolongan === 33 ? 0.12 : 0.03) : health ? 0.06 : 0;
  return rng.chance(pppk) ? 'PPPK' : 'PNS';
}

/** Religious schooling hints at the person's religion, so names stay plausible (Guru PAI, UIN, IAKN). */
function religionOf(education: readonly Education[]): Religion {
  for (const e of [...education].reverse()) {
    if (/^(UIN |MAN )/.test(e.institution)) return 'ISLAM';
    if (/^(IAKN |SMA Katolik)/.test(e.institution)) return 'KRISTEN';
  }
  return null;
}

/** Mostly active; some on leave (cuti), a few PNS on study leave (tugas belajar). */
function status(
  ctx: PeopleContext,
  p: PositionPlan,
  type: EmploymentType,
  gender: Gender,
  birth: Day,
  start: Day,
): EmployeeStatus {
  const { rng, asOf } = ctx;
  const age = (asOf - birth) / 365.25;
  if (
    type === 'PNS' &&
    p.category !== 'STRUCTURAL' &&
    !p.tugasTambahan &&
    age < 45 &&
    asOf - start > 730 &&
    rng.chance(0.008)
  ) {
    return 'TUGAS_BELAJAR';
  }
  if (rng.chance(gender === 'F' && age < 40 ? 0.035 : 0.012)) return 'LEAVE';
  return 'ACTIVE';
}
