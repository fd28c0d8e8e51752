import { z } from 'zod';
import { SCORE_COMPONENTS } from '../core/matching/policy.js';
import { actionList, localizedMessage } from './common.js';
import { ruleResultDto } from './matching.js';
import { planRunDto } from './planning.js';

// A finished plan as the API returns it: its moves with their explanations, totals, an infeasible
// run's reasons, and two plans compared. (Scenarios and runs are in planning.ts.)

const placeDto = z.object({
  positionId: z.number().int(),
  positionName: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
});

const planMoveExplanationDto = z.object({
  components: z.array(
    z.object({
      component: z.enum(SCORE_COMPONENTS),
      value: z.number(),
      weight: z.number(),
      contribution: z.number(),
      noData: z.boolean(),
      reason: localizedMessage,
    }),
  ),
  ruleResults: z.array(ruleResultDto),
  eligibilityStatus: z.enum(['ELIGIBLE', 'ELIGIBLE_WITH_WARNINGS', 'BLOCKED']),
  bestAlternative: z
    .object({
      nip: z.string(),
      employeeId: z.number().int(),
      fit: z.number(),
      difference: z.number(),
      message: localizedMessage,
    })
    .nullable(),
  reasons: z.array(z.string()),
  message: localizedMessage,
});

/**
 * A move of a plan: who goes where, the fits, the chain and the reasons; its full explanation
 * (fit components, rules, best alternative) unless the plan was asked for without explanations,
 * in which case `GET /api/plans/{id}/moves/{employeeId}` gives one move with it.
 */
export const planMoveDto = z.object({
  employeeId: z.number().int(),
  nip: z.string(),
  name: z.string(),
  from: placeDto.nullable(),
  to: placeDto,
  fitBefore: z.number().nullable(),
  fitAfter: z.number(),
  tenureMonths: z.number().int().nullable(),
  chainId: z.number().int(),
  chainOrder: z.number().int(),
  /** Why the move is in the plan (PlanReasonCode), as in `explanation.reasons`. */
  reasons: z.array(z.string()),
  explanation: planMoveExplanationDto.optional(),
});
export type PlanMoveDto = z.infer<typeof planMoveDto>;
export type PlanMoveExplanationDto = z.infer<typeof planMoveExplanationDto>;

/** One move of a plan with its explanation. */
export const planMoveResponse = z.object({
  move: planMoveDto.extend({ explanation: planMoveExplanationDto }),
  actions: actionList,
});
export type PlanMoveResponse = z.infer<typeof planMoveResponse>;

/**
 * `explanations=false`: the moves without their explanations (the plan page loads one when it is
 * opened: a whole-city plan's explanations are most of its size).
 */
export const planQuery = z.object({ explanations: z.enum(['true', 'false']).default('true') });

export const planMoveParams = z.object({
  id: z.coerce.number().int().positive(),
  employeeId: z.coerce.number().int().positive(),
});

const unitTotalsDto = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  fitBefore: z.number(),
  fitAfter: z.number(),
  holdersBefore: z.number().int(),
  holdersAfter: z.number().int(),
  movesIn: z.number().int(),
  movesOut: z.number().int(),
});

export const planTotalsDto = z.object({
  rows: z.number().int(),
  seats: z.number().int(),
  moves: z.number().int(),
  fitBefore: z.number(),
  fitAfter: z.number(),
  /** Vacant seats on the scenario's target posts (a vacancy round: its vacancies) before and after. */
  unfilledSeatsBefore: z.number().int(),
  unfilledSeatsAfter: z.number().int(),
  /** Seats vacant before that the plan fills, and seats held before that it leaves empty (any post). */
  vacanciesFilled: z.number().int(),
  seatsVacated: z.number().int(),
  rotationOverdueKept: z.number().int(),
  byUnit: z.array(unitTotalsDto),
});
export type PlanTotalsDto = z.infer<typeof planTotalsDto>;

const certificateDto = z.object({
  holds: z.boolean(),
  violationCount: z.number().int(),
  primalObjective: z.number(),
  dualBound: z.number(),
  tolerance: z.number(),
});

const solveDto = z.object({
  moveCostUnits: z.number(),
  /** The tenure tie-break was in the costs (the plan's solves once the move limit binds). */
  rationed: z.boolean(),
  objective: z.number(),
  moves: z.number().int(),
  seconds: z.number(),
  certificate: certificateDto,
  /** Restricted solves at this move cost (1 + pricing rounds); null for plans made before pricing. */
  pricingRounds: z.number().int().nullable(),
  /** Seat pairs the certificate was checked on: every eligible pair. */
  pairsChecked: z.number().int().nullable(),
});

/**
 * What the certificates prove about the plan as the answer to its scenario, move limit included
 * (core `PlanOptimality`): PROVEN_OPTIMAL, or BOUNDED with the plan's value, the Lagrangian bound
 * no plan within the limit exceeds and the gap between them, in fit points; NOT_PROVEN when a
 * check failed.
 */
