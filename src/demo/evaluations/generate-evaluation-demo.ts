import type { EvaluationDataset } from '../../core/appraisal/evaluation-drafts.js';
import type { OrganisationGrade } from '../../core/appraisal/policy.js';
import type { InstansiDataset } from '../../core/model/drafts.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { parseDay } from '../dates.js';
import { Random } from '../random.js';
import { demoAssessments } from './assessments.js';
import { indexDemo } from './demo-index.js';
import { DEMO_POLICY } from './demo-policy.js';
import { demoInnovations } from './innovations.js';
import { demoPeriods } from './periods.js';
import { demoPrograms } from './programs.js';
import { demoRatings, drawTraits } from './ratings.js';

const GRADES: readonly (readonly [OrganisationGrade, number])[] = [
  ['ISTIMEWA', 15],
  ['BAIK', 70],
  ['BUTUH_PERBAIKAN', 12],
  ['KURANG', 3],
];
/** How an OPD's grade leans its staff's ratings (the curve of DOMAIN.md 5.3, loosely followed). */
const SHIFT: Readonly<Record<OrganisationGrade, number>> = {
  ISTIMEWA: 0.35,
  BAIK: 0,
  BUTUH_PERBAIKAN: -0.6,
  KURANG: -0.9,
  SANGAT_KURANG: -1.2,
};

/**
 * Three years of evaluations for the Kota Sibolga demo: annual periods for the three years before
 * `asOf` and the quarters of its year (closed once evaluated, the latest open), SKP ratings and
 * attendance for everyone in service, OPD grades, the innovation and programme registers, and
 * earlier competency assessments so that the 9-box has potential for every year. Pure and
 * deterministic: the same data set, seed and date give the same result.
 * @example generateEvaluationDemo(generateSibolgaDemo({ asOf }), { seed: 1, asOf }).periods.length // 7
 */
export function generateEvaluationDemo(
  data: InstansiDataset,
  options: { readonly seed: number; readonly asOf: LocalDate },
): EvaluationDataset {
  const rng = new Random(options.seed * 7919 + 4);
  const asOf = parseDay(options.asOf);
  const index = indexDemo(data);
  const periods = demoPeriods(options.asOf);
  const traits = drawTraits(rng.fork(), data.employees.length);

  const gradeRng = rng.fork();
  const roots = [...new Set(data.units.filter((u) => u.parentCode === null).map((u) => u.code))];
  const unitGrades = periods
    .filter((p) => p.recorded)
    .flatMap((p) =>
      roots.map((unitCode) => ({ periodCode: p.code, unitCode, grade: gradeRng.weighted(GRADES) })),
    );
  const orgShift = new Map(unitGrades.map((g) => [`${g.periodCode}|${g.unitCode}`, SHIFT[g.grade]]));

  const { skp, attendance } = demoRatings({ rng: rng.fork(), index, traits, orgShift }, periods);
  return {
    periods: periods.map(({ recorded: _recorded, ...p }) => p),
    skp,
    attendance,
    innovations: demoInnovations(rng.fork(), index, traits, asOf, data.employees.length),
    programs: demoPrograms(rng.fork(), index, traits, asOf),
    unitGrades,
    policy: DEMO_POLICY,
    assessments: demoAssessments(rng.fork(), index, traits, parseDay(periods[0]!.endDate)),
  };
}
