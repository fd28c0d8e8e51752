import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../model/local-date.js';
import { entryEffect, innovationCountsIn, overlapsPeriod, type RegisterEntry } from './entry-effect.js';
import type { PersonInputs } from './evaluate-person.js';
import { DEFAULT_APPRAISAL_POLICY as P } from './policy.js';

const d = (s: string) => s as LocalDate;
const tw3 = { kind: 'TRIWULAN' as const, startDate: d('2026-07-01'), endDate: d('2026-09-30') };
const none = { innovations: [], participations: [] };

const implemented: RegisterEntry = {
  kind: 'INNOVATION',
  share: {
    role: 'LEAD',
    proposedOn: d('2026-02-01'),
    implementedOn: d('2026-06-15'),
    replicatedOn: null,
    awardedOn: null,
  },
};

/** Rated "Baik" (SKP 80), no attendance recap (discipline left out), nothing else. */
const rated = (shares: Pick<PersonInputs, 'innovations' | 'participations'>): PersonInputs => ({
  skp: { hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' },
  attendance: null,
  cases: [],
  standard: [],
  assessments: [],
  trainingHours: 0,
  ...shares,
});

describe('entryEffect', () => {
  it('gives the component and the index without and with an innovation the person leads', () => {
    // 3 points of 6 -> 50. Index: SKP 80 at .5 and the two register components at .15 each, the
    // missing discipline weight shared out: without 80*.5/.8 = 50, with (40 + 7.5)/.8 = 59.375.
    const effect = entryEffect(implemented, none, rated(none), tw3, P);
    expect(effect).toMatchObject({
      component: 'INNOVATION',
      counts: true,
      componentWithout: 0,
      componentWith: 50,
      indexWithout: 50,
    });
    expect(effect.indexWith).toBeCloseTo(59.38, 1);
  });

  it('takes a stored copy of the entry out for "without", whatever else the share carries', () => {
    const stored = { innovations: [{ ...implemented.share }], participations: [] };
    const effect = entryEffect(implemented, stored, rated(stored), tw3, P);
    expect([effect.componentWithout, effect.componentWith, effect.indexWithout]).toEqual([0, 50, 50]);
    // Two equal innovations: without one, the other still counts (3 points -> 50); both make 6 -> 100.
    const twice = { innovations: [implemented.share, implemented.share], participations: [] };
    const again = entryEffect(implemented, twice, null, tw3, P);
    expect([again.componentWithout, again.componentWith]).toEqual([50, 100]);
  });

  it('leaves the index null for a person not rated in the period', () => {
    const effect = entryEffect(implemented, none, null, tw3, P);
    expect([effect.componentWith, effect.indexWithout, effect.indexWith]).toEqual([50, null, null]);
  });

  it('says an entry outside the period does not count there', () => {
    const part: RegisterEntry = {
      kind: 'PROGRAM',
      participation: {
        role: 'MEMBER',
        outcome: 'ACHIEVED',
        hours: 30,
        startDate: d('2026-01-01'),
        endDate: d('2026-03-31'),
      },
    };
    expect(entryEffect(part, none, null, tw3, P)).toMatchObject({
      component: 'PROGRAM',
      counts: false,
      componentWithout: 0,
      componentWith: 0,
    });
    // Inside the quarter: 30 h x member 1 x achieved 1 against 60 h/yr x 3/12 = 15 h -> capped at 100.
    const inside = {
      ...part,
      participation: { ...part.participation, startDate: d('2026-07-01'), endDate: d('2026-09-30') },
    };
    expect(entryEffect(inside, none, null, tw3, P)).toMatchObject({ counts: true, componentWith: 100 });
  });
});

describe('innovationCountsIn / overlapsPeriod', () => {
  it('follows the credit window of the policy (12 months)', () => {
    const dates = { proposedOn: d('2025-06-01'), implementedOn: null, replicatedOn: null, awardedOn: null };
    expect(innovationCountsIn(dates, tw3, P)).toBe(false);
    expect(innovationCountsIn({ ...dates, proposedOn: d('2025-10-01') }, tw3, P)).toBe(true);
    expect(innovationCountsIn({ ...dates, proposedOn: d('2026-10-01') }, tw3, P)).toBe(false);
  });

  it('treats an open end as running on', () => {
    expect(overlapsPeriod({ startDate: '2023-01-01', endDate: null }, tw3)).toBe(true);
    expect(overlapsPeriod({ startDate: '2026-10-01', endDate: null }, tw3)).toBe(false);
    expect(overlapsPeriod({ startDate: '2026-01-01', endDate: '2026-06-30' }, tw3)).toBe(false);
    expect(overlapsPeriod({ startDate: '2026-01-01', endDate: '2026-07-01' }, tw3)).toBe(true);
  });
});
