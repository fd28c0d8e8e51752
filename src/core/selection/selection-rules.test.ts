import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideCandidates } from './candidate-rules.js';
import { checkCommittee, checkNewSelection } from './committee-rules.js';
import {
  SELECTION_STAGES,
  type Selection,
  type SelectionDecision,
  STAGE_STATUSES,
  shortlistOf,
} from './index.js';
import { decideResult } from './result-rules.js';
import { DEFAULT_SELECTION_SETTINGS as SETTINGS } from './selection-settings.js';
import { selectionSteps } from './selection-steps.js';
import { decideShortlist } from './shortlist-rules.js';
import { decideStageUpdate } from './stage-rules.js';
import {
  BLOCKED,
  buildSelection,
  candidate,
  d,
  interviewed,
  MEETS,
  withStages,
} from './testing/factories.js';

const AS_OF = d('2026-11-01');
const refusal = <T>(r: SelectionDecision<T>) => (r.ok ? null : r.refusal);
const ref = (c: { employeeId: number; nip: string }) => ({ employeeId: c.employeeId, nip: c.nip });

describe('opening a selection (committee, JPT posts only, one at a time)', () => {
  const committee = buildSelection().committee;

  it('is for JPT posts only', () => {
    const r = checkNewSelection(
      { postKind: 'ADMINISTRATOR', kind: 'OPEN', committee, openSelectionId: null },
      SETTINGS,
    );
    expect(refusal(r)).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'positionId',
      rule: 'SELECTION_JPT_ONLY',
    });
    for (const postKind of ['JPT_PRATAMA', 'JPT_MADYA', 'JPT_UTAMA'] as const) {
      expect(
        checkNewSelection({ postKind, kind: 'OPEN', committee, openSelectionId: null }, SETTINGS).ok,
      ).toBe(true);
    }
  });

  it('needs exactly one chair and at least the setting’s number of members', () => {
    const noChair = committee.map((m) => ({ ...m, role: 'ANGGOTA' as const }));
    expect(refusal(checkCommittee('OPEN', noChair, SETTINGS))?.rule).toBe('SELECTION_COMMITTEE_CHAIR');
    const twoChairs = committee.map((m, i) => (i === 1 ? { ...m, role: 'KETUA' as const } : m));
    expect(refusal(checkCommittee('OPEN', twoChairs, SETTINGS))?.rule).toBe('SELECTION_COMMITTEE_CHAIR');
    const four = committee.slice(0, 4);
    expect(refusal(checkCommittee('OPEN', four, SETTINGS))).toMatchObject({
      field: 'committee',
      rule: 'SELECTION_COMMITTEE_SIZE',
      value: 4,
    });
    // The size is a setting per kind: a rotation's committee of three is enough by default.
    expect(checkCommittee('JPT_ROTATION', committee.slice(0, 3), SETTINGS).ok).toBe(true);
    const seven = { ...SETTINGS, minCommitteeByKind: { ...SETTINGS.minCommitteeByKind, OPEN: 7 } };
    expect(refusal(checkCommittee('OPEN', committee, seven))?.rule).toBe('SELECTION_COMMITTEE_SIZE');
  });

  it('names a member listed twice (names compared without case and extra spaces)', () => {
    const twice = [...committee, { name: '  anggota   SATU ', role: 'ANGGOTA' as const }];
    expect(refusal(checkCommittee('OPEN', twice, SETTINGS))).toMatchObject({
      field: 'committee.5.name',
      rule: 'SELECTION_COMMITTEE_DUPLICATE',
    });
  });

  it('refuses a second selection of a post while one is in progress', () => {
    const r = checkNewSelection(
      { postKind: 'JPT_PRATAMA', kind: 'OPEN', committee, openSelectionId: 9 },
      SETTINGS,
    );
    expect(refusal(r)).toMatchObject({ code: 'CONFLICT', rule: 'SELECTION_ALREADY_OPEN', value: 9 });
  });
});

