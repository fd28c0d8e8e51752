import { DEFAULT_MATCHING_POLICY } from '../../core/matching/index.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import { DEFAULT_PLAN_OBJECTIVES, type PlanScenario } from '../../core/solver/plan/plan-types.js';
import { finishPlanRun, insertPlanRun, markPlanRunStarted } from '../../store/repositories/planning-runs.js';
import { countInstansiEmployees } from '../../store/repositories/process-eligible-moves.js';
import { findUserByUsername } from '../../store/repositories/users.js';
import type { AppContext } from '../app-context.js';
import { computePlan } from '../planning/compute-plan.js';
import { endOf } from '../planning/plan-run-end.js';
import { writeScenario } from '../planning/save-scenario.js';
import { announceProposal } from './announce-proposal.js';
import { approveProposal } from './approve-proposal.js';
import { addProposalItems } from './change-proposal-items.js';
import { closeProposal } from './close-proposal.js';
import { createBoardSession } from './create-board-session.js';
import { createProposal } from './create-proposal.js';
import { type EligibleMove, findEligibleMoves } from './find-eligible-moves.js';
import { issueDecree } from './issue-decree.js';
import type { ProposalView } from './proposal-view.js';
import { proposeFromPlan } from './propose-from-plan.js';
import { declareConflicts, recordAttendance, recordBoardDecision } from './record-board-session.js';
import { renderBoardMinutes } from './render-board-minutes.js';
import { reviewProposal } from './review-proposal.js';
import { submitProposal } from './submit-proposal.js';
import { takeEffect } from './take-effect.js';
import { verifyProposal } from './verify-proposal.js';

const META = { ip: null };

/** Above this many employees the demo gets no process history (see seedProcessDemo). */
export const MAX_EMPLOYEES_FOR_HISTORY = 20_000;

/** The context as it was on a past day: services read the clock only through `ctx.now()`. */
const on = (ctx: AppContext, date: string): AppContext => ({
  ...ctx,
  now: () => new Date(`${date}T02:00:00Z`),
});

async function principalOf(ctx: AppContext, username: string): Promise<Principal> {
  const u = await findUserByUsername(ctx.db, username);
  if (!u) throw new Error(`demo account ${username} is missing`);
  return {
    userId: u.id,
    instansiId: u.instansiId,
    role: u.role as Exclude<Principal['role'], 'OPD_HEAD' | 'EMPLOYEE'>,
  };
}

const REASONS = [
  'Penyegaran organisasi dan pemerataan beban kerja',
  'Kebutuhan organisasi pada unit tujuan',
  'Pengembangan karier sesuai kompetensi',
];

type Round = { title: string; round: string; tmt: string; created: string; verified: string };

const handItems = (moves: readonly EligibleMove[]) =>
  moves.map((m, i) => ({
    nip: m.nip,
    toPositionId: m.toPositionId,
    reason: REASONS[i % REASONS.length]!,
    legalGround: 'PP 11/2017 Pasal 190 jo. PP 17/2020',
  }));

/** A hand-made draft of the moves found by `findEligibleMoves`. */
const draftByHand =
  (ctx: AppContext, people: Record<string, Principal>, moves: readonly EligibleMove[]) =>
  async (round: Round): Promise<ProposalView> =>
    createProposal(
      on(ctx, round.created),
      people.operator!,
      {
        title: round.title,
        round: round.round,
        tmt: round.tmt as LocalDate,
        items: handItems(moves),
      },
      META,
    );

/**
 * The plan round 2025-II starts from: a VACANCIES scenario limited to the posts and people of the
 * moves found (so it costs a fraction of a second even on 2,500 employees), computed on this thread
 * and stored as a finished run, so the plans page and the transparency page show it. No move cost:
 * the small demo scope would otherwise keep nearly everyone in place. Null when it moves nobody.
 */
async function seedDemoPlan(
  ctx: AppContext,
  instansiId: number,
  people: Record<string, Principal>,
  moves: readonly EligibleMove[],
  round: Round,
): Promise<number | null> {
  const scope = {
    mode: 'VACANCIES' as const,
    unitIds: [],
    positionIds: moves.map((m) => m.toPositionId),
    nips: moves.map((m) => m.nip),
  };
  const objectives = { ...DEFAULT_PLAN_OBJECTIVES, moveCost: 0 };
  const at = on(ctx, round.created).now();
  const scenario = await ctx.db.transaction().execute((trx) =>
    writeScenario(
      trx,
      instansiId,
      null,
      {
        name: `Pengisian formasi kosong ${round.round}`,
        description: 'Rencana yang menjadi dasar usulan mutasi periode II 2025 (data demo).',
        scope,
        objectives,
      },
      { userId: people.operator!.userId, ip: null, at },
    ),
  );
  const definition: PlanScenario = {
    name: scenario.name,
    scope,
    policyVersion: scenario.definition.policyVersion ?? DEFAULT_MATCHING_POLICY.version,
    objectives,
  };
  const outcome = await computePlan(ctx, definition, round.verified as LocalDate, instansiId);
  const run = await insertPlanRun(ctx.db, instansiId, {
    scenarioId: scenario.scenarioId,
    scenarioVersion: scenario.version,
    asOf: round.verified,
    requestedAt: at.toISOString(),
    requestedByUserId: people.operator!.userId,
  });
  await markPlanRunStarted(ctx.db, run.id, at.toISOString());
  await finishPlanRun(ctx.db, run.id, endOf(outcome, at.toISOString()));
  return outcome.status === 'OPTIMAL' && outcome.moves.length > 0 ? run.id : null;
}

