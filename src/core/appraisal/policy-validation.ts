import { type FieldIssue, fail, ok, type Result } from '../errors.js';
import { HUKDIS_LEVELS } from '../model/employee.js';
import type { AppraisalPolicy } from './policy.js';
import { PREDIKATS, RATINGS } from './ratings.js';
import { INNOVATION_STATUSES } from './records.js';

/** Weights may be off by rounding only (0.1 + 0.2 is not 0.3 in floating point). */
export const WEIGHT_TOLERANCE = 1e-6;

/**
 * Checks a policy before it is stored: weights that do not sum to 1, scales that reward a worse
 * result more than a better one, and thresholds out of order are refused, each naming its field.
 * Monotonic scales are what make "a better input never lowers the index" hold.
 * @example validatePolicy({ ...DEFAULT_APPRAISAL_POLICY, indexWeights: { SKP: 0.5, ... 0.9 } })
 *   // fail [{ field: 'indexWeights', rule: 'WEIGHTS_SUM_TO_ONE', ... }]
 */
export function validatePolicy(policy: AppraisalPolicy): Result<AppraisalPolicy, FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const add = (field: string, value: unknown, rule: string, id: string, en: string): void => {
    issues.push({ field, value, code: 'VALIDATION_FAILED', rule, message: { id, en } });
  };

  for (const [field, weights] of [
    ['indexWeights', policy.indexWeights],
    ['potential.weights', policy.potential.weights],
  ] as const) {
    const values = Object.entries(weights);
    for (const [key, w] of values) {
      if (!Number.isFinite(w) || w < 0 || w > 1) {
        add(
          `${field}.${key}`,
          w,
          'WEIGHT_RANGE',
          `Bobot ${key} harus 0 sampai 1`,
          `Weight ${key} must be 0 to 1`,
        );
      }
    }
    const sum = values.reduce((s, [, w]) => s + w, 0);
    if (!(Math.abs(sum - 1) <= WEIGHT_TOLERANCE)) {
      const shown = Math.round(sum * 10000) / 10000;
      add(
        field,
        shown,
        'WEIGHTS_SUM_TO_ONE',
        `Jumlah bobot harus tepat 1 (100%), sekarang ${String(shown).replace('.', ',')}`,
        `Weights must sum to exactly 1 (100%), they sum to ${shown}`,
      );
    }
  }

  const within = (field: string, v: number, min: number, max: number): void => {
    if (!Number.isFinite(v) || v < min || v > max)
      add(
        field,
        v,
        'VALUE_RANGE',
        `Nilai ${field} harus ${min} sampai ${max}`,
        `${field} must be ${min} to ${max}`,
      );
  };
  const descending = (field: string, values: readonly number[], labels: readonly string[]) => {
    for (let i = 1; i < values.length; i++) {
      if (values[i]! > values[i - 1]!) {
        add(
          `${field}.${labels[i]}`,
          values[i],
          'SCALE_ORDER',
          `Nilai ${labels[i]} tidak boleh melebihi ${labels[i - 1]} (hasil yang lebih baik tidak boleh bernilai lebih rendah)`,
          `${labels[i]} must not exceed ${labels[i - 1]} (a better result must never score lower)`,
        );
      }
    }
  };

  for (const p of PREDIKATS) within(`skpScores.${p}`, policy.skpScores[p], 0, 100);
  descending(
    'skpScores',
    PREDIKATS.map((p) => policy.skpScores[p]),
    PREDIKATS,
  );
  const rowOf = (p: (typeof PREDIKATS)[number]) => RATINGS.indexOf(policy.performanceAxis.byPredikat[p]);
  descending('performanceAxis.byPredikat', PREDIKATS.map(rowOf), PREDIKATS);

  const d = policy.discipline;
  within('discipline.floorRate', d.floorRate, 0, 99.9);
  within('discipline.lateWeight', d.lateWeight, 0, 1);
  for (const l of HUKDIS_LEVELS) within(`discipline.caseCaps.${l}`, d.caseCaps[l], 0, 100);
  descending(
    'discipline.caseCaps',
    HUKDIS_LEVELS.map((l) => d.caseCaps[l]),
    HUKDIS_LEVELS,
  );

  const inv = policy.innovation;
  const statusPoints = INNOVATION_STATUSES.map((s) => inv.statusPoints[s]);
  for (const s of INNOVATION_STATUSES) within(`innovation.statusPoints.${s}`, inv.statusPoints[s], 0, 1000);
  descending('innovation.statusPoints', [...statusPoints].reverse(), [...INNOVATION_STATUSES].reverse());
  for (const [k, v] of Object.entries(inv.roleFactors)) within(`innovation.roleFactors.${k}`, v, 0, 10);
  within('innovation.fullPoints', inv.fullPoints, 0.01, 1000);
  within('innovation.creditMonths', inv.creditMonths, 1, 60);

  const prog = policy.program;
  for (const [k, v] of Object.entries(prog.roleFactors)) within(`program.roleFactors.${k}`, v, 0, 10);
  for (const [k, v] of Object.entries(prog.outcomeFactors)) within(`program.outcomeFactors.${k}`, v, 0, 10);
  within('program.fullHoursPerYear', prog.fullHoursPerYear, 1, 2000);

  const pot = policy.potential;
  within('potential.trainingHoursPerYear', pot.trainingHoursPerYear, 1, 500);
  within('potential.assessmentMaxAgeMonths', pot.assessmentMaxAgeMonths, 1, 120);
  within('potential.high', pot.high, 0, 100);
  within('potential.medium', pot.medium, 0, 100);
  if (pot.medium >= pot.high) {
    add(
      'potential.medium',
      pot.medium,
      'THRESHOLD_ORDER',
      'Batas potensi menengah harus di bawah batas tinggi',
      'The medium potential threshold must be below the high one',
    );
  }
  const axis = policy.performanceAxis;
  within('performanceAxis.indexAbove', axis.indexAbove, 0, 100);
  within('performanceAxis.indexMeets', axis.indexMeets, 0, 100);
  if (axis.indexMeets >= axis.indexAbove) {
    add(
      'performanceAxis.indexMeets',
      axis.indexMeets,
      'THRESHOLD_ORDER',
      'Batas "sesuai ekspektasi" harus di bawah batas "di atas ekspektasi"',
      'The "meets" threshold must be below the "above" one',
    );
  }

  const boxes = policy.talentPool.boxes;
  if (
    boxes.length === 0 ||
    new Set(boxes).size !== boxes.length ||
    boxes.some((b) => !Number.isInteger(b) || b < 1 || b > 9)
  ) {
    add(
      'talentPool.boxes',
      boxes,
      'POOL_BOXES',
      'Kotak talent pool harus berisi nomor kotak 1-9 tanpa pengulangan',
      'Talent pool boxes must be distinct box numbers 1-9',
    );
  }
  within('talentPool.disciplineLookbackMonths', policy.talentPool.disciplineLookbackMonths, 0, 120);
  for (const [grade, rules] of Object.entries(policy.distribution)) {
    rules.forEach((r, i) => {
      if (r.minShare !== undefined) within(`distribution.${grade}.${i}.minShare`, r.minShare, 0, 1);
      if (r.maxShare !== undefined) within(`distribution.${grade}.${i}.maxShare`, r.maxShare, 0, 1);
    });
  }
  return issues.length === 0 ? ok(policy) : fail(issues);
}