describe('stages go in order', () => {
  const fresh = buildSelection();

  it('starts a stage only when every earlier stage is done', () => {
    const r = decideStageUpdate(
      fresh,
      { stage: 'ADMINISTRATIVE', status: 'IN_PROGRESS', date: d('2026-05-10') },
      AS_OF,
    );
    expect(refusal(r)).toMatchObject({ code: 'CONFLICT', field: 'stage', rule: 'SELECTION_STAGE_ORDER' });
    expect(refusal(r)?.message.id).toContain('Pengumuman');
    const announced = decideStageUpdate(
      fresh,
      { stage: 'ANNOUNCEMENT', status: 'DONE', date: d('2026-05-04') },
      AS_OF,
    );
    expect(announced.ok && announced.value.map((s) => s.status)).toEqual([
      'DONE',
      'PENDING',
      'PENDING',
      'PENDING',
      'PENDING',
    ]);
  });

  it('does not reopen a stage once a later one has started', () => {
    const s = withStages(fresh, {
      ANNOUNCEMENT: ['DONE', '2026-05-04'],
      ADMINISTRATIVE: ['IN_PROGRESS', '2026-05-11'],
    });
    const r = decideStageUpdate(
      s,
      { stage: 'ANNOUNCEMENT', status: 'IN_PROGRESS', date: d('2026-05-04') },
      AS_OF,
    );
    expect(refusal(r)?.rule).toBe('SELECTION_STAGE_ORDER');
    expect(refusal(r)?.message.en).toContain('Administrative selection');
    // Moving the later stage back to pending first makes it possible.
    const back = decideStageUpdate(s, { stage: 'ADMINISTRATIVE', status: 'PENDING', date: null }, AS_OF);
    expect(back.ok).toBe(true);
  });

  it('needs a date once started, never in the future when done, and never before an earlier stage', () => {
    expect(
      refusal(decideStageUpdate(fresh, { stage: 'ANNOUNCEMENT', status: 'IN_PROGRESS', date: null }, AS_OF)),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'date',
      rule: 'SELECTION_STAGE_DATE_REQUIRED',
    });
    expect(
      refusal(
        decideStageUpdate(fresh, { stage: 'ANNOUNCEMENT', status: 'DONE', date: d('2026-11-02') }, AS_OF),
      )?.rule,
    ).toBe('SELECTION_STAGE_DATE_FUTURE');
    // Planned for later, still in progress: fine.
    expect(
      decideStageUpdate(fresh, { stage: 'ANNOUNCEMENT', status: 'IN_PROGRESS', date: d('2026-11-20') }, AS_OF)
        .ok,
    ).toBe(true);
    const s = withStages(fresh, { ANNOUNCEMENT: ['DONE', '2026-05-04'] });
    const r = decideStageUpdate(
      s,
      { stage: 'ADMINISTRATIVE', status: 'IN_PROGRESS', date: d('2026-05-03') },
      AS_OF,
    );
    expect(refusal(r)).toMatchObject({
      field: 'date',
      rule: 'SELECTION_STAGE_DATE_ORDER',
      value: '2026-05-03',
    });
  });

  it('closes the administrative selection only when every candidate has an outcome', () => {
    const s = withStages(fresh, {
      ANNOUNCEMENT: ['DONE', '2026-05-04'],
      ADMINISTRATIVE: ['IN_PROGRESS', '2026-05-11'],
    });
    const done = { stage: 'ADMINISTRATIVE', status: 'DONE', date: d('2026-05-18') } as const;
    expect(refusal(decideStageUpdate(s, done, AS_OF))?.rule).toBe('SELECTION_ADMINISTRATIVE_OPEN');
    const pending = { ...s, candidates: [candidate(1), candidate(2, { administrative: 'PENDING' })] };
    expect(refusal(decideStageUpdate(pending, done, AS_OF))).toMatchObject({
      rule: 'SELECTION_ADMINISTRATIVE_OPEN',
      value: 1,
    });
    expect(
      decideStageUpdate(
        { ...s, candidates: [candidate(1), candidate(2, { administrative: 'FAILED' })] },
        done,
        AS_OF,
      ).ok,
    ).toBe(true);
  });

  it('starts the assessments only with a qualified candidate', () => {
    const s = withStages(fresh, {
      ANNOUNCEMENT: ['DONE', '2026-05-04'],
      ADMINISTRATIVE: ['DONE', '2026-05-18'],
    });
    const start = { stage: 'COMPETENCY', status: 'IN_PROGRESS', date: d('2026-05-25') } as const;
    const none = {
      ...s,
      candidates: [candidate(1, { administrative: 'FAILED' }), candidate(2, { pasal107: BLOCKED })],
    };
    expect(refusal(decideStageUpdate(none, start, AS_OF))?.rule).toBe('SELECTION_NO_QUALIFIED_CANDIDATE');
    expect(decideStageUpdate({ ...s, candidates: [candidate(1)] }, start, AS_OF).ok).toBe(true);
  });

  it('keeps the interview done once the shortlist is set; the result is the PPK’s', () => {
    const s = interviewed([candidate(1, { shortlistRank: 1 })]);
    const r = decideStageUpdate(
      s,
      { stage: 'INTERVIEW', status: 'IN_PROGRESS', date: d('2026-06-15') },
      AS_OF,
    );
    expect(refusal(r)?.rule).toBe('SELECTION_SHORTLIST_SET');
    const result = decideStageUpdate(s, { stage: 'RESULT', status: 'DONE', date: d('2026-06-20') }, AS_OF);
    expect(refusal(result)).toMatchObject({ code: 'VALIDATION_FAILED', rule: 'SELECTION_RESULT_BY_PPK' });
  });

  it('keeps the stages a prefix of done, at most one in progress, dates never going back (any sequence)', () => {
    const update = fc.record({
      stage: fc.constantFrom(...SELECTION_STAGES),
      status: fc.constantFrom(...STAGE_STATUSES),
      day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(update, { maxLength: 40 }), (updates) => {
        let s: Selection = buildSelection({
          candidates: [candidate(1), candidate(2, { administrative: 'FAILED' })],
        });
        for (const u of updates) {
          const date = u.day === null ? null : d(`2026-10-${String(u.day).padStart(2, '0')}`);
          const r = decideStageUpdate(s, { stage: u.stage, status: u.status, date }, AS_OF);
          if (r.ok) s = { ...s, stages: r.value };
          const statuses = s.stages.map((x) => x.status).join(',');
          expect(statuses).toMatch(/^(DONE,)*((IN_PROGRESS|PENDING)(,PENDING)*)?$/);
          const dates = s.stages.flatMap((x) => (x.date ? [x.date] : []));
          expect(dates).toEqual([...dates].sort());
          expect(s.stages.filter((x) => x.status !== 'PENDING').every((x) => x.date !== null)).toBe(true);
        }
      }),
    );
  });
});