export const planOptimalityDto = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('PROVEN_OPTIMAL'),
    basis: z.enum(['NO_LIMIT', 'LIMIT_NOT_BINDING', 'BOUND_MET']),
  }),
  z.object({
    status: z.literal('BOUNDED'),
    value: z.number(),
    bound: z.number(),
    gap: z.number(),
    maxMoves: z.number().int(),
    moves: z.number().int(),
    boundMoveCost: z.number(),
  }),
  z.object({ status: z.literal('NOT_PROVEN') }),
]);
export type PlanOptimalityDto = z.infer<typeof planOptimalityDto>;

/** A vacant JPT post and the people the plan puts forward for its open selection (never a move). */
export const planNominationDto = z.object({
  post: placeDto,
  vacantSeats: z.number().int(),
  nominees: z.array(
    z.object({
      employeeId: z.number().int(),
      nip: z.string(),
      name: z.string(),
      current: placeDto.nullable(),
      fit: z.number(),
      eligibilityStatus: z.enum(['ELIGIBLE', 'ELIGIBLE_WITH_WARNINGS']),
      ruleResults: z.array(ruleResultDto),
      /** Where this plan moves the nominee, if it does. */
      planned: placeDto.nullable(),
    }),
  ),
});
export type PlanNominationDto = z.infer<typeof planNominationDto>;

/** The plan itself, present once the run SUCCEEDED. */
export const planDetailDto = z.object({
  policyVersion: z.string(),
  ruleTableVersion: z.string(),
  /** "Proven optimal" only when the plan is proven optimal for its scenario, move limit included. */
  provenOptimal: z.boolean(),
  /** The final solve's certificate holds on every eligible pair (optimal for its own move cost). */
  certified: z.boolean(),
  optimality: planOptimalityDto,
  finalMoveCost: z.number(),
  problem: z.object({ rows: z.number().int(), cols: z.number().int(), pairs: z.number().int() }),
  solves: z.array(solveDto),
  /** Solves without the tenure tie-break whose duals give the bound of a binding move limit. */
  boundSolves: z.array(solveDto),
  /** Vacant JPT posts in scope: filled by open selection, so the plan only nominates. */
  nominations: z.array(planNominationDto),
  /** The pair sets: the certificate covers every eligible pair, not only the restricted ones. */
  pricing: z
    .object({
      eligibleSeatPairs: z.number().int(),
      restrictedSeatPairs: z.number().int(),
      pricingRounds: z.number().int(),
      checkCoversAllPairs: z.boolean(),
    })
    .nullable(),
  totals: planTotalsDto,
  moves: z.array(planMoveDto),
  chains: z.array(
    z.object({
      chainId: z.number().int(),
      kind: z.enum(['VACANCY', 'RING', 'PLACEMENT']),
      employeeIds: z.array(z.number().int()),
      leftVacant: placeDto.nullable(),
    }),
  ),
  unfilledSeats: z.array(
    placeDto.extend({
      seats: z.number().int(),
      unfilled: z.number().int(),
      unfilledBefore: z.number().int(),
      /** A target of the scenario; false for a seat a vacancy chain left empty outside its targets. */
      target: z.boolean(),
    }),
  ),
});
export type PlanDetailDto = z.infer<typeof planDetailDto>;

/** Why an INFEASIBLE run could not place everyone. */
export const planInfeasibleDto = z.object({
  message: localizedMessage,
  rows: z.array(
    z.object({
      employeeId: z.number().int(),
      nip: z.string(),
      reason: z.string(),
      allowedPositionIds: z.array(z.number().int()),
      /** The same posts with their names and units (a screen shows these, never the ids). */
      allowedPositions: z.array(placeDto),
    }),
  ),
});

export const planResponse = z.object({
  run: planRunDto,
  plan: planDetailDto.nullable(),
  infeasible: planInfeasibleDto.nullable(),
  actions: actionList,
});
export type PlanResponse = z.infer<typeof planResponse>;

export const planCompareQuery = z.object({
  a: z.coerce.number().int().positive(),
  b: z.coerce.number().int().positive(),
});

export const planCompareResponse = z.object({
  a: planRunDto,
  b: planRunDto,
  onlyInA: z.array(planMoveDto),
  onlyInB: z.array(planMoveDto),
  changedDestination: z.array(
    z.object({
      employeeId: z.number().int(),
      nip: z.string(),
      name: z.string(),
      toA: placeDto.nullable(),
      toB: placeDto.nullable(),
    }),
  ),
  sameMoves: z.number().int(),
  totals: z.object({ a: planTotalsDto, b: planTotalsDto }),
  actions: actionList,
});
export type PlanCompareResponse = z.infer<typeof planCompareResponse>;
