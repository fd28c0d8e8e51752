import { DomainError } from '../../core/errors.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { normalizeNip } from '../../core/model/nip.js';
import type { Pasal107Check } from '../../core/selection/selection-model.js';
import { employeesByNip } from '../../store/repositories/evaluation-people.js';
import type { AppContext } from '../app-context.js';
import { checkIn, loadPasal107World } from './pasal-107-world.js';

/**
 * Employee ids for NIPs of the instansi, in the given order; an unknown NIP is a 400 naming its field
 * (the body named someone who is not there, like a proposal's items).
 * @example await resolveNips(ctx, 1, [{ nip: '1972...', field: 'candidates.0.nip' }]) // [412]
 */
export async function resolveNips(
  ctx: AppContext,
  instansiId: number,
  wanted: readonly { nip: string; field: string }[],
): Promise<number[]> {
  const found = await employeesByNip(
    ctx.db,
    instansiId,
    wanted.map((w) => normalizeNip(w.nip)),
  );
  return wanted.map((w) => {
    const person = found.get(normalizeNip(w.nip));
    if (!person) {
      throw new DomainError(
        'VALIDATION_FAILED',
        { id: `Pegawai NIP ${w.nip} tidak ditemukan`, en: `No employee with NIP ${w.nip}` },
        { field: w.field, value: w.nip, rule: 'EMPLOYEE_EXISTS' },
      );
    }
    return person.id;
  });
}

/**
 * The Pasal 107 check of each person for the post on `asOf`, through the same eligibility rules
 * and career facts matching uses (see {@link loadPasal107World}).
 */
export async function checkPasal107For(
  ctx: AppContext,
  instansiId: number,
  positionId: number,
  employeeIds: readonly number[],
  asOf: LocalDate,
): Promise<Map<number, Pasal107Check>> {
  const world = await loadPasal107World(ctx, instansiId, employeeIds);
  const out = new Map<number, Pasal107Check>();
  for (const employeeId of employeeIds) {
    const check = checkIn(world, employeeId, positionId, asOf);
    // Both were resolved in this instansi just before: a miss is a bug, not bad input.
    if (!check) throw new Error(`no Pasal 107 facts for employee ${employeeId} and post ${positionId}`);
    out.set(employeeId, check);
  }
  return out;
}
