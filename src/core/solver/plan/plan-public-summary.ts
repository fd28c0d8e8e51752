import type { TalentBox } from '../../matching/inputs.js';
import { DEFAULT_MATCHING_POLICY, type MatchingPolicy, type ScoreComponent } from '../../matching/policy.js';
import type { LocalDate } from '../../model/local-date.js';
import { optimalityOf } from './plan-optimality.js';
import type { Plan, PlanOptimality, PlanScopeMode } from './plan-types.js';

/**
 * What a plan tells the public (the transparency page) and what a proposal keeps of its plan: the
 * criteria in structured form, so each reader puts them in words in its own language, and never a
 * person (no name, no NIP, no employee id). Stored as JSON with the plan run and in proposals.
 */

/** Raised when the shape changes; summaries of an older version are read by `readPlanSummary`. */
export const PLAN_SUMMARY_VERSION = 2;

/** The fit model's parts as a reader names them: the policy's components grouped by what they measure. */
export const FIT_GROUPS = [
  'COMPETENCY',
  'EDUCATION_RELEVANCE',
  'EDUCATION_LEVEL',
  'PERFORMANCE',
  'EXPERIENCE',
  'TALENT',
  'PREFERENCE',
] as const;
export type FitGroup = (typeof FIT_GROUPS)[number];

const GROUP_OF: Readonly<Record<ScoreComponent, FitGroup>> = {
  COMPETENCY_TECHNICAL: 'COMPETENCY',
  COMPETENCY_MANAGERIAL: 'COMPETENCY',
  COMPETENCY_SOCIO_CULTURAL: 'COMPETENCY',
  EDUCATION_RELEVANCE: 'EDUCATION_RELEVANCE',
  QUALIFICATION_LEVEL: 'EDUCATION_LEVEL',
  PERFORMANCE_INDEX: 'PERFORMANCE',
  PREDIKAT: 'PERFORMANCE',
  EXPERIENCE: 'EXPERIENCE',
  TALENT_BOX: 'TALENT',
  PREFERENCE: 'PREFERENCE',
};

/** One group of the fit score with its share of the whole (percent, weights normalised by their sum). */
export interface PlanFitWeight {
  readonly group: FitGroup;
  readonly percent: number;
  /** The group's components in the policy's order, each with its own share of the whole. */
  readonly components: readonly { readonly component: ScoreComponent; readonly percent: number }[];
}

/** The scenario's objectives that decide the plan (not the solver's speed devices). */
export interface PlanPublicObjectives {
  /** Fit points a move must gain to be worth making. */
  readonly moveCost: number;
  /** null: no limit. */
  readonly maxMoves: number | null;
  /** Years in post after which staying is penalised; null: off. */
  readonly forcedRotationYears: number | null;
  /** Fit points staying that long costs (null in summaries stored before it existed). */
  readonly rotationPenalty: number | null;
  /** No move before this many years in post; null: off. */
  readonly minTenureYears: number | null;
  readonly strategicFromTalentPoolOnly: boolean | null;
  readonly talentPoolBoxes: readonly TalentBox[];
  readonly allowOverqualifiedMoves: boolean;
}

export interface PlanPublicScope {
  readonly mode: PlanScopeMode;
  /** Units named by the scenario (with the units below them); 0 = every unit (the whole government). */
  readonly unitCount: number;
  /** Positions named by the scenario; 0 = every position of the units in scope. */
  readonly positionCount: number;
  /** People added by NIP (counted, never named). */
  readonly addedPeople: number;
}

export interface PlanPublicSummary {
  readonly summaryVersion: number;
  readonly scenario: string | null;
  /** null in a summary stored without it. */
  readonly scope: PlanPublicScope | null;
  readonly asOf: LocalDate | null;
  readonly policyVersion: string | null;
  readonly ruleTableVersion: string | null;
  /** The fit model of the policy the plan was scored with; null when that version is not known here. */
  readonly fitWeights: readonly PlanFitWeight[] | null;
  readonly objectives: PlanPublicObjectives | null;
  /** What the certificates prove with the move limit; null in summaries stored before it was recorded. */
  readonly optimality: PlanOptimality | null;
  /** The final solve's certificate held on every allowed pair (what older summaries can still say). */
  readonly certificateHeld: boolean | null;
  readonly moveCount: number | null;
}

