import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postInaugurationWindow } from '../eligibility/index.js';
import { addDays, compareDates, dateParts, type LocalDate, localDate } from '../model/local-date.js';
import { DRAFT_EDITABLE_STATES, draftEditRefusal, isDraftEditable } from './draft-editing.js';
import { PROPOSAL_STATES } from './proposal-states.js';
import {
  defaultProposalTitle,
  earliestTmt,
  firstOfMonthOnOrAfter,
  parseRound,
  proposalDefaultsFromPlan,
  roundOfDate,
  scenarioPeriod,
} from './round-defaults.js';
import { blockingChecks, checkSchedule } from './schedule-checks.js';

const d = (s: string) => s as LocalDate;

describe('rounds', () => {
  it('reads YYYY-I and YYYY-II and nothing else', () => {
    expect(parseRound('2027-I')).toEqual({ year: 2027, half: 'I' });
    expect(parseRound(' 2026-II ')).toEqual({ year: 2026, half: 'II' });
    for (const bad of ['2026-III', '2026', '2026-2', 'II-2026', '2026 II', '26-I']) {
      expect(parseRound(bad), bad).toBeNull();
    }
  });

  it('puts January-June in the first half and July-December in the second', () => {
    expect(roundOfDate(d('2027-01-01'))).toBe('2027-I');
    expect(roundOfDate(d('2027-06-30'))).toBe('2027-I');
    expect(roundOfDate(d('2027-07-01'))).toBe('2027-II');
    expect(roundOfDate(d('2026-12-31'))).toBe('2026-II');
  });

  it('takes the 1st of the month on or after a date', () => {
    expect(firstOfMonthOnOrAfter(d('2027-03-01'))).toBe('2027-03-01');
    expect(firstOfMonthOnOrAfter(d('2027-03-02'))).toBe('2027-04-01');
    expect(firstOfMonthOnOrAfter(d('2026-12-23'))).toBe('2027-01-01');
  });

  it('gives a 1st of a month, never earlier than the date and less than a month later', () => {
    const dates = fc
      .record({
        y: fc.integer({ min: 2000, max: 2099 }),
        m: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ y, m, day }) => localDate(y, m, day));
    fc.assert(
      fc.property(dates, (date) => {
        const first = firstOfMonthOnOrAfter(date);
        expect(dateParts(first).day).toBe(1);
        expect(compareDates(first, date)).toBeGreaterThanOrEqual(0);
        expect(compareDates(first, addDays(date, 31))).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('leaves room for an announcement today and the whole objection window', () => {
    expect(earliestTmt(d('2026-12-08'), 14)).toEqual({ closesOn: '2026-12-22', earliest: '2026-12-23' });
    expect(earliestTmt(d('2026-12-31'), 0)).toEqual({ closesOn: '2026-12-31', earliest: '2027-01-01' });
  });
});

describe('scenarioPeriod', () => {
  it('reads a year, a year with its half, or a half then its year', () => {
    expect(scenarioPeriod('Penataan menyeluruh 2027')).toEqual({ year: 2027, half: null });
    expect(scenarioPeriod('Pengisian formasi kosong 2025-II')).toEqual({ year: 2025, half: 'II' });
    expect(scenarioPeriod('Rotasi 2026/I guru')).toEqual({ year: 2026, half: 'I' });
    expect(scenarioPeriod('Mutasi pelaksana periode II 2026')).toEqual({ year: 2026, half: 'II' });
    expect(scenarioPeriod('Semester 1 tahun 2028')).toEqual({ year: 2028, half: 'I' });
  });

  it('finds no year in names without one, nor in longer numbers', () => {
    expect(scenarioPeriod('Rotasi staf kecamatan')).toBeNull();
    expect(scenarioPeriod('Nota 800.1.3/20270/BKPSDM')).toBeNull();
  });
});

describe('proposalDefaultsFromPlan', () => {
  const base = {
    today: d('2026-12-08'),
    objectionWindowDays: 14,
    scenarioName: 'Penataan menyeluruh 2027',
    planAsOf: d('2026-12-08'),
  };
  const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

  it('starts a "2027" plan on 1 January 2027 in round 2027-I, not today in 2026-II', () => {
    const r = proposalDefaultsFromPlan(base);
    expect(r).toMatchObject({ round: '2027-I', tmt: '2027-01-01' });
    expect(codes(r)).toEqual(['SCENARIO_YEAR', 'ROUND_OF_TMT']);
    expect(r.reasons[0]!.message.id).toContain('1 Januari 2027');
    expect(r.reasons[0]!.message.en).toContain('1 January 2027');
  });

  it('starts a named half year on its first day', () => {
    const r = proposalDefaultsFromPlan({ ...base, scenarioName: 'Formasi kosong 2027-II' });
    expect(r).toMatchObject({ round: '2027-II', tmt: '2027-07-01' });
    expect(codes(r)[0]).toBe('SCENARIO_PERIOD');
  });

  it('without a year in the name, takes the 1st of the month from the plan date', () => {
    const r = proposalDefaultsFromPlan({ ...base, scenarioName: 'Rotasi staf', planAsOf: d('2027-02-10') });
    expect(r).toMatchObject({ round: '2027-I', tmt: '2027-03-01' });
    expect(codes(r)).toEqual(['PLAN_DATE', 'ROUND_OF_TMT']);
  });

  it('never starts before the plan date the tenures were measured on', () => {
    const r = proposalDefaultsFromPlan({ ...base, planAsOf: d('2027-03-15'), today: d('2027-03-15') });
    expect(r).toMatchObject({ round: '2027-I', tmt: '2027-04-01' });
    expect(r.reasons[0]!.message.id).toContain('15 Maret 2027');
  });

  it('moves the TMT past the objection window when the named period starts too soon', () => {
    // Today 20 Dec 2026, 14 days: the window closes 3 Jan 2027, so 1 Jan is too early.
    const r = proposalDefaultsFromPlan({ ...base, today: d('2026-12-20') });
    expect(r).toMatchObject({ round: '2027-I', tmt: '2027-02-01' });
    expect(codes(r)).toEqual(['SCENARIO_YEAR', 'OBJECTION_ROOM', 'ROUND_OF_TMT']);
    expect(r.reasons[1]!.message.id).toContain('3 Januari 2027');
    // A period in the past follows today, and the round follows the TMT.
    const late = proposalDefaultsFromPlan({
      ...base,
      scenarioName: 'Mutasi 2025-II',
      today: d('2026-06-20'),
      planAsOf: d('2026-06-20'),
    });
    expect(late).toMatchObject({ round: '2026-II', tmt: '2026-08-01' });
  });

  it('gives defaults that pass every blocking check, whatever today and the window are', () => {
    const arb = fc.record({
      offset: fc.integer({ min: 0, max: 3000 }),
      days: fc.integer({ min: 0, max: 60 }),
      planLag: fc.integer({ min: -200, max: 200 }),
      name: fc.constantFrom('Penataan 2027', 'Mutasi 2025-II', 'Rotasi', 'periode I 2029'),
    });
    fc.assert(
      fc.property(arb, ({ offset, days, planLag, name }) => {
        const today = addDays(d('2025-01-01'), offset);
        const planAsOf = addDays(today, planLag);
        const r = proposalDefaultsFromPlan({
          today,
          objectionWindowDays: days,
          scenarioName: name,
          planAsOf,
        });
        const checks = checkSchedule({
          round: r.round,
          tmt: r.tmt,
          today,
          objectionWindowDays: days,
          electionWindows: [],
          planAsOf,
        });
        expect(blockingChecks(checks)).toEqual([]);
        expect(checks.filter((c) => c.status === 'WARN')).toEqual([]);
      }),
    );
  });

  it('titles the proposal after the plan', () => {
    expect(defaultProposalTitle('Penataan menyeluruh 2027', 2)).toBe(
      'Usulan mutasi dari rencana Penataan menyeluruh 2027 v2',
    );
  });
});

describe('checkSchedule', () => {
  const base = {
    round: '2027-I',
    tmt: d('2027-01-01'),
    today: d('2026-12-08'),
    objectionWindowDays: 14,
    electionWindows: [],
  };
  const verdict = (input: Partial<Parameters<typeof checkSchedule>[0]>) =>
    Object.fromEntries(checkSchedule({ ...base, ...input }).map((c) => [c.code, c.status]));

  it('passes a round and TMT that leave room for the objection window', () => {
    expect(verdict({})).toEqual({
      ROUND_OF_TMT: 'PASS',
      TMT_AFTER_OBJECTION_WINDOW: 'PASS',
      TMT_FIRST_OF_MONTH: 'PASS',
      ELECTION_WINDOW: 'PASS',
    });
  });

  it('blocks a TMT before the objection window can close, on the last day and not the day after', () => {
    expect(verdict({ tmt: d('2026-12-22') }).TMT_AFTER_OBJECTION_WINDOW).toBe('BLOCK');
    expect(verdict({ tmt: d('2026-12-23') }).TMT_AFTER_OBJECTION_WINDOW).toBe('PASS');
    const [block] = blockingChecks(checkSchedule({ ...base, tmt: d('2026-12-14') }));
    expect(block).toMatchObject({ field: 'tmt', code: 'TMT_AFTER_OBJECTION_WINDOW' });
    expect(block!.message.id).toBe(
      'TMT paling cepat 23 Desember 2026: pengumuman paling cepat hari ini (8 Desember 2026) dan masa sanggah 14 hari berakhir 22 Desember 2026',
    );
  });

  it('blocks a malformed round and warns about a round the TMT is not in', () => {
    const bad = checkSchedule({ ...base, round: '2027' });
    expect(blockingChecks(bad)).toMatchObject([{ code: 'ROUND_FORMAT', field: 'round' }]);
    expect(bad[0]!.message.id).toContain('misalnya 2027-I');
    expect(verdict({ round: '2026-II' }).ROUND_OF_TMT).toBe('WARN');
  });

  it('warns about a TMT that is not the 1st of a month', () => {
    const c = checkSchedule({ ...base, tmt: d('2027-01-04') }).find((x) => x.code === 'TMT_FIRST_OF_MONTH');
    expect(c).toMatchObject({ status: 'WARN', field: 'tmt' });
    expect(c!.message.id).toContain('1 Februari 2027');
  });

  it('names an election window between today and the TMT, and only one that overlaps', () => {
    const window = postInaugurationWindow(d('2026-12-20'));
    const c = checkSchedule({ ...base, electionWindows: [window] }).filter(
      (x) => x.code === 'ELECTION_WINDOW',
    );
    expect(c).toMatchObject([{ status: 'WARN', field: 'tmt' }]);
    expect(c[0]!.message.id).toContain('20 Desember 2026');
    expect(c[0]!.message.id).toContain('Mendagri');
    const later = postInaugurationWindow(d('2027-01-02'));
    expect(verdict({ electionWindows: [later] }).ELECTION_WINDOW).toBe('PASS');
    const earlier = postInaugurationWindow(d('2026-05-01')); // ends 2026-11-01, before today
    expect(verdict({ electionWindows: [earlier] }).ELECTION_WINDOW).toBe('PASS');
  });

  it('warns about a TMT before the plan date and passes one after it', () => {
    expect(verdict({ planAsOf: d('2027-02-01') }).TMT_FROM_PLAN_DATE).toBe('WARN');
    expect(verdict({ planAsOf: d('2026-12-08') }).TMT_FROM_PLAN_DATE).toBe('PASS');
    expect(verdict({}).TMT_FROM_PLAN_DATE).toBeUndefined();
  });
});

describe('draft editing', () => {
  it('is open exactly where the author may submit: a draft or a returned proposal', () => {
    expect([...DRAFT_EDITABLE_STATES].sort()).toEqual(['DRAFT', 'RETURNED']);
    for (const s of PROPOSAL_STATES) {
      expect(isDraftEditable(s), s).toBe(s === 'DRAFT' || s === 'RETURNED');
      expect(draftEditRefusal(s) === null, s).toBe(isDraftEditable(s));
    }
  });
});
