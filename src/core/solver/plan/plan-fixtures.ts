import { type Candidate, DEFAULT_MATCHING_POLICY, type Post } from '../../matching/index.js';
import { AS_OF, buildCandidate, buildContext, buildPost, d } from '../../matching/testing/factories.js';
import type { GolonganCode } from '../../model/golongan.js';
import type { PositionFamily, PositionGrade } from '../../model/position.js';
import {
  DEFAULT_PLAN_OBJECTIVES,
  type Plan,
  type PlanHolder,
  type PlanInput,
  type PlanObjectives,
  type PlanOutcome,
  type PlanScope,
} from './plan-types.js';

// Small plan inputs for the builder's tests (pure, no test framework). Posts are pelaksana posts in
// unit 2 (or the unit given); people are pelaksana with the factories' defaults, so moves between the
// posts pass every rule unless a test changes the facts.

export interface PersonSpec {
  readonly id: number;
  /** Position id held, or null for someone without a post. */
  readonly holds: number | null;
  /** TMT of the current post (default 2022-01-03: 58 months on AS_OF). */
  readonly since?: string;
  readonly talentBox?: Candidate['performance']['talentBox'];
  readonly index?: number;
  /**
   * Family of the person's past and current post (drives the experience component); a FINANCE
   * person holds an S1 Akuntansi (core in FINANCE posts), anyone else the factories' S1 Manajemen.
   */
  readonly family?: PositionFamily;
  /** Grade of the person's past and current post (default pelaksana). */
  readonly grade?: PositionGrade;
  /** Golongan (default the factories' III/b). */
  readonly golongan?: GolonganCode;
  /** Position ids the person states a preference for (the preference component; default none). */
  readonly prefers?: readonly number[];
}

export interface PostSpec {
  readonly id: number;
  readonly seats?: number;
  readonly family?: PositionFamily;
  readonly unitId?: number;
  readonly isStrategic?: boolean;
  /** Default pelaksana. */
  readonly grade?: PositionGrade;
}

const ACCOUNTANT = {
  level: 'S1',
  field: 'ACCOUNTING',
  major: 'S1 Akuntansi',
  institution: 'Universitas Sumatera Utara',
  graduationYear: 2008,
} as const;

export function planPerson(s: PersonSpec): Candidate {
  const since = s.since ?? '2022-01-03';
  const base = buildCandidate(
    {},
    {
      id: s.id,
      nip: `19850412201003${String(1000 + s.id).padStart(4, '0')}` as Candidate['employee']['nip'],
      currentPositionId: s.holds,
      currentPositionSince: s.holds === null ? null : d(since),
      ...(s.golongan === undefined ? {} : { golongan: s.golongan }),
      ...((s.family ?? 'FINANCE') === 'FINANCE' ? { education: [ACCOUNTANT] } : {}),
    },
  );
  const family = s.family ?? 'FINANCE';
  return {
    ...base,
    preference: s.prefers
      ? { statedOn: AS_OF, positionIds: [...s.prefers], opdCodes: [], families: [] }
      : base.preference,
    performance: { ...base.performance, talentBox: s.talentBox ?? 5, performanceIndex: s.index ?? 78 },
    career: base.career.map((c) => ({
      ...c,
      family,
      ...(s.grade ? { grade: s.grade } : {}),
      ...(c.endDate === null ? { startDate: d(since) } : {}),
    })),
  };
}

export function planPost(s: PostSpec): Post {
  const unitId = s.unitId ?? 2;
  return buildPost(
    {
      id: s.id,
      unitId,
      seats: s.seats ?? 1,
      family: s.family ?? 'GENERAL_ADMIN',
      isStrategic: s.isStrategic ?? false,
      // The fixture people hold an S1: posts asking S1 keep over-qualification out of the solver tests.
      educationRequirements: [{ minLevel: 'S1', fields: [] }],
      ...(s.grade ? { grade: s.grade } : {}),
    },
    { id: unitId, code: `U${unitId}` },
  );
}

