import type { AssignmentDraft } from '../core/model/drafts.js';
import { JF_LEVELS, RANK_RANGE_BY_JF_LEVEL } from '../core/model/position.js';
import { addMonthsDay, civil, type Day, dayOf, fmt } from './dates.js';
import { inElectionScope, outsideWindows } from './election.js';
import { jptTail, keepOutOfWindows, MIN_GAP, type Segment } from './history-rules.js';
import type { SkNumbers } from './numbers.js';
import type { PositionPlan } from './positions.js';
import type { Random } from './random.js';

/** Where a JF career stands while its history is drawn, oldest post first. */
interface JfProgress {
  /** Minimum rank of the last JF post drawn: later JF posts are not lower (careers climb). */
  floor: number;
  /** Pool key of the last JF post drawn. */
  lastKey: string | null;
}

/** The highest rank of the JF band that starts at a rank (III/a -> III/b: Mahir and Ahli Pertama). */
const BAND_MAX_BY_MIN = new Map<number, number>(
  JF_LEVELS.map((l) => [RANK_RANGE_BY_JF_LEVEL[l].min, RANK_RANGE_BY_JF_LEVEL[l].max]),
);

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
      if (p.category === 'STRUCTURAL') this.add(`${p.track}@${p.unit.root}`, i);
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
   * level of the feeding groups the rank allowed, never below a JF level already held. Sometimes one
   * level lower: promotion lags rank (for JF only while the rank stays in the lower level's band).
   * A career starts outside the structural ladder: no CPNS is appointed straight to a managerial post.
   */
  earlier(
    rng: Random,
    current: PositionPlan,
    rank: number | null,
    avoid: readonly PositionPlan[],
    jf: JfProgress,
    first: boolean,
  ): PositionPlan {
    const key =
      first && current.category === 'STRUCTURAL'
        ? this.pelaksana(rng, current)
        : this.keyAt(rng, current, rank, jf);
    const pool = this.pools.get(key) ?? this.pools.get('P')!;
    let chosen = this.positions[rng.pick(pool)]!;
    // Not the post held just before (or after): a move changes the post.
    for (let tries = 0; avoid.includes(chosen) && tries < 3; tries++)
      chosen = this.positions[rng.pick(pool)]!;
    if (chosen.category === 'JF') {
      jf.floor = Math.max(jf.floor, chosen.minGolongan!);
      jf.lastKey = key;
    }
    return chosen;
  }

  /** A pelaksana office post of the OPD of `current`, else anywhere. */
  staff(rng: Random, current: PositionPlan): PositionPlan {
    return this.positions[rng.pick(this.pools.get(this.pelaksana(rng, current)) ?? this.pools.get('P')!)]!;
  }

  /** A structural post of one ladder step (`S:ADM`, `S:PGW`) in an OPD, else anywhere. */
  structuralIn(rng: Random, track: string, root: string): PositionPlan {
    const pool = this.pools.get(`${track}@${root}`) ?? this.pools.get(track)!;
    return this.positions[rng.pick(pool)]!;
  }

  private keyAt(rng: Random, current: PositionPlan, rank: number | null, jf: JfProgress): string {
    if (current.category === 'PELAKSANA') return this.pelaksana(rng, current);
    if (current.category === 'STRUCTURAL') {
      const r = rank ?? 0;
      let level = r >= 42 ? 3 : r >= 34 ? 2 : r >= 32 ? 1 : 0;
      // A JPT's last posts before installation are drawn apart (jptTail); earlier ones are below it.
      level = Math.min(level, LADDER.indexOf(current.track), 2);
      if (level > 0 && rng.chance(0.4)) level--;
      return level === 0 ? this.pelaksana(rng, current) : LADDER[level]!;
    }
    const cap = Math.min(current.minGolongan!, rank ?? Number.POSITIVE_INFINITY);
    for (const track of current.feeders) {
      const ranks = this.groupRanks.get(track) ?? [];
      let i = ranks.findLastIndex((g) => g <= cap);
      if (i < 0) continue;
      const lagFits = rank === null || (BAND_MAX_BY_MIN.get(ranks[i - 1] ?? 0) ?? 0) >= rank;
      if (i > 0 && lagFits && rng.chance(0.3)) i--;
      while (ranks[i]! < jf.floor && i + 1 < ranks.length && ranks[i + 1]! <= cap) i++;
      if (ranks[i]! >= jf.floor) return `${track}|${ranks[i]}`;
    }
    if (jf.lastKey) return jf.lastKey;
    const first = current.feeders[0]!;
    return rank !== null && rng.chance(0.6)
      ? this.pelaksana(rng, current)
      : `${first}|${this.groupRanks.get(first)?.[0] ?? current.minGolongan}`;
  }

  private pelaksana(rng: Random, current: PositionPlan): string {
    return rng.chance(0.5) ? `P:${current.unit.root}` : 'P';
  }
}

/** Structural careers climb this ladder: pelaksana, pengawas, administrator, JPT. */
const LADDER = ['P', 'S:PGW', 'S:ADM', 'S:JPT'];

export type { Segment } from './history-rules.js';

export interface PositionHistory {
  readonly assignments: AssignmentDraft[];
  /** The post of each assignment, and its start. */
  readonly steps: readonly Segment[];
  /** Start of the current post. */
  readonly since: Day;
}

