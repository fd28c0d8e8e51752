import type { CompetencyStandard } from '../model/competency.js';
import type { HukdisLevel } from '../model/employee.js';
import { addMonths, type LocalDate } from '../model/local-date.js';
import { compositeIndex } from './composite-index.js';
import {
  type ComponentValue,
  disciplineComponent,
  type InnovationShare,
  innovationComponent,
  programComponent,
  skpComponent,
} from './index-components.js';
import { nineBox, performanceLevel } from './nine-box.js';
import type { PeriodSpan } from './period.js';
import type { AppraisalPolicy, IndexComponent, NineBox } from './policy.js';
import { type AssessmentInput, type Potential, potentialOf } from './potential.js';
import { PREDIKAT_RULES_VERSION, predikatOf } from './predikat-matrix.js';
import type { Predikat, Rating } from './ratings.js';
import type { AttendanceValue, ParticipationValue } from './records.js';
import {
  heaviestPenaltyIn,
  type PenaltyInput,
  type PoolExclusion,
  talentPoolDecision,
} from './talent-pool.js';

/** Everything known about one person for one period. */
export interface PersonInputs {
  readonly skp: { readonly hasilKerja: Rating; readonly perilakuKerja: Rating };
  readonly attendance: Pick<AttendanceValue, 'workingDays' | 'unexcusedDays' | 'lateCount'> | null;
  readonly cases: readonly PenaltyInput[];
  readonly innovations: readonly InnovationShare[];
  readonly participations: readonly ParticipationValue[];
  /** The competency standard of the post held at the period's end. */
  readonly standard: readonly CompetencyStandard[];
  readonly assessments: readonly AssessmentInput[];
  /** Training hours (JP) in the 12 months up to the period's end. */
  readonly trainingHours: number;
}

/**
 * One person's evaluation of one period: the statutory predikat, the local index with its
 * components, potential, the 9-box and talent-pool membership. It is what a closed period stores;
 * the breakdown is rebuilt from it with the policy (see explainIndex).
 */
export interface EvaluationResult {
  readonly hasilKerja: Rating;
  readonly perilakuKerja: Rating;
  readonly predikat: Predikat;
  readonly predikatRulesVersion: string;
  readonly components: Readonly<Record<IndexComponent, ComponentValue>>;
  readonly disciplinePenalty: HukdisLevel | null;
  readonly index: number;
  readonly potential: Potential;
  readonly performanceLevel: Rating;
  readonly box: NineBox | null;
  readonly pool: { readonly member: boolean; readonly exclusion: PoolExclusion | null };
}

/**
 * Evaluates one person for one period under a policy. Pure: the caller loads the records.
 * @example evaluatePerson(inputs, { code: '2025', kind: 'TAHUNAN', ... }, DEFAULT_APPRAISAL_POLICY).box // 8
 */
export function evaluatePerson(
  inputs: PersonInputs,
  period: Pick<PeriodSpan, 'kind' | 'startDate' | 'endDate'>,
  policy: AppraisalPolicy,
): EvaluationResult {
  const { hasilKerja, perilakuKerja } = inputs.skp;
  const predikat = predikatOf(hasilKerja, perilakuKerja);
  const disciplinePenalty = heaviestPenaltyIn(inputs.cases, period.startDate, period.endDate);
  const components = {
    SKP: skpComponent(predikat, policy),
    DISCIPLINE: disciplineComponent(inputs.attendance, disciplinePenalty, policy),
    INNOVATION: innovationComponent(inputs.innovations, period, policy),
    PROGRAM: programComponent(inputs.participations, period, policy),
  };
  const { index } = compositeIndex(components, policy.indexWeights);
  const potential = potentialOf(
    inputs.standard,
    inputs.assessments,
    inputs.trainingHours,
    period.endDate,
    policy,
  );
  const performance = performanceLevel(predikat, index, policy);
  const box = potential.level ? nineBox(performance, potential.level) : null;
  return {
    hasilKerja,
    perilakuKerja,
    predikat,
    predikatRulesVersion: PREDIKAT_RULES_VERSION,
    components,
    disciplinePenalty,
    index,
    potential,
    performanceLevel: performance,
    box,
    pool: talentPoolDecision(box, inputs.cases, period.endDate, policy),
  };
}

/** Training hours (JP) of trainings that ended in the 12 months up to `on`. */
export function trainingHoursBefore(
  trainings: readonly { readonly endDate: LocalDate; readonly hours: number }[],
  on: LocalDate,
): number {
  const from = addMonths(on, -12);
  return trainings.reduce((s, t) => (t.endDate > from && t.endDate <= on ? s + t.hours : s), 0);
}
