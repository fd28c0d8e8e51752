import { EDUCATION_LEVELS, type EducationLevel, educationRank } from '../core/model/education.js';
import { GOLONGAN_CODES, type GolonganCode } from '../core/model/golongan.js';
import type { EmploymentType } from '../core/model/nip.js';
import { addMonthsDay, civil, type Day, dayOf, type MonthIndex, monthStart } from './dates.js';
import type { PositionPlan } from './positions.js';
import type { Random } from './random.js';

/** Entry rank by the diploma the person entered with (DOMAIN.md 3.1 [U]). */
const ENTRY_RANK: Readonly<Record<EducationLevel, GolonganCode>> = {
  SD: 11,
  SMP: 13,
  SMA: 21,
  D1: 21,
  D2: 22,
  D3: 23,
  D4: 31,
  S1: 31,
  S2: 32,
  S3: 33,
};
/** Highest rank reached by regular promotion, PP 99/2000 Pasal 7 [U]; posts with a grade may go further. */
const REGULAR_CAP: Readonly<Record<EducationLevel, GolonganCode>> = {
  SD: 21,
  SMP: 23,
  SMA: 32,
  D1: 32,
  D2: 32,
  D3: 33,
  D4: 34,
  S1: 34,
  S2: 41,
  S3: 42,
};
/** Youngest and oldest entry age by diploma. */
const ENTRY_AGE: Readonly<Record<EducationLevel, readonly [number, number]>> = {
  SD: [19, 30],
  SMP: [19, 30],
  SMA: [19, 30],
  D1: [20, 31],
  D2: [21, 32],
  D3: [21, 33],
  D4: [23, 35],
  S1: [23, 35],
  S2: [26, 35],
  S3: [30, 35],
};
/** Youngest plausible age of the holder of a managerial or senior post. */
const MIN_AGE_IN_POST: Readonly<Partial<Record<string, number>>> = {
  JPT_PRATAMA: 42,
  ADMINISTRATOR: 36,
  PENGAWAS: 30,
  AHLI_MADYA: 38,
};
/** Months between regular promotions (kenaikan pangkat reguler: every four years). */
const PROMOTION_MONTHS = 48;

const idx = (g: GolonganCode) => GOLONGAN_CODES.indexOf(g);
const at = (i: number) => GOLONGAN_CODES[Math.max(0, Math.min(GOLONGAN_CODES.length - 1, i))]!;

export interface CareerPlan {
  readonly type: EmploymentType;
  /** TMT CPNS (PNS, CPNS) or TMT of the PPPK contract: the first day of a month. */
  readonly start: Day;
  readonly birth: Day;
  /** Golongan history, oldest first; empty for PPPK (their grades I-XVII are not golongan). */
  readonly ranks: readonly { readonly golongan: GolonganCode; readonly tmt: Day }[];
}

export interface CareerContext {
  readonly rng: Random;
  readonly asOf: Day;
  readonly asOfMonth: MonthIndex;
}

/**
 * Plans a career that lands the person in `p` today: years of service so that four-yearly
 * promotions from the entry rank reach the post's rank (most of the time; some stay one or two
 * steps below its minimum), an entry age that suits the diploma, a birth date in 1966-2003 (for
 * asOf 2026) and younger than the retirement age.
 */