/** The matching policies this build knows by version (a plan names the version it was scored with). */
const KNOWN_POLICIES: readonly MatchingPolicy[] = [DEFAULT_MATCHING_POLICY];

/** The policy of a version, or null when this build does not have it. */
export function matchingPolicyOfVersion(version: string | null): MatchingPolicy | null {
  return KNOWN_POLICIES.find((p) => p.version === version) ?? null;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The fit model of a policy in groups a reader recognises, as percentages of the whole score
 * (weights are normalised by their sum, so the shares add up to 100 up to rounding).
 * @example fitWeightsOf(DEFAULT_MATCHING_POLICY)[0] // { group: 'COMPETENCY', percent: 35, components: [...] }
 */
export function fitWeightsOf(policy: Pick<MatchingPolicy, 'weights'>): PlanFitWeight[] {
  const entries = Object.entries(policy.weights) as [ScoreComponent, number][];
  const sum = entries.reduce((s, [, w]) => s + w, 0);
  if (!(sum > 0)) return [];
  return FIT_GROUPS.flatMap((group) => {
    const parts = entries.filter(([c, w]) => GROUP_OF[c] === group && w > 0);
    if (parts.length === 0) return [];
    const weight = parts.reduce((s, [, w]) => s + w, 0);
    return [
      {
        group,
        percent: round1((100 * weight) / sum),
        components: parts.map(([component, w]) => ({ component, percent: round1((100 * w) / sum) })),
      },
    ];
  });
}

/**
 * A plan's public summary: stored with its run (the transparency page reads it instead of the
 * outcome, which names every mover) and copied into the proposals made from the plan.
 * `policy` defaults to the known policy of `plan.policyVersion`.
 * @example planSummaryOf(plan).objectives // { moveCost: 5, maxMoves: 150, forcedRotationYears: 5, ... }
 * @example planSummaryOf(plan).optimality // { status: 'BOUNDED', gap: 0.4, maxMoves: 150, ... }
 */
export function planSummaryOf(
  plan: Plan,
  policy: Pick<MatchingPolicy, 'weights'> | null = matchingPolicyOfVersion(plan.policyVersion),
): PlanPublicSummary {
  const o = plan.scenario.objectives;
  const scope = plan.scenario.scope;
  return {
    summaryVersion: PLAN_SUMMARY_VERSION,
    scenario: plan.scenario.name,
    scope: {
      mode: scope.mode,
      unitCount: scope.positionIds?.length ? 0 : (scope.unitIds?.length ?? 0),
      positionCount: scope.positionIds?.length ?? 0,
      addedPeople: scope.nips?.length ?? 0,
    },
    asOf: plan.asOf,
    policyVersion: plan.policyVersion,
    ruleTableVersion: plan.ruleTableVersion,
    fitWeights: policy ? fitWeightsOf(policy) : null,
    objectives: {
      moveCost: o.moveCost,
      maxMoves: o.maxMoves,
      forcedRotationYears: o.forcedRotationYears,
      rotationPenalty: o.forcedRotationYears === null ? null : (o.rotationPenalty ?? null),
      minTenureYears: o.minTenureYears,
      strategicFromTalentPoolOnly: o.strategicFromTalentPoolOnly,
      talentPoolBoxes: [...o.talentPoolBoxes],
      allowOverqualifiedMoves: o.allowOverqualifiedMoves ?? false,
    },
    optimality: optimalityOf(plan),
    certificateHeld: plan.certified ?? plan.provenOptimal,
    moveCount: plan.moves.length,
  };
}
