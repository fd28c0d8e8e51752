import { DEFAULT_RULE_TABLE, type EligibilityContext } from '../../core/eligibility/index.js';
import { buildCareer, type Candidate, NO_PERFORMANCE_DATA, type Post } from '../../core/matching/index.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { pasal107Check } from '../../core/selection/pasal-107.js';
import type { Pasal107Check } from '../../core/selection/selection-model.js';
import { loadEmployeeRecords } from '../../store/repositories/matching-people.js';
import { loadPositionsAndUnits } from '../../store/repositories/matching-posts.js';
import { type AppContext, today } from '../app-context.js';
import { loadElectionSettings } from '../matching/election-settings.js';
import { postUnits } from '../matching/matching-world.js';

/**
 * What the Pasal 107 rules read, and nothing more: the posts (with their units' OPD and lineage, as
 * matching builds them) and the people's records and careers. No performance, no holders: R-EDU-LEVEL,
 * R-EXP-JPT and R-JPT-AGE read neither, and the performance index costs a whole-instansi load. The
 * same eligibility context as matching (default rule table, the instansi's election settings).
 */
export interface Pasal107World {
  readonly posts: ReadonlyMap<number, Post>;
  readonly people: ReadonlyMap<number, Candidate>;
  readonly context: EligibilityContext;
}

/**
 * The posts of an instansi and the records of these people ('ALL': everybody, one query per history
 * table; a list: the same queries per person, for a selection's handful of candidates).
 */
export async function loadPasal107World(
  ctx: AppContext,
  instansiId: number,
  employeeIds: readonly number[] | 'ALL',
): Promise<Pasal107World> {
  const [{ positions, units }, election, records] = await Promise.all([
    loadPositionsAndUnits(ctx.db, instansiId),
    loadElectionSettings(ctx, instansiId),
    employeeIds === 'ALL'
      ? loadEmployeeRecords(ctx.db, instansiId)
      : Promise.all([...new Set(employeeIds)].map((id) => loadEmployeeRecords(ctx.db, instansiId, id))).then(
          (lists) => lists.flat(),
        ),
  ]);
  const units_ = postUnits(units);
  const posts = new Map(
    positions.map((position): [number, Post] => [
      position.id,
      { position, unit: units_.get(position.unitId)!, incumbent: null },
    ]),
  );
  const info = (id: number) => {
    const p = posts.get(id);
    return (
      p && {
        grade: p.position.grade,
        family: p.position.family,
        opdCode: p.unit.opdCode,
        tugasTambahan: p.position.tugasTambahan,
      }
    );
  };
  const people = new Map(
    records.map((employee): [number, Candidate] => [
      employee.id,
      {
        employee,
        performance: NO_PERFORMANCE_DATA,
        career: buildCareer(employee.positionHistory, info),
        preference: null,
      },
    ]),
  );
  return {
    posts,
    people,
    context: { asOf: today(ctx, instansiId), ruleTable: DEFAULT_RULE_TABLE, ...election },
  };
}

/**
 * The Pasal 107 check of a person for a post on `asOf`; null when either is not in the world.
 * @example checkIn(world, 412, 102, '2026-07-06')?.status // 'MEETS'
 */
export function checkIn(
  world: Pasal107World,
  employeeId: number,
  positionId: number,
  asOf: LocalDate,
): Pasal107Check | null {
  const candidate = world.people.get(employeeId);
  const post = world.posts.get(positionId);
  return candidate && post ? pasal107Check(candidate, post, { ...world.context, asOf }) : null;
}
