import { describe, expect, it } from 'vitest';
import { undecidableCandidates, undeclaredMembers } from './board-rules.js';

describe('undecidableCandidates (R-KONFLIK per candidate)', () => {
  const members = [
    { id: 1, present: true },
    { id: 2, present: true },
    { id: 3, present: false },
  ];
  const none = (memberId: number, itemId: number) => ({ memberId, itemId, hasConflict: false });

  it('names, per candidate, the members present who have not declared; absent members never count', () => {
    const declarations = [none(1, 10), none(2, 10), none(1, 11), none(3, 12)];
    expect(undecidableCandidates([10, 11, 12], members, declarations)).toEqual([
      { itemId: 11, reason: 'UNDECLARED', missing: [2] },
      { itemId: 12, reason: 'UNDECLARED', missing: [1, 2] },
    ]);
  });

  it('has no quorum on a candidate every member present is conflicted with, or with nobody present', () => {
    const conflicted = [
      { memberId: 1, itemId: 10, hasConflict: true },
      { memberId: 2, itemId: 10, hasConflict: true },
      { memberId: 1, itemId: 11, hasConflict: true },
      none(2, 11),
    ];
    expect(undecidableCandidates([10, 11], members, conflicted)).toEqual([
      { itemId: 10, reason: 'NO_QUORUM', missing: [] },
    ]);
    expect(undecidableCandidates([10], [{ id: 1, present: false }], [])).toEqual([
      { itemId: 10, reason: 'NO_QUORUM', missing: [] },
    ]);
  });

  it('agrees with undeclaredMembers on every candidate of a random board', () => {
    // A deterministic spread of presences and declarations over 40 candidates and 5 members.
    const board = [1, 2, 3, 4, 5].map((id) => ({ id, present: id % 4 !== 0 }));
    const declarations = [];
    for (let item = 1; item <= 40; item++)
      for (const m of board)
        if ((item * 7 + m.id * 3) % 5 !== 0)
          declarations.push({ memberId: m.id, itemId: item, hasConflict: (item + m.id) % 6 === 0 });
    const items = Array.from({ length: 40 }, (_, i) => i + 1);
    const bulk = new Map(undecidableCandidates(items, board, declarations).map((u) => [u.itemId, u]));
    for (const item of items) {
      const one = undeclaredMembers(item, board, declarations);
      if (one.ok) expect(bulk.has(item)).toBe(false);
      else expect(bulk.get(item)).toEqual({ itemId: item, reason: one.reason, missing: one.missing });
    }
    expect(bulk.size).toBeGreaterThan(0);
    expect(bulk.size).toBeLessThan(40);
  });
});
