import type { PositionPlan } from './positions.js';
import type { Random } from './random.js';

/** National profile, 31 Dec 2021 (DOMAIN.md 11.3): share of functional posts among ASN. */
export const JF_SHARE = 0.51;

/** Cap on the share of structural officials, for small data sets (national profile: 11 %). */
const MAX_STRUCTURAL_SHARE = 0.12;

/** Share of seats left vacant: 6 to 7.5 %, drawn per data set. */
export function drawVacancyRate(rng: Random): number {
  return 0.06 + rng.float() * 0.015;
}

/**
 * Sets `seats` on every position so that the total is about `employees / (1 - vacancyRate)`, with
 * JF seats near {@link JF_SHARE} and the rest pelaksana (structural posts have one seat each), then
 * picks the vacant seats: a few strategic posts and the rest at random, never a post marked
 * `forceFilled`. Returns the number of holders for each position, summing to `employees`.
 */
export function allocateSeats(
  rng: Random,
  positions: PositionPlan[],
  employees: number,
  totalSeats: number,
): number[] {
  const scalableJf: PositionPlan[] = [];
  const pelaksana: PositionPlan[] = [];
  let fixed = 0;
  let fixedJf = 0;
  for (const p of positions) {
    if (p.fixedSeats) {
      p.seats = p.baseSeats;
      fixed += p.seats;
      if (p.category === 'JF') fixedJf += p.seats;
    } else if (p.category === 'JF') scalableJf.push(p);
    else pelaksana.push(p);
  }
  const jfBudget = Math.round(totalSeats * JF_SHARE) - fixedJf;
  distribute(rng, scalableJf, jfBudget);
  distribute(rng, pelaksana, totalSeats - fixed - jfBudget);
  let seats = 0;
  for (const p of positions) seats += p.seats;
  for (let i = 0; seats < employees; i++, seats++) {
    const p = pelaksana[i % pelaksana.length]!;
    p.seats += 1;
  }
  return chooseHolders(rng, positions, employees);
}

/** Splits `budget` seats over positions in proportion to their (jittered) base seats, at least one each. */
function distribute(rng: Random, positions: PositionPlan[], budget: number): void {
  if (positions.length === 0) return;
  const weights = positions.map((p) => p.baseSeats * (0.75 + 0.5 * rng.float()));
  const total = weights.reduce((a, b) => a + b, 0);
  const spare = Math.max(0, budget - positions.length);
  const remainders: { i: number; r: number }[] = [];
  let given = 0;
  positions.forEach((p, i) => {
    const exact = (spare * weights[i]!) / total;
    p.seats = 1 + Math.floor(exact);
    given += Math.floor(exact);
    remainders.push({ i, r: exact - Math.floor(exact) });
  });
  remainders.sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; k < spare - given; k++) positions[remainders[k]!.i]!.seats += 1;
}

type Category = PositionPlan['category'];
const CATEGORIES: readonly Category[] = ['STRUCTURAL', 'JF', 'PELAKSANA'];

/**
 * How many holders each category gets: structural posts in proportion to their seats but at most
 * {@link MAX_STRUCTURAL_SHARE} of the people (in a small data set the fixed skeleton of OPD heads and
 * bidang would otherwise dominate), JF {@link JF_SHARE}, pelaksana the rest.
 */
function holdersByCategory(positions: readonly PositionPlan[], employees: number): Map<Category, number> {
  const seats = new Map<Category, number>(CATEGORIES.map((c) => [c, 0]));
  let total = 0;
  for (const p of positions) {
    seats.set(p.category, (seats.get(p.category) ?? 0) + p.seats);
    total += p.seats;
  }
  const s = seats.get('STRUCTURAL')!;
  const j = seats.get('JF')!;
  const pl = seats.get('PELAKSANA')!;
  const structural = Math.min(s, Math.round(employees * Math.min(s / total, MAX_STRUCTURAL_SHARE)));
  const jf = Math.min(j, Math.round(employees * JF_SHARE), employees - structural);
  const pelaksana = Math.min(pl, employees - structural - jf);
  const spill = employees - structural - jf - pelaksana;
  return new Map([
    ['STRUCTURAL', structural + Math.max(0, spill - (j - jf))],
    ['JF', jf + Math.min(spill, j - jf)],
    ['PELAKSANA', pelaksana],
  ]);
}

/**
 * Picks the vacant seats category by category: a few strategic posts first, then seats at random,
 * never a post marked `forceFilled`.
 */
function chooseHolders(rng: Random, positions: readonly PositionPlan[], employees: number): number[] {
  const filled = positions.map((p) => p.seats);
  const targets = holdersByCategory(positions, employees);
  const vacant = new Map<Category, number>();
  for (const c of CATEGORIES) {
    const seats = positions.reduce((n, p) => n + (p.category === c ? p.seats : 0), 0);
    vacant.set(c, seats - targets.get(c)!);
  }
  const strategic = positions.flatMap((p, i) => (p.strategic && !p.forceFilled ? [i] : []));
  const wanted = Math.min(strategic.length, Math.max(3, Math.round(0.07 * strategic.length)));
  let taken = 0;
  for (const i of pickDistinct(rng, strategic, strategic.length)) {
    const c = positions[i]!.category;
    if (taken >= wanted) break;
    if ((vacant.get(c) ?? 0) <= 0) continue;
    filled[i] = (filled[i] ?? 0) - 1;
    vacant.set(c, vacant.get(c)! - 1);
    taken++;
  }
  for (const c of CATEGORIES) {
    let left = vacant.get(c)!;
    const slots: number[] = [];
    positions.forEach((p, i) => {
      if (p.category !== c || p.forceFilled || p.strategic) return;
      for (let k = 0; k < p.seats; k++) slots.push(i);
    });
    for (const i of pickDistinct(rng, slots, left)) {
      filled[i] = (filled[i] ?? 0) - 1;
      left--;
    }
    // Only in very small data sets: strategic posts of the category go empty too.
    for (let i = 0; left > 0 && i < positions.length; i++) {
      const p = positions[i]!;
      while (left > 0 && p.category === c && !p.forceFilled && (filled[i] ?? 0) > 0) {
        filled[i] = (filled[i] ?? 0) - 1;
        left--;
      }
    }
  }
  return filled;
}

/** `count` items drawn without replacement (partial Fisher-Yates on a copy). */
function pickDistinct(rng: Random, items: readonly number[], count: number): number[] {
  const pool = [...items];
  const n = Math.min(count, pool.length);
  for (let k = 0; k < n; k++) {
    const j = k + Math.floor(rng.float() * (pool.length - k));
    const tmp = pool[k]!;
    pool[k] = pool[j]!;
    pool[j] = tmp;
  }
  return pool.slice(0, n);
}