export function planCareer(
  ctx: CareerContext,
  p: PositionPlan,
  type: EmploymentType,
  entryLevel: EducationLevel,
  finalLevel: EducationLevel,
  minServiceMonths = 0,
): CareerPlan {
  const { rng, asOf, asOfMonth } = ctx;
  const asOfYear = civil(asOf).year;
  const retirementAge = p.grade.kind === 'JPT_PRATAMA' || p.family === 'EDUCATION_TEACHING' ? 60 : 58;
  const oldest = Math.max(dayOf(asOfYear - 60, 1, 1), addMonthsDay(asOf, -(retirementAge * 12 - 1)));
  const youngest = dayOf(asOfYear - 23, 12, 31);
  const entryRank = entryRankFor(p, entryLevel);
  const cap =
    p.rankRange && p.category !== 'PELAKSANA'
      ? at(Math.max(idx(REGULAR_CAP[finalLevel]), idx(p.rankRange.max)))
      : REGULAR_CAP[finalLevel];

  let months: number;
  let targetSteps = Number.POSITIVE_INFINITY;
  if (type === 'CPNS') months = rng.int(1, 11);
  else if (type === 'PPPK') months = rng.int(3, 56);
  else if (p.rankRange) {
    const { min, max } = p.rankRange;
    // Some structural officials sit one or two ranks below their eselon's minimum (a WARN, DOMAIN.md
    // 2.3); a JF level follows rank, so JF holders stay inside their level's band (DOMAIN.md 2.2, 15.2).
    const below = p.category !== 'JF' && rng.chance(0.14) ? rng.int(1, 2) : 0;
    const target = below ? at(idx(min) - below) : at(rng.weighted(rangeWeights(idx(min), idx(max))));
    targetSteps = Math.max(0, Math.min(idx(target), idx(cap)) - idx(entryRank));
    months = targetSteps * PROMOTION_MONTHS + rng.int(7, 40) + (target === max ? rng.int(0, 72) : 0);
  } else months = Math.round((rng.int(13, 400) + rng.int(13, 400)) / 2);
  months = Math.max(months, minServiceMonths, type === 'PNS' ? 13 : 1);

  const [minAge, maxAge] = type === 'PPPK' ? [24, 48] : ENTRY_AGE[entryLevel];
  let entryAge = rng.int(minAge, maxAge);
  // Heads of units are seasoned: serve longer (rank stalls at the target) rather than be too young.
  const seasoned = MIN_AGE_IN_POST[p.grade.kind === 'JF' ? p.grade.jfLevel : p.grade.kind] ?? 0;
  if (type === 'PNS' && entryAge * 12 + months < seasoned * 12)
    months = seasoned * 12 - entryAge * 12 + rng.int(0, 36);
  let start = monthStart(asOfMonth - months);
  // Too old for the service length: enter younger, then serve less.
  if (addMonthsDay(start, -entryAge * 12 - 12) < oldest) {
    entryAge = minAge;
    while (addMonthsDay(start, -entryAge * 12 - 12) < oldest && months > 13) {
      months -= 6;
      start = monthStart(asOfMonth - months);
    }
  }
  // Too young to be born 23 years before asOf (2003 for 2026): enter older.
  while (addMonthsDay(start, -entryAge * 12) > youngest && entryAge < (type === 'PPPK' ? 50 : 35)) entryAge++;
  const latestBirth = Math.min(youngest, addMonthsDay(start, -entryAge * 12));
  const earliestBirth = Math.max(oldest, addMonthsDay(start, -entryAge * 12 - 12) + 1);
  const birth = earliestBirth <= latestBirth ? rng.int(earliestBirth, latestBirth) : latestBirth;

  const ranks: { golongan: GolonganCode; tmt: Day }[] = [];
  if (type !== 'PPPK') {
    ranks.push({ golongan: entryRank, tmt: start });
    const steps = Math.min(targetSteps, idx(cap) - idx(entryRank));
    for (let k = 1; k <= steps; k++) {
      const tmt = promotionPeriod(addMonthsDay(start, k * PROMOTION_MONTHS));
      if (tmt > asOf || type === 'CPNS') break;
      ranks.push({ golongan: at(idx(entryRank) + k), tmt });
    }
  }
  return { type, start, birth, ranks };
}

/**
 * The rank a person entered with: the one their diploma gives, or for a JF post whose band lies
 * below it, the one of the lower diploma the formasi asked for (an S1 nurse appointed to a D-III
 * formasi enters at II/c and stays in the skill track).
 * @example entryRankFor(perawatTerampil, 'S1') // 23
 */
export function entryRankFor(p: PositionPlan, level: EducationLevel): GolonganCode {
  const own = ENTRY_RANK[level];
  if (p.category !== 'JF' || !p.rankRange || own <= p.rankRange.max) return own;
  let best: GolonganCode = ENTRY_RANK.SD;
  for (const l of EDUCATION_LEVELS) {
    const r = ENTRY_RANK[l];
    if (educationRank(l) <= educationRank(level) && r <= p.rankRange.max && r > best) best = r;
  }
  return best;
}

/** Ranks inside a grade's range, the lower ones likelier. */
function rangeWeights(lo: number, hi: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = lo; i <= hi; i++) out.push([i, hi - i + 2]);
  return out;
}

/** Promotions take effect on 1 April or 1 October (the two periods of kenaikan pangkat). */
function promotionPeriod(d: Day): Day {
  const c = civil(d);
  if (c.month < 4 || (c.month === 4 && c.day === 1)) return dayOf(c.year, 4, 1);
  if (c.month < 10 || (c.month === 10 && c.day === 1)) return dayOf(c.year, 10, 1);
  return dayOf(c.year + 1, 4, 1);
}
