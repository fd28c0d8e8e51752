import { DEFAULT_RULE_TABLE, type EligibilityContext } from '../../core/eligibility/index.js';
import {
  buildCareer,
  type Candidate,
  DEFAULT_MATCHING_POLICY,
  type MatchingPolicy,
  NO_PERFORMANCE_DATA,
  type Post,
  type PostUnit,
} from '../../core/matching/index.js';
import type { Employee } from '../../core/model/employee.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Position } from '../../core/model/position.js';
import type { Unit, UnitKind } from '../../core/model/unit.js';
import { loadEmployeeRecords } from '../../store/repositories/matching-people.js';
import { loadCurrentHolders, loadPositionsAndUnits } from '../../store/repositories/matching-posts.js';
import { type AppContext, today } from '../app-context.js';
import { type ElectionSettings, loadElectionSettings } from './election-settings.js';
import { loadPerformanceSnapshots } from './performance-snapshots.js';

/** Everything one matching request reads, loaded once per request (nothing is cached across them). */
export interface MatchingWorld {
  readonly asOf: LocalDate;
  readonly eligibility: EligibilityContext;
  readonly policy: MatchingPolicy;
  readonly posts: readonly Post[];
  readonly postById: ReadonlyMap<number, Post>;
  readonly unitById: ReadonlyMap<number, Unit>;
  readonly candidates: readonly Candidate[];
}

const JPT = new Set(['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA']);

/** Each unit with its OPD code and the kinds of its lineage, as matching reads a post's unit. */
export function postUnits(units: readonly Unit[]): Map<number, PostUnit> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out = new Map<number, PostUnit>();
  for (const u of units) {
    const kinds: UnitKind[] = [];
    let root = u;
    for (
      let cur: Unit | undefined = u;
      cur;
      cur = cur.parentId === null ? undefined : byId.get(cur.parentId)
    ) {
      kinds.push(cur.kind);
      root = cur;
    }
    out.set(u.id, { id: u.id, code: u.code, kind: u.kind, opdCode: root.code, lineageKinds: kinds });
  }
  return out;
}

/** The heavy part of a world: posts and people with their histories and performance. */
export interface MatchingPeopleAndPosts {
  readonly asOf: LocalDate;
  readonly posts: readonly Post[];
  readonly unitById: ReadonlyMap<number, Unit>;
  readonly candidates: readonly Candidate[];
}

/**
 * Loads the posts, units and people of an instansi as the matching engine's inputs: every post, and
 * every employee or only one or a set (`employeeId`), in the same number of queries. Eligibility uses the engine's default rule table and
 * matching its default policy (with the default education-relevance table); the election windows
 * and Mendagri approvals come from the instansi's settings.
 */
export async function loadMatchingWorld(
  ctx: AppContext,
  instansiId: number,
  opts: { employeeId?: number | readonly number[] } = {},
): Promise<MatchingWorld> {
  const [data, election] = await Promise.all([
    loadPeopleAndPosts(ctx, instansiId, opts),
    loadElectionSettings(ctx, instansiId),
  ]);
  return assembleMatchingWorld(data, election);
}

/** A world from its loaded parts; the election settings are read on every request (two small rows). */
export function assembleMatchingWorld(
  data: MatchingPeopleAndPosts,
  election: ElectionSettings,
): MatchingWorld {
  return {
    asOf: data.asOf,
    eligibility: { asOf: data.asOf, ruleTable: DEFAULT_RULE_TABLE, ...election },
    policy: DEFAULT_MATCHING_POLICY,
    posts: data.posts,
    postById: new Map(data.posts.map((p) => [p.position.id, p])),
    unitById: data.unitById,
    candidates: data.candidates,
  };
}

/** Posts, units and people (all, or one or a set with `employeeId`) as of today. */
export async function loadPeopleAndPosts(
  ctx: AppContext,
  instansiId: number,
  opts: { employeeId?: number | readonly number[] } = {},
): Promise<MatchingPeopleAndPosts> {
  const asOf = today(ctx, instansiId);
  const only = opts.employeeId;
  const [{ positions, units }, holders, people, performance] = await Promise.all([
    loadPositionsAndUnits(ctx.db, instansiId),
    loadCurrentHolders(ctx.db, instansiId),
    loadEmployeeRecords(ctx.db, instansiId, opts.employeeId),
    loadPerformanceSnapshots(
      ctx,
      instansiId,
      asOf,
      only === undefined ? undefined : typeof only === 'number' ? [only] : only,
    ),
  ]);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const pu = postUnits(units);
  const positionById = new Map<number, Position>(positions.map((p) => [p.id, p]));
  const holdersOf = new Map<number, typeof holders>();
  for (const h of holders) {
    const list = holdersOf.get(h.positionId);
    if (list) list.push(h);
    else holdersOf.set(h.positionId, [h]);
  }
  const posts: Post[] = positions.map((position) => {
    const h = holdersOf.get(position.id);
    const sole = h?.length === 1 ? h[0]! : null;
    return {
      position,
      unit: pu.get(position.unitId)!,
      incumbent:
        sole && JPT.has(position.grade.kind) && sole.since
          ? { employeeId: sole.employeeId, installedOn: sole.since as LocalDate, replacementGround: null }
          : null,
    };
  });
  const info = (id: number) => {
    const p = positionById.get(id);
    return (
      p && {
        grade: p.grade,
        family: p.family,
        opdCode: pu.get(p.unitId)!.opdCode,
        tugasTambahan: p.tugasTambahan,
      }
    );
  };
  const candidates = people.map(
    (employee: Employee): Candidate => ({
      employee,
      performance: performance.get(employee.id) ?? NO_PERFORMANCE_DATA,
      career: buildCareer(employee.positionHistory, info),
      preference: null,
    }),
  );
  return { asOf, posts, unitById, candidates };
}
