import type { AssignmentDraft } from '../core/model/drafts.js';
import { addMonthsDay, civil, type Day, dayOf, fmt } from './dates.js';
import type { SkNumbers } from './numbers.js';
import type { PositionPlan } from './positions.js';
import type { Random } from './random.js';

/** Earlier posts a career can come from, by track: `J:PERAWAT|31` holds the nurse posts of rank III/a. */
export class CareerPools {
  private readonly pools = new Map<string, number[]>();
  /** Distinct minimum ranks of each JF group, ascending. */
  private readonly groupRanks = new Map<string, number[]>();

  constructor(readonly positions: readonly PositionPlan[]) {
    positions.forEach((p, i) => {
      // Earlier pelaksana posts: office work, not the driver's or the guard's seat.
      if (p.category === 'PELAKSANA' && p.kelasJabatan < 5) return;
      this.add(this.keyOf(p), i);
      if (p.category === 'PELAKSANA') this.add(`P:${p.unit.root}`, i);
      if (p.category === 'JF') {
        const ranks = this.groupRanks.get(p.track) ?? [];
        if (!ranks.includes(p.minGolongan!)) ranks.push(p.minGolongan!);
        this.groupRanks.set(
          p.track,
          ranks.sort((a, b) => a - b),
        );
      }
    });
  }

  private keyOf(p: PositionPlan): string {
    return p.category === 'JF' ? `${p.track}|${p.minGolongan}` : p.track;
  }

  private add(key: string, i: number): void {
    const list = this.pools.get(key);
    if (list) list.push(i);
    else this.pools.set(key, [i]);
  }

  /**
   * A post held before `current` by someone of rank `rank` (null: PPPK) at the time: pelaksana early
   * in a career, pengawas from III/b, administrator from III/d, JPT from IV/b; for JF the highest
   * level of the same group the rank allowed. Sometimes one level lower: promotion lags rank.
   */
  earlier(rng: Random, current: PositionPlan, rank: number | null, avoid: PositionPlan): PositionPlan {
    const key = this.keyAt(rng, current, rank);
    const pool = this.pools.get(key) ?? this.pools.get('P')!;
    const pick = this.positions[rng.pick(pool)]!;
    return pick === avoid ? this.positions[rng.pick(pool)]! : pick;
  }

  private keyAt(rng: Random, current: PositionPlan, rank: number | null): string {
    if (current.category === 'PELAKSANA') return this.pelaksana(rng, current);
    if (current.category === 'STRUCTURAL') {
      const r = rank ?? 0;
      let level = r >= 42 ? 3 : r >= 34 ? 2 : r >= 32 ? 1 : 0;
      level = Math.min(level, LADDER.indexOf(current.track));
      if (level > 0 && rng.chance(0.4)) level--;
      return level === 0 ? this.pelaksana(rng, current) : LADDER[level]!;
    }
    const ranks = this.groupRanks.get(current.track) ?? [];
    let i = ranks.indexOf(current.minGolongan!);
    if (rank !== null) {
      while (i >= 0 && ranks[i]! > rank) i--;
      if (i < 0) return rng.chance(0.6) ? this.pelaksana(rng, current) : `${current.track}|${ranks[0]}`;
    }
    if (i > 0 && rng.chance(0.3)) i--;
    return `${current.track}|${ranks[i]}`;
  }

  private pelaksana(rng: Random, current: PositionPlan): string {
    return rng.chance(0.5) ? `P:${current.unit.root}` : 'P';
  }
}

/** Structural careers climb this ladder: pelaksana, pengawas, administrator, JPT. */
const LADDER = ['P', 'S:PGW', 'S:ADM', 'S:JPT'];

export interface PositionHistory {
  readonly assignments: AssignmentDraft[];
  /** Start of the current post. */
  readonly since: Day;
}

/**
 * Position history from the TMT to today: 1-5 contiguous assignments, oldest first, the last one
 * open. Time in the current post: about a quarter under 2 years, most 2-5 years and about a fifth
 * 5 years or more (candidates for rotation under PP 11/2017 Pasal 190(3)).
 */
export function positionHistory(
  rng: Random,
  pools: CareerPools,
  sk: SkNumbers,
  current: PositionPlan,
  start: Day,
  asOf: Day,
  rankAt: (d: Day) => number | null,
  o: { tenureMonths?: number | undefined; earliestSince?: Day } = {},
): PositionHistory {
  const r = rng.float();
  const months =
    o.tenureMonths ?? (r < 0.16 ? rng.int(1, 23) : r < 0.71 ? rng.int(24, 59) : rng.int(60, 156));
  const back = civil(addMonthsDay(asOf, -months));
  let since = dayOf(back.year, back.month, rng.int(1, 28));
  if (o.earliestSince !== undefined && since < o.earliestSince)
    since = Math.min(asOf - 30, o.earliestSince + rng.int(0, 200));
  if (since > asOf) since = asOf;
  if (since - start < 240) since = start;
  const gapYears = (since - start) / 365.25;
  const count = since === start ? 0 : Math.max(1, Math.min(4, Math.round(gapYears / (3 + rng.float() * 4))));
  const weights = Array.from({ length: count }, () => 0.5 + rng.float());
  const total = weights.reduce((a, b) => a + b, 0);
  const assignments: AssignmentDraft[] = [];
  let from = start;
  let cum = 0;
  let prev = current;
  for (let i = 0; i < count; i++) {
    cum += weights[i]!;
    const next = i === count - 1 ? since : start + Math.floor(((since - start) * cum) / total);
    const p = pools.earlier(rng, current, rankAt(from), i === count - 1 ? current : prev);
    assignments.push({
      positionCode: p.code,
      startDate: fmt(from),
      endDate: fmt(next - 1),
      skNumber: sk.next('POSITION', civil(from).year),
    });
    from = next;
    prev = p;
  }
  assignments.push({
    positionCode: current.code,
    startDate: fmt(since),
    endDate: null,
    skNumber: sk.next('POSITION', civil(since).year),
  });
  return { assignments, since };
}
