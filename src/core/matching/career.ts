import type { PositionAssignment } from '../model/employee.js';
import type { PositionFamily, PositionGrade } from '../model/position.js';
import type { CareerStep } from './inputs.js';

/** What the career needs to know about a position of the history. */
export interface CareerPositionInfo {
  readonly grade: PositionGrade;
  readonly family: PositionFamily;
  readonly opdCode: string;
  readonly tugasTambahan: string | null;
}

/**
 * The career steps of a position history, oldest first, with each position's grade, family and OPD
 * looked up. Posts the lookup does not know (abolished, another instansi) are left out, so the
 * experience they gave is not counted.
 * @example buildCareer(employee.positionHistory, (id) => infoById.get(id))
 */
export function buildCareer(
  history: readonly PositionAssignment[],
  lookup: (positionId: number) => CareerPositionInfo | undefined,
): CareerStep[] {
  const steps: CareerStep[] = [];
  for (const a of history) {
    const info = lookup(a.positionId);
    if (!info) continue;
    steps.push({
      positionId: a.positionId,
      grade: info.grade,
      family: info.family,
      opdCode: info.opdCode,
      tugasTambahan: info.tugasTambahan,
      startDate: a.startDate,
      endDate: a.endDate,
    });
  }
  return steps.sort((x, y) => (x.startDate < y.startDate ? -1 : x.startDate > y.startDate ? 1 : 0));
}
