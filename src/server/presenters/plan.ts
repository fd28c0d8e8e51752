import type { PlanRunDto, ScenarioDto } from '../../contract/planning.js';
import type {
  PlanCompareResponse,
  PlanDetailDto,
  PlanMoveDto,
  PlanMoveResponse,
  PlanNominationDto,
  PlanOptimalityDto,
  PlanResponse,
  PlanTotalsDto,
} from '../../contract/planning-plan.js';
import type { Action } from '../../core/policies/actions.js';
import { optimalityOf } from '../../core/solver/plan/plan-optimality.js';
import { seatChangesOf } from '../../core/solver/plan/plan-totals.js';
import type {
  Plan,
  PlanMove,
  PlanNomination,
  PlanOptimality,
  PlanSolve,
  PlanTotals,
} from '../../core/solver/plan/plan-types.js';
import { DEFAULT_ROTATION_PENALTY } from '../../core/solver/plan/plan-types.js';
import type { PlanComparisonView } from '../../services/planning/compare-plans.js';
import type { PlaceLabels, PlanWithRun } from '../../services/planning/get-plan.js';
import type { PlanRunView } from '../../services/planning/plan-run-view.js';
import type { SavedScenario } from '../../services/planning/save-scenario.js';
import { presentRuleResult } from './matching.js';

const round = (v: number) => Math.round(v * 10_000) / 10_000;

export function presentScenario(s: SavedScenario): ScenarioDto {
  const { scope, objectives } = s.definition;
  return {
    id: s.scenarioId,
    version: s.version,
    currentVersion: s.currentVersion,
    name: s.name,
    description: s.description,
    scope: {
      mode: scope.mode,
      unitIds: [...(scope.unitIds ?? [])],
      positionIds: [...(scope.positionIds ?? [])],
      nips: [...(scope.nips ?? [])],
    },
    policyVersion: s.definition.policyVersion,
    objectives: {
      moveCost: objectives.moveCost,
      maxMoves: objectives.maxMoves,
      forcedRotationYears: objectives.forcedRotationYears,
      rotationPenalty: objectives.rotationPenalty ?? DEFAULT_ROTATION_PENALTY,
      minTenureYears: objectives.minTenureYears,
      strategicFromTalentPoolOnly: objectives.strategicFromTalentPoolOnly,
      talentPoolBoxes: [...objectives.talentPoolBoxes],
      candidatesPerEmployee: objectives.candidatesPerEmployee ?? 50,
      allowOverqualifiedMoves: objectives.allowOverqualifiedMoves ?? false,
    },
    savedAt: s.savedAt,
    savedByUserId: s.savedByUserId,
  };
}

export function presentPlanRun({ run, scenarioName, requestedByName }: PlanRunView): PlanRunDto {
  return {
    id: run.id,
    scenarioId: run.scenarioId,
    scenarioVersion: run.scenarioVersion,
    scenarioName,
    planVersion: run.runNo,
    asOf: run.asOf,
    state: run.state,
    progress: { ...run.progress },
    cancelRequested: run.cancelRequested,
    requestedAt: run.requestedAt,
    requestedByUserId: run.requestedByUserId,
    requestedByName,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    certified: run.certified,
    moves: run.totals?.moves ?? null,
    error: run.error,
  };
}

function place(labels: PlaceLabels, positionId: number) {
  const position = labels.positions.get(positionId);
  const unitId = position?.unitId ?? -1;
  return {
    positionId,
    positionName: position?.name ?? `#${positionId}`,
    unitId,
    unitName: labels.units.get(unitId) ?? `#${unitId}`,
  };
}

/** A move; with its explanation unless `explained` is false (the plan page asks for it per move). */
function presentMove(m: PlanMove, labels: PlaceLabels, explained = true): PlanMoveDto {
  const brief = {
    employeeId: m.employeeId,
    nip: m.nip,
    name: m.name,
    from: m.fromPositionId === null ? null : place(labels, m.fromPositionId),
    to: place(labels, m.toPositionId),
    fitBefore: m.fitBefore === null ? null : round(m.fitBefore),
    fitAfter: round(m.fitAfter),
    tenureMonths: m.tenureMonths,
    chainId: m.chainId,
    chainOrder: m.chainOrder,
    reasons: [...m.explanation.reasons],
  };
  return explained ? { ...brief, explanation: presentExplanation(m) } : brief;
}

