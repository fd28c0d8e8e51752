import type { EligibilityContext } from '../../eligibility/context.js';
import type { RuleResult } from '../../eligibility/rule.js';
import type { LocalizedMessage } from '../../errors.js';
import type { Candidate, MatchingPolicy, Post, ScoreComponent, TalentBox } from '../../matching/index.js';
import type { LocalDate } from '../../model/local-date.js';
import type { CertificateReport } from '../certificate.js';
import type { PlanNomination, PlanOptimality } from './plan-proof-types.js';

export type { PlanNomination, PlanNominee, PlanOptimality, PlanProofBasis } from './plan-proof-types.js';

/**
 * The public shapes of the plan builder (issue 6 item 3). Everything here is plain,
 * structured-cloneable data (no class instances, functions or Maps): the builder runs in a worker
 * thread and its outcome is stored as JSON. Fit scores are on the 0-100 scale of the matching engine.
 */

/**
 * WHOLE_CITY re-arranges every holder of a position in scope (plus the people named by NIP) over all
 * its seats, with forced rotation. VACANCIES fills the positions in scope that have a vacant seat,
 * from the people named by NIP (none named: the holders in scope), without forcing rotation. In both,
 * the seat a mover leaves is open to the other rows (vacancy chains), and holders outside the rows
 * keep their seats. See `plan-scope.ts`.
 */
export type PlanScopeMode = 'WHOLE_CITY' | 'VACANCIES';

export interface PlanScope {
  readonly mode: PlanScopeMode;
  /** Units (with every unit below them); empty or absent = all units. Ignored when positionIds are given. */
  readonly unitIds?: readonly number[];
  /** Positions; empty or absent = every position of the units in scope. Unknown ids are ignored. */
  readonly positionIds?: readonly number[];
  /** Employees added to the rows by NIP (e.g. people without a post to be placed in a vacancy round). */
  readonly nips?: readonly string[];
}

export interface PlanObjectives {
  /** Cost of one move in fit points (0-100 scale): a move must gain more fit than this (stability). */
  readonly moveCost: number;
  /** Never more moves than this; null = no limit. */
  readonly maxMoves: number | null;
  /**
   * Staying in the same post this many years or more is penalised (PP 11/2017 Pasal 190(3)) by a full
   * 100 fit points, so such a person moves whenever a seat is open to them; WHOLE_CITY only; null = off. Default 5.
   */
  readonly forcedRotationYears: number | null;
  /**
   * What staying that long costs, in fit points (0-100; default 10): PP 11/2017 Pasal 190(3) sets 5
   * years as the latest, DOMAIN.md 1.2 reads it as a recommendation, so an overdue person moves when
   * a post nearly as fitting is open, and a plan under a move limit spends its moves on placing
   * people where they fit before rotating people into alike posts. 100 rotates whenever a seat is open.
   */
  readonly rotationPenalty?: number;
  /** No move before this many years in the current post (PP 11/2017 Pasal 190(3)); null = off. Default 2. */
  readonly minTenureYears: number | null;
  /** Strategic positions (`isStrategic`) receive only movers from the talent pool. */
  readonly strategicFromTalentPoolOnly: boolean;
  /** Talent boxes that make the talent pool (DOMAIN.md 7.1: 7, 8, 9 by default). */
  readonly talentPoolBoxes: readonly TalentBox[];
  /**
   * Posts (best by fit) each employee starts with besides their own (default 50): a speed device only;
   * pricing adds any other allowed post the optimum needs, and the plan is optimal over all of them.
   */
  readonly candidatesPerEmployee?: number;
  /**
   * Allow moves that put a graduate in a post asking a lower education tier (R-EDU-OVER). Off by
   * default: a plan proposes such moves only when the scenario says so (DOMAIN.md 15.5).
   */
  readonly allowOverqualifiedMoves?: boolean;
}

export interface PlanScenario {
  readonly name: string;
  readonly scope: PlanScope;
  /** Version of the matching policy the fit is scored with. */
  readonly policyVersion: string;
  readonly objectives: PlanObjectives;
}

/** One current holder of a post (employees.current_position_id). */
export interface PlanHolder {
  readonly employeeId: number;
  readonly positionId: number;
  readonly since: LocalDate | null;
}

/** A unit with its parent, so a unit scope includes the units below it. */
export interface PlanUnit {
  readonly id: number;
  readonly parentId: number | null;
  readonly code: string;
  readonly name: string;
}

