import { describe, expect, it } from 'vitest';
import type { TenureOverride } from '../eligibility/tenure-override.js';
import type { Candidate, Post } from '../matching/inputs.js';
import { buildCandidate, buildContext, buildPost, d } from '../matching/testing/factories.js';
import type { DisciplinaryCase } from '../model/employee.js';
import { candidateOn, judgeMovesOnTmt, type MoveToJudge } from './judge-moves.js';
import type { StoredRuleResult } from './proposal-model.js';

// The verification day of these tests; every move is judged on its TMT instead (DOMAIN.md 15.6).
const TODAY = d('2026-11-28');

const move = (candidate: Candidate, post: Post = buildPost(), itemId = 1): MoveToJudge => ({
  itemId,
  nip: candidate.employee.nip,
  moveType: 'ANTAR_OPD',
  candidate,
  post,
});

const judge = (moves: MoveToJudge[], tmt: string, overrides: TenureOverride[] = []) =>
  judgeMovesOnTmt(moves, {
    base: buildContext({ asOf: TODAY }),
    tmt: d(tmt),
    checkedOn: TODAY,
    overrides,
  });

const resultOf = (j: ReturnType<typeof judge>, itemId: number, code: string) =>
  ((j.eligibility.get(itemId)?.results ?? []) as StoredRuleResult[]).find((r) => r.code === code);

describe('judgeMovesOnTmt: tenure counted to the TMT (PP 11/2017 Pasal 190 ayat 3)', () => {
  // In post since 2024-12-14: 23 months on the verification day, 24 on 2026-12-14.
  const c = buildCandidate({}, { currentPositionSince: d('2024-12-14') });

  it('passes a move whose TMT is on the 2-year mark although today is a month short', () => {
    const j = judge([move(c)], '2026-12-14');
    expect(j.blocked).toEqual([]);
    expect(resultOf(j, 1, 'R-TENURE-MIN')).toMatchObject({ status: 'PASS', evidence: { tenureMonths: 24 } });
    expect(j.eligibility.get(1)?.checkedOn).toBe(TODAY);
  });

  it('blocks a move whose TMT is one day before the mark, naming the person, rule and message', () => {
    const j = judge([move(c)], '2026-12-13');
    expect(j.blocked).toEqual([
      {
        nip: c.employee.nip,
        rules: [
          { code: 'R-TENURE-MIN', message: expect.objectContaining({ en: expect.stringContaining('23') }) },
        ],
      },
    ]);
    expect(j.eligibility.get(1)?.status).toBe('BLOCKED');
  });

  it('flags the 5-year mark reached by the TMT only on a stay, never blocking a move', () => {
    const senior = buildCandidate({}, { currentPositionSince: d('2021-12-14') });
    const j = judge([move(senior)], '2026-12-14');
    expect(j.blocked).toEqual([]);
    expect(resultOf(j, 1, 'R-TENURE-MAX')?.status).toBe('PASS');
  });
});

describe('judgeMovesOnTmt: retirement, discipline and rank on the TMT', () => {
  it('blocks a person who reaches the BUP of the post between today and the TMT', () => {
    // Born 1968-11-20: BUP 58 on 2026-11-20, retirement date 2026-12-01, after today's check date.
    const c = buildCandidate({}, { birthDate: d('1968-11-20') });
    expect(judge([move(c)], '2026-11-30').blocked).toEqual([]);
    const j = judge([move(c)], '2026-12-14');
    expect(j.blocked[0]?.rules.map((r) => r.code)).toEqual(['R-BUP-PASSED']);
  });

  const penalty = (start: string, end: string): DisciplinaryCase => ({
    id: 9,
    status: 'DIJATUHI',
    level: 'SEDANG',
    penaltyType: 'POTONGAN_TPK_25_6_BULAN',
    description: 'Tidak masuk kerja tanpa keterangan',
    decisionNumber: '800/12/2026',
    decisionDate: d(start),
    startDate: d(start),
    endDate: d(end),
    suspendedFromDuty: false,
  });

  it('judges a penalty on the TMT: one served out before it passes, one running on it blocks', () => {
    const over = buildCandidate({}, { disciplinaryCases: [penalty('2026-06-01', '2026-12-01')] });
    expect(judge([move(over)], '2026-12-14').blocked).toEqual([]);
    const running = buildCandidate({}, { disciplinaryCases: [penalty('2026-12-01', '2027-05-31')] });
    expect(judge([move(running)], '2026-12-14').blocked[0]?.rules.map((r) => r.code)).toEqual(['R-HUKDIS']);
  });

  it('reads the rank held on the TMT: a raise dated on or before it counts, a later one does not', () => {
    // A JF post asking for III/c itself (R-RANK-MIN blocks below a JF post's own minimum).
    const jf = buildPost({
      grade: { kind: 'JF', jfCategory: 'KEAHLIAN', jfLevel: 'AHLI_MUDA' },
      minGolongan: 33,
    });
    const raised = (tmt: string) =>
      buildCandidate(
        {},
        {
          golongan: 33,
          rankHistory: [
            { golongan: 32, tmt: d('2014-04-01'), skNumber: null },
            { golongan: 33, tmt: d(tmt), skNumber: null },
          ],
        },
      );
    expect(resultOf(judge([move(raised('2026-12-01'), jf)], '2026-12-14'), 1, 'R-RANK-MIN')?.status).toBe(
      'PASS',
    );
    expect(resultOf(judge([move(raised('2027-04-01'), jf)], '2026-12-14'), 1, 'R-RANK-MIN')?.status).toBe(
      'BLOCK',
    );
  });
});

describe('judgeMovesOnTmt: recorded exceptions to the 2-year minimum', () => {
  const c = buildCandidate({}, { currentPositionSince: d('2025-09-01') });
  const post = buildPost();
  const override: TenureOverride = {
    employeeId: c.employee.id,
    toPositionId: post.position.id,
    ground: 'RESTRUCTURING',
    approvedByUserId: 2,
    reason: 'Penataan organisasi Perwali 12/2026',
    documentSha256: 'b'.repeat(64),
  };

  it('passes the move with a complete override and reports it with its ground', () => {
    const j = judge([move(c, post)], '2026-12-14', [override]);
    expect(j.blocked).toEqual([]);
    expect(j.overridden).toEqual([{ nip: c.employee.nip, ground: 'RESTRUCTURING' }]);
    expect(resultOf(j, 1, 'R-TENURE-MIN')?.evidence).toMatchObject({
      overridden: true,
      overrideGround: 'RESTRUCTURING',
    });
  });

  it('still blocks when the override has no document', () => {
    const j = judge([move(c, post)], '2026-12-14', [{ ...override, documentSha256: null }]);
    expect(j.blocked[0]?.rules.map((r) => r.code)).toEqual(['R-TENURE-MIN']);
    expect(j.overridden).toEqual([]);
  });
});

describe('candidateOn', () => {
  it('keeps the candidate when the rank history is empty', () => {
    const c = buildCandidate({}, { rankHistory: [], golongan: 31 });
    expect(candidateOn(c, d('2026-12-14')).employee.golongan).toBe(31);
  });
});
