import type { PlanChain } from './plan-types.js';

/** One mover as the chain builder sees it: where they left (null = had no post) and where they go. */
export interface ChainMover {
  readonly employeeId: number;
  readonly fromPost: number | null;
  readonly toPost: number;
}

export interface ChainPlacement {
  readonly chainId: number;
  readonly chainOrder: number;
}

/**
 * Vacancy chains: who fills the seat each mover left. Seats of one post are alike, so within a post
 * the arrivals (by employee id) take the seats the leavers left first (by employee id), then the
 * seats that were vacant before the plan. A chain starts with a mover who fills a seat vacant before
 * the plan and follows the seat they left; movers left over form rings (closed cycles, e.g. swaps),
 * each started at its smallest employee id. Chains are numbered in order of their first mover's id.
 */
export function buildChains(movers: readonly ChainMover[]): {
  chains: PlanChain[];
  placement: Map<number, ChainPlacement>;
} {
  const sorted = [...movers].sort((a, b) => a.employeeId - b.employeeId);
  const leaversOf = new Map<number, ChainMover[]>();
  const arrivalsOf = new Map<number, ChainMover[]>();
  for (const m of sorted) {
    if (m.fromPost !== null) leaversOf.set(m.fromPost, [...(leaversOf.get(m.fromPost) ?? []), m]);
    arrivalsOf.set(m.toPost, [...(arrivalsOf.get(m.toPost) ?? []), m]);
  }
  // successor(leaver) = the arrival that takes the leaver's seat; starters take a pre-vacant seat.
  const successor = new Map<number, ChainMover>();
  const hasPredecessor = new Set<number>();
  for (const [post, arrivals] of arrivalsOf) {
    const leavers = leaversOf.get(post) ?? [];
    arrivals.forEach((a, i) => {
      const left = leavers[i];
      if (left === undefined) return;
      successor.set(left.employeeId, a);
      hasPredecessor.add(a.employeeId);
    });
  }
  const chains: PlanChain[] = [];
  const placement = new Map<number, ChainPlacement>();
  const follow = (start: ChainMover, kind: PlanChain['kind']) => {
    const chainId = chains.length + 1;
    const ids: number[] = [];
    let cur: ChainMover | undefined = start;
    let last = start;
    while (cur && !placement.has(cur.employeeId)) {
      ids.push(cur.employeeId);
      placement.set(cur.employeeId, { chainId, chainOrder: ids.length });
      last = cur;
      cur = successor.get(cur.employeeId);
    }
    chains.push({
      chainId,
      kind,
      employeeIds: ids,
      leftVacantPositionId: kind === 'RING' ? null : last.fromPost,
    });
  };
  const starters = sorted.filter((m) => !hasPredecessor.has(m.employeeId));
  const pending: { m: ChainMover; kind: PlanChain['kind'] }[] = starters.map((m) => ({ m, kind: 'VACANCY' }));
  for (const m of sorted) if (hasPredecessor.has(m.employeeId)) pending.push({ m, kind: 'RING' });
  // Number chains by their first mover's id: vacancy chains are discovered first, then rings.
  for (const { m, kind } of pending) if (!placement.has(m.employeeId)) follow(m, kind);
  return { chains: renumber(chains, placement), placement };
}

function renumber(chains: PlanChain[], placement: Map<number, ChainPlacement>): PlanChain[] {
  const order = [...chains].sort((a, b) => a.employeeIds[0]! - b.employeeIds[0]!);
  const newId = new Map(order.map((c, i) => [c.chainId, i + 1]));
  for (const [id, p] of placement) placement.set(id, { ...p, chainId: newId.get(p.chainId)! });
  return order.map((c) => ({ ...c, chainId: newId.get(c.chainId)! }));
}
