import { describe, expect, it } from 'vitest';
import type { Candidate, Post } from '../matching/inputs.js';
import {
  buildCandidate,
  buildContext,
  buildPost,
  d,
  ruleResult,
  step,
} from '../matching/testing/factories.js';
import { RULE_CODES, type RuleCode } from './codes.js';
import type { EligibilityContext } from './context.js';
import { DEFAULT_RULE_TABLE } from './default-rule-table.js';
import { RULES } from './registry.js';
import { severityFor } from './rule-table.js';

type Scenario = { candidate: Candidate; post: Post; ctx?: EligibilityContext };

const KASI = { kind: 'PENGAWAS', eselon: 'IV.a' } as const;
const window = (type: 'PRA_PENETAPAN_PASLON' | 'PASCA_PELANTIKAN') =>
  buildContext({
    electionWindows: [
      {
        id: 'w',
        type,
        start: d('2026-10-01'),
        end: d('2026-12-31'),
        legalBasis: 'UU 10/2016',
        appliesToPositionKinds: null,
      },
    ],
  });
const pengawasCareer = [step(1, KASI, '2015-01-01', null)];
const AHLI_PERTAMA = { kind: 'JF', jfCategory: 'KEAHLIAN', jfLevel: 'AHLI_PERTAMA' } as const;

/** For every rule, a person and a post the rule does not let through: the record type makes one per code. */
const FAILING: Record<RuleCode, () => Scenario> = {
  'R-STATUS-AKTIF': () => ({ candidate: buildCandidate({}, { status: 'RETIRED' }), post: buildPost() }),
  'R-CPNS': () => ({ candidate: buildCandidate({}, { employmentType: 'CPNS' }), post: buildPost() }),
  'R-PPPK': () => ({ candidate: buildCandidate({}, { employmentType: 'PPPK' }), post: buildPost() }),
  'R-TUBEL': () => ({ candidate: buildCandidate({}, { status: 'TUGAS_BELAJAR' }), post: buildPost() }),
  'R-HUKDIS': () => ({
    candidate: buildCandidate(
      {},
      {
        disciplinaryCases: [
          {
            id: 1,
            status: 'PEMERIKSAAN',
            level: null,
            penaltyType: null,
            description: 'Dugaan pelanggaran netralitas',
            decisionNumber: null,
            decisionDate: null,
            startDate: null,
            endDate: null,
            suspendedFromDuty: false,
          },
        ],
      },
    ),
    post: buildPost(),
  }),
  'R-PERADILAN': () => ({ candidate: buildCandidate({ inCourtProceedings: true }), post: buildPost() }),
  'R-TENURE-MIN': () => ({
    candidate: buildCandidate({}, { currentPositionSince: d('2025-06-01') }),
    post: buildPost(),
  }),
  'R-TENURE-MAX': () => {
    const candidate = buildCandidate({}, { currentPositionSince: d('2020-01-01') });
    return { candidate, post: buildPost({ id: candidate.employee.currentPositionId! }) };
  },
  'R-SELF-REQUEST-10Y': () => ({
    candidate: buildCandidate({}, { tmtCpns: d('2020-01-01') }),
    post: buildPost(),
    ctx: buildContext({ mutationKind: 'SELF_REQUEST' }),
  }),
  'R-SKP-2Y': () => ({
    candidate: buildCandidate({
      performance: {
        annualPredikat: [
          { year: 2025, predikat: 'KURANG_MISCONDUCT' },
          { year: 2024, predikat: 'BAIK' },
        ],
        performanceIndex: 50,
        talentBox: 2,
      },
    }),
    post: buildPost(),
  }),
  'R-DEMOSI': () => ({ candidate: buildCandidate({ career: pengawasCareer }), post: buildPost() }),
  'R-JF-KELUAR': () => ({
    candidate: buildCandidate({ career: [step(1, AHLI_PERTAMA, '2015-01-01', null)] }),
    post: buildPost(),
  }),
  'R-EDU-LEVEL': () => ({
    candidate: buildCandidate(
      {},
      {
        education: [
          { level: 'SMA', field: 'GENERAL', major: 'SMA', institution: 'SMAN 1', graduationYear: 2003 },
        ],
      },
    ),
    post: buildPost({ educationRequirements: [{ minLevel: 'S1', fields: [] }] }),
  }),
  'R-EDU-OVER': () => ({ candidate: buildCandidate(), post: buildPost() }),
  'R-EDU-FIELD': () => ({
    candidate: buildCandidate(),
    post: buildPost({ educationRequirements: [{ minLevel: 'S1', fields: ['LAW'] }] }),
  }),
  'R-PROFESI': () => ({
    candidate: buildCandidate(),
    post: buildPost({ grade: AHLI_PERTAMA, profession: 'DOKTER_GIGI', family: 'HEALTH_MEDICAL' }),
  }),
  'R-PROFESI-LISENSI': () => ({
    candidate: buildCandidate(),
    post: buildPost({ grade: AHLI_PERTAMA, profession: 'PERAWAT', family: 'HEALTH_NURSING' }),
  }),
  'R-RANK-MIN': () => ({ candidate: buildCandidate(), post: buildPost({ grade: KASI }) }),
  'R-JF-BAND': () => ({
    candidate: buildCandidate(),
    post: buildPost({ grade: { kind: 'JF', jfCategory: 'KEAHLIAN', jfLevel: 'AHLI_MADYA' } }),
  }),
  'R-JF-ENTRY': () => ({ candidate: buildCandidate(), post: buildPost({ grade: AHLI_PERTAMA }) }),
  'R-EXP-PENGAWAS': () => ({
    candidate: buildCandidate({ career: [step(1, { kind: 'PELAKSANA' }, '2024-01-01', null)] }),
    post: buildPost({ grade: KASI }),
  }),
  'R-EXP-ADMINISTRATOR': () => ({
    candidate: buildCandidate(),
    post: buildPost({ grade: { kind: 'ADMINISTRATOR', eselon: 'III.b' } }),
  }),
  'R-EXP-JPT': () => ({
    candidate: buildCandidate(),
    post: buildPost({ grade: { kind: 'JPT_PRATAMA', eselon: 'II.b' } }),
  }),
  'R-JPT-AGE': () => ({
    candidate: buildCandidate({}, { birthDate: d('1966-01-01') }),
    post: buildPost({ grade: { kind: 'JPT_PRATAMA', eselon: 'II.b' } }),
  }),
  'R-JPT-2Y': () => ({
    candidate: buildCandidate(),
    post: buildPost(
      { grade: { kind: 'JPT_PRATAMA', eselon: 'II.b' } },
      {},
      { employeeId: 5, installedOn: d('2025-09-01'), replacementGround: null },
    ),
  }),
  'R-HUKDIS-RIWAYAT': () => ({
    candidate: buildCandidate(
      {},
      {
        disciplinaryCases: [
          {
            id: 2,
            status: 'SELESAI',
            level: 'BERAT',
            penaltyType: 'PENURUNAN_JABATAN_12_BULAN',
            description: 'Penyalahgunaan wewenang',
            decisionNumber: '800/2/2025',
            decisionDate: d('2025-02-01'),
            startDate: d('2025-02-01'),
            endDate: d('2026-01-31'),
            suspendedFromDuty: false,
          },
        ],
      },
    ),
    post: buildPost({ grade: KASI }),
  }),
  'R-BUP-WINDOW': () => ({
    candidate: buildCandidate({}, { birthDate: d('1968-11-15') }),
    post: buildPost(),
  }),
  'R-BUP-PASSED': () => ({
    candidate: buildCandidate({}, { birthDate: d('1967-01-01') }),
    post: buildPost(),
  }),
  'R-PILKADA-71-2': () => ({
    candidate: buildCandidate(),
    post: buildPost({ grade: KASI }),
    ctx: window('PRA_PENETAPAN_PASLON'),
  }),
  'R-PILKADA-162-3': () => ({
    candidate: buildCandidate(),
    post: buildPost({ grade: KASI }),
    ctx: window('PASCA_PELANTIKAN'),
  }),
  'R-KOMPETENSI': () => ({
    candidate: buildCandidate(
      {},
      {
        competencyAssessments: [
          {
            id: 3,
            assessedOn: d('2026-02-01'),
            validUntil: d('2029-02-01'),
            assessor: 'UPT Penilaian Kompetensi',
            scores: [
              { type: 'MANAGERIAL', code: 'M.01', level: 1 },
              { type: 'SOCIO_CULTURAL', code: 'SK.01', level: 1 },
              { type: 'TECHNICAL', code: 'T.GENERAL_ADMIN', level: 1 },
            ],
          },
        ],
      },
    ),
    post: buildPost(),
  }),
};

