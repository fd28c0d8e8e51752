import { describe, expect, it } from 'vitest';
import {
  buildCandidate,
  buildContext,
  buildPost,
  d,
  outcome,
  ruleResult,
} from '../../matching/testing/factories.js';
import type { DisciplinaryCase } from '../../model/employee.js';

const post = buildPost();
const on = (date: string) => buildContext({ asOf: d(date) });

describe('R-STATUS-AKTIF', () => {
  it('blocks retired and suspended employees only', () => {
    expect(outcome('R-STATUS-AKTIF', buildCandidate({}, { status: 'RETIRED' }), post)).toBe('BLOCK');
    expect(outcome('R-STATUS-AKTIF', buildCandidate({}, { status: 'SUSPENDED' }), post)).toBe('BLOCK');
    expect(outcome('R-STATUS-AKTIF', buildCandidate({}, { status: 'LEAVE' }), post)).toBe('PASS');
    expect(outcome('R-STATUS-AKTIF', buildCandidate(), post)).toBe('PASS');
  });
});

describe('R-CPNS and R-PPPK', () => {
  it('blocks a CPNS and passes a PNS', () => {
    expect(outcome('R-CPNS', buildCandidate({}, { employmentType: 'CPNS' }), post)).toBe('BLOCK');
    expect(outcome('R-CPNS', buildCandidate(), post)).toBe('PASS');
  });

  it('blocks moving a PPPK by default (DOMAIN.md 15.4: outside PNS mutation plans)', () => {
    expect(outcome('R-PPPK', buildCandidate({}, { employmentType: 'PPPK' }), post)).toBe('BLOCK');
    expect(outcome('R-PPPK', buildCandidate({}, { employmentType: 'PPPK_PARUH_WAKTU' }), post)).toBe('BLOCK');
    expect(outcome('R-PPPK', buildCandidate({}, { employmentType: 'CPNS' }), post)).toBe('PASS');
  });
});

describe('R-TUBEL (Perban BKN 5/2019 Pasal 3)', () => {
  it('blocks study leave', () => {
    expect(outcome('R-TUBEL', buildCandidate({}, { status: 'TUGAS_BELAJAR' }), post)).toBe('BLOCK');
  });

  it('blocks a service bond up to and including its last day', () => {
    const bonded = buildCandidate({ serviceBondUntil: d('2026-11-01') });
    expect(outcome('R-TUBEL', bonded, post, on('2026-11-01'))).toBe('BLOCK');
    expect(outcome('R-TUBEL', bonded, post, on('2026-11-02'))).toBe('PASS');
  });
});

describe('R-HUKDIS (Perban BKN 5/2019 Pasal 3; PP 94/2021)', () => {
  const kase = (over: Partial<DisciplinaryCase>): DisciplinaryCase => ({
    id: 1,
    status: 'DIJATUHI',
    level: 'SEDANG',
    penaltyType: 'POTONGAN_TPK_25_6_BULAN',
    description: 'Tidak masuk kerja 12 hari',
    decisionNumber: '800/1/2026',
    decisionDate: d('2026-05-01'),
    startDate: d('2026-05-01'),
    endDate: d('2026-11-01'),
    suspendedFromDuty: false,
    ...over,
  });
  const withCase = (over: Partial<DisciplinaryCase>) =>
    buildCandidate({}, { disciplinaryCases: [kase(over)] });

  it('blocks a case in process', () => {
    for (const status of ['DUGAAN', 'PEMERIKSAAN', 'BANDING'] as const) {
      expect(outcome('R-HUKDIS', withCase({ status, endDate: null }), post)).toBe('BLOCK');
    }
  });

  it('blocks a penalty up to its last day, not after', () => {
    expect(outcome('R-HUKDIS', withCase({}), post, on('2026-11-01'))).toBe('BLOCK');
    expect(outcome('R-HUKDIS', withCase({}), post, on('2026-11-02'))).toBe('PASS');
    expect(outcome('R-HUKDIS', withCase({ status: 'SELESAI' }), post, on('2026-10-01'))).toBe('PASS');
  });

  it('treats an open-ended medium penalty as running and a reprimand as done', () => {
    expect(outcome('R-HUKDIS', withCase({ endDate: null }), post)).toBe('BLOCK');
    expect(
      outcome('R-HUKDIS', withCase({ level: 'RINGAN', penaltyType: 'TEGURAN_LISAN', endDate: null }), post),
    ).toBe('PASS');
  });

  it('names the case in the message', () => {
    const r = ruleResult('R-HUKDIS', withCase({}), post, on('2026-10-01'));
    expect(r?.message.id).toContain('800/1/2026');
    expect(r?.evidence.level).toBe('SEDANG');
  });
});

describe('R-PERADILAN', () => {
  it('blocks court proceedings and reports "not recorded" as no data', () => {
    expect(outcome('R-PERADILAN', buildCandidate({ inCourtProceedings: true }), post)).toBe('BLOCK');
    expect(outcome('R-PERADILAN', buildCandidate({ inCourtProceedings: false }), post)).toBe('PASS');
    expect(ruleResult('R-PERADILAN', buildCandidate(), post)).toMatchObject({ status: 'PASS', noData: true });
  });
});

describe('R-SELF-REQUEST-10Y', () => {
  const c = buildCandidate({}, { tmtCpns: d('2016-11-01') });
  const selfRequest = (date: string) => buildContext({ asOf: d(date), mutationKind: 'SELF_REQUEST' });
  it('warns a self-requested move one day before 10 years of service, not on the day', () => {
    expect(outcome('R-SELF-REQUEST-10Y', c, post, selfRequest('2026-10-31'))).toBe('WARN');
    expect(outcome('R-SELF-REQUEST-10Y', c, post, selfRequest('2026-11-01'))).toBe('PASS');
  });

  it('ignores moves the organisation initiates', () => {
    expect(outcome('R-SELF-REQUEST-10Y', c, post, on('2026-10-31'))).toBe('PASS');
  });
});
