import { describe, expect, it } from 'vitest';
import { type BulkCandidate, planBulkDecision, selectedForBulk } from './board-bulk-decision.js';

const candidate = (itemId: number, over: Partial<BulkCandidate> = {}): BulkCandidate => ({
  itemId,
  unitId: itemId % 2 === 0 ? 20 : 30,
  moveType: itemId % 3 === 0 ? 'ROTASI_INTERNAL_OPD' : 'ANTAR_OPD',
  decided: false,
  open: true,
  name: `Kandidat ${itemId}`,
  ...over,
});
const agenda = [1, 2, 3, 4, 5, 6].map((i) => candidate(i));

describe('selectedForBulk', () => {
  it('selects the open, undecided candidates matching every filter, in agenda order', () => {
    expect(selectedForBulk(agenda, {})).toEqual([1, 2, 3, 4, 5, 6]);
    expect(selectedForBulk(agenda, { unitIds: [20] })).toEqual([2, 4, 6]);
    expect(selectedForBulk(agenda, { unitIds: [20], moveTypes: ['ROTASI_INTERNAL_OPD'] })).toEqual([6]);
    expect(selectedForBulk(agenda, { itemIds: [5, 1] })).toEqual([1, 5]);
    const some = agenda.map((c) =>
      c.itemId <= 2 ? { ...c, decided: true } : c.itemId === 6 ? { ...c, open: false } : c,
    );
    expect(selectedForBulk(some, {})).toEqual([3, 4, 5]);
    expect(selectedForBulk(some, { includeDecided: true })).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('planBulkDecision', () => {
  it('agrees to the selection except the marked candidates, each with its reason', () => {
    const r = planBulkDecision(agenda, {
      select: { unitIds: [20] },
      notes: 'Memenuhi persyaratan jabatan',
      exceptions: [
        { itemId: 4, decision: 'DISAGREE', reason: ' Kompetensi belum sesuai ' },
        { itemId: 5, decision: 'DEFER', reason: 'Menunggu uji kompetensi' },
      ],
    });
    expect(r).toEqual({
      ok: true,
      decisions: [
        { itemId: 2, decision: 'AGREE', notes: 'Memenuhi persyaratan jabatan' },
        { itemId: 4, decision: 'DISAGREE', notes: 'Kompetensi belum sesuai' },
        // Outside the unit filter, but marked: decided all the same.
        { itemId: 5, decision: 'DEFER', notes: 'Menunggu uji kompetensi' },
        { itemId: 6, decision: 'AGREE', notes: 'Memenuhi persyaratan jabatan' },
      ],
    });
  });

  it('names each bad exception: not on the agenda, closed, twice, without a reason', () => {
    const closed = agenda.map((c) => (c.itemId === 6 ? { ...c, open: false } : c));
    const r = planBulkDecision(closed, {
      select: { itemIds: [77] },
      exceptions: [
        { itemId: 99, decision: 'DEFER', reason: 'Alasan' },
        { itemId: 6, decision: 'DEFER', reason: 'Alasan' },
        { itemId: 2, decision: 'DEFER', reason: 'Alasan' },
        { itemId: 2, decision: 'DISAGREE', reason: 'Alasan' },
        { itemId: 3, decision: 'DISAGREE', reason: '  ' },
      ],
    });
    expect(r.ok ? [] : r.issues.map((i) => [i.field, i.rule])).toEqual([
      ['select.itemIds.0', 'ITEM_ON_AGENDA'],
      ['exceptions.0.itemId', 'ITEM_ON_AGENDA'],
      ['exceptions.1.itemId', 'DECIDE_WHILE_VERIFIED'],
      ['exceptions.3.itemId', 'EXCEPTION_ONCE'],
      ['exceptions.4.reason', 'EXCEPTION_REASON'],
    ]);
    expect(!r.ok && r.issues[4]!.message.id).toContain('Kandidat 3');
  });

  it('refuses a selection with nothing left to decide', () => {
    const decided = agenda.map((c) => ({ ...c, decided: true }));
    const r = planBulkDecision(decided, { select: {}, exceptions: [] });
    expect(r.ok ? [] : r.issues.map((i) => i.rule)).toEqual(['NOTHING_TO_DECIDE']);
    const again = planBulkDecision(decided, {
      select: { includeDecided: true, itemIds: [3] },
      exceptions: [],
    });
    expect(again).toEqual({ ok: true, decisions: [{ itemId: 3, decision: 'AGREE', notes: null }] });
  });
});
