/**
 * The JPT selection record (issue 13 item 4; DOMAIN.md 15.3 and 1.4): types, settings and the pure
 * rules of each step. Services load the selection, ask these functions, and persist what they accept.
 */
export { type CandidateInput, decideCandidates } from './candidate-rules.js';
export { checkCommittee, checkNewSelection } from './committee-rules.js';
export { PASAL_107_RULES, pasal107Check } from './pasal-107.js';
export { decideResult, type ResultInput } from './result-rules.js';
export {
  ADMINISTRATIVE_OUTCOMES,
  type AdministrativeOutcome,
  COMMITTEE_ROLES,
  type CommitteeMember,
  type CommitteeRole,
  initialStages,
  isJptKind,
  isQualified,
  JPT_KINDS,
  type Pasal107Check,
  type Pasal107RuleResult,
  SELECTION_KINDS,
  SELECTION_STAGES,
  SELECTION_STATUSES,
  type Selection,
  type SelectionCandidate,
  type SelectionKind,
  type SelectionResult,
  type SelectionStage,
  type SelectionStageName,
  type SelectionStatus,
  STAGE_STATUSES,
  type StageStatus,
  shortlistOf,
  stageOf,
} from './selection-model.js';
export {
  type SelectionDecision,
  type SelectionRefusal,
  STAGE_NAMES,
  selectionError,
} from './selection-refusal.js';
export {
  DEFAULT_SELECTION_SETTINGS,
  parseSelectionSettings,
  type SelectionSettings,
} from './selection-settings.js';
export { SELECTION_STEPS, type SelectionStep, selectionSteps } from './selection-steps.js';
export { decideStageUpdate, type StageUpdate } from './stage-rules.js';