async function draftAndVerify(
  ctx: AppContext,
  people: Record<string, Principal>,
  draft: (round: Round) => Promise<ProposalView>,
  round: Round,
): Promise<ProposalView> {
  let v = await draft(round);
  v = await submitProposal(
    on(ctx, round.created),
    people.operator!,
    { proposalId: v.proposal.id, version: v.proposal.version },
    META,
  );
  return verifyProposal(
    on(ctx, round.verified),
    people.head!,
    { proposalId: v.proposal.id, version: v.proposal.version },
    META,
  );
}

/** A board session on `date` deciding every candidate of the proposal (the last one DISAGREE when several). */
async function holdBoard(
  ctx: AppContext,
  people: Record<string, Principal>,
  proposal: ProposalView,
  date: string,
  number: string,
) {
  const c = on(ctx, date);
  const board = people.tpk!;
  const names = await Promise.all(['tpk', 'tpk2', 'tpk3'].map((u) => findUserByUsername(ctx.db, u)));
  let s = await createBoardSession(
    c,
    board,
    {
      number,
      heldOn: date as LocalDate,
      place: 'Ruang Rapat Sekretariat Daerah Kota Sibolga',
      members: [
        {
          name: names[0]!.displayName,
          positionTitle: 'Sekretaris Daerah',
          role: 'KETUA',
          userId: names[0]!.id,
        },
        {
          name: names[1]!.displayName,
          positionTitle: 'Asisten Pemerintahan dan Kesra',
          role: 'ANGGOTA',
          userId: names[1]!.id,
        },
        { name: names[2]!.displayName, positionTitle: 'Inspektur', role: 'ANGGOTA', userId: names[2]!.id },
      ],
      proposalIds: [proposal.proposal.id],
    },
    META,
  );
  const id = s.session.id;
  s = await recordAttendance(
    c,
    board,
    {
      sessionId: id,
      version: s.session.version,
      attendance: s.session.members.map((m) => ({ memberId: m.id, present: true })),
    },
    META,
  );
  s = await declareConflicts(
    c,
    board,
    {
      sessionId: id,
      version: s.session.version,
      declarations: proposal.items.flatMap((item) =>
        s.session.members.map((m) => ({
          memberId: m.id,
          itemId: item.id,
          hasConflict: false,
          statement: 'Tidak memiliki hubungan keluarga atau kepentingan langsung dengan kandidat',
        })),
      ),
    },
    META,
  );
  for (const [i, item] of proposal.items.entries()) {
    const disagree = proposal.items.length > 2 && i === proposal.items.length - 1;
    s = await recordBoardDecision(
      c,
      board,
      {
        sessionId: id,
        version: s.session.version,
        itemId: item.id,
        decision: disagree ? 'DISAGREE' : 'AGREE',
        notes: disagree
          ? 'Kompetensi teknis belum sesuai standar jabatan tujuan'
          : 'Memenuhi persyaratan dan kebutuhan organisasi',
      },
      META,
    );
  }
  await renderBoardMinutes(c, board, id, META);
}

/**
 * The demo's process history, made through the same services as the UI: round 2025-II went the
 * whole way (proposal, board session with minutes, approval, SK with PDFs, announcement, effective,
 * closed), and round 2026-II waits for the review board. Dates are in the past so the audit log and
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
  // One search for both rounds: the people of 2026-II were eligible in 2025 and only gained tenure.
  const found = await findEligibleMoves(on(ctx, '2025-09-01'), instansiId, '2025-09-03' as LocalDate, 5);
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
  await step('2025-09-23', people.operator, announceProposal);
  await step('2025-10-08', people.operator, takeEffect);
  await step('2025-10-09', people.operator, closeProposal);
  const numbers = [v.proposal.number];

  // The next round's people and posts: none the past round already moved or filled.
  const movedIds = new Set(v.items.map((i) => i.employeeId));
  const filled = new Set(v.items.map((i) => i.toPositionId));
  const nextMoves = found
    .slice(planId ? 6 : 3)
    .filter((m) => !movedIds.has(m.employeeId) && !filled.has(m.toPositionId));
  if (nextMoves.length > 0) {
    const w = await draftAndVerify(ctx, people, draftByHand(ctx, people, nextMoves), {
      title: 'Mutasi pelaksana dan JF periode II 2026',
      round: '2026-II',
      tmt: '2027-01-04',
      created: '2026-11-16',
      verified: '2026-11-18',
    });
    numbers.push(w.proposal.number);
  }
  return numbers;
}
