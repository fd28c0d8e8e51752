import { careerTier } from '../../core/eligibility/index.js';
import { DomainError } from '../../core/errors.js';
import { normalizeNip } from '../../core/model/nip.js';
import { inferMoveType, type MoveType, moveDirection } from '../../core/workflow/move-types.js';
import { employeesByNips, type NewProposalItem } from '../../store/repositories/process-items.js';
import type { AppContext } from '../app-context.js';
import { loadMatchingWorld } from '../matching/matching-world.js';

export interface ItemInput {
  readonly nip: string;
  readonly toPositionId: number;
  /** Default: inferred from the OPDs of the two posts (DOMAIN.md 1.2). */
  readonly moveType?: MoveType | undefined;
  readonly reason: string;
  readonly legalGround: string;
  /** The plan's explanation of the move (issue 6), kept as it came. */
  readonly explanation?: unknown;
}

const itemError = (index: number, field: string, value: unknown, rule: string, id: string, en: string) =>
  new DomainError('VALIDATION_FAILED', { id, en }, { field: `items.${index}.${field}`, value, rule });

/**
 * Resolves the moves of a proposal: the person by NIP, their current post and unit (the "from"),
 * the target post and its unit, the move type and the promotion/demotion flags from the career
 * tiers. Unknown people or posts are 400s naming the item's field. The posts and the people load in
 * two queries whatever the number of moves.
 */
export async function buildItems(
  ctx: AppContext,
  instansiId: number,
  proposalId: number,
  inputs: readonly ItemInput[],
): Promise<NewProposalItem[]> {
  const [world, people] = await Promise.all([
    loadMatchingWorld(ctx, instansiId, { employeeId: [] }),
    employeesByNips(
      ctx.db,
      instansiId,
      inputs.map((i) => normalizeNip(i.nip)),
    ),
  ]);
  const seen = new Set<number>();
  const out: NewProposalItem[] = [];
  for (const [index, input] of inputs.entries()) {
    const employee = people.get(normalizeNip(input.nip));
    if (!employee) {
      throw itemError(
        index,
        'nip',
        input.nip,
        'EMPLOYEE_EXISTS',
        `Pegawai NIP ${input.nip} tidak ditemukan`,
        `No employee with NIP ${input.nip}`,
      );
    }
    if (seen.has(employee.id)) {
      throw itemError(
        index,
        'nip',
        input.nip,
        'ONE_MOVE_PER_PERSON',
        `NIP ${input.nip} tercantum dua kali`,
        `NIP ${input.nip} appears twice`,
      );
    }
    seen.add(employee.id);
    const to = world.postById.get(input.toPositionId);
    if (!to) {
      throw itemError(
        index,
        'toPositionId',
        input.toPositionId,
        'POSITION_EXISTS',
        `Jabatan #${input.toPositionId} tidak ditemukan`,
        `Position #${input.toPositionId} not found`,
      );
    }
    if (employee.currentPositionId === input.toPositionId) {
      throw itemError(
        index,
        'toPositionId',
        input.toPositionId,
        'NOT_SAME_POSITION',
        'Jabatan tujuan sama dengan jabatan saat ini',
        'The target position is the current position',
      );
    }
    const from =
      employee.currentPositionId === null ? undefined : world.postById.get(employee.currentPositionId);
    const moveType = input.moveType ?? inferMoveType(from?.unit.opdCode ?? null, to.unit.opdCode, false);
    out.push({
      instansiId,
      proposalId,
      employeeId: employee.id,
      fromPositionId: employee.currentPositionId,
      fromUnitId: from?.position.unitId ?? employee.currentUnitId,
      toPositionId: to.position.id,
      toUnitId: to.position.unitId,
      moveType,
      ...moveDirection(from ? careerTier(from.position.grade) : null, careerTier(to.position.grade)),
      reason: input.reason,
      legalGround: input.legalGround,
      explanation: input.explanation ?? null,
    });
  }
  return out;
}