describe('candidates register between the announcement and the end of the administrative selection', () => {
  const one = [{ employeeId: 1, nip: '197501012000011001', administrative: 'PENDING' as const }];

  it('opens with the announcement', () => {
    expect(refusal(decideCandidates(buildSelection(), one))).toMatchObject({
      code: 'CONFLICT',
      rule: 'SELECTION_STAGE_ORDER',
    });
    const announced = withStages(buildSelection(), { ANNOUNCEMENT: ['IN_PROGRESS', '2026-05-04'] });
    expect(decideCandidates(announced, one).ok).toBe(true);
  });

  it('gives outcomes once the administrative selection started, and closes when it is done', () => {
    const announced = withStages(buildSelection(), { ANNOUNCEMENT: ['DONE', '2026-05-04'] });
    const passed = [{ ...one[0]!, administrative: 'PASSED' as const }];
    expect(refusal(decideCandidates(announced, passed))).toMatchObject({
      field: 'candidates.0.administrative',
      rule: 'SELECTION_STAGE_ORDER',
    });
    const checking = withStages(announced, { ADMINISTRATIVE: ['IN_PROGRESS', '2026-05-11'] });
    expect(decideCandidates(checking, passed).ok).toBe(true);
    const closed = withStages(checking, { ADMINISTRATIVE: ['DONE', '2026-05-18'] });
    expect(refusal(decideCandidates(closed, passed))?.rule).toBe('SELECTION_CANDIDATES_CLOSED');
  });

  it('names a person registered twice', () => {
    const announced = withStages(buildSelection(), { ANNOUNCEMENT: ['DONE', '2026-05-04'] });
    const r = decideCandidates(announced, [
      ...one,
      { employeeId: 2, nip: 'x', administrative: 'PENDING' },
      one[0]!,
    ]);
    expect(refusal(r)).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'candidates.2.nip',
      rule: 'SELECTION_CANDIDATE_DUPLICATE',
    });
  });
});