function presentExplanation(m: PlanMove): NonNullable<PlanMoveDto['explanation']> {
  const e = m.explanation;
  return {
    components: e.components.map((c) => ({
      component: c.component,
      value: round(c.value),
      weight: c.weight,
      contribution: round(c.contribution),
      noData: c.noData,
      reason: c.reason,
    })),
    ruleResults: e.ruleResults.map(presentRuleResult),
    eligibilityStatus: e.eligibilityStatus,
    bestAlternative: e.bestAlternative && {
      nip: e.bestAlternative.nip,
      employeeId: e.bestAlternative.employeeId,
      fit: round(e.bestAlternative.fit),
      difference: round(e.bestAlternative.difference),
      message: e.bestAlternative.message,
    },
    reasons: [...e.reasons],
    message: e.message,
  };
}

/** `unfilledSeats`: the plan's per-post rows, for plans stored before the totals counted seat changes. */
function presentTotals(
  t: PlanTotals,
  labels: PlaceLabels,
  unfilledSeats: Plan['unfilledSeats'],
): PlanTotalsDto {
  const changes = seatChangesOf(unfilledSeats);
  return {
    rows: t.rows,
    seats: t.seats,
    moves: t.moves,
    fitBefore: round(t.fitBefore),
    fitAfter: round(t.fitAfter),
    unfilledSeatsBefore: t.unfilledSeatsBefore,
    unfilledSeatsAfter: t.unfilledSeatsAfter,
    vacanciesFilled: t.vacanciesFilled ?? changes.vacanciesFilled,
    seatsVacated: t.seatsVacated ?? changes.seatsVacated,
    rotationOverdueKept: t.rotationOverdueKept,
    byUnit: t.byUnit.map((u) => ({
      ...u,
      unitName: labels.units.get(u.unitId) ?? `#${u.unitId}`,
      fitBefore: round(u.fitBefore),
      fitAfter: round(u.fitAfter),
    })),
  };
}

function presentSolve(s: PlanSolve): PlanDetailDto['solves'][number] {
  return {
    moveCostUnits: s.moveCostUnits,
    rationed: s.rationed,
    objective: s.objective,
    moves: s.moves,
    seconds: s.seconds,
    certificate: {
      holds: s.certificate.holds,
      violationCount: s.certificate.violationCount,
      primalObjective: s.certificate.primalObjective,
      dualBound: s.certificate.dualBound,
      tolerance: s.certificate.tolerance,
    },
    pricingRounds: s.pricingRounds ?? null,
    pairsChecked: s.pairsChecked ?? null,
  };
}

/** The core's optimality with its fit points rounded like every other figure. */
export function presentOptimality(o: PlanOptimality): PlanOptimalityDto {
  if (o.status !== 'BOUNDED') return { ...o };
  return {
    ...o,
    value: round(o.value),
    bound: round(o.bound),
    gap: round(o.gap),
    boundMoveCost: round(o.boundMoveCost),
  };
}

function presentNomination(n: PlanNomination, labels: PlaceLabels): PlanNominationDto {
  return {
    post: place(labels, n.positionId),
    vacantSeats: n.vacantSeats,
    nominees: n.nominees.map((x) => ({
      employeeId: x.employeeId,
      nip: x.nip,
      name: x.name,
      current: x.currentPositionId === null ? null : place(labels, x.currentPositionId),
      fit: round(x.fit),
      eligibilityStatus: x.eligibilityStatus,
      ruleResults: x.ruleResults.map(presentRuleResult),
      planned: x.plannedPositionId === null ? null : place(labels, x.plannedPositionId),
    })),
  };
}

