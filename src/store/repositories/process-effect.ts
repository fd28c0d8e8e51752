import type { Kysely, Transaction } from 'kysely';
import { DomainError } from '../../core/errors.js';
import { addDays, compareDates, type LocalDate } from '../../core/model/local-date.js';
import type { Database } from '../schema.js';
import { refreshEmployeeCurrent } from './employee-current.js';
import { seatCounts } from './position-seats.js';

export interface MoveToApply {
  readonly employeeId: number;
  readonly nip: string;
  readonly fromPositionId: number | null;
  readonly toPositionId: number;
}

export interface AppliedMove {
  readonly nip: string;
  readonly closedAssignmentId: number | null;
  readonly openedAssignmentId: number;
  readonly fromPositionId: number | null;
  readonly toPositionId: number;
}

/**
 * Moves the people on `tmt` in the caller's transaction: each current assignment ends the day before
 * the TMT, a new one starts on it (with the SK number), and the employees' current columns are
 * refreshed. A person no longer in the post the proposal moved them from, or a post that would hold
 * more people than its seats, is a CONFLICT and the caller's transaction writes nothing.
 */
export async function applyMoves(
  trx: Transaction<Database>,
  instansiId: number,
  moves: readonly MoveToApply[],
  tmt: LocalDate,
  skNumber: string,
): Promise<AppliedMove[]> {
  const applied: AppliedMove[] = [];
  for (const m of moves) {
    const current = await trx
      .selectFrom('position_assignments')
      .select(['id', 'position_id', 'start_date'])
      .where('instansi_id', '=', instansiId)
      .where('employee_id', '=', m.employeeId)
      .where('end_date', 'is', null)
      .executeTakeFirst();
    if ((current?.position_id ?? null) !== m.fromPositionId) {
      throw new DomainError(
        'CONFLICT',
        {
          id: `Jabatan NIP ${m.nip} telah berubah sejak usulan dibuat; perbarui usulan`,
          en: `The position of NIP ${m.nip} changed since the proposal was made; update the proposal`,
        },
        { field: 'items', value: m.nip, rule: 'FROM_POSITION_CURRENT' },
      );
    }
    if (current) {
      const end = addDays(tmt, -1);
      if (compareDates(end, current.start_date as LocalDate) < 0) {
        throw new DomainError(
          'CONFLICT',
          {
            id: `Jabatan NIP ${m.nip} saat ini dimulai ${current.start_date}, setelah TMT ${tmt}`,
            en: `The current post of NIP ${m.nip} started on ${current.start_date}, after the TMT ${tmt}`,
          },
          { field: 'tmt', value: tmt, rule: 'TMT_AFTER_CURRENT_START' },
        );
      }
      await trx
        .updateTable('position_assignments')
        .set((eb) => ({
          end_date: end,
          updated_at: new Date().toISOString(),
          version: eb('version', '+', 1),
        }))
        .where('id', '=', current.id)
        .execute();
    }
    const opened = await trx
      .insertInto('position_assignments')
      .values({
        instansi_id: instansiId,
        employee_id: m.employeeId,
        position_id: m.toPositionId,
        start_date: tmt,
        sk_number: skNumber,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    applied.push({
      nip: m.nip,
      closedAssignmentId: current?.id ?? null,
      openedAssignmentId: opened.id,
      fromPositionId: m.fromPositionId,
      toPositionId: m.toPositionId,
    });
  }
  await checkSeats(trx, instansiId, [...new Set(moves.map((m) => m.toPositionId))]);
  await refreshEmployeeCurrent(
    trx,
    instansiId,
    moves.map((m) => m.employeeId),
  );
  return applied;
}

async function checkSeats(
  trx: Transaction<Database>,
  instansiId: number,
  positionIds: readonly number[],
): Promise<void> {
  const counts = await seatCounts(trx, instansiId, positionIds);
  const found = [...counts].find(([, c]) => c.holders > c.seats);
  const over = found ? { id: found[0], name: found[1].name, seats: found[1].seats } : undefined;
  if (over) {
    throw new DomainError(
      'POSITION_FULL',
      {
        id: `Jabatan ${over.name} hanya memiliki ${over.seats} formasi`,
        en: `Position ${over.name} has only ${over.seats} seats`,
      },
      { field: 'items', value: over.id, rule: 'POSITION_SEATS' },
    );
  }
}

export async function recordApplication(
  trx: Transaction<Database>,
  a: {
    instansiId: number;
    proposalId: number;
    appliedOn: LocalDate;
    userId: number | null;
    changes: readonly AppliedMove[];
    at: string;
  },
): Promise<void> {
  await trx
    .insertInto('effective_applications')
    .values({
      instansi_id: a.instansiId,
      proposal_id: a.proposalId,
      applied_on: a.appliedOn,
      applied_by_user_id: a.userId,
      changes_json: JSON.stringify(a.changes),
      applied_at: a.at,
    })
    .execute();
}

/**
 * Counts for the public transparency page: the moves decreed in a round (those with a petikan, so
 * candidates the board turned down are not counted), per type and per target unit.
 */
export async function moveCountsOfRound(db: Kysely<Database>, instansiId: number, round: string) {
  const base = db
    .selectFrom('decree_excerpts as x')
    .innerJoin('proposal_items as i', 'i.id', 'x.item_id')
    .innerJoin('proposals as p', 'p.id', 'i.proposal_id')
    .where('p.instansi_id', '=', instansiId)
    .where('p.round', '=', round)
    .where('p.state', 'not in', ['CANCELLED']);
  const [byType, byUnit] = await Promise.all([
    base
      .select(['i.move_type', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('i.move_type')
      .orderBy('i.move_type')
      .execute(),
    base
      .innerJoin('units as u', 'u.id', 'i.to_unit_id')
      .select(['u.name', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('u.name')
      .orderBy('u.name')
      .execute(),
  ]);
  return {
    byType: byType.map((r) => ({ moveType: r.move_type, count: Number(r.n) })),
    byUnit: byUnit.map((r) => ({ unit: r.name, count: Number(r.n) })),
  };
}
