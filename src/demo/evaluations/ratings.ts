import type { AttendanceDraft, SkpDraft } from '../../core/appraisal/evaluation-drafts.js';
import { PERIOD_MONTHS } from '../../core/appraisal/period.js';
import type { Rating } from '../../core/appraisal/ratings.js';
import { type Day, parseDay } from '../dates.js';
import type { Random } from '../random.js';
import type { DemoIndex } from './demo-index.js';
import type { DemoPeriod } from './periods.js';

/** What stays with a person across the years: how they perform, behave, show up and develop. */
export interface Trait {
  readonly performance: number;
  readonly behaviour: number;
  /** Expected unexcused days per year. */
  readonly absence: number;
  /** Expected late arrivals per year. */
  readonly lateness: number;
  readonly potential: number;
}

export function drawTraits(rng: Random, count: number): Trait[] {
  const traits: Trait[] = [];
  for (let i = 0; i < count; i++) {
    const performance = rng.normal();
    traits.push({
      performance,
      behaviour: 0.55 * performance + 0.83 * rng.normal(),
      absence: rng.weighted([
        [0.2, 78],
        [1.2, 16],
        [3, 5],
        [8, 1],
      ]),
      lateness: Math.exp(rng.normal(1.6, 0.9)),
      potential: 0.35 * performance + 0.94 * rng.normal(),
    });
  }
  return traits;
}

/** Poisson draw (Knuth), for the small rates of absences and late days. */
function poisson(rng: Random, mean: number): number {
  if (mean <= 0) return 0;
  const limit = Math.exp(-Math.min(mean, 60));
  let k = 0;
  let p = rng.float();
  while (p > limit) {
    k++;
    p *= rng.float();
  }
  return k;
}

// Working days of the demo calendar (5-day weeks less national holidays and cuti bersama).
const WORKING_DAYS: Readonly<Record<string, number>> = { TAHUNAN: 246, TRIWULAN: 61 };
const ABSENCE_CASE = /selama (\d+) hari kerja/;

export interface RatingContext {
  readonly rng: Random;
  readonly index: DemoIndex;
  readonly traits: readonly Trait[];
  /** Shift of an OPD's ratings in a period, from its organisation grade (`period|root`). */
  readonly orgShift: ReadonlyMap<string, number>;
}

/**
 * SKP ratings and attendance of everyone in service during each recorded period. A person keeps
 * their level over the years with some drift; predikat end up mostly Baik, about one in six Sangat
 * Baik, some Butuh Perbaikan, Kurang and Sangat Kurang rare. A decided disciplinary case pulls the
 * behaviour rating down in its year, and an absence case fills in its absent days.
 */
export function demoRatings(ctx: RatingContext, periods: readonly DemoPeriod[]) {
  const { rng, index, traits } = ctx;
  const skp: SkpDraft[] = [];
  const attendance: AttendanceDraft[] = [];
  const years = [...new Set(periods.map((p) => p.year))].sort();
  index.employees.forEach((e, i) => {
    const trait = traits[i]!;
    let walk = 0;
    const drift = new Map<number, number>();
    for (const y of years) {
      walk = 0.7 * walk + rng.normal(0, 0.3);
      drift.set(y, walk);
    }
    const cases = e.disciplinaryCases
      .filter((c) => (c.status === 'SELESAI' || c.status === 'DIJATUHI') && c.decisionDate)
      .map((c) => ({
        year: Number(c.decisionDate!.slice(0, 4)),
        days: Number(ABSENCE_CASE.exec(c.description)?.[1] ?? 0),
        heavy: c.level !== 'RINGAN',
      }));
    for (const period of periods) {
      if (!period.recorded) continue;
      const start = parseDay(period.startDate);
      const end: Day = parseDay(period.endDate);
      if (index.serviceStart(i) > start + (end - start) / 2) continue;
      const post = index.postOn(i, end);
      if (!post) continue;
      const root = index.rootOf(post.unitCode);
      const months = PERIOD_MONTHS[period.kind];
      const caseThisYear = cases.find((c) => c.year === period.year);
      const score =
        trait.performance +
        drift.get(period.year)! +
        rng.normal(0, months === 12 ? 0.35 : 0.5) +
        (ctx.orgShift.get(`${period.code}|${root}`) ?? 0);
      const hasilKerja: Rating =
        score > 0.85 ? 'DI_ATAS_EKSPEKTASI' : score < -1.45 ? 'DI_BAWAH_EKSPEKTASI' : 'SESUAI_EKSPEKTASI';
      const b = trait.behaviour + rng.normal(0, 0.4);
      const misconduct = caseThisYear?.heavy ? rng.chance(0.6) : b < -2.45;
      const perilakuKerja: Rating = misconduct
        ? 'DI_BAWAH_EKSPEKTASI'
        : b + (hasilKerja === 'DI_ATAS_EKSPEKTASI' ? 0.9 : 0) > 0.75
          ? 'DI_ATAS_EKSPEKTASI'
          : 'SESUAI_EKSPEKTASI';
      const head = index.headOf(root);
      skp.push({
        periodCode: period.code,
        nip: e.nip,
        unitCode: post.unitCode,
        hasilKerja,
        perilakuKerja,
        evaluatorNip: head === e.nip ? null : head,
        evidence: { kind: 'DOCUMENT', reference: `SKP ${root} ${period.code} No. 800/${skp.length + 1}` },
      });
      const workingDays = WORKING_DAYS[period.kind]!;
      const absent = caseThisYear?.days
        ? Math.round((caseThisYear.days * months) / 12)
        : poisson(rng, (trait.absence * months) / 12);
      attendance.push({
        periodCode: period.code,
        nip: e.nip,
        workingDays,
        unexcusedDays: Math.min(workingDays, absent),
        lateCount: Math.min(workingDays, poisson(rng, (trait.lateness * months) / 12)),
        evidence: { kind: 'DOCUMENT', reference: `Rekap e-Presensi ${root} ${period.code}` },
      });
    }
  });
  return { skp, attendance };
}
