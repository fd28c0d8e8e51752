import { NINE_BOXES } from './nine-box.js';
import type { NineBox } from './policy.js';
import type { PotentialStatus } from './potential.js';

export type UnplacedReason = Exclude<PotentialStatus, 'ASSESSED'>;

export interface GridCounts {
  /** Evaluated people: everyone with an SKP rating in the period (and in scope). */
  readonly population: number;
  /** People on the grid: `population` minus those without a valid potential. */
  readonly placed: number;
  readonly boxes: Readonly<Record<NineBox, number>>;
  readonly unplaced: Readonly<Record<UnplacedReason, number>>;
}

/**
 * Counts per box of the talent grid. Every evaluated person is counted exactly once: in a box, or
 * as unplaced with the reason (no valid competency assessment, no competency standard for the
 * post), so `sum(boxes) + sum(unplaced) = population` always holds.
 */
export function gridCounts(
  entries: Iterable<{ readonly box: NineBox | null; readonly potentialStatus: PotentialStatus }>,
): GridCounts {
  const boxes = Object.fromEntries(NINE_BOXES.map((b) => [b, 0])) as Record<NineBox, number>;
  const unplaced: Record<UnplacedReason, number> = {
    NO_ASSESSMENT: 0,
    ASSESSMENT_EXPIRED: 0,
    NO_STANDARD: 0,
  };
  let population = 0;
  let placed = 0;
  for (const e of entries) {
    population++;
    if (e.box !== null) {
      boxes[e.box]++;
      placed++;
    } else {
      unplaced[e.potentialStatus === 'ASSESSED' ? 'NO_ASSESSMENT' : e.potentialStatus]++;
    }
  }
  return { population, placed, boxes, unplaced };
}
