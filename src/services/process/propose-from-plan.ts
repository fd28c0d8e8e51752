import { DomainError } from '../../core/errors.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { normalizeNip } from '../../core/model/nip.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { planSummaryOf } from '../../core/solver/plan/plan-public-summary.js';
import type { Plan, PlanMove } from '../../core/solver/plan/plan-types.js';
import { defaultProposalTitle } from '../../core/workflow/round-defaults.js';
import type { NewProposalItem } from '../../store/repositories/process-items.js';
import type { AppContext } from '../app-context.js';
import { getPlan, type PlanWithRun } from '../planning/get-plan.js';
import { buildItems, type ItemInput } from './build-items.js';
import { insertDraft } from './create-proposal.js';
import { judgeDraft } from './draft-edit.js';
import { assertSchedule, loadScheduleContext, scheduleChecks } from './proposal-schedule.js';
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

/** A finished plan with its result, or a 409 naming its state (404 when it does not exist). */
export async function loadSucceededPlan(
  ctx: AppContext,
  principal: Principal,
  planId: number,
): Promise<{ found: PlanWithRun; plan: Plan }> {
  const found = await getPlan(ctx, principal, planId);
  const plan = found.outcome;
  if (found.run.state !== 'SUCCEEDED' || plan?.status !== 'OPTIMAL') {
    throw notSucceeded(planId, found.run.state);
  }
  return { found, plan };
}

/**
 * A plan's moves (all, or those named by NIP) as a proposal's items, resolved as for a hand-made
 * proposal (posts, units, move types) and carrying the plan's explanation. A person who moved since
 * the plan's date is refused: the plan no longer describes them.
 */
export async function planMovesAsItems(
  ctx: AppContext,
  proposalId: number,
  { found, plan }: { found: PlanWithRun; plan: Plan },
  nips: readonly string[] | undefined,
): Promise<{ inputs: ItemInput[]; built: NewProposalItem[] }> {
  const moves = chooseMoves(plan, nips);
  if (moves.length === 0) {
    throw new DomainError(
      'CONFLICT',
      { id: `Rencana #${found.run.id} tidak berisi perpindahan`, en: `Plan #${found.run.id} has no moves` },
      { field: 'id', value: found.run.id, rule: 'PLAN_HAS_MOVES' },
    );
  }
  const reason = `Rekomendasi rencana mutasi ${found.scenarioName} v${found.run.runNo}`;
  const inputs = moves.map((m) => ({
    nip: m.nip,
    toPositionId: m.toPositionId,
    reason,
    legalGround: LEGAL_GROUND,
    explanation: m.explanation,
  }));
  const built = await buildItems(ctx, found.run.instansiId, proposalId, inputs);
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
  return { inputs, built };
}

/**
 * Drafts a proposal from a finished plan's moves (all, or those named by NIP) with the round, TMT
 * and title the author chose: the core checks the round and TMT first (room for the announcement and
 * the objection window, the round's form: a 400 naming the field), the moves are resolved once, and
 * the draft keeps the plan's id and summary, with every move judged on the TMT. A person already in
 * another open proposal is a 409 naming that proposal.
 */
export async function proposeFromPlan(
  ctx: AppContext,
  principal: Principal,
  planId: number,
  input: ProposeFromPlanInput,
  meta: { ip: string | null },
): Promise<ProposalView> {
  authorize(principal, 'proposal.write', { type: 'instansi', instansiId: principal.instansiId });
  const loaded = await loadSucceededPlan(ctx, principal, planId);
  const schedule = await loadScheduleContext(ctx, principal.instansiId);
  assertSchedule(
    scheduleChecks(schedule, { round: input.round, tmt: input.tmt, planAsOf: loaded.plan.asOf }),
  );
  const { inputs, built } = await planMovesAsItems(ctx, 0, loaded, input.nips);
  const { found, plan } = loaded;
  // The draft shows each move judged on the chosen TMT from the start (the plan judged its own date).
  const judged = await judgeDraft(
    ctx,
    { id: 0, instansiId: principal.instansiId },
    input.tmt,
    [],
    built.map((item, i) => ({ item, nip: inputs[i]!.nip })),
  );
  return insertDraft(
    ctx,
    principal,
    {
      title: input.title ?? defaultProposalTitle(found.scenarioName, found.run.runNo),
      round: input.round,
      tmt: input.tmt,
      planId,
      planSummary: planSummaryOf(plan),
      items: inputs,
    },
    built,
    meta,
    judged,
  );
}