/**
 * Everything `buildPlan` reads. Seats per position (formasi) are `posts[].position.seats`; talent
 * boxes are `candidates[].performance.talentBox`. `posts` and `candidates` are the whole instansi:
 * the builder applies the scope (holders outside the scope keep their seats).
 */
export interface PlanInput {
  readonly scenario: PlanScenario;
  /** The date of the planned moves: tenures are measured on it. */
  readonly asOf: LocalDate;
  /** Eligibility context on `asOf` (rule table, election windows, approvals). */
  readonly eligibility: EligibilityContext;
  /** The matching policy named by `scenario.policyVersion`. */
  readonly policy: MatchingPolicy;
  readonly posts: readonly Post[];
  readonly candidates: readonly Candidate[];
  readonly holders: readonly PlanHolder[];
  readonly units: readonly PlanUnit[];
}

/**
 * The builder's phases, in order. PROVING happens only when the move limit binds: the extra
 * certified solves that prove the plan optimal with its limit, or bound its gap.
 */
export const PLAN_PHASES = ['SCOPING', 'SCORING', 'SOLVING', 'PROVING', 'EXPLAINING'] as const;
export type PlanPhase = (typeof PLAN_PHASES)[number];

/**
 * The phases of a plan run as its progress reports them: loading the input (main thread), the
 * builder's phases (worker thread), then storing the outcome.
 * @example PLAN_RUN_PHASES.indexOf('SCORING') > PLAN_RUN_PHASES.indexOf('LOADING') // true
 */
export const PLAN_RUN_PHASES = ['LOADING', ...PLAN_PHASES, 'STORING'] as const;
export type PlanRunPhase = (typeof PLAN_RUN_PHASES)[number];

export interface PlanProgress {
  readonly phase: PlanPhase;
  readonly done: number;
  readonly total: number;
}

export interface PlanHooks {
  onProgress?(p: PlanProgress): void;
  /** Polled between phases and during solving; true ends the build with a CANCELLED outcome. */
  shouldCancel?(): boolean;
  /** Milliseconds (e.g. `performance.now`), for the solve times: the core reads no clock. Without it times are 0. */
  clock?(): number;
}

/** Why a move is in the plan. */
export type PlanReasonCode =
  /** 5+ years in post: staying was penalised. */
  | 'FORCED_ROTATION'
  /** Moved into a seat that was vacant before the plan. */
  | 'FILLS_VACANCY'
  /** Moved into a seat another mover left. */
  | 'FILLS_VACATED_SEAT'
  /** Had no post before the plan. */
  | 'PLACEMENT'
  /** The destination fits better than the current post. */
  | 'BETTER_FIT'
  /** The destination fits worse, but the plan as a whole gains (e.g. frees a seat for someone better). */
  | 'MAKES_ROOM';

/** One part of a fit score, as a plan stores it. */
export interface PlanFitComponent {
  readonly component: ScoreComponent;
  readonly value: number;
  readonly weight: number;
  readonly contribution: number;
  readonly noData: boolean;
  readonly reason: LocalizedMessage;
}

export interface PlanAlternative {
  /** The best other employee of the plan's rows for the destination (by fit), not chosen. */
  readonly nip: string;
  readonly employeeId: number;
  readonly fit: number;
  /** Mover's fit minus the alternative's fit (negative when the plan chose a lower fit for the sake of the whole). */
  readonly difference: number;
  /** Why the alternative was not chosen, worded like `whyNot`. */
  readonly message: LocalizedMessage;
}

export interface PlanMoveExplanation {
  /** The fit for the destination, split by component. */
  readonly components: readonly PlanFitComponent[];
  /** Eligibility rule results for the destination that are not PASS (warnings); blocked pairs never move. */
  readonly ruleResults: readonly RuleResult[];
  readonly eligibilityStatus: 'ELIGIBLE' | 'ELIGIBLE_WITH_WARNINGS' | 'BLOCKED';
  /** null when no other row of the plan could take the destination. */
  readonly bestAlternative: PlanAlternative | null;
  readonly reasons: readonly PlanReasonCode[];
  readonly message: LocalizedMessage;
}

export interface PlanMove {
  readonly employeeId: number;
  readonly nip: string;
  readonly name: string;
  /** null for a placement of someone without a post. */
  readonly fromPositionId: number | null;
  readonly fromUnitId: number | null;
  readonly toPositionId: number;
  readonly toUnitId: number;
  /** Fit for the current post; null without one. */
  readonly fitBefore: number | null;
  readonly fitAfter: number;
  /** Months in the current post on `asOf`; null when unknown. */
  readonly tenureMonths: number | null;
  /** Moves linked by "who fills the seat that was left" share a chain; 1-based. */
  readonly chainId: number;
  /** 1 = the move that starts the chain (fills a vacancy, or the first of a ring). */
  readonly chainOrder: number;
  readonly explanation: PlanMoveExplanation;
}

