import type { InfeasibleAssignment } from '../assignment-types.js';
import type { PlanProblem } from './plan-problem.js';
import { isMove } from './plan-solve.js';
import type { PlanInfeasible, PlanInfeasibleRow, PlanInput } from './plan-types.js';

// The INFEASIBLE outcomes of a plan: each names the rows that cannot be placed and why.

function infeasibleRow(
  input: PlanInput,
  problem: PlanProblem,
  r: number,
  reason: PlanInfeasibleRow['reason'],
): PlanInfeasibleRow {
  const e = input.candidates[problem.rowCandidate[r]!]!.employee;
  return {
    employeeId: e.id,
    nip: e.nip,
    reason,
    allowedPositionIds: problem.rowPosts[r]!.map((p) => input.posts[p]!.position.id),
  };
}

function infeasible(input: PlanInput, rows: PlanInfeasibleRow[], id: string, en: string): PlanInfeasible {
  return { status: 'INFEASIBLE', scenario: input.scenario, asOf: input.asOf, rows, message: { id, en } };
}

/** People without a post and without any allowed seat. */
export function noSeatRows(input: PlanInput, problem: PlanProblem): PlanInfeasible | null {
  const rows: PlanInfeasibleRow[] = [];
  for (let r = 0; r + 1 < problem.rowStart.length; r++) {
    if (problem.rowStart[r] === problem.rowStart[r + 1])
      rows.push(infeasibleRow(input, problem, r, 'NO_ALLOWED_SEAT'));
  }
  if (rows.length === 0) return null;
  const nips = rows.map((x) => x.nip).join(', ');
  return infeasible(
    input,
    rows,
    `${rows.length} pegawai tanpa jabatan tidak memenuhi syarat untuk formasi mana pun dalam cakupan: ${nips}`,
    `${rows.length} employee(s) without a post are eligible for no seat in scope: ${nips}`,
  );
}

/** More rows than seats: the people without a post cannot all be placed. */
export function seatsShort(input: PlanInput, problem: PlanProblem): PlanInfeasible {
  const rows: PlanInfeasibleRow[] = [];
  for (let r = 0; r + 1 < problem.rowStart.length; r++) {
    if (problem.rowOwnPost[r]! < 0) rows.push(infeasibleRow(input, problem, r, 'SEATS_SHORT'));
  }
  return infeasible(
    input,
    rows,
    `Formasi dalam cakupan (${problem.colPost.length}) lebih sedikit dari pegawai yang harus ditempatkan (${problem.rowStart.length - 1})`,
    `Seats in scope (${problem.colPost.length}) are fewer than the employees to place (${problem.rowStart.length - 1})`,
  );
}

/** The solver's Hall violator: rows whose allowed seats are fewer than they are. */
export function fromSolverInfeasible(
  input: PlanInput,
  problem: PlanProblem,
  d: InfeasibleAssignment,
): PlanInfeasible {
  const members = d.side === 'row' ? d.witness.members : d.unmatched;
  const rows = members.map((r) => infeasibleRow(input, problem, r, 'SEATS_SHORT'));
  const nips = rows.map((x) => x.nip).join(', ');
  return infeasible(
    input,
    rows,
    `${rows.length} pegawai berebut ${d.witness.neighbours.length} formasi yang diizinkan: ${nips}`,
    `${rows.length} employee(s) compete for ${d.witness.neighbours.length} allowed seat(s): ${nips}`,
  );
}

/** Even the highest move cost needs more moves than the limit: the rows that must move. */
export function moveLimit(
  input: PlanInput,
  problem: PlanProblem,
  rowToCol: Int32Array,
  moves: number,
): PlanInfeasible {
  const rows: PlanInfeasibleRow[] = [];
  for (let r = 0; r < rowToCol.length; r++) {
    if (isMove(problem, r, rowToCol[r]!)) rows.push(infeasibleRow(input, problem, r, 'MOVE_LIMIT'));
  }
  const max = input.scenario.objectives.maxMoves;
  return infeasible(
    input,
    rows,
    `Penempatan pegawai tanpa jabatan memerlukan paling sedikit ${moves} mutasi, lebih dari batas ${max}`,
    `Placing the employees without a post needs at least ${moves} moves, more than the limit of ${max}`,
  );
}
