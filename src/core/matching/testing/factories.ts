import type { RuleCode } from '../../eligibility/codes.js';
import type { EligibilityContext } from '../../eligibility/context.js';
import { DEFAULT_RULE_TABLE } from '../../eligibility/default-rule-table.js';
import { runRule } from '../../eligibility/evaluate-eligibility.js';
import { candidateFacts, pairFacts, postFacts } from '../../eligibility/facts/facts.js';
import { RULES_BY_CODE } from '../../eligibility/registry.js';
import type { EligibilityRule, RuleResult } from '../../eligibility/rule.js';
import type { Employee } from '../../model/employee.js';
import type { LocalDate } from '../../model/local-date.js';
import type { Nip } from '../../model/nip.js';
import type { Position, PositionGrade } from '../../model/position.js';
import type { Candidate, CareerStep, Post, PostUnit } from '../inputs.js';

/**
 * Factories for eligibility and matching tests: valid defaults, overridable per test. The default
 * candidate is a PNS pelaksana (III/b, S1 Manajemen) in BPKPD since 2022-01-03, and the default
 * post a pelaksana post in the Sekretariat of BKPSDM, so a move between them passes every rule on
 * 2026-11-01.
 */
/** A LocalDate from a literal. @example d('2026-11-01') */
export const d = (s: string): LocalDate => s as LocalDate;
/** The date the factories' defaults are built around. */
export const AS_OF = d('2026-11-01');

let counter = 1000;

/** A PNS pelaksana, III/b, S1 Manajemen, in post 1 since 2022-01-03. @example buildEmployee({ golongan: 33 }) */
export function buildEmployee(overrides: Partial<Employee> = {}): Employee {
  const id = overrides.id ?? ++counter;
  return {
    id,
    instansiId: 1,
    nip: `198504122010031${String(id % 1000).padStart(3, '0')}` as Nip,
    name: `Pegawai Uji ${id}`,
    frontTitle: null,
    backTitle: 'S.M.',
    gender: 'M',
    birthDate: d('1985-04-12'),
    employmentType: 'PNS',
    status: 'ACTIVE',
    golongan: 32,
    golonganTmt: d('2014-04-01'),
    currentPositionId: 1,
    currentPositionName: 'Pengadministrasi Keuangan',
    currentUnitId: 1,
    currentUnitName: 'BPKPD',
    currentPositionSince: d('2022-01-03'),
    version: 1,
    birthPlace: 'Sibolga',
    tmtCpns: d('2010-03-01'),
    education: [
      {
        level: 'SMA',
        field: 'GENERAL',
        major: 'SMA IPS',
        institution: 'SMAN 1 Sibolga',
        graduationYear: 2003,
      },
      { level: 'S1', field: 'MANAGEMENT', major: 'S1 Manajemen', institution: 'USU', graduationYear: 2008 },
    ],
    rankHistory: [{ golongan: 32, tmt: d('2014-04-01'), skNumber: null }],
    positionHistory: [],
    competencyAssessments: [],
    trainings: [],
    disciplinaryCases: [],
    licences: [],
    ...overrides,
  };
}

/** A career step. @example step(1, { kind: 'PELAKSANA' }, '2015-01-01', null) */
export function step(
  positionId: number,
  grade: PositionGrade,
  startDate: string,
  endDate: string | null,
  more: Partial<CareerStep> = {},
): CareerStep {
  return {
    positionId,
    grade,
    family: 'GENERAL_ADMIN',
    opdCode: 'BPKPD',
    tugasTambahan: null,
    startDate: d(startDate),
    endDate: endDate === null ? null : d(endDate),
    ...more,
  };
}

/**
 * A candidate: the employee, Baik in 2025 and 2024, index 78, box 5, a two-step pelaksana career.
 * @example buildCandidate({ preference: null }, { status: 'CPNS' })
 */
