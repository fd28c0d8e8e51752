import { addMonthsDay, type Day } from './dates.js';
import { blockedSpanOf, inElectionScope, outsideWindows } from './election.js';
import type { PositionPlan } from './positions.js';
import type { Random } from './random.js';

/** One post held from `from` until the next one starts. */
export interface Segment {
  post: PositionPlan;
  from: Day;
}

/** Time between two appointments that are moved apart, in days. */
export const MIN_GAP = 60;

/**
 * The last posts before a JPT installation: an administrator post of the same OPD held 25-60
 * months, and before it, when that is under 5 years, a pengawas or administrator post there too,
 * so that the person has the 2 years as administrator and the 5 years in a related field that
 * PP 11/2017 Pasal 107 asks for (R-EXP-JPT). Both appointments fall outside the election windows.
 */
export function jptTail(
  rng: Random,
  inOpd: (track: 'S:ADM' | 'S:PGW') => PositionPlan,
  start: Day,
  since: Day,
): Segment[] {
  const adminFrom = beforeWindows(rng, addMonthsDay(since, -rng.int(25, 60)), start);
  const admin: Segment = { post: inOpd('S:ADM'), from: adminFrom };
  const adminMonths = (since - adminFrom) / 30.44;
  if (adminMonths >= 62 || adminFrom - start < 730) return [admin];
  const earlierFrom = beforeWindows(
    rng,
    addMonthsDay(adminFrom, -rng.int(Math.ceil(62 - adminMonths), 72)),
    start,
  );
  // A career starts outside the structural ladder.
  if (earlierFrom - start < 365) return [admin];
  let before = inOpd(rng.chance(0.5) ? 'S:PGW' : 'S:ADM');
  for (let tries = 0; before === admin.post && tries < 3; tries++) before = inOpd('S:PGW');
  return [{ post: before, from: earlierFrom }, admin];
}

/** `d`, or a day before the election window holding it; never before the TMT. */
function beforeWindows(rng: Random, d: Day, start: Day): Day {
  const span = blockedSpanOf(d);
  return Math.max(start, span ? span[0] - rng.int(1, 90) : d);
}

/**
 * Moves every appointment to or from a post in the election ban's scope out of the windows. When
 * an appointment cannot move (its neighbours are too close), the shorter side gives way: the post
 * before it is folded into this one. The last `fixed` segments before the current post stay put.
 */
export function keepOutOfWindows(
  rng: Random,
  segments: Segment[],
  start: Day,
  asOf: Day,
  fixed: number,
): void {
  for (let k = 1; k < segments.length; k++) {
    const s = segments[k]!;
    if (!blockedSpanOf(s.from)) continue;
    if (!inElectionScope(s.post) && !inElectionScope(segments[k - 1]!.post)) continue;
    const lo = segments[k - 1]!.from + MIN_GAP;
    const hi = k + 1 < segments.length ? segments[k + 1]!.from - MIN_GAP : asOf - 1;
    const moved = outsideWindows(rng, s.from, lo, hi);
    if (moved !== null) {
      s.from = moved;
      continue;
    }
    const last = segments.length - 1;
    if (k - 1 >= 1 && k - 1 < last - fixed) {
      // Fold the post before into this one: the appointment happens at the earlier date.
      s.from = segments[k - 1]!.from;
      segments.splice(k - 1, 1);
      k -= 2;
    } else if (k < last - fixed) {
      segments.splice(k, 1);
      k -= 1;
    } else if (k === 1 && k === last) {
      // The only earlier post gives way: the current post is the first.
      segments.splice(0, 1);
      s.from = start;
    }
  }
}
