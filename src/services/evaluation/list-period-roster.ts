import type { AttendanceRecord, SkpRating } from '../../core/appraisal/stored-records.js';
import type { Resource } from '../../core/policies/actions.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { employeeIdsInUnits } from '../../store/repositories/employees.js';
import { currentAttendance, currentSkpRatings } from '../../store/repositories/evaluation-records.js';
import { type RosterRow, rosterRows, unitNames } from '../../store/repositories/evaluation-roster.js';
import type { AppContext } from '../app-context.js';
import { notFound, requirePeriod } from './evaluation-access.js';

/** The grid shows one unit at a time; a whole dinas with its puskesmas stays under this. */
export const ROSTER_LIMIT = 500;

export interface RosterPerson extends RosterRow {
  readonly skp: SkpRating | null;
  readonly attendance: AttendanceRecord | null;
}

/**
 * The people whose current post lies in a unit (or below it), by name, each with their current SKP
 * rating and attendance of the period: what the bulk-entry grid starts from. An OPD head gets only
 * units in their scope (403 otherwise).
 */
export async function listPeriodRoster(
  ctx: AppContext,
  principal: Principal,
  periodId: number,
  unitId: number,
) {
  const period = await requirePeriod(ctx, principal, periodId);
  const names = await unitNames(ctx.db, principal.instansiId, [unitId]);
  if (!names.has(unitId)) throw notFound({ id: 'Unit kerja', en: 'Unit' }, 'unitId', unitId);
  const unit: Resource = { type: 'unit', instansiId: principal.instansiId, unitId };
  authorize(principal, 'evaluation.read', unit);
  const ids = await employeeIdsInUnits(ctx.db, principal.instansiId, [unitId]);
  const [rows, skp, attendance] = await Promise.all([
    rosterRows(ctx.db, principal.instansiId, ids),
    currentSkpRatings(ctx.db, principal.instansiId, period.id, ids),
    currentAttendance(ctx.db, principal.instansiId, period.id, ids),
  ]);
  const skpOf = new Map(skp.map((r) => [r.employeeId, r]));
  const attendanceOf = new Map(attendance.map((r) => [r.employeeId, r]));
  const people = [...rows.values()]
    .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id)
    .slice(0, ROSTER_LIMIT)
    .map(
      (r): RosterPerson => ({
        ...r,
        skp: skpOf.get(r.id) ?? null,
        attendance: attendanceOf.get(r.id) ?? null,
      }),
    );
  return {
    period,
    unitId,
    total: rows.size,
    people,
    actions: allowedActions(principal, unit, ['evaluation.write']),
  };
}