describe('the shortlist: three names to the PPK', () => {
  const four = [candidate(1), candidate(2), candidate(3), candidate(4)];

  it('waits for the interview', () => {
    const s = withStages(interviewed(four), { INTERVIEW: ['IN_PROGRESS', '2026-06-15'] });
    expect(refusal(decideShortlist(s, four.slice(0, 3).map(ref), null, SETTINGS))?.rule).toBe(
      'SELECTION_STAGE_ORDER',
    );
  });

  it('holds exactly three names when three or more qualified, ranked in the given order', () => {
    const s = interviewed(four);
    expect(refusal(decideShortlist(s, four.slice(0, 2).map(ref), 'hanya dua', SETTINGS))).toMatchObject({
      field: 'shortlist',
      rule: 'SELECTION_SHORTLIST_SIZE',
      value: 2,
    });
    expect(refusal(decideShortlist(s, four.map(ref), null, SETTINGS))?.rule).toBe('SELECTION_SHORTLIST_SIZE');
    const r = decideShortlist(s, [four[2]!, four[0]!, four[3]!].map(ref), null, SETTINGS);
    expect(r.ok && [...r.value]).toEqual([
      [3, 1],
      [1, 2],
      [4, 3],
    ]);
  });

  it('holds fewer only when fewer qualified: all of them, with a written reason', () => {
    const s = interviewed([
      candidate(1),
      candidate(2),
      candidate(3, { administrative: 'FAILED' }),
      candidate(4, { pasal107: BLOCKED }),
    ]);
    const two = [candidate(1), candidate(2)].map(ref);
    expect(refusal(decideShortlist(s, two, null, SETTINGS))).toMatchObject({
      field: 'reason',
      rule: 'SELECTION_SHORTLIST_REASON_REQUIRED',
    });
    expect(refusal(decideShortlist(s, two.slice(0, 1), 'hanya satu', SETTINGS))?.message.en).toContain(
      'Only 2 candidates qualify',
    );
    expect(decideShortlist(s, two, 'Hanya dua pelamar memenuhi syarat', SETTINGS).ok).toBe(true);
  });

  it('names who may not be proposed: not a candidate, twice, or not qualified', () => {
    const s = interviewed([
      ...four,
      candidate(5, { administrative: 'FAILED' }),
      candidate(6, { pasal107: BLOCKED }),
    ]);
    const out = { employeeId: 99, nip: '199001012015011001' };
    expect(refusal(decideShortlist(s, [ref(four[0]!), out, ref(four[1]!)], null, SETTINGS))).toMatchObject({
      field: 'shortlist.1',
      rule: 'SELECTION_SHORTLIST_NOT_CANDIDATE',
      value: out.nip,
    });
    expect(
      refusal(decideShortlist(s, [ref(four[0]!), ref(four[1]!), ref(four[0]!)], null, SETTINGS))?.rule,
    ).toBe('SELECTION_SHORTLIST_DUPLICATE');
    for (const id of [5, 6]) {
      const r = decideShortlist(s, [ref(four[0]!), ref(four[1]!), ref(candidate(id))], null, SETTINGS);
      expect(refusal(r)).toMatchObject({ field: 'shortlist.2', rule: 'SELECTION_SHORTLIST_NOT_QUALIFIED' });
    }
  });
});

