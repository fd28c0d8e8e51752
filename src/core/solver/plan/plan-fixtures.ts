import { type Candidate, DEFAULT_MATCHING_POLICY, type Post } from '../../matching/index.js';
import { AS_OF, buildCandidate, buildContext, buildPost, d } from '../../matching/testing/factories.js';
import type { PositionFamily } from '../../model/position.js';
import {
  DEFAULT_PLAN_OBJECTIVES,
  type PlanHolder,
  type PlanInput,
  type PlanObjectives,
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
  /** Family of the person's past and current post (drives the experience component). */
  readonly family?: PositionFamily;
}

export interface PostSpec {
  readonly id: number;
  readonly seats?: number;
  readonly family?: PositionFamily;
  readonly unitId?: number;
  readonly isStrategic?: boolean;
}

export function planPerson(s: PersonSpec): Candidate {
  const since = s.since ?? '2022-01-03';
  const base = buildCandidate(
    {},
    {
      id: s.id,
      nip: `19850412201003${String(1000 + s.id).padStart(4, '0')}` as Candidate['employee']['nip'],
      currentPositionId: s.holds,
      currentPositionSince: s.holds === null ? null : d(since),
    },
  );
  const family = s.family ?? 'FINANCE';
  return {
    ...base,
    performance: { ...base.performance, talentBox: s.talentBox ?? 5, performanceIndex: s.index ?? 78 },
    career: base.career.map((c) => ({
      ...c,
      family,
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
