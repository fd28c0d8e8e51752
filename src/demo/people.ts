import type {
  CompetencyAssessmentDraft,
  DisciplinaryCaseDraft,
  EmployeeDraft,
} from '../core/model/drafts.js';
import { type Education, educationRank } from '../core/model/education.js';
import type { EmployeeStatus, Gender } from '../core/model/employee.js';
import { GOLONGAN_CODES, type GolonganCode } from '../core/model/golongan.js';
import type { EmploymentType } from '../core/model/nip.js';
import type { Profession } from '../core/model/profession.js';
import { type CareerContext, entryRankFor, planCareer } from './career.js';
import { addMonthsDay, civil, type Day, fmt } from './dates.js';
import { chooseEducation, type EducationPlan, educationHistory, needsLaterDegree } from './education.js';
import { type CareerPools, positionHistory, type Segment } from './histories.js';
import { personName, type Religion } from './identity.js';
import { type LicenceNumbers, licencesFor } from './licences.js';
import type { NipRegistry, SkNumbers } from './numbers.js';
import type { PositionPlan } from './positions.js';
import { assessment, disciplinaryCase } from './records.js';
import type { MajorInfo } from './reference/majors.js';
import { titlesOf } from './titles.js';
import { trainings } from './trainings.js';

export interface PeopleContext extends CareerContext {
  readonly nips: NipRegistry;
  readonly sk: SkNumbers;
  readonly pools: CareerPools;
  readonly licences: LicenceNumbers;
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
  let type: EmploymentType = story ? 'PNS' : employmentType(ctx, p);
  const gender: Gender = rng.chance(p.female) ? 'F' : 'M';
  const chosen = chooseEducation(rng, p, gender, story?.major);
  // A health or education graduate in a pelaksana post is work for the planner: in the post long
  // enough to be moved (PP 11/2017 Pasal 190(3)), so not a CPNS.
  const misplaced = p.category === 'PELAKSANA' && holdsServiceDegree(chosen);
  // New CPNS and PPPK enter with all their diplomas; a CPNS enters at a rank inside the post's band.
  if (type === 'CPNS' && (misplaced || belowBand(p, allBeforeEntry(chosen)))) type = 'PNS';
  const plan = type === 'PNS' ? chosen : allBeforeEntry(chosen);
  const finalPlan = plan.later.at(-1) ?? plan.entry;
  const minService = Math.max(story?.minServiceMonths ?? 0, misplaced ? MISPLACED_MIN_TENURE + 1 : 0);
  const career = planCareer(ctx, p, type, plan.entry.level, finalPlan.level, minService);
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
  const { assignments, steps, since } = positionHistory(
    rng,
    ctx.pools,
    ctx.sk,
    p,
    career.start,
    asOf,
    rankAt,
    {
      tenureMonths: story?.tenureMonths,
      earliestSince: earliest,
      minTenureMonths: misplaced ? MISPLACED_MIN_TENURE : undefined,
      // PP 11/2017 Pasal 107 huruf c: a JPT pratama is installed at 56 at the latest.
      latestSince: p.grade.kind === 'JPT_PRATAMA' ? addMonthsDay(career.birth, 57 * 12) - 1 : undefined,
    },
  );
  // A degree earned in service needs a few years of service, and comes before the first post the
  // entry diplomas fall short of (its level, or its profession's programme); before entry when that
  // post was the first.
  const neededFrom = steps.find((s) => needsLaterDegree(s.post, plan));
  const needed = neededFrom !== undefined;
  const edPlan =
    startYear + 3 <= asOfYear && neededFrom?.from !== career.start
      ? plan
      : needed
        ? allBeforeEntry(plan)
        : { ...plan, later: [] };
  const { history: education, majors } = educationHistory(
    rng,
    edPlan,
    civil(career.birth).year,
    startYear,
    asOfYear,
    neededFrom ? civil(neededFrom.from).year : undefined,
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
    licences: licencesFor(rng, ctx.licences, {
      education,
      profession: p.profession,
      since,
      ...practice(steps),
      preServicePpg: type !== 'PPPK' && !p.profession && rng.chance(PRE_SERVICE_PPG),
      asOf,
    }),
  };
}

/** Months a misplaced graduate has been in the post at least (25: never 23 by the day of month). */
const MISPLACED_MIN_TENURE = 25;
/**
 * Share of education graduates outside teaching who hold a sertifikat pendidik from PPG taken before
 * entering the service (former contract teachers): the teachers the planner can bring back to school.
 */
const PRE_SERVICE_PPG = 0.3;

/** When the person first taught and first practised each health profession, from the post history. */
function practice(steps: readonly Segment[]): {
  teachingFrom: Day | null;
  practiseFrom: ReadonlyMap<Profession, Day>;
} {
  let teachingFrom: Day | null = null;
  let practiseFrom: Map<Profession, Day> | null = null;
  for (const { post, from } of steps) {
    const prof = post.profession;
    if (prof === null) continue;
    if (prof === 'GURU') {
      teachingFrom ??= from;
      continue;
    }
    practiseFrom ??= new Map();
    if (!practiseFrom.has(prof)) practiseFrom.set(prof, from);
  }
  return { teachingFrom, practiseFrom: practiseFrom ?? NO_PRACTICE };
}

const NO_PRACTICE: ReadonlyMap<Profession, Day> = new Map();

/** Whether the plan holds a health or education diploma of D-III or higher. */
function holdsServiceDegree(plan: EducationPlan): boolean {
  const ok = (m: MajorInfo) =>
    (m.field.startsWith('HEALTH_') || m.field === 'EDUCATION') &&
    educationRank(m.level) >= educationRank('D3');
  return plan.before.some(ok) || ok(plan.entry) || plan.later.some(ok);
}

/** Whether entering with this plan's diploma would put a JF holder below the post's rank band. */
function belowBand(p: PositionPlan, plan: EducationPlan): boolean {
  return p.category === 'JF' && p.rankRange !== null && entryRankFor(p, plan.entry.level) < p.rankRange.min;
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
 * PNS mostly; CPNS (appointed in the last year) only in entry-level posts; PPPK in JF posts only,
 * mostly teachers and health workers at entry level, never with a tugas tambahan.
 */
function employmentType(ctx: PeopleContext, p: PositionPlan): EmploymentType {
  const { rng } = ctx;
  if (p.category === 'STRUCTURAL' || p.tugasTambahan) return 'PNS';
  // PPPK are appointed to a JF, never to a pelaksana or structural post (DOMAIN.md 15.4).
  if (p.category === 'PELAKSANA') return rng.chance(0.03) ? 'CPNS' : 'PNS';
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