export function planInput(
  people: readonly PersonSpec[],
  posts: readonly PostSpec[],
  objectives: Partial<PlanObjectives> = {},
  scope: PlanScope = { mode: 'WHOLE_CITY' },
): PlanInput {
  const holders: PlanHolder[] = people
    .filter((p) => p.holds !== null)
    .map((p) => ({ employeeId: p.id, positionId: p.holds!, since: d(p.since ?? '2022-01-03') }));
  const unitIds = [...new Set(posts.map((p) => p.unitId ?? 2))];
  return {
    scenario: {
      name: 'uji',
      scope,
      policyVersion: DEFAULT_MATCHING_POLICY.version,
      objectives: { ...DEFAULT_PLAN_OBJECTIVES, ...objectives },
    },
    asOf: AS_OF,
    eligibility: buildContext(),
    policy: DEFAULT_MATCHING_POLICY,
    posts: posts.map(planPost),
    candidates: people.map(planPerson),
    holders,
    units: unitIds.map((id) => ({ id, parentId: null, code: `U${id}`, name: `Unit ${id}` })),
  };
}

/** The post families random scenarios draw from. */
export const SAMPLED_FAMILIES: readonly PositionFamily[] = ['FINANCE', 'GENERAL_ADMIN', 'HR'];
/** The TMTs random scenarios draw from: 17, 29 and 70 months in post on AS_OF (2026-11-01). */
export const SAMPLED_SINCE: readonly string[] = ['2025-06-01', '2024-06-01', '2021-01-01'];

/** A post as a property test samples it (its id comes from its place in the list). */
export interface SampledPost {
  readonly seats: number;
  readonly family: PositionFamily;
  readonly isStrategic: boolean;
}

/** A person as a property test samples them; `holds` is an index into the sampled posts. */
export interface SampledPerson {
  readonly holds: number | null;
  readonly since: string;
  readonly family: PositionFamily;
  readonly talentBox: 5 | 8;
  readonly index: number;
  /** Indices into the sampled posts the person states a preference for. */
  readonly prefers?: readonly number[];
}

/**
 * The plan input of a sampled scenario: posts get ids 10, 11, ..., people 1, 2, ... Every person is
 * a row: the holders because every post is in scope, the people without a post by NIP; in a
 * VACANCIES round the named people are the rows, so everyone is named there.
 */
export function sampledPlanInput(
  sample: { readonly posts: readonly SampledPost[]; readonly people: readonly SampledPerson[] },
  objectives: Partial<PlanObjectives>,
  mode: 'WHOLE_CITY' | 'VACANCIES' = 'WHOLE_CITY',
): PlanInput {
  const posts: PostSpec[] = sample.posts.map((p, k) => ({ id: 10 + k, ...p }));
  const people: PersonSpec[] = sample.people.map(({ prefers, ...p }, i) => ({
    ...p,
    id: i + 1,
    holds: p.holds === null ? null : 10 + p.holds,
    ...(prefers && prefers.length > 0 ? { prefers: prefers.map((k) => 10 + k) } : {}),
  }));
  const input = planInput(people, posts, objectives);
  const nips = input.candidates
    .filter((c) => mode === 'VACANCIES' || c.employee.currentPositionId === null)
    .map((c) => c.employee.nip as string);
  return { ...input, scenario: { ...input.scenario, scope: { mode, nips } } };
}

/** The plan of an outcome a test expects to be OPTIMAL (throws with the status otherwise). */
export function expectPlan(outcome: PlanOutcome): Plan {
  if (outcome.status !== 'OPTIMAL') throw new Error(`expected a plan, got ${outcome.status}`);
  return outcome;
}

/**
 * A plan input without its scenario, from matching inputs (e.g. the generated demo city): every
 * current holder and every unit of the posts, under the default policy and rule table on `asOf`.
 * @example buildPlan({ ...planBaseOf(inputsFromDataset(data), AS_OF), scenario })
 */
export function planBaseOf(
  inputs: { readonly posts: readonly Post[]; readonly candidates: readonly Candidate[] },
  asOf: PlanInput['asOf'],
): Omit<PlanInput, 'scenario'> {
  return {
    asOf,
    eligibility: buildContext({ asOf }),
    policy: DEFAULT_MATCHING_POLICY,
    posts: inputs.posts,
    candidates: inputs.candidates,
    holders: inputs.candidates
      .filter((c) => c.employee.currentPositionId !== null)
      .map((c) => ({
        employeeId: c.employee.id,
        positionId: c.employee.currentPositionId!,
        since: c.employee.currentPositionSince,
      })),
    units: [...new Map(inputs.posts.map((p) => [p.unit.id, p.unit])).values()].map((u) => ({
      id: u.id,
      parentId: null,
      code: u.code,
      name: u.code,
    })),
  };
}