/** A vacancy chain: its moves in order, and how it starts and ends. */
export interface PlanChain {
  readonly chainId: number;
  /** VACANCY: starts by filling a seat vacant before the plan; RING: a closed cycle of moves. */
  readonly kind: 'VACANCY' | 'RING';
  readonly employeeIds: readonly number[];
  /** The seat left empty at the end of the chain (null for a ring). */
  readonly leftVacantPositionId: number | null;
}

export interface PlanUnfilledSeats {
  readonly positionId: number;
  readonly unitId: number;
  readonly seats: number;
  /** Seats left empty after the plan. */
  readonly unfilled: number;
  /** Seats empty before the plan. */
  readonly unfilledBefore: number;
  /**
   * A target of the scenario (true), or a post outside its targets that a vacancy chain left
   * empty (false). Absent in plans stored before it was recorded.
   */
  readonly target?: boolean;
}

export interface PlanUnitTotals {
  readonly unitId: number;
  /** Sum of the fits of the rows placed in the unit, before and after. */
  readonly fitBefore: number;
  readonly fitAfter: number;
  readonly holdersBefore: number;
  readonly holdersAfter: number;
  readonly movesIn: number;
  readonly movesOut: number;
}

export interface PlanTotals {
  readonly rows: number;
  readonly seats: number;
  /** Holders who leave their post (counted against maxMoves). */
  readonly moves: number;
  /** People without a post placed in a seat (not moves: nobody leaves a post). */
  readonly placements: number;
  readonly fitBefore: number;
  readonly fitAfter: number;
  /**
   * Vacant seats on the scenario's target posts before and after the plan: every post in scope for
   * WHOLE_CITY, the posts with a vacancy for VACANCIES (a seat a chain leaves empty elsewhere is in
   * `seatsVacated`, not here). Plans stored before 2026-12-08 counted every column's post.
   */
  readonly unfilledSeatsBefore: number;
  readonly unfilledSeatsAfter: number;
  /** Seats vacant before the plan that it fills, on any post (absent in older stored plans). */
  readonly vacanciesFilled?: number;
  /** Seats held before the plan that it leaves empty, on any post: where chains end (absent in older plans). */
  readonly seatsVacated?: number;
  /** Rows 5+ years in post that the plan keeps in place (no open seat, or the move limit). */
  readonly rotationOverdueKept: number;
  readonly byUnit: readonly PlanUnitTotals[];
}

/** One solve of the assignment problem with its own costs, and the independent check of its certificate. */
export interface PlanSolve {
  /** The move cost of this solve, in score units (fit points x SCORE_SCALE). */
  readonly moveCostUnits: number;
  /**
   * The move limit bound: each row's move cost was raised by its rank by time in post (0 for the
   * longest, 1 for the next, ... units), so equal candidates are rationed longest-in-post first.
   */
  readonly rationed: boolean;
  readonly objective: number;
  readonly moves: number;
  /**
   * The certificate of this solve checked on its costs over EVERY allowed pair (not only the
   * restricted set the solver saw); "proven optimal" only when `holds`.
   */
  readonly certificate: CertificateReport;
  readonly seconds: number;
  /** Restricted solves of this move cost: 1 + the pricing rounds that added pairs (or a Hall violator's pairs). */
  readonly pricingRounds?: number;
  /** Of `seconds`, the passes over all allowed pairs (pricing with the full certificate check). */
  readonly pricingSeconds?: number;
  /** Seat pairs of the restricted problem of the final round. */
  readonly pairsRestricted?: number;
  /** Seat pairs the certificate was checked on: every allowed pair. */
  readonly pairsChecked?: number;
}

/**
 * The pair sets of a plan. The solver starts from each row's own post and best
 * `candidatesPerEmployee` posts; pricing adds any other allowed pair the optimum needs, so the plan
 * is optimal over all `eligiblePairs`. (row, post) pairs; seat pairs expand each to the post's seats.
 */