describe('the result: the PPK chooses from the shortlist someone who meets Pasal 107', () => {
  const shortlisted = interviewed([
    candidate(1, { shortlistRank: 1 }),
    candidate(2, { shortlistRank: 2 }),
    candidate(3, { shortlistRank: 3 }),
    candidate(4),
  ]);
  const choose = (employeeId: number, decidedOn = '2026-06-20') => ({
    employeeId,
    nip: candidate(employeeId).nip,
    decidedOn: d(decidedOn),
    decreeNumber: '800.1.3.2/123/2026',
  });

  it('needs a shortlist first', () => {
    const none = interviewed([candidate(1)]);
    expect(refusal(decideResult(none, choose(1), MEETS, AS_OF))).toMatchObject({
      code: 'CONFLICT',
      rule: 'SELECTION_SHORTLIST_MISSING',
    });
  });

  it('chooses only a shortlisted person, on a day between the interview and today', () => {
    expect(refusal(decideResult(shortlisted, choose(4), MEETS, AS_OF))).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'nip',
      rule: 'SELECTION_RESULT_NOT_SHORTLISTED',
    });
    expect(refusal(decideResult(shortlisted, choose(2, '2026-11-02'), MEETS, AS_OF))?.rule).toBe(
      'SELECTION_DATE_FUTURE',
    );
    expect(refusal(decideResult(shortlisted, choose(2, '2026-06-14'), MEETS, AS_OF))?.rule).toBe(
      'SELECTION_STAGE_DATE_ORDER',
    );
  });

  it('refuses a person the Pasal 107 rules block, naming the rule', () => {
    const r = refusal(decideResult(shortlisted, choose(2), BLOCKED, AS_OF));
    expect(r).toMatchObject({ code: 'SELECTION_CHOICE_INELIGIBLE', field: 'nip', rule: 'PP11_PASAL_107' });
    expect(r?.message.id).toContain('R-JPT-AGE');
    expect(r?.message.en).toContain('Calon 2 does not meet PP 11/2017 Pasal 107');
  });

  it('completes the selection and closes the result stage on the decision day; then nothing changes', () => {
    const r = decideResult(shortlisted, choose(2), MEETS, AS_OF);
    expect(r.ok && r.value.status).toBe('COMPLETED');
    expect(r.ok && r.value.stages.at(-1)).toEqual({ stage: 'RESULT', status: 'DONE', date: '2026-06-20' });
    const done: Selection = r.ok
      ? { ...shortlisted, status: 'COMPLETED', stages: r.value.stages }
      : shortlisted;
    expect(refusal(decideResult(done, choose(1), MEETS, AS_OF))?.rule).toBe('SELECTION_COMPLETED');
    expect(refusal(decideShortlist(done, [], null, SETTINGS))?.rule).toBe('SELECTION_COMPLETED');
    expect(refusal(decideCandidates(done, []))?.rule).toBe('SELECTION_COMPLETED');
    expect(
      refusal(
        decideStageUpdate(done, { stage: 'ANNOUNCEMENT', status: 'DONE', date: d('2026-05-04') }, AS_OF),
      )?.rule,
    ).toBe('SELECTION_COMPLETED');
    expect(selectionSteps(done)).toEqual([]);
  });
});

describe('the steps a selection offers', () => {
  it('follows the stages: candidates after the announcement, shortlist after the interview, result after the shortlist', () => {
    const fresh = buildSelection();
    expect(selectionSteps(fresh)).toEqual(['stage']);
    expect(selectionSteps(withStages(fresh, { ANNOUNCEMENT: ['IN_PROGRESS', '2026-05-04'] }))).toEqual([
      'stage',
      'candidates',
    ]);
    const s = interviewed([candidate(1), candidate(2), candidate(3)]);
    expect(selectionSteps(s)).toEqual(['stage', 'shortlist']);
    const ranked = { ...s, candidates: s.candidates.map((c, i) => ({ ...c, shortlistRank: i + 1 })) };
    expect(shortlistOf(ranked).map((c) => c.employeeId)).toEqual([1, 2, 3]);
    expect(selectionSteps(ranked)).toEqual(['stage', 'shortlist', 'result']);
  });
});