describe('rule registry and default rule table', () => {
  it('holds every code once, in RULE_CODES order', () => {
    expect(RULES.map((r) => r.code)).toEqual([...RULE_CODES]);
  });

  it.each(RULES.map((r) => [r.code, r] as const))(
    '%s: cites its regulation and article and has a title',
    (code, rule) => {
      const { citation } = DEFAULT_RULE_TABLE.rules[code];
      expect(citation.regulation.length).toBeGreaterThan(3);
      expect(citation.article.length).toBeGreaterThan(3);
      expect(['V', 'S', 'U']).toContain(citation.tag);
      expect(rule.title.id).not.toBe('');
      expect(rule.title.en).not.toBe('');
    },
  );

  it.each([...RULE_CODES])('%s: fails its scenario with the table severity, in both languages', (code) => {
    const { candidate, post, ctx = buildContext() } = FAILING[code]();
    const r = ruleResult(code, candidate, post, ctx);
    const setting = DEFAULT_RULE_TABLE.rules[code];
    expect(r?.status).toBe(severityFor(setting, post.position.grade.kind));
    expect(r?.citation).toEqual(setting.citation);
    expect(r?.ruleTableVersion).toBe(DEFAULT_RULE_TABLE.version);
    expect(r?.message.id.length).toBeGreaterThan(5);
    expect(r?.message.en.length).toBeGreaterThan(5);
    expect(r?.message.id).not.toBe(r?.message.en);
  });

  it.each([...RULE_CODES])('%s: passes the default move, with a message in both languages', (code) => {
    // The default person holds an S1; an ordinary move is into a post asking S1.
    const r = ruleResult(
      code,
      buildCandidate(),
      buildPost({ educationRequirements: [{ minLevel: 'S1', fields: [] }] }),
    );
    expect(r?.status).toBe('PASS');
    expect(r?.message.id).not.toBe('');
    expect(r?.message.en).not.toBe('');
  });
});