export interface HistoryOptions {
  /** Scripted time in the current post. */
  readonly tenureMonths?: number | undefined;
  /** The current post is not taken up before this day (the rank it needs). */
  readonly earliestSince?: Day | undefined;
  /** At least this long in the current post (a misplaced graduate the planner may move). */
  readonly minTenureMonths?: number | undefined;
  /** The current post is taken up by this day (a JPT is installed at 56 at the latest). */
  readonly latestSince?: Day | undefined;
}

/**
 * Position history from the TMT to today: 1-5 contiguous assignments, oldest first, the last one
 * open. Time in the current post: about a quarter under 2 years, most 2-5 years and about a fifth
 * 5 years or more (candidates for rotation under PP 11/2017 Pasal 190(3)). Careers follow the
 * rules a BKPSDM officer would check: JF levels only climb; a JPT comes from at least 2 years as
 * administrator in the same OPD after 5 years in it (PP 11/2017 Pasal 107); no appointment to or
 * from a managerial post falls in the Pilkada 2024 windows (UU 10/2016 Pasal 71(2), 162(3)).
 */
export function positionHistory(
  rng: Random,
  pools: CareerPools,
  sk: SkNumbers,
  current: PositionPlan,
  start: Day,
  asOf: Day,
  rankAt: (d: Day) => number | null,
  o: HistoryOptions = {},
): PositionHistory {
  const jpt = current.track === 'S:JPT';
  const r = rng.float();
  let months = o.tenureMonths ?? (r < 0.16 ? rng.int(1, 23) : r < 0.71 ? rng.int(24, 59) : rng.int(60, 156));
  if (o.minTenureMonths !== undefined) months = Math.max(months, o.minTenureMonths);
  const back = civil(addMonthsDay(asOf, -months));
  let since = dayOf(back.year, back.month, rng.int(1, 28));
  if (o.earliestSince !== undefined && since < o.earliestSince)
    since = Math.min(asOf - 30, o.earliestSince + rng.int(0, 200));
  if (since > asOf) since = asOf;
  const latest = Math.min(asOf - 1, o.latestSince ?? asOf);
  if (since > latest) since = latest - rng.int(0, 365);
  // A JPT needs 5 years in the OPD, 2 of them as administrator, before installation.
  if (jpt) since = Math.max(since, addMonthsDay(start, 72 + rng.int(0, 24)));
  if (since - start < 240) since = start;
  if (since > start && inElectionScope(current))
    since = outsideWindows(rng, since, start + MIN_GAP, latest) ?? since;

  const tail =
    jpt && since > start
      ? jptTail(rng, (track) => pools.structuralIn(rng, track, current.unit.root), start, since)
      : [];
  const drawnUntil = tail[0]?.from ?? since;
  const drawn = earlierPosts(
    rng,
    pools,
    current,
    start,
    drawnUntil,
    rankAt,
    4 - tail.length,
    tail[0]?.post ?? current,
  );
  const segments = [...drawn, ...tail];
  segments.push({ post: current, from: since });
  // Whatever comes first starts at the TMT (a PPPK whose only earlier post was this one: from the start).
  segments[0]!.from = start;
  keepOutOfWindows(rng, segments, start, asOf, tail.length);

  const assignments: AssignmentDraft[] = segments.map((s, i) => {
    const next = segments[i + 1];
    return {
      positionCode: s.post.code,
      startDate: fmt(s.from),
      endDate: next ? fmt(next.from - 1) : null,
      skNumber: sk.next('POSITION', civil(s.from).year),
    };
  });
  return { assignments, steps: segments, since: segments.at(-1)!.from };
}

/** Posts drawn by rank between the TMT and `until`, oldest first (the last ends the day before `until`). */
function earlierPosts(
  rng: Random,
  pools: CareerPools,
  current: PositionPlan,
  start: Day,
  until: Day,
  rankAt: (d: Day) => number | null,
  most: number,
  after: PositionPlan,
): Segment[] {
  const gapYears = (until - start) / 365.25;
  const count =
    until === start ? 0 : Math.max(1, Math.min(most, Math.round(gapYears / (3 + rng.float() * 4))));
  const weights = Array.from({ length: count }, () => 0.5 + rng.float());
  const total = weights.reduce((a, b) => a + b, 0);
  const out: Segment[] = [];
  const jf: JfProgress = { floor: 0, lastKey: null };
  let from = start;
  let cum = 0;
  for (let i = 0; i < count; i++) {
    cum += weights[i]!;
    const next = i === count - 1 ? until : start + Math.floor(((until - start) * cum) / total);
    const prev = out.at(-1)?.post;
    const avoid = i === count - 1 ? [after] : [];
    if (prev) avoid.push(prev);
    let p = pools.earlier(rng, current, rankAt(from), avoid, jf, i === 0);
    // A small pool may offer only the same post: the earlier one simply lasted longer, or (before
    // the post that follows) the career began as office staff (a PPPK, never staff: in it from the start).
    if (p === after && !prev && rankAt(from) !== null) p = pools.staff(rng, current);
    if (p !== prev && p !== after) out.push({ post: p, from });
    from = next;
  }
  return out;
}
