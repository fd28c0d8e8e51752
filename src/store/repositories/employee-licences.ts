import type { Transaction } from 'kysely';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Licence, LicenceKind, Profession } from '../../core/model/profession.js';
import type { Database } from '../schema.js';

/** Columns of `employee_licences` that make a core `Licence`. */
export const LICENCE_COLUMNS = ['id', 'kind', 'number', 'profession', 'issued_on', 'valid_until'] as const;

export interface LicenceRow {
  id: number;
  kind: string;
  number: string;
  profession: string;
  issued_on: string | null;
  valid_until: string | null;
}

export function toLicence(r: LicenceRow): Licence {
  return {
    id: r.id,
    kind: r.kind as LicenceKind,
    number: r.number,
    profession: r.profession as Profession,
    issuedOn: r.issued_on as LocalDate | null,
    validUntil: r.valid_until as LocalDate | null,
  };
}

/** Adds a licence to an employee of the instansi (the composite key refuses another instansi's). */
export async function insertLicence(
  trx: Transaction<Database>,
  instansiId: number,
  employeeId: number,
  licence: Omit<Licence, 'id'>,
): Promise<Licence> {
  const row = await trx
    .insertInto('employee_licences')
    .values({
      instansi_id: instansiId,
      employee_id: employeeId,
      kind: licence.kind,
      number: licence.number,
      profession: licence.profession,
      issued_on: licence.issuedOn,
      valid_until: licence.validUntil,
    })
    .returning(LICENCE_COLUMNS)
    .executeTakeFirstOrThrow();
  return toLicence(row);
}

/**
 * Removes one licence of one employee; returns what was removed (for the audit entry), or null when
 * the employee has no such licence: an id of another person's licence removes nothing.
 */
export async function deleteLicence(
  trx: Transaction<Database>,
  instansiId: number,
  employeeId: number,
  licenceId: number,
): Promise<Licence | null> {
  const row = await trx
    .deleteFrom('employee_licences')
    .where('instansi_id', '=', instansiId)
    .where('employee_id', '=', employeeId)
    .where('id', '=', licenceId)
    .returning(LICENCE_COLUMNS)
    .executeTakeFirst();
  return row ? toLicence(row) : null;
}
