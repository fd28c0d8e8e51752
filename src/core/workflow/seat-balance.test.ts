import { describe, expect, it } from 'vitest';
import { seatOverflows } from './seat-balance.js';

const counts = new Map([
  [1, { name: 'Perawat Ahli Pertama', seats: 2, holders: 2 }],
  [2, { name: 'Pengadministrasi Umum', seats: 3, holders: 3 }],
  [3, { name: 'Analis Kebijakan', seats: 1, holders: 0 }],
  [4, { name: 'Pranata Komputer', seats: 1, holders: 3 }],
]);

describe('seatOverflows', () => {
  it('accepts a whole vacancy chain: each next mover fills the seat the previous one left', () => {
    // A leaves 1 for 3 (vacant); B leaves 2 for 1; C (no post) takes 2.
    const chain = [
      { fromPositionId: 1, toPositionId: 3 },
      { fromPositionId: 2, toPositionId: 1 },
      { fromPositionId: null, toPositionId: 2 },
    ];
    expect(seatOverflows(chain, counts)).toEqual([]);
  });

  it('reports the post a broken chain overfills when the board leaves out its first link', () => {
    const withoutFirst = [
      { fromPositionId: 2, toPositionId: 1 },
      { fromPositionId: null, toPositionId: 2 },
    ];
    expect(seatOverflows(withoutFirst, counts)).toEqual([
      { positionId: 1, name: 'Perawat Ahli Pertama', seats: 2, before: 2, after: 3 },
    ]);
  });

  it('does not blame the moves for a post already over its formasi that they do not fill further', () => {
    expect(seatOverflows([{ fromPositionId: 4, toPositionId: 3 }], counts)).toEqual([]);
    expect(seatOverflows([{ fromPositionId: null, toPositionId: 4 }], counts)).toEqual([
      { positionId: 4, name: 'Pranata Komputer', seats: 1, before: 3, after: 4 },
    ]);
  });
});
