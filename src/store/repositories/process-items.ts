import type { Kysely, Transaction } from 'kysely';
import type { LocalDate } from '../../core/model/local-date.js';
import type { MoveType } from '../../core/workflow/move-types.js';
import type { ProposalItem, StoredEligibility } from '../../core/workflow/proposal-model.js';
import type { Database } from '../schema.js';

export interface NewProposalItem {
  readonly instansiId: number;
  readonly proposalId: number;
  readonly employeeId: number;
  readonly fromPositionId: number | null;
  readonly fromUnitId: number | null;
  readonly toPositionId: number;
  readonly toUnitId: number;
  readonly moveType: MoveType;
  readonly isPromotion: boolean;
  readonly isDemotion: boolean;
  readonly reason: string;
  readonly legalGround: string;
  readonly explanation: unknown;
}

export async function insertItems(
  trx: Transaction<Database>,
  items: readonly NewProposalItem[],
): Promise<number[]> {
  if (items.length === 0) return [];
  const rows = await trx
    .insertInto('proposal_items')
    .values(
      items.map((i) => ({
        instansi_id: i.instansiId,
        proposal_id: i.proposalId,
        employee_id: i.employeeId,
        from_position_id: i.fromPositionId,
        from_unit_id: i.fromUnitId,
        to_position_id: i.toPositionId,
        to_unit_id: i.toUnitId,
        move_type: i.moveType,
        is_promotion: i.isPromotion,
        is_demotion: i.isDemotion,
        reason: i.reason,
        legal_ground: i.legalGround,
        explanation_json:
          i.explanation === null || i.explanation === undefined ? null : JSON.stringify(i.explanation),
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Removes one item of a proposal; false when it is not there. */
export async function deleteItem(
  trx: Transaction<Database>,
  proposalId: number,
  itemId: number,
): Promise<boolean> {
  const r = await trx
    .deleteFrom('proposal_items')
    .where('proposal_id', '=', proposalId)
    .where('id', '=', itemId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function setItemEligibility(
  trx: Transaction<Database>,
  itemId: number,
  e: StoredEligibility,
): Promise<void> {
  await trx
    .updateTable('proposal_items')
    .set({
      eligibility_status: e.status,
      eligibility_json: JSON.stringify(e.results),
      eligibility_checked_on: e.checkedOn,
    })
    .where('id', '=', itemId)
    .execute();
}

/** The items of proposals, with the names of the person, posts and units, in insertion order. */
export async function listItems(
  db: Kysely<Database>,
  proposalIds: readonly number[],
): Promise<ProposalItem[]> {
  if (proposalIds.length === 0) return [];
  const rows = await db
    .selectFrom('proposal_items as i')
    .innerJoin('employees as e', 'e.id', 'i.employee_id')
    .innerJoin('positions as tp', 'tp.id', 'i.to_position_id')
    .innerJoin('units as tu', 'tu.id', 'i.to_unit_id')
    .leftJoin('positions as fp', 'fp.id', 'i.from_position_id')
    .leftJoin('units as fu', 'fu.id', 'i.from_unit_id')
    .selectAll('i')
    .select([
      'e.nip',
      'e.name as employee_name',
      'e.front_title',
      'e.back_title',
      'e.current_golongan',
      'tp.name as to_position_name',
      'tu.name as to_unit_name',
      'fp.name as from_position_name',
      'fu.name as from_unit_name',
    ])
    .where('i.proposal_id', 'in', [...proposalIds])
    .orderBy('i.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    proposalId: r.proposal_id,
    employeeId: r.employee_id,
    nip: r.nip,
    employeeName:
      [r.front_title, r.employee_name].filter(Boolean).join(' ') + (r.back_title ? `, ${r.back_title}` : ''),
    golongan: r.current_golongan,
    fromPositionId: r.from_position_id,
    fromPositionName: r.from_position_name,
    fromUnitId: r.from_unit_id,
    fromUnitName: r.from_unit_name,
    toPositionId: r.to_position_id,
    toPositionName: r.to_position_name,
    toUnitId: r.to_unit_id,
    toUnitName: r.to_unit_name,
    moveType: r.move_type as MoveType,
    isPromotion: Boolean(r.is_promotion),
    isDemotion: Boolean(r.is_demotion),
    reason: r.reason,
    legalGround: r.legal_ground,
    explanation: r.explanation_json === null ? null : JSON.parse(r.explanation_json),
    eligibility:
      r.eligibility_status === null
        ? null
        : {
            status: r.eligibility_status as StoredEligibility['status'],
            checkedOn: r.eligibility_checked_on as LocalDate,
            results: r.eligibility_json === null ? null : JSON.parse(r.eligibility_json),
          },
  }));
}

/** Employees already in another open proposal (not final), so one person is not moved twice. */
export async function employeesInOpenProposals(
  db: Kysely<Database>,
  instansiId: number,
  employeeIds: readonly number[],
  exceptProposalId: number,
): Promise<number[]> {
  if (employeeIds.length === 0) return [];
  const rows = await db
    .selectFrom('proposal_items as i')
    .innerJoin('proposals as p', 'p.id', 'i.proposal_id')
    .select('i.employee_id')
    .where('p.instansi_id', '=', instansiId)
    .where('p.id', '!=', exceptProposalId)
    .where('p.state', 'not in', ['REJECTED', 'CLOSED', 'WITHDRAWN', 'CANCELLED', 'EFFECTIVE'])
    .where('i.employee_id', 'in', [...employeeIds])
    .execute();
  return rows.map((r) => r.employee_id);
}

/**
 * The open proposals (not final) that already hold some of these people, with their numbers, so a
 * refusal can name the proposal each person is in. Pass a transaction to read inside it.
 */
export async function openProposalsOfEmployees(
  db: Kysely<Database>,
  instansiId: number,
  employeeIds: readonly number[],
  exceptProposalId: number,
): Promise<{ employeeId: number; proposalId: number; number: string }[]> {
  if (employeeIds.length === 0) return [];
  const rows = await db
    .selectFrom('proposal_items as i')
    .innerJoin('proposals as p', 'p.id', 'i.proposal_id')
    .select(['i.employee_id', 'p.id', 'p.number'])
    .where('p.instansi_id', '=', instansiId)
    .where('p.id', '!=', exceptProposalId)
    .where('p.state', 'not in', ['REJECTED', 'CLOSED', 'WITHDRAWN', 'CANCELLED', 'EFFECTIVE'])
    .where('i.employee_id', 'in', [...employeeIds])
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({ employeeId: r.employee_id, proposalId: r.id, number: r.number }));
}

/** The person and current post of each NIP that exists in the instansi, in one query (a proposal's moves). */
export async function employeesByNips(
  db: Kysely<Database>,
  instansiId: number,
  nips: readonly string[],
): Promise<Map<string, { id: number; currentPositionId: number | null; currentUnitId: number | null }>> {
  if (nips.length === 0) return new Map();
  const rows = await db
    .selectFrom('employees as e')
    .leftJoin('positions as p', 'p.id', 'e.current_position_id')
    .select(['e.id', 'e.nip', 'e.current_position_id', 'p.unit_id'])
    .where('e.instansi_id', '=', instansiId)
    .where('e.nip', 'in', [...new Set(nips)])
    .execute();
  return new Map(
    rows.map((r) => [
      r.nip,
      { id: r.id, currentPositionId: r.current_position_id, currentUnitId: r.unit_id },
    ]),
  );
}
