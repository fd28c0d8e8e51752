import { DomainError } from '../../core/errors.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { normalizeNip } from '../../core/model/nip.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { Plan, PlanMove } from '../../core/solver/plan/plan-types.js';
import type { AppContext } from '../app-context.js';
import { getPlan } from '../planning/get-plan.js';
import { buildItems } from './build-items.js';
import { createProposal } from './create-proposal.js';
import type { ProposalView } from './proposal-view.js';

export interface ProposeFromPlanInput {
  readonly round: string;
  readonly tmt: LocalDate;
  /** Default: "Usulan mutasi dari rencana <scenario> v<n>". */
  readonly title?: string | undefined;
  /** A subset of the plan's moves by NIP; absent = every move. */
  readonly nips?: readonly string[] | undefined;
}

/** The legal ground of a planned move (DOMAIN.md 1.2: PP 11/2017 Pasal 190 on mutasi). */
const LEGAL_GROUND = 'PP 11/2017 Pasal 190 jo. PP 17/2020';

/**
 * What a proposal keeps of its plan for the public page, with no person in it: the criteria (scenario,
 * scope, policy and rule table versions, date), the weights (the scenario's objectives) and the
 * certificate (proven optimal, objective, dual bound, pairs checked) of the final solve.
 */
export function planSummaryOf(plan: Plan): Record<string, unknown> {
  const last = plan.solves.at(-1);
  const criterion = (code: string, value: string) => ({ code, value, label: `${code}: ${value}` });
  const objective = last?.certificate.primalObjective ?? null;
  const dualBound = last?.certificate.dualBound ?? null;
  return {
    criteria: [
      criterion('scenario', plan.scenario.name),
      criterion('scope', plan.scenario.scope.mode),
      criterion('policyVersion', plan.policyVersion),
      criterion('ruleTableVersion', plan.ruleTableVersion),
      criterion('asOf', plan.asOf),
    ],
    weights: { ...plan.scenario.objectives },
    certificate: {
      status: plan.provenOptimal ? 'OPTIMAL' : 'NOT_PROVEN',
      provenOptimal: plan.provenOptimal,
      objective,
      dualBound,
      gap: objective !== null && dualBound !== null ? objective - dualBound : null,
      pairsChecked: last?.pairsChecked ?? last?.certificate.pairsChecked ?? null,
    },
    objective,
    moveCount: plan.moves.length,
  };
}

function chooseMoves(plan: Plan, nips: readonly string[] | undefined): PlanMove[] {
  if (!nips) return [...plan.moves];
  const byNip = new Map(plan.moves.map((m) => [normalizeNip(m.nip), m]));
  return nips.map((nip, index) => {
    const move = byNip.get(normalizeNip(nip));
    if (!move) {
      throw new DomainError(
        'VALIDATION_FAILED',
        {
          id: `NIP ${nip} tidak ada dalam rencana ini`,
          en: `NIP ${nip} has no move in this plan`,
        },
        { field: `nips.${index}`, value: nip, rule: 'MOVE_IN_PLAN' },
      );
    }
    return move;
  });
}

const notSucceeded = (planId: number, state: string) =>
  new DomainError(
    'CONFLICT',
    {
      id: `Rencana #${planId} belum selesai dengan hasil (status ${state})`,
      en: `Plan #${planId} has no result (state ${state})`,
    },
    { field: 'id', value: planId, rule: 'PLAN_SUCCEEDED' },
  );

/**
 * Drafts a proposal from a finished plan's moves (all, or those named by NIP): positions, units and
 * move types are resolved as for a hand-made proposal, each item carries the plan's explanation, and
 * the proposal keeps the plan's id and summary. A person who moved since the plan's date, or who is
 * in another open proposal, is refused: the plan no longer describes them.
 */
export async function proposeFromPlan(
  ctx: AppContext,
  principal: Principal,
  planId: number,
  input: ProposeFromPlanInput,
  meta: { ip: string | null },
): Promise<ProposalView> {
  authorize(principal, 'proposal.write', { type: 'instansi', instansiId: principal.instansiId });
  const found = await getPlan(ctx, principal, planId);
  const plan = found.outcome;
  if (found.run.state !== 'SUCCEEDED' || plan?.status !== 'OPTIMAL') {
    throw notSucceeded(planId, found.run.state);
  }
  const moves = chooseMoves(plan, input.nips);
  if (moves.length === 0) {
    throw new DomainError(
      'CONFLICT',
      { id: `Rencana #${planId} tidak berisi perpindahan`, en: `Plan #${planId} has no moves` },
      { field: 'id', value: planId, rule: 'PLAN_HAS_MOVES' },
    );
  }
  const reason = `Rekomendasi rencana mutasi ${found.scenarioName} v${found.run.runNo}`;
  const items = moves.map((m) => ({
    nip: m.nip,
    toPositionId: m.toPositionId,
    reason,
    legalGround: LEGAL_GROUND,
    explanation: m.explanation,
  }));
  const built = await buildItems(ctx, principal.instansiId, 0, items);
  const moved = built.findIndex((b, i) => b.fromPositionId !== moves[i]!.fromPositionId);
  if (moved >= 0) {
    const nip = moves[moved]!.nip;
    throw new DomainError(
      'CONFLICT',
      {
        id: `NIP ${nip} sudah pindah jabatan sejak tanggal rencana ${plan.asOf}`,
        en: `NIP ${nip} has changed position since the plan's date ${plan.asOf}`,
      },
      { field: `items.${moved}.nip`, value: nip, rule: 'UNCHANGED_SINCE_PLAN' },
    );
  }
  return createProposal(
    ctx,
    principal,
    {
      title: input.title ?? `Usulan mutasi dari rencana ${found.scenarioName} v${found.run.runNo}`,
      round: input.round,
      tmt: input.tmt,
      planId,
      planSummary: planSummaryOf(plan),
      items,
    },
    meta,
  );
}
