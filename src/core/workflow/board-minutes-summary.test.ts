import { describe, expect, it } from 'vitest';
import { type MinutesCandidate, summariseBoardMinutes } from './board-minutes-summary.js';

const NOTE = 'Memenuhi persyaratan jabatan';
const candidates: MinutesCandidate[] = [
  ...Array.from({ length: 148 }, (_, i) => ({
    key: `A${i}`,
    proposalRef: i < 100 ? 'USL-1' : 'USL-2',
    moveKind: i % 4 === 0 ? 'Rotasi dalam OPD' : 'Antar-OPD',
    decision: 'AGREE' as const,
    notes: i === 7 ? 'Dengan catatan pembinaan' : NOTE,
  })),
  {
    key: 'D',
    proposalRef: 'USL-1',
    moveKind: 'Antar-OPD',
    decision: 'DISAGREE',
    notes: 'Kompetensi belum sesuai',
  },
  {
    key: 'T',
    proposalRef: 'USL-2',
    moveKind: 'Antar-OPD',
    decision: 'DEFER',
    notes: 'Menunggu uji kompetensi',
  },
];

describe('summariseBoardMinutes', () => {
  const summary = summariseBoardMinutes(
    candidates,
    [
      { memberKey: 'ketua', candidateKey: 'A3', hasConflict: false },
      { memberKey: 'anggota', candidateKey: 'D', hasConflict: true },
      { memberKey: 'anggota', candidateKey: 'A1', hasConflict: false },
      { memberKey: 'absen', candidateKey: 'A2', hasConflict: true },
    ],
    ['ketua', 'sekretaris', 'anggota'],
  );

  it('counts the decisions in total, per proposal and per kind of move', () => {
    expect(summary.totals).toEqual({ candidates: 150, agreed: 148, disagreed: 1, deferred: 1 });
    expect(summary.byProposal).toEqual([
      { proposalRef: 'USL-1', candidates: 101, agreed: 100, disagreed: 1, deferred: 0 },
      { proposalRef: 'USL-2', candidates: 49, agreed: 48, disagreed: 0, deferred: 1 },
    ]);
    expect(summary.byMoveKind.map((k) => [k.moveKind, k.candidates])).toEqual([
      ['Rotasi dalam OPD', 37],
      ['Antar-OPD', 113],
    ]);
  });

  it('lists only what differs: the exceptions and an agreed candidate with its own note', () => {
    expect(summary.exceptions).toEqual([148, 149]);
    expect(summary.agreedNote).toBe(NOTE);
    expect(summary.agreedWithOwnNote).toEqual([7]);
  });

  it('names the conflicts of members present and who of them declared none', () => {
    expect(summary.conflicts).toEqual([{ memberKey: 'anggota', candidateKey: 'D' }]);
    // The secretary declared nothing: not listed as declaring none.
    expect(summary.declaredNone).toEqual(['ketua']);
  });
});