export function buildCandidate(
  overrides: Partial<Candidate> = {},
  employee: Partial<Employee> = {},
): Candidate {
  const e = buildEmployee(employee);
  const since = e.currentPositionSince ?? '2022-01-03';
  return {
    employee: e,
    performance: {
      annualPredikat: [
        { year: 2025, predikat: 'BAIK' },
        { year: 2024, predikat: 'BAIK' },
      ],
      performanceIndex: 78,
      talentBox: 5,
    },
    career:
      e.currentPositionId === null
        ? []
        : [
            step(900, { kind: 'PELAKSANA' }, '2010-03-01', '2022-01-02', { family: 'FINANCE' }),
            step(e.currentPositionId, { kind: 'PELAKSANA' }, since, null, { family: 'FINANCE' }),
          ],
    preference: null,
    ...overrides,
  };
}

/** A pelaksana post asking for SMA, with a small standard. @example buildPosition({ grade: { kind: 'PENGAWAS', eselon: 'IV.a' } }) */
export function buildPosition(overrides: Partial<Position> = {}): Position {
  const id = overrides.id ?? ++counter;
  return {
    id,
    instansiId: 1,
    unitId: 2,
    code: `P${id}`,
    name: 'Pengadministrasi Umum',
    grade: { kind: 'PELAKSANA' },
    family: 'GENERAL_ADMIN',
    kelasJabatan: 5,
    minGolongan: null,
    educationRequirements: [{ minLevel: 'SMA', fields: [] }],
    competencyStandard: [
      { type: 'MANAGERIAL', code: 'M.01', name: 'Integritas', level: 2 },
      { type: 'SOCIO_CULTURAL', code: 'SK.01', name: 'Perekat Bangsa', level: 2 },
      { type: 'TECHNICAL', code: 'T.GENERAL_ADMIN', name: 'Administrasi Umum', level: 2 },
    ],
    isStrategic: false,
    seats: 1,
    tugasTambahan: null,
    profession: null,
    version: 1,
    ...overrides,
  };
}

/** The Sekretariat of BKPSDM. @example buildUnit({ opdCode: 'DINKES' }) */
export function buildUnit(overrides: Partial<PostUnit> = {}): PostUnit {
  return {
    id: 2,
    code: 'BKPSDM.SEKRETARIAT',
    kind: 'SEKRETARIAT',
    opdCode: 'BKPSDM',
    lineageKinds: ['SEKRETARIAT', 'OPD'],
    ...overrides,
  };
}

/** A post in a unit, with an optional incumbent. @example buildPost({ id: 7 }, { opdCode: 'DINKES' }) */
export function buildPost(
  position: Partial<Position> = {},
  unit: Partial<PostUnit> = {},
  incumbent: Post['incumbent'] = null,
): Post {
  return { position: buildPosition(position), unit: buildUnit(unit), incumbent };
}

/** The default rule table on AS_OF, no election windows. @example buildContext({ mutationKind: 'PROMOTION' }) */
export function buildContext(overrides: Partial<EligibilityContext> = {}): EligibilityContext {
  return {
    asOf: AS_OF,
    ruleTable: DEFAULT_RULE_TABLE,
    electionWindows: [],
    mendagriApprovals: [],
    ...overrides,
  };
}

/**
 * The result of one rule for a candidate and a post (null when the table switches it off).
 * @example ruleResult('R-CPNS', buildCandidate({}, { employmentType: 'CPNS' }), buildPost())?.status // 'BLOCK'
 */
export function ruleResult(
  code: RuleCode,
  candidate: Candidate,
  post: Post,
  ctx: EligibilityContext = buildContext(),
): RuleResult | null {
  return runRule(
    RULES_BY_CODE[code] as EligibilityRule,
    pairFacts(candidateFacts(candidate, ctx.asOf), postFacts(post)),
    ctx,
  );
}

/**
 * The outcome of one rule, 'OFF' when switched off.
 * @example outcome('R-TENURE-MIN', buildCandidate(), buildPost()) // 'PASS'
 */
export function outcome(code: RuleCode, candidate: Candidate, post: Post, ctx?: EligibilityContext): string {
  return ruleResult(code, candidate, post, ctx)?.status ?? 'OFF';
}
