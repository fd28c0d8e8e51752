import type { LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import { countInstansiEmployees } from '../../store/repositories/process-eligible-moves.js';
import type { AppContext } from '../app-context.js';
import { announceProposal } from './announce-proposal.js';
import { approveProposal } from './approve-proposal.js';
import { addProposalItems } from './change-proposal-items.js';
import { closeProposal } from './close-proposal.js';
import { findEligibleMoves } from './find-eligible-moves.js';
import { issueDecree } from './issue-decree.js';
import { proposeFromPlan } from './propose-from-plan.js';
import { reviewProposal } from './review-proposal.js';
import { holdBoard } from './seed-process-demo-board.js';
import { META, on, principalOf, type Round } from './seed-process-demo-context.js';
import { draftAndVerify, draftByHand, handItems } from './seed-process-demo-draft.js';
import { addShortTenureMove, recordDemoOverrides } from './seed-process-demo-override.js';
import { seedDemoPlan } from './seed-process-demo-plan.js';
import { signDecree } from './sign-decree.js';
import { takeEffect } from './take-effect.js';

/** Above this many employees the demo gets no process history (see seedProcessDemo). */
export const MAX_EMPLOYEES_FOR_HISTORY = 20_000;

/**
 * The demo's process history, made through the same services as the UI: round 2025-II went the
 * whole way (proposal, board session with minutes, approval, SK with PDFs signed by the Wali Kota,
 * announcement, effective, closed), and round 2026-II waits for the review board, one of its moves
 * passing the 2-year minimum through a recorded exception. Dates are in the past so the audit log and
 * the transparency page show a real history on first start. Round 2025-II starts from a small stored
 * plan, so its certificate is public. Returns the proposal numbers. Takes about 2-4 s on the 300 to
 * 2,500-employee demo, of which the plan and its draft about 0.4 s and 1.1 s (measured, 2 shared cores).
 */
export async function seedProcessDemo(ctx: AppContext, instansiId: number): Promise<string[]> {
  const n = await countInstansiEmployees(ctx.db, instansiId);
  // Note: the history is for people exploring the demo; the 100,000-employee measurement data set
  // would only pay seconds per matching-world load for it (each service call loads the posts).
  if (n > MAX_EMPLOYEES_FOR_HISTORY) return [];
  const people = {
    operator: await principalOf(ctx, 'operator'),
    head: await principalOf(ctx, 'kepala.bkpsdm'),
    tpk: await principalOf(ctx, 'tpk'),
    ppk: await principalOf(ctx, 'walikota'),
  };
  // One search for both rounds: the people of 2026-II were eligible in 2025 and only gained tenure;
  // each round judges its moves on its TMT (DOMAIN.md 15.6), so the search checks both TMTs too.
  const found = await findEligibleMoves(
    on(ctx, '2025-09-01'),
    instansiId,
    '2025-09-03' as LocalDate,
    5,
    [],
    ['2025-10-08' as LocalDate, '2027-01-04' as LocalDate],
  );
  const pastMoves = found.slice(0, 3);
  if (pastMoves.length === 0) return [];
  const past: Round = {
    title: 'Mutasi pelaksana dan JF periode II 2025',
    round: '2025-II',
    tmt: '2025-10-08',
    created: '2025-09-01',
    verified: '2025-09-03',
  };
  // Round 2025-II starts from a plan (issue 7 item 8), so its optimality certificate is public.
  const planId = await seedDemoPlan(ctx, instansiId, people, pastMoves, past);
  // The plan moves whom it finds worth moving; the operator adds the round's other moves by hand
  // (people and posts the plan left alone), as a real round mixes both.
  const fromPlan = async (round: Round) => {
    const c = on(ctx, round.created);
    const d = await proposeFromPlan(
      c,
      people.operator,
      planId!,
      { round: round.round, tmt: round.tmt as LocalDate, title: round.title },
      META,
    );
    const moved = new Set(d.items.map((i) => i.employeeId));
    const filled = new Set(d.items.map((i) => i.toPositionId));
    const rest = pastMoves.filter((m) => !moved.has(m.employeeId) && !filled.has(m.toPositionId));
    if (rest.length === 0) return d;
    return addProposalItems(
      c,
      people.operator,
      { proposalId: d.proposal.id, version: d.proposal.version, items: handItems(rest) },
      META,
    );
  };
  let v = await draftAndVerify(ctx, people, planId ? fromPlan : draftByHand(ctx, people, pastMoves), past);
  await holdBoard(ctx, people, v, '2025-09-10', '800.1.3/07/TPK/2025');
  const step = async (date: string, who: Principal, f: typeof reviewProposal) => {
    v = await f(on(ctx, date), who, { proposalId: v.proposal.id, version: v.proposal.version }, META);
  };
  await step('2025-09-10', people.tpk, reviewProposal);
  await step('2025-09-15', people.ppk, approveProposal);
  await step('2025-09-22', people.operator, issueDecree);
  // The Wali Kota signs the SK the day it is issued and records it himself.
  await step('2025-09-22', people.ppk, signDecree);
  await step('2025-09-23', people.operator, announceProposal);
  await step('2025-10-08', people.operator, takeEffect);
  await step('2025-10-09', people.operator, closeProposal);
  const numbers = [v.proposal.number];

  // The next round's people and posts: none the past round already moved or filled.
  const movedIds = new Set(v.items.map((i) => i.employeeId));
  const filled = new Set(v.items.map((i) => i.toPositionId));
  const nextMoves = found
    .slice(pastMoves.length)
    .filter((m) => !movedIds.has(m.employeeId) && !filled.has(m.toPositionId));
  if (nextMoves.length > 0) {
    const next: Round = {
      title: 'Mutasi pelaksana dan JF periode II 2026',
      round: '2026-II',
      tmt: '2027-01-04',
      created: '2026-11-16',
      verified: '2026-11-18',
    };
    // One move of the round only the 2-year minimum blocks: the head of BKPSDM records the exception
    // (penataan organisasi, with its memorandum) before verifying (DOMAIN.md 15.6).
    const taken = {
      people: [...movedIds, ...found.map((m) => m.employeeId)],
      posts: [...filled, ...nextMoves.map((m) => m.toPositionId)],
    };
    let short = new Set<string>();
    const draft = async (round: Round) => {
      const d = await draftByHand(ctx, people, nextMoves)(round);
      const w = await addShortTenureMove(ctx, instansiId, people.operator, d, round, taken);
      short = new Set(w.items.filter((i) => !nextMoves.some((m) => m.nip === i.nip)).map((i) => i.nip));
      return w;
    };
    const w = await draftAndVerify(ctx, people, draft, next, (v) =>
      recordDemoOverrides(ctx, people.head, v, next, short),
    );
    numbers.push(w.proposal.number);
  }
  return numbers;
}
