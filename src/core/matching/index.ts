/**
 * Matching: the explainable fit of a person for a post (issue 5). A score 0-100 from weighted
 * components under a versioned policy, each with its value, weight and contribution; the
 * eligibility rules' results beside it; "why not" between two candidates; and the whole-city
 * scoring that feeds the assignment solver.
 */
export { buildCareer, type CareerPositionInfo } from './career.js';
export { DEFAULT_EDUCATION_RELEVANCE } from './default-education-relevance.js';
export {
  acceptsSchoolLevel,
  type EducationRelevanceTable,
  type FieldRelevance,
  relevanceRow,
  validateRelevanceTable,
} from './education-relevance.js';
export { type ComponentResult, explainFit, explainPair, type FitResult } from './explain-fit.js';
export { type DatasetInputOptions, type DatasetInputs, inputsFromDataset } from './from-dataset.js';
export {
  type AnnualPredikat,
  type Candidate,
  type CareerStep,
  type EmployeePreference,
  type Incumbent,
  type JptReplacementGround,
  NO_PERFORMANCE_DATA,
  type PerformanceSnapshot,
  type Post,
  type PostUnit,
  PREDIKATS,
  type Predikat,
  predikatRank,
  type TalentBox,
} from './inputs.js';
export {
  DEFAULT_MATCHING_POLICY,
  type MatchingPolicy,
  SCORE_COMPONENT_LABELS,
  SCORE_COMPONENTS,
  type ScoreComponent,
  validateMatchingPolicy,
} from './policy.js';
export { contributionUnits, SCORE_SCALE, scoreUnits } from './score-aggregate.js';
export { scoreAllPairs } from './score-all-pairs.js';
export {
  PAIR_NO_DATA,
  PAIR_STAY,
  PAIR_WARN,
  type ScoreAllPairsOptions,
  type ScoredPairs,
  type ScoringStats,
} from './scored-pairs.js';
export { type ComponentGap, type WhyNot, whyNot } from './why-not.js';
