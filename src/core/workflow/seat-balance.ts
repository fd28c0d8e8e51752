/** A post's seats (formasi) and how many hold it today. */
export interface SeatCount {
  readonly name: string;
  readonly seats: number;
  readonly holders: number;
}

/** A post that the moves would fill beyond its formasi. */
export interface SeatOverflow {
  readonly positionId: number;
  readonly name: string;
  readonly seats: number;
  readonly before: number;
  readonly after: number;
}

/**
 * The posts the moves would fill beyond their formasi once all of them take effect together. A
 * plan's vacancy chain fills a seat that a person in the same chain leaves; when the board defers or
 * refuses that person's move, the next link lands on a full post. Posts already over their formasi
 * are reported only when the moves make it worse.
 * @example seatOverflows([{ fromPositionId: null, toPositionId: 7 }], new Map([[7, { name: 'Perawat', seats: 2, holders: 2 }]]))
 * // [{ positionId: 7, name: 'Perawat', seats: 2, before: 2, after: 3 }]
 */
export function seatOverflows(
  moves: readonly { readonly fromPositionId: number | null; readonly toPositionId: number }[],
  counts: ReadonlyMap<number, SeatCount>,
): SeatOverflow[] {
  const change = new Map<number, number>();
  for (const m of moves) {
    if (m.fromPositionId === m.toPositionId) continue;
    if (m.fromPositionId !== null) change.set(m.fromPositionId, (change.get(m.fromPositionId) ?? 0) - 1);
    change.set(m.toPositionId, (change.get(m.toPositionId) ?? 0) + 1);
  }
  const out: SeatOverflow[] = [];
  for (const [positionId, delta] of change) {
    const count = counts.get(positionId);
    if (!count || delta <= 0) continue;
    const after = count.holders + delta;
    if (after > count.seats)
      out.push({ positionId, name: count.name, seats: count.seats, before: count.holders, after });
  }
  return out.sort((a, b) => a.positionId - b.positionId);
}
