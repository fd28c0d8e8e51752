import type { Selectable } from 'kysely';
import type { EvaluationResult } from '../../core/appraisal/evaluate-person.js';
import type { NineBox, PotentialLevel } from '../../core/appraisal/policy.js';
import type { PotentialStatus } from '../../core/appraisal/potential.js';
import type { Predikat, Rating } from '../../core/appraisal/ratings.js';
import type { StoredResult } from '../../core/appraisal/stored-records.js';
import type { PoolExclusion } from '../../core/appraisal/talent-pool.js';
import type { HukdisLevel } from '../../core/model/employee.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { EvaluationResultsTable } from '../schema-evaluation.js';

/** Columns of `evaluation_results` after the key and bookkeeping columns, in insert order. */
export const RESULT_COLUMNS = [
  'hasil_kerja',
  'perilaku_kerja',
  'predikat',
  'rules_version',
  'skp_score',
  'discipline_raw',
  'discipline_score',
  'discipline_penalty',
  'innovation_raw',
  'innovation_score',
  'program_raw',
  'program_score',
  'performance_index',
  'performance_level',
  'potential_status',
  'potential_score',
  'potential_level',
  'potential_assessed_on',
  'potential_managerial',
  'potential_socio_cultural',
  'potential_technical',
  'potential_training_hours',
  'potential_training_score',
  'box',
  'pool_member',
  'pool_exclusion',
] as const;

/** The values of {@link RESULT_COLUMNS} for one result. */
export function resultValues(r: EvaluationResult): unknown[] {
  const c = r.components;
  const f = r.potential.factors;
  return [
    r.hasilKerja,
    r.perilakuKerja,
    r.predikat,
    r.predikatRulesVersion,
    c.SKP.score,
    c.DISCIPLINE.raw,
    c.DISCIPLINE.score,
    r.disciplinePenalty,
    c.INNOVATION.raw ?? 0,
    c.INNOVATION.score ?? 0,
    c.PROGRAM.raw ?? 0,
    c.PROGRAM.score ?? 0,
    r.index,
    r.performanceLevel,
    r.potential.status,
    r.potential.score,
    r.potential.level,
    r.potential.assessedOn,
    f.MANAGERIAL.raw,
    f.SOCIO_CULTURAL.raw,
    f.TECHNICAL.raw,
    f.TRAINING.raw ?? 0,
    f.TRAINING.normalized ?? 0,
    r.box,
    r.pool.member,
    r.pool.exclusion,
  ];
}

const factor = (v: number | null) => ({ raw: v, normalized: v });

/** A stored row back to the core's result: the same object `evaluatePerson` returned. */
export function toStoredResult(row: Selectable<EvaluationResultsTable>): StoredResult {
  const result: EvaluationResult = {
    hasilKerja: row.hasil_kerja as Rating,
    perilakuKerja: row.perilaku_kerja as Rating,
    predikat: row.predikat as Predikat,
    predikatRulesVersion: row.rules_version,
    components: {
      SKP: { raw: null, score: row.skp_score },
      DISCIPLINE: { raw: row.discipline_raw, score: row.discipline_score },
      INNOVATION: { raw: row.innovation_raw, score: row.innovation_score },
      PROGRAM: { raw: row.program_raw, score: row.program_score },
    },
    disciplinePenalty: row.discipline_penalty as HukdisLevel | null,
    index: row.performance_index,
    potential: {
      status: row.potential_status as PotentialStatus,
      score: row.potential_score,
      level: row.potential_level as PotentialLevel | null,
      assessedOn: row.potential_assessed_on as LocalDate | null,
      factors: {
        MANAGERIAL: factor(row.potential_managerial),
        SOCIO_CULTURAL: factor(row.potential_socio_cultural),
        TECHNICAL: factor(row.potential_technical),
        TRAINING: { raw: row.potential_training_hours, normalized: row.potential_training_score },
      },
    },
    performanceLevel: row.performance_level as Rating,
    box: row.box as NineBox | null,
    pool: { member: Boolean(row.pool_member), exclusion: row.pool_exclusion as PoolExclusion | null },
  };
  return {
    periodId: row.period_id,
    employeeId: row.employee_id,
    unitId: row.unit_id,
    revision: row.revision,
    policyVersion: row.policy_version,
    result,
    reason: row.reason,
    computedByUserId: row.computed_by_user_id,
    computedAt: row.computed_at,
  };
}