function presentPlanDetail(plan: Plan, labels: PlaceLabels, explained: boolean): PlanDetailDto {
  // Plans stored before the optimality was kept get it derived from their solves (`optimalityOf`).
  const optimality = optimalityOf(plan);
  return {
    policyVersion: plan.policyVersion,
    ruleTableVersion: plan.ruleTableVersion,
    provenOptimal: optimality.status === 'PROVEN_OPTIMAL',
    certified: plan.certified ?? plan.provenOptimal,
    optimality: presentOptimality(optimality),
    finalMoveCost: plan.finalMoveCost,
    problem: { ...plan.problem },
    solves: plan.solves.map(presentSolve),
    boundSolves: (plan.boundSolves ?? []).map(presentSolve),
    nominations: (plan.nominations ?? []).map((n) => presentNomination(n, labels)),
    pricing: plan.pricing
      ? {
          eligibleSeatPairs: plan.pricing.eligibleSeatPairs,
          restrictedSeatPairs: plan.pricing.restrictedSeatPairs,
          pricingRounds: plan.pricing.pricingRounds,
          checkCoversAllPairs: plan.pricing.coversAllPairs,
        }
      : null,
    totals: presentTotals(plan.totals, labels, plan.unfilledSeats),
    moves: plan.moves.map((m) => presentMove(m, labels, explained)),
    chains: plan.chains.map((c) => ({
      chainId: c.chainId,
      kind: c.kind,
      employeeIds: [...c.employeeIds],
      leftVacant: c.leftVacantPositionId === null ? null : place(labels, c.leftVacantPositionId),
    })),
    unfilledSeats: plan.unfilledSeats.map((u) => ({
      ...place(labels, u.positionId),
      seats: u.seats,
      unfilled: u.unfilled,
      unfilledBefore: u.unfilledBefore,
      // Plans stored before the flag counted every post as a target.
      target: u.target ?? true,
    })),
  };
}

/**
 * `mayPropose`: the caller may create proposals (`proposal.write`); a finished plan then offers
 * that action, so the plan page shows "create a proposal from the plan". `explained` false leaves
 * the moves' explanations out (`presentPlanMove` gives one).
 */
export function presentPlan(
  found: PlanWithRun,
  actions: Action[],
  mayPropose = false,
  explained = true,
): PlanResponse {
  const { outcome, labels } = found;
  const offers: Action[] =
    mayPropose && found.run.state === 'SUCCEEDED' && !actions.includes('proposal.write')
      ? [...actions, 'proposal.write']
      : actions;
  return {
    run: presentPlanRun(found),
    plan: outcome?.status === 'OPTIMAL' ? presentPlanDetail(outcome, labels, explained) : null,
    infeasible:
      outcome?.status === 'INFEASIBLE'
        ? {
            message: outcome.message,
            rows: outcome.rows.map((r) => ({
              ...r,
              allowedPositionIds: [...r.allowedPositionIds],
              allowedPositions: r.allowedPositionIds.map((id) => place(labels, id)),
            })),
          }
        : null,
    actions: offers,
  };
}

export function presentPlanComparison(v: PlanComparisonView, actions: Action[]): PlanCompareResponse {
  const { comparison: c, labels } = v;
  return {
    a: presentPlanRun(v.a),
    b: presentPlanRun(v.b),
    onlyInA: c.onlyInA.map((m) => presentMove(m, labels)),
    onlyInB: c.onlyInB.map((m) => presentMove(m, labels)),
    changedDestination: c.changedDestination.map((m) => ({
      employeeId: m.employeeId,
      nip: m.nip,
      name: v.names.get(m.employeeId) ?? m.nip,
      toA: m.toPositionIdA === null ? null : place(labels, m.toPositionIdA),
      toB: m.toPositionIdB === null ? null : place(labels, m.toPositionIdB),
    })),
    sameMoves: c.sameMoves,
    totals: {
      a: presentTotals(c.totals.a, labels, v.unfilledSeats.a),
      b: presentTotals(c.totals.b, labels, v.unfilledSeats.b),
    },
    actions,
  };
}

/** One move of a plan with its explanation. */
export function presentPlanMove(move: PlanMove, labels: PlaceLabels, actions: Action[]): PlanMoveResponse {
  const full = presentMove(move, labels);
  return { move: { ...full, explanation: presentExplanation(move) }, actions };
}