export interface PlanPricing {
  readonly eligiblePairs: number;
  readonly eligibleSeatPairs: number;
  /** In the final restricted problem. */
  readonly restrictedPairs: number;
  readonly restrictedSeatPairs: number;
  /** Restricted solves over all move costs (each solve counts 1 + its pricing rounds). */
  readonly pricingRounds: number;
  /** True when the scored pairs did not fit in memory and each pass scored them again. */
  readonly streamed: boolean;
  /** Scoring passes over all pairs (1 when the scores were kept). */
  readonly scoringPasses: number;
  /** The final certificate covered every allowed pair (pairsChecked = eligibleSeatPairs). */
  readonly coversAllPairs: boolean;
}

export interface PlanProblemSize {
  readonly rows: number;
  readonly cols: number;
  readonly pairs: number;
}

export interface Plan {
  readonly status: 'OPTIMAL';
  readonly scenario: PlanScenario;
  readonly asOf: LocalDate;
  readonly policyVersion: string;
  readonly ruleTableVersion: string;
  readonly moves: readonly PlanMove[];
  readonly chains: readonly PlanChain[];
  readonly unfilledSeats: readonly PlanUnfilledSeats[];
  readonly totals: PlanTotals;
  readonly problem: PlanProblemSize;
  /** Every solve in order; the last one is the plan. */
  readonly solves: readonly PlanSolve[];
  readonly solveCount: number;
  /** Move cost of the final solve, in fit points (raised above the scenario's when maxMoves needed it). */
  readonly finalMoveCost: number;
  /**
   * True iff the plan is proven optimal for its scenario, move limit included
   * (`optimality.status === 'PROVEN_OPTIMAL'`). Plans stored before the optimality field meant
   * `certified` by it: read `optimalityOf(plan)`, never this flag, to show a stored plan.
   */
  readonly provenOptimal: boolean;
  /** True iff the final solve's certificate holds, checked on every allowed pair. */
  readonly certified?: boolean;
  /** What the certificates prove about the move limit; absent on plans stored before it (`optimalityOf`). */
  readonly optimality?: PlanOptimality;
  /** Certified solves without the tenure tie-break that gave the Lagrangian bound (none when the limit does not bind). */
  readonly boundSolves?: readonly PlanSolve[];
  /** Vacant JPT posts in scope and the candidates the plan puts forward for their selection. */
  readonly nominations?: readonly PlanNomination[];
  readonly pricing?: PlanPricing;
}

/** Why a row cannot be placed. */
export type PlanInfeasibleReason =
  /** The row has no post and no allowed seat. */
  | 'NO_ALLOWED_SEAT'
  /** The row's allowed seats are fewer than the rows that need them (a Hall violator). */
  | 'SEATS_SHORT'
  /** Even at the highest move cost the plan needs more moves than maxMoves (people without a post need seats held by others). */
  | 'MOVE_LIMIT';

export interface PlanInfeasibleRow {
  readonly employeeId: number;
  readonly nip: string;
  readonly reason: PlanInfeasibleReason;
  /** Positions this row (and its group) could take. */
  readonly allowedPositionIds: readonly number[];
}

export interface PlanInfeasible {
  readonly status: 'INFEASIBLE';
  readonly scenario: PlanScenario;
  readonly asOf: LocalDate;
  readonly rows: readonly PlanInfeasibleRow[];
  readonly message: LocalizedMessage;
}

export interface PlanCancelled {
  readonly status: 'CANCELLED';
  readonly phase: PlanPhase;
}

export type PlanOutcome = Plan | PlanInfeasible | PlanCancelled;

/** Defaults of the scenario objectives (DOMAIN.md 1.2 and 7.1). */
/** Default `rotationPenalty` in fit points. */
export const DEFAULT_ROTATION_PENALTY = 10;

export const DEFAULT_PLAN_OBJECTIVES: PlanObjectives = {
  moveCost: 5,
  maxMoves: null,
  forcedRotationYears: 5,
  rotationPenalty: DEFAULT_ROTATION_PENALTY,
  minTenureYears: 2,
  strategicFromTalentPoolOnly: true,
  talentPoolBoxes: [7, 8, 9],
  candidatesPerEmployee: 50,
  allowOverqualifiedMoves: false,
};

export interface PlanComparisonMove {
  readonly employeeId: number;
  readonly nip: string;
  readonly toPositionIdA: number | null;
  readonly toPositionIdB: number | null;
}

/** Two plans side by side. */
export interface PlanComparison {
  /** Employees moved in A but not in B, and the other way round. */
  readonly onlyInA: readonly PlanMove[];
  readonly onlyInB: readonly PlanMove[];
  /** Employees moved in both, to different positions. */
  readonly changedDestination: readonly PlanComparisonMove[];
  readonly sameMoves: number;
  readonly totals: { readonly a: PlanTotals; readonly b: PlanTotals };
}
